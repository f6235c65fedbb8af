#pragma once

#include <QHash>
#include <QJsonArray>
#include <QString>

// The organisation the sandbox pretends to be: custom fields, marketing channels and contact lists
// (what GET /custom_field, /marketing_channel and /contact_list answer). A built-in default gives
// practice mode something to map to; `--org FILE` replaces it. File format (docs/sandbox.md):
//   {"organisation_id": "uuid (optional)",
//    "custom_fields": [{"key", "name", "type", "entity" (default contact), "description", "id" (optional)}],
//    "marketing_channels": [{"key", "name", "channel_type", "id" (optional)}],
//    "contact_lists": [{"name", "id" (optional)}]}
// Missing ids are derived from the key/name (UUID v5), so they are stable across restarts.
class SandboxOrganisation
{
public:
    static SandboxOrganisation defaults();
    // False + *error (naming the file and what is wrong) when the file cannot be used.
    static bool load(const QString &path, SandboxOrganisation *out, QString *error);

    QString id() const { return m_id; }
    QJsonArray customFields() const { return m_customFields; }
    QJsonArray marketingChannels() const { return m_channels; }
    QJsonArray contactLists() const { return m_lists; }

    // Custom field `type` for a contact custom field key, or empty.
    QString customFieldType(const QString &key) const { return m_contactFieldTypes.value(key); }
    bool isChannel(const QString &key) const { return m_channelKeys.contains(key); }
    bool hasContactList(const QString &id) const { return m_listIds.contains(id); }

private:
    bool fromJson(const QJsonObject &root, QString *error);

    QString m_id;
    QJsonArray m_customFields;
    QJsonArray m_channels;
    QJsonArray m_lists;
    QHash<QString, QString> m_contactFieldTypes;
    QHash<QString, bool> m_channelKeys;
    QHash<QString, bool> m_listIds;
};
