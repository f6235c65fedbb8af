#pragma once

#include <QString>

// Writes a realistic English-flavour contact export like tests/bench/gen_contacts.py (UTF-8,
// comma, LF, ISO dates, quoted notes with commas, quotes and line breaks; about 173 bytes a row,
// so a million rows is the 173 MB reference size) without needing Python. Deterministic.
namespace ContactFileGenerator {
bool write(const QString &path, qint64 rows, QString *errorMessage);
}
