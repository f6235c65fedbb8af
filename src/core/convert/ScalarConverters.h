#pragma once

#include <QChar>
#include <QJsonValue>
#include <QStringList>
#include <QStringView>

// Small, stateless cell converters for custom-field types (thread-safe).
namespace ScalarConverters {

// "1.234,56", "1,234.56", "1234,5", "-3", "12 345,6" -> double. `decimal` is ',' or '.', or null to
// decide from the value (the last of ',' / '.' is the decimal mark when both appear; a single ','
// followed by exactly three digits is ambiguous and fails unless `decimal` says so).
bool parseNumber(QStringView cell, QChar decimal, double *value);

// The decimal mark a column uses, from its values: ',' or '.', or null when no value settles it.
QChar detectDecimal(const QStringList &values);

// ja/nein, yes/no, true/false, wahr/falsch, 1/0, x, y/n, on/off -> bool.
bool parseBoolean(QStringView cell, bool *value);

// Splits on `separator`, or on the first of ';' '|' ',' '\n' found; trims; drops empty items.
QStringList splitList(QStringView cell, QChar separator = QChar());

}
