#pragma once

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

class ApiClient;
class MappingProfile;
struct JournalJob;

// The preflight of `run`, `resume` and `preview` (docs/engine.md "Preflight"): reads the account's
// custom fields and marketing channels (a few requests, transient failures tried again) and checks
// the mapping against them before a single row is sent. A mapping that would fail on every row
// (a key the account lacks, a type the field cannot store) is refused with one line per problem.
class AccountPreflight
{
    Q_DECLARE_TR_FUNCTIONS(AccountPreflight)

public:
    // `headers`: the file's columns (a job's journaled headers on resume). Returns 0 when the mapping
    // fits (the account's tables are then in customFields() / marketingChannels()); 2 with every
    // problem printed on stderr (nothing was sent); 3 when the account could not be read.
    int run(ApiClient &client, const MappingProfile &profile, const QStringList &headers);
    // The same for a journaled job (`resume`, `run` continuing an unfinished job): its profile and headers.
    int run(ApiClient &client, const JournalJob &job);

    const QJsonArray &customFields() const { return m_customFields; }
    const QJsonArray &marketingChannels() const { return m_marketingChannels; }
    int requests() const { return m_requests; }

private:
    QJsonArray m_customFields;
    QJsonArray m_marketingChannels;
    int m_requests = 0;
};
