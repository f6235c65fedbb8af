#include "app/cli/AccountPreflight.h"

#include "api/http/ApiClient.h"
#include "api/preview/AccountSchemaFetch.h"
#include "app/cli/ExitCode.h"
#include "core/journal/JournalJob.h"
#include "core/mapping/MappingProfile.h"
#include "core/preview/PreflightCheck.h"

#include <QTextStream>

int AccountPreflight::run(ApiClient &client, const MappingProfile &profile, const QStringList &headers)
{
    QTextStream err(stderr);
    AccountSchemaFetch fetch(&client);
    // The same words as the engine's retries, so a waiting run looks the same before and after its first batch.
    QObject::connect(&fetch, &AccountSchemaFetch::retrying, &fetch, [](int seconds, const QString &reason) {
        QTextStream(stdout) << tr("retrying in %1 s: %2").arg(seconds).arg(reason) << Qt::endl;
    });
    ApiResult failure;
    const bool read = fetch.runBlocking(&failure);
    m_requests = fetch.requests();
    if (!read) {
        err << tr("Could not read the account's custom fields and channels, so the mapping was not checked and "
                  "nothing was sent: %1")
                   .arg(failure.errorText)
            << Qt::endl;
        return ExitCode::ConnectionOrAuthFailure;
    }
    m_customFields = fetch.customFields();
    m_marketingChannels = fetch.marketingChannels();
    const QList<PreflightProblem> problems = PreflightCheck::check(profile, headers, m_customFields,
                                                                   m_marketingChannels);
    if (problems.isEmpty())
        return ExitCode::Success;
    err << tr("The mapping does not fit this account (%n problem(s)); nothing was sent:", nullptr, int(problems.size()))
        << Qt::endl;
    for (const PreflightProblem &problem : problems)
        err << problem.line() << Qt::endl;
    return ExitCode::UsageOrUnreadableInput;
}

int AccountPreflight::run(ApiClient &client, const JournalJob &job)
{
    MappingProfile profile;
    QString error;
    if (!MappingProfile::fromJson(job.profileJson, &profile, &error)) {
        QTextStream(stderr)
            << tr("Job %1: its journaled mapping cannot be read (%2); nothing was sent.").arg(job.id, error)
            << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    return run(client, profile, job.headers);
}
