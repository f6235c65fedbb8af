#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

class FieldCatalog;
class MappingProfile;

// What is known about the row an error belongs to, so ErrorCatalog can name the column as the file
// heads it, the value, and the other contact: the source headers and the row's cells, which column
// feeds which field (from the mapping profile), the payload sent, and for pre-flight issues the
// column the checker named.
struct ErrorContext
{
    QStringList headers;
    QStringList cells;
    QHash<QString, QString> fieldColumns;   // API key -> source header (the first column mapped to it)
    QHash<QString, QString> fieldLabels;   // API key -> the account's name of a custom field / channel
    QJsonObject input;   // the contact object as sent (empty when never sent)
    QString column;   // header a pre-flight issue named
    QString value;   // value a pre-flight issue named
    qint64 relatedLine = 0;   // the other line of an in-file duplicate
    QString otherContact;   // who already holds a value, when known ("customer number 4711")

    // The columns of a profile by API key: "custom:revenue" -> "revenue".
    static QHash<QString, QString> columnsOf(const MappingProfile &profile);
    // The account's own names of its custom fields and channels.
    static QHash<QString, QString> labelsOf(const FieldCatalog &catalog);
    // The cell under `header` (empty when the header or the cell is missing).
    QString cell(const QString &header) const;
    // The value sent for `field` as text (a list: its first element).
    QString sent(const QString &field) const;
};
