#pragma once

#include <QChar>
#include <QString>

// How to read a source file. Every field defaults to "detect"; the wizard's overrides and a
// profile's "source" object ({"encoding", "delimiter", "header_row"}) set them explicitly.
struct ReadOptions
{
    QString encoding = QStringLiteral(
        "auto");   // auto | utf-8 | utf-16le | utf-16be | windows-1252 | iso-8859-1 | iso-8859-15
    QChar delimiter;   // null = auto; ',' ';' '\t' '|'
    int headerRow = 0;   // 1-based physical record number of the header; 0 = auto
    QString sheet;   // .xlsx: sheet name; empty = first sheet
};
