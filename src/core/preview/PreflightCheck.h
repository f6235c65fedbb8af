#pragma once

#include "core/preview/PreflightProblem.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>

class MappingProfile;

// Checks a mapping against the account before anything is sent (docs/engine.md "Preflight"): every
// target must exist in the account (GET /custom_field, GET /marketing_channel), and a custom field
// whose type the profile states (a profile saved offline carries `type`) must be able to take that
// type's values. Otherwise every row fails on the server (PGRST204 / 22P02) and spends the quota
// for nothing. Pure: the fetching is api/preview/PreflightFetch.
class PreflightCheck
{
    Q_DECLARE_TR_FUNCTIONS(PreflightCheck)

public:
    // `headers` are the file's headers (only mapped columns present in the file are checked).
    static QList<PreflightProblem> check(const MappingProfile &profile, const QStringList &headers,
                                         const QJsonArray &customFields, const QJsonArray &marketingChannels);

    // Whether a custom field of `fieldType` stores values converted as `columnType` (API.md names).
    static bool typeAccepts(const QString &fieldType, const QString &columnType);
};
