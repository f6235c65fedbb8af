#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// What identifies a source file's content for a journaled job: size, modification time and a
// SHA-256 of the bytes. A paused job compares the file against it before resuming, so a file that
// was edited, replaced or truncated in the meantime is reported instead of silently mixed in.
struct SourceFingerprint
{
    Q_DECLARE_TR_FUNCTIONS(SourceFingerprint)

public:
    QString path;
    qint64 size = -1;
    QDateTime modified;   // UTC
    QString sha256;   // lowercase hex; empty when not computed

    bool isValid() const { return size >= 0 && !sha256.isEmpty(); }

    // Reads the file once. On failure returns an invalid fingerprint and a message naming the file.
    static SourceFingerprint of(const QString &path, QString *errorMessage = nullptr);

    // Same content? The hash decides; size and time only make the explanation precise.
    bool sameContentAs(const SourceFingerprint &other) const { return size == other.size && sha256 == other.sha256; }

    // "size 1,024 → 980 bytes, modified 2026-01-02 10:00 UTC → ..." for the user, empty when equal.
    QString describeChange(const SourceFingerprint &now) const;
};
