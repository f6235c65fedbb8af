#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <functional>

// One `contact_details` payload row as the service stores it (docs/sandbox.md "Processing rules"):
// every key checked and normalised by FieldNormalizer, the identifiers (external_id and the six
// handles) picked out. The sandbox's ContactUpserter applies rows with it and the client's preview
// (ImportPrediction) predicts with it, so both read a row the same way.
class ContactRowNormalizer
{
public:
    static constexpr int HandleCount = 6;
    // email, whatsapp, sms, instagram, facebook, google_business_messaging — the service's order.
    static const QStringList &handleColumns();
    // A standard contact field other than the identifiers (full_name, birthday, …, country_codes).
    static bool isStandardField(const QString &key);
    // external_id followed by the handles: every column with a unique constraint.
    static const QStringList &identifierColumns();

    // The organisation's schema: custom field key -> type (empty = no such field); channel keys.
    struct Schema
    {
        std::function<QString(const QString &key)> customFieldType;
        std::function<bool(const QString &key)> isChannel;
    };

    struct Row
    {
        QString externalId;   // trimmed; empty = none
        QString handles[HandleCount];   // stored form; empty = none
        QList<QPair<QString, QJsonValue>> fields;   // every given key, stored value (null = clear)
    };
    struct Failure
    {
        QString code;   // Postgres SQLSTATE / PostgREST code
        QString message;
    };

    explicit ContactRowNormalizer(Schema schema);
    // The schema of an account from the rows of GET /custom_field (entity contact) and
    // GET /marketing_channel.
    static Schema schemaOf(const QJsonArray &customFields, const QJsonArray &marketingChannels);

    // False + *failure when the service would refuse the row (bad value, unknown key).
    bool normalize(const QJsonObject &row, Row *out, Failure *failure) const;

private:
    Schema m_schema;
};
