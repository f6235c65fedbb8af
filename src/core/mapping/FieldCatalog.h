#pragma once

#include "core/mapping/FieldDefinition.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

// Everything a column can be mapped to. Built from the standard contact_details fields plus, when
// connected, the parsed rows of GET /custom_field ({id,name,description,key,type,entity}; only
// entity "contact" is used) and GET /marketing_channel ({id,name,key,channel_type}); offline, from
// a cached org file {"custom_fields": [...], "marketing_channels": [...]} with the same rows.
// Immutable after construction, so one catalog can be shared by every converter thread.
class FieldCatalog
{
public:
    FieldCatalog();   // the standard fields only

    static FieldCatalog fromApi(const QJsonArray &customFields, const QJsonArray &marketingChannels);
    // Accepts {"custom_fields": [...], "marketing_channels": [...]} (also "custom_field" /
    // "marketing_channel"). Returns false with a message naming the problem when the shape is wrong.
    static bool fromCacheJson(const QByteArray &json, FieldCatalog *catalog, QString *errorMessage);
    static bool loadCacheFile(const QString &path, FieldCatalog *catalog, QString *errorMessage);
    QJsonObject toCacheJson() const;   // what loadCacheFile reads back

    void addCustomFields(const QJsonArray &rows);
    void addMarketingChannels(const QJsonArray &rows);

    const QList<FieldDefinition> &fields() const { return m_fields; }
    // nullptr when the target is unknown. `custom:<key>` unknown to the catalog is still resolved
    // when a profile carries its type (see MappingProfile), not here.
    const FieldDefinition *find(const QString &target) const;

    static bool isPhoneHandle(const QString &apiKey);   // whatsapp, sms
    // The standard fields that are unique on the server (external_id and every handle), in catalogue
    // order: the one list RowConverter fills identifier slots from and DuplicateDetector checks.
    static const QStringList &identifierKeys();

private:
    QList<FieldDefinition> m_fields;
    QJsonArray m_customRows;
    QJsonArray m_channelRows;
};
