#include "RecordSourceFactory.h"

#include <QCoreApplication>

// PLACEHOLDER until the reader issue lands: the CSV/XLSX readers replace this body.
namespace RecordSourceFactory {
std::unique_ptr<RecordSource> open(const QString &path, const ReadOptions &options, QString *errorMessage)
{
    Q_UNUSED(options);
    if (errorMessage)
        *errorMessage = QCoreApplication::translate("RecordSourceFactory", "%1: reading files is not available yet.").arg(path);
    return nullptr;
}
}
