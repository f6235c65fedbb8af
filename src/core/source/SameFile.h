#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// "No output overwrites an input" (docs/robustness.md): every command and the wizard ask this class
// before writing an output file (`convert --out`, `--failed-rows`, the wizard's failed-rows export).
// Two paths name the same file when their canonical paths match (symlinks, "a/../b") or, on Unix,
// when they share device and inode (hard links, bind mounts).
class SameFile
{
    Q_DECLARE_TR_FUNCTIONS(SameFile)

public:
    // True when both paths exist and are one file.
    static bool same(const QString &a, const QString &b);
    // Empty when `output` may be written; otherwise one line naming both paths and what to do.
    // Empty entries in `inputs` are ignored.
    static QString refuseOutput(const QString &output, const QStringList &inputs);
};
