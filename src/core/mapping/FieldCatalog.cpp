#include "core/mapping/FieldCatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace {
FieldDefinition standard(const char *key, FieldDefinition::ValueType type, bool identifier = false,
                         bool combinable = false)
{
    FieldDefinition f;
    f.apiKey = QString::fromLatin1(key);
    f.target = f.apiKey;
    f.label = f.apiKey;
    f.kind = FieldDefinition::Kind::Standard;
    f.type = type;
    f.identifier = identifier;
    f.combinable = combinable;
    return f;
}
}

FieldCatalog::FieldCatalog()
{
    using T = FieldDefinition::ValueType;
    // docs/api.md "The contact payload": the standard keys, identifiers marked.
    m_fields = {
        standard("external_id", T::String, true),
        standard("full_name", T::String, false, true),
        standard("display_name", T::String),
        standard("salutation", T::String),
        standard("birthday", T::Date),
        standard("email", T::Email, true),
        standard("whatsapp", T::Phone, true, true),
        standard("sms", T::Phone, true, true),
        standard("instagram", T::String, true),
        standard("facebook", T::String, true),
        standard("google_business_messaging", T::String, true),
        standard("postal", T::String, true),
        standard("address_line1", T::String),
        standard("address_line2", T::String),
        standard("city", T::String),
        standard("zipcode", T::String),
        standard("country", T::String),
    };
}

const QStringList &FieldCatalog::identifierKeys()
{
    static const QStringList keys = [] {
        QStringList k;
        for (const FieldDefinition &f : FieldCatalog().m_fields) {
            if (f.identifier)
                k << f.apiKey;
        }
        return k;
    }();
    return keys;
}

bool FieldCatalog::isPhoneHandle(const QString &apiKey)
{
    return apiKey == QLatin1String("whatsapp") || apiKey == QLatin1String("sms");
}

FieldCatalog FieldCatalog::fromApi(const QJsonArray &customFields, const QJsonArray &marketingChannels)
{
    FieldCatalog c;
    c.addCustomFields(customFields);
    c.addMarketingChannels(marketingChannels);
    return c;
}

void FieldCatalog::addCustomFields(const QJsonArray &rows)
{
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const QString entity = row.value(QLatin1String("entity")).toString(QStringLiteral("contact"));
        const QString key = row.value(QLatin1String("key")).toString().trimmed();
        if (entity != QLatin1String("contact") || key.isEmpty())
            continue;
        bool ok = false;
        FieldDefinition f;
        f.kind = FieldDefinition::Kind::Custom;
        f.apiKey = key;
        f.target = QStringLiteral("custom:") + key;
        f.label = row.value(QLatin1String("name")).toString(key);
        f.description = row.value(QLatin1String("description")).toString();
        f.type = FieldDefinition::typeFromName(row.value(QLatin1String("type")).toString(), &ok);
        if (!ok)
            f.type = FieldDefinition::ValueType::String;   // unknown upstream type: send text as written
        if (find(f.target))
            continue;
        m_fields.append(f);
        m_customRows.append(row);
    }
}

void FieldCatalog::addMarketingChannels(const QJsonArray &rows)
{
    for (const QJsonValue &v : rows) {
        const QJsonObject row = v.toObject();
        const QString key = row.value(QLatin1String("key")).toString().trimmed();
        if (key.isEmpty())
            continue;
        FieldDefinition f;
        f.kind = FieldDefinition::Kind::Channel;
        f.apiKey = key;
        f.target = QStringLiteral("channel:") + key;
        f.label = row.value(QLatin1String("name")).toString(key);
        f.description = row.value(QLatin1String("channel_type")).toString();
        f.type = FieldDefinition::ValueType::Consent;
        if (find(f.target))
            continue;
        m_fields.append(f);
        m_channelRows.append(row);
    }
}

const FieldDefinition *FieldCatalog::find(const QString &target) const
{
    for (const FieldDefinition &f : m_fields) {
        if (f.target == target)
            return &f;
    }
    return nullptr;
}

bool FieldCatalog::fromCacheJson(const QByteArray &json, FieldCatalog *catalog, QString *errorMessage)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("FieldCatalog",
                                                        "not a JSON object (%1 at offset %2); expected "
                                                        "{\"custom_fields\": [...], \"marketing_channels\": [...]}")
                                .arg(error.errorString())
                                .arg(error.offset);
        return false;
    }
    const QJsonObject o = doc.object();
    auto rows = [&o](const char *plural, const char *singular) {
        const QJsonValue v = o.value(QLatin1String(plural));
        return v.isArray() ? v.toArray() : o.value(QLatin1String(singular)).toArray();
    };
    *catalog = fromApi(rows("custom_fields", "custom_field"), rows("marketing_channels", "marketing_channel"));
    return true;
}

bool FieldCatalog::loadCacheFile(const QString &path, FieldCatalog *catalog, QString *errorMessage)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = QCoreApplication::translate("FieldCatalog", "%1: cannot open the field list (%2).")
                                .arg(path, file.errorString());
        return false;
    }
    QString message;
    if (!fromCacheJson(file.readAll(), catalog, &message)) {
        if (errorMessage)
            *errorMessage = path + QLatin1String(": ") + message;
        return false;
    }
    return true;
}

QJsonObject FieldCatalog::toCacheJson() const
{
    return QJsonObject{{QStringLiteral("custom_fields"), m_customRows},
                       {QStringLiteral("marketing_channels"), m_channelRows}};
}
