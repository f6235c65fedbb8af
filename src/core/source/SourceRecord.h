#pragma once

#include <QStringList>

// One data record of a source file as the user wrote it: the cells in column order and
// where the record starts in the file, so every message can name the physical line.
struct SourceRecord
{
    qint64 index = -1;   // 0-based data record number (header excluded)
    qint64 line = 0;   // 1-based physical line where the record starts
    QStringList cells;
    // The record is longer than the reader reads of one record (CSV: 64 MB): only its start is
    // in `cells`. Such a row is damage (a missing line break, binary data) and never valid.
    bool truncated = false;
};
