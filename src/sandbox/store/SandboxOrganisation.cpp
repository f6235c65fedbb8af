#include "sandbox/store/SandboxOrganisation.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace {

const QUuid kNamespace(QStringLiteral("6f1c2a3e-6d1b-4b7a-9a55-2f0c6b8e1d40"));

QString stableId(const QString &kind, const QString &key)
{
    return QUuid::createUuidV5(kNamespace, kind + QLatin1Char(':') + key).toString(QUuid::WithoutBraces);
}

QJsonObject field(const char *key, const char *name, const char *type, const char *description)
{
    return {{QStringLiteral("key"), QLatin1String(key)},
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("type"), QLatin1String(type)},
            {QStringLiteral("entity"), QStringLiteral("contact")},
            {QStringLiteral("description"), QLatin1String(description)}};
}

QJsonObject channel(const char *key, const char *name, const char *type)
{
    return {{QStringLiteral("key"), QLatin1String(key)},
            {QStringLiteral("name"), QLatin1String(name)},
            {QStringLiteral("channel_type"), QLatin1String(type)}};
}

const QStringList kFieldTypes{QStringLiteral("string"), QStringLiteral("datetime"), QStringLiteral("boolean"),
                              QStringLiteral("number"), QStringLiteral("date"),     QStringLiteral("string_list")};
const QStringList kEntities{QStringLiteral("contact"), QStringLiteral("deal"), QStringLiteral("appointment")};
const QStringList kChannelTypes{QStringLiteral("email"),    QStringLiteral("sms"),
                                QStringLiteral("whatsapp"), QStringLiteral("instagram"),
                                QStringLiteral("facebook"), QStringLiteral("google_business_messaging"),
                                QStringLiteral("postal")};

}   // namespace

SandboxOrganisation SandboxOrganisation::defaults()
{
    // Includes the seed's example keys (my_custom_field_key, my_marketing_channel_key) so the
    // documentation's payloads import cleanly.
    const QJsonObject root{
        {QStringLiteral("organisation_id"), stableId(QStringLiteral("organisation"), QStringLiteral("practice"))},
        {QStringLiteral("custom_fields"),
         QJsonArray{
             field("last_contacted_at", "Last contacted", "datetime", "When we last spoke to the contact"),
             field("contract_start", "Contract start", "date", "First day of the contract"),
             field("customer_since", "Customer since", "date", "Date of the first order"),
             field("revenue", "Revenue", "number", "Revenue of the last twelve months in EUR"),
             field("loyalty_points", "Loyalty points", "number", "Points collected"),
             field("vip", "VIP", "boolean", "Gets priority service"),
             field("newsletter_opt_in_confirmed", "Opt-in confirmed", "boolean", "Double opt-in done"),
             field("customer_number", "Customer number", "string", "Number in the ERP"),
             field("branch", "Branch", "string", "Responsible branch"),
             field("interests", "Interests", "string_list", "Product groups the contact likes"),
             field("tags", "Tags", "string_list", "Free tags"),
             field("my_custom_field_key", "My custom field", "string", "The example key of the API documentation")}},
        {QStringLiteral("marketing_channels"),
         QJsonArray{channel("newsletter", "Newsletter", "email"),
                    channel("whatsapp_marketing", "WhatsApp marketing", "whatsapp"),
                    channel("sms_marketing", "SMS marketing", "sms"),
                    channel("my_marketing_channel_key", "My marketing channel", "email")}},
        {QStringLiteral("contact_lists"),
         QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Imported contacts")}}}}};
    SandboxOrganisation org;
    QString ignored;
    org.fromJson(root, &ignored);
    return org;
}

bool SandboxOrganisation::load(const QString &path, SandboxOrganisation *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot read the organisation file (%2). Check the path given to --org.")
                     .arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("%1: offset %2: not a JSON object (%3). See docs/sandbox.md for the --org format.")
                     .arg(path)
                     .arg(parseError.offset)
                     .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                       : QStringLiteral("top level is not an object"));
        return false;
    }
    SandboxOrganisation org;
    if (!org.fromJson(doc.object(), error)) {
        *error = path + QStringLiteral(": ") + *error + QStringLiteral(" See docs/sandbox.md for the --org format.");
        return false;
    }
    *out = org;
    return true;
}

bool SandboxOrganisation::fromJson(const QJsonObject &root, QString *error)
{
    m_id = root.value(QStringLiteral("organisation_id")).toString();
    if (m_id.isEmpty())
        m_id = stableId(QStringLiteral("organisation"), QStringLiteral("practice"));

    const QJsonArray fields = root.value(QStringLiteral("custom_fields")).toArray();
    for (int i = 0; i < fields.size(); ++i) {
        QJsonObject f = fields.at(i).toObject();
        const QString key = f.value(QStringLiteral("key")).toString();
        const QString type = f.value(QStringLiteral("type")).toString();
        if (key.isEmpty() || !kFieldTypes.contains(type)) {
            *error = QStringLiteral("custom_fields[%1] needs a \"key\" and a \"type\" (one of %2).")
                         .arg(i)
                         .arg(kFieldTypes.join(QStringLiteral(", ")));
            return false;
        }
        if (!f.contains(QStringLiteral("entity")))
            f.insert(QStringLiteral("entity"), QStringLiteral("contact"));
        if (!kEntities.contains(f.value(QStringLiteral("entity")).toString())) {
            *error = QStringLiteral("custom_fields[%1]: \"entity\" must be contact, deal or appointment.").arg(i);
            return false;
        }
        if (!f.contains(QStringLiteral("name")))
            f.insert(QStringLiteral("name"), key);
        if (!f.contains(QStringLiteral("description")))
            f.insert(QStringLiteral("description"), QJsonValue::Null);
        if (!f.contains(QStringLiteral("id")))
            f.insert(QStringLiteral("id"), stableId(QStringLiteral("custom_field"), key));
        if (f.value(QStringLiteral("entity")).toString() == QLatin1String("contact"))
            m_contactFieldTypes.insert(key, type);
        m_customFields.append(f);
    }

    const QJsonArray channels = root.value(QStringLiteral("marketing_channels")).toArray();
    for (int i = 0; i < channels.size(); ++i) {
        QJsonObject c = channels.at(i).toObject();
        const QString key = c.value(QStringLiteral("key")).toString();
        if (key.isEmpty() || !kChannelTypes.contains(c.value(QStringLiteral("channel_type")).toString())) {
            *error = QStringLiteral("marketing_channels[%1] needs a \"key\" and a \"channel_type\" (one of %2).")
                         .arg(i)
                         .arg(kChannelTypes.join(QStringLiteral(", ")));
            return false;
        }
        if (!c.contains(QStringLiteral("name")))
            c.insert(QStringLiteral("name"), key);
        if (!c.contains(QStringLiteral("id")))
            c.insert(QStringLiteral("id"), stableId(QStringLiteral("marketing_channel"), key));
        m_channelKeys.insert(key, true);
        m_channels.append(c);
    }

    const QJsonArray lists = root.value(QStringLiteral("contact_lists")).toArray();
    for (int i = 0; i < lists.size(); ++i) {
        QJsonObject l = lists.at(i).toObject();
        const QString name = l.value(QStringLiteral("name")).toString();
        if (name.isEmpty()) {
            *error = QStringLiteral("contact_lists[%1] needs a \"name\".").arg(i);
            return false;
        }
        if (!l.contains(QStringLiteral("id")))
            l.insert(QStringLiteral("id"), stableId(QStringLiteral("contact_list"), name));
        m_listIds.insert(l.value(QStringLiteral("id")).toString(), true);
        m_lists.append(l);
    }
    return true;
}
