#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

// Server-side checks of contact values, as the real API does them: a value either normalises to
// what is stored, or the row fails with a Postgres-style code and message (the client shows both).
// In core so the sandbox stores and the client's preview predicts with the very same code
// (docs/engine.md "Preview"): "unchanged" means equal after exactly this normalisation.
class FieldNormalizer
{
public:
    struct Result
    {
        bool ok = false;
        QJsonValue value;   // the stored form (UTC datetimes, E.164 phones, lower-case e-mails)
        QString code;   // Postgres SQLSTATE when !ok
        QString message;   // Postgres-style message when !ok
    };

    static Result email(const QJsonValue &value);
    // One number or a list (the first valid one wins); countryCodes help with national numbers.
    static Result phone(const QString &column, const QJsonValue &value, const QStringList &countryCodes);
    // ISO 8601; without an offset the value is read as UTC (as the real API does). Stored as ...Z.
    static Result dateTime(const QJsonValue &value);
    // YYYY-MM-DD, or a datetime whose UTC date is taken (so local midnight +02:00 is the day before).
    static Result date(const QJsonValue &value);
    static Result number(const QJsonValue &value);
    static Result boolean(const QJsonValue &value);
    static Result string(const QString &column, const QJsonValue &value);
    static Result stringList(const QJsonValue &value);
    static Result subscription(const QJsonValue &value);
    // A value typed by a custom field's `type` (string, datetime, boolean, number, date, string_list).
    static Result typed(const QString &type, const QString &column, const QJsonValue &value);

    static QString e164(const QString &text, const QStringList &countryCodes);
};
