#include "core/identity/ContactRowNormalizer.h"

#include "core/identity/FieldNormalizer.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>

#include <memory>

namespace {

enum class Kind { Text, Date, Meta };

const QHash<QString, Kind> &standardFields()
{
    static const QHash<QString, Kind> fields{
        {QStringLiteral("full_name"), Kind::Text},     {QStringLiteral("display_name"), Kind::Text},
        {QStringLiteral("salutation"), Kind::Text},    {QStringLiteral("birthday"), Kind::Date},
        {QStringLiteral("postal"), Kind::Text},        {QStringLiteral("address_line1"), Kind::Text},
        {QStringLiteral("address_line2"), Kind::Text}, {QStringLiteral("city"), Kind::Text},
        {QStringLiteral("zipcode"), Kind::Text},       {QStringLiteral("country"), Kind::Text},
        {QStringLiteral("country_codes"), Kind::Meta},
    };
    return fields;
}

}   // namespace

const QStringList &ContactRowNormalizer::handleColumns()
{
    static const QStringList columns{QStringLiteral("email"),    QStringLiteral("whatsapp"),
                                     QStringLiteral("sms"),      QStringLiteral("instagram"),
                                     QStringLiteral("facebook"), QStringLiteral("google_business_messaging")};
    return columns;
}

bool ContactRowNormalizer::isStandardField(const QString &key)
{
    return standardFields().contains(key);
}

const QStringList &ContactRowNormalizer::identifierColumns()
{
    static const QStringList columns = QStringList{QStringLiteral("external_id")} + handleColumns();
    return columns;
}

ContactRowNormalizer::Schema ContactRowNormalizer::schemaOf(const QJsonArray &customFields,
                                                            const QJsonArray &marketingChannels)
{
    auto types = std::make_shared<QHash<QString, QString>>();
    for (const QJsonValue &v : customFields) {
        const QJsonObject field = v.toObject();
        if (field.value(QStringLiteral("entity")).toString(QStringLiteral("contact")) == QLatin1String("contact"))
            types->insert(field.value(QStringLiteral("key")).toString(),
                          field.value(QStringLiteral("type")).toString());
    }
    auto channels = std::make_shared<QSet<QString>>();
    for (const QJsonValue &v : marketingChannels)
        channels->insert(v.toObject().value(QStringLiteral("key")).toString());
    return Schema{[types](const QString &key) { return types->value(key); },
                  [channels](const QString &key) { return channels->contains(key); }};
}

ContactRowNormalizer::ContactRowNormalizer(Schema schema)
    : m_schema(std::move(schema))
{
}

bool ContactRowNormalizer::normalize(const QJsonObject &row, Row *out, Failure *failure) const
{
    QStringList countryCodes;
    for (const QJsonValue &code : row.value(QStringLiteral("country_codes")).toArray())
        countryCodes << code.toString();
    const auto fail = [failure](const QString &code, const QString &message) {
        failure->code = code;
        failure->message = message;
        return false;
    };
    for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
        const QString &key = it.key();
        const QJsonValue value = it.value();
        if (value.isNull() || value.isUndefined()) {
            out->fields.append({key, QJsonValue::Null});
            continue;
        }
        FieldNormalizer::Result result;
        const int handle = int(handleColumns().indexOf(key));
        if (key == QLatin1String("external_id")) {
            result = FieldNormalizer::string(key, value);
            if (result.ok)
                out->externalId = result.value.toString().trimmed();
            if (result.ok && out->externalId.isEmpty()) {
                out->fields.append({key, QJsonValue::Null});
                continue;
            }
            result.value = out->externalId;
        } else if (handle == 0) {
            result = FieldNormalizer::email(value);
        } else if (handle == 1 || handle == 2) {
            result = FieldNormalizer::phone(key, value, countryCodes);
        } else if (handle > 2) {
            result = FieldNormalizer::string(key, value);
            if (result.ok)
                result.value = result.value.toString().trimmed();
        } else if (const auto standard = standardFields().constFind(key); standard != standardFields().constEnd()) {
            if (*standard == Kind::Meta)
                continue;
            result = *standard == Kind::Date ? FieldNormalizer::date(value) : FieldNormalizer::string(key, value);
        } else if (const QString type = m_schema.customFieldType ? m_schema.customFieldType(key) : QString();
                   !type.isEmpty()) {
            result = FieldNormalizer::typed(type, key, value);
        } else if (m_schema.isChannel && m_schema.isChannel(key)) {
            result = FieldNormalizer::subscription(value);
        } else {
            return fail(
                QStringLiteral("PGRST204"),
                QStringLiteral(
                    "Could not find the '%1' column of 'contact' in the schema cache (not a contact field, "
                    "custom field key or marketing channel key; see GET /custom_field and GET /marketing_channel)")
                    .arg(key));
        }
        if (!result.ok)
            return fail(result.code, result.message);
        if (handle >= 0) {
            out->handles[handle] = result.value.toString();
            if (out->handles[handle].isEmpty()) {
                out->fields.append({key, QJsonValue::Null});
                continue;
            }
        }
        out->fields.append({key, result.value});
    }
    return true;
}
