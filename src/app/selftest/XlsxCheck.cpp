#include "app/selftest/XlsxCheck.h"

#include "core/source/xlsx/XlsxRow.h"
#include "core/source/xlsx/XlsxWorkbook.h"

#include <QFile>
#include <QTemporaryDir>

QString XlsxCheck::name() const
{
    return tr("Excel workbooks (QuaZip)");
}

SelfCheck::Outcome XlsxCheck::run()
{
    // The workbook reader opens files by path: copy the embedded workbook out first.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("self-test.xlsx"));
    if (!dir.isValid() || !QFile::copy(QStringLiteral(":/selftest/self-test.xlsx"), path))
        return fail(tr("could not write the sample workbook to %1").arg(dir.path()));
    XlsxWorkbook workbook;
    QString error;
    if (!workbook.open(path, &error))
        return fail(error);
    const QString sheet = workbook.sheetNames().value(0);
    QStringList header;
    const bool read = workbook.readSheet(
        sheet,
        [&header](qint64, const XlsxRow &cells) {
            header = cells.toStringList();
            return false;   // the first row is enough
        },
        &error);
    if (!read || header.isEmpty())
        return fail(tr("the sample workbook has no readable rows: %1").arg(error));
    return pass(QStringLiteral("%1: %2").arg(sheet, header.join(QLatin1String(", "))));
}
