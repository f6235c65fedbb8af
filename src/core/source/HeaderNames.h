#pragma once

#include "core/source/ReaderWarning.h"

#include <QList>
#include <QStringList>

// Turns a header record into distinct, readable column names: surrounding spaces and a leaked
// BOM (U+FEFF) are removed, an empty header becomes "Column 3" (its 1-based position), the second
// "E-Mail" becomes "E-Mail (2)". Profiles match columns by these names, so they are stable.
namespace HeaderNames {
QStringList makeDistinct(const QStringList &raw, qint64 headerLine, QList<ReaderWarning> *warnings);
QString generated(int column);   // "Column N", 1-based
}
