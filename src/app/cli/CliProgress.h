#pragma once

#include "api/engine/ImportProgress.h"
#include "api/engine/ImportResult.h"
#include "core/journal/ImportPlan.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

// What `run` and `resume` print while the engine works: a redrawn progress bar when stdout is a
// terminal, plain lines (one per finished batch, at most one progress line every few seconds) when it is
// a pipe or a file, so logs and CI output stay readable.
class CliProgress
{
    Q_DECLARE_TR_FUNCTIONS(CliProgress)

public:
    explicit CliProgress(bool terminal);
    static bool stdoutIsTerminal();

    void plan(const ImportPlan &plan);
    void update(const ImportProgress &progress);
    void line(const QString &text);   // a message above the bar
    void done();

private:
    QString bar(const ImportProgress &p) const;

    bool m_terminal;
    QTextStream m_out;
    QElapsedTimer m_lastLine;
    int m_lastBatchesDone = -1;
    bool m_barShown = false;
};
