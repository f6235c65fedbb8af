#pragma once

#include "ReadOptions.h"
#include "RecordSource.h"

#include <QString>

#include <memory>

// Opens a user's file (.csv, .txt, .tsv, .xlsx) as a RecordSource, detecting what ReadOptions
// leaves on auto. On failure returns nullptr and a one-line message naming the file and what to do.
namespace RecordSourceFactory {
std::unique_ptr<RecordSource> open(const QString &path, const ReadOptions &options, QString *errorMessage);
}
