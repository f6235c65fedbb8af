#pragma once

#include "core/source/FileRecordSource.h"
#include "core/source/RandomAccessFile.h"
#include "core/source/csv/CsvIndex.h"
#include "core/source/csv/CsvRecordParser.h"

#include <QTemporaryFile>

#include <memory>

// A CSV/TXT/TSV file read through its record-offset index: the decoded file is never held in
// memory; record(i) reads and decodes one record, forEachRecordInRange() streams with 4 MB reads.
// Made by RecordSourceFactory (which does the detection); UTF-16 files arrive here already
// transcoded to a UTF-8 temporary file that this object owns.
class CsvRecordSource : public FileRecordSource
{
public:
    struct Setup
    {
        QString path;   // the user's file (for messages)
        QString dataPath;   // what is read: the same file, or the UTF-8 transcode of a UTF-16 file
        std::unique_ptr<QTemporaryFile> transcoded;
        char delimiter = ',';
        char quote = '"';
        TextEncoding::Id encoding = TextEncoding::Utf8;
        CsvIndex index;
        SourceDescription description;
    };

    // Opens setup.dataPath for reading and decodes the header; false with a message on failure.
    static std::unique_ptr<CsvRecordSource> create(Setup setup, QString *errorMessage);

    QString name() const override { return m_setup.path; }
    QStringList headers() const override { return m_headers; }
    qint64 recordCount() const override { return m_setup.index.count(); }
    SourceRecord record(qint64 index) const override;
    void forEachRecordInRange(qint64 first, qint64 last,
                              const std::function<bool(const SourceRecord &)> &visit) const override;
    SourceDescription description() const override { return m_setup.description; }

private:
    explicit CsvRecordSource(Setup setup);
    // `slack`: readable bytes after the record (see CsvRecordParser::parse).
    void fillRecord(const char *data, qsizetype size, qsizetype slack, qint64 index, SourceRecord *record) const;

    Setup m_setup;
    RandomAccessFile m_file;
    CsvRecordParser m_parser;
    QStringList m_headers;
};
