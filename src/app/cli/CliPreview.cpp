#include "app/cli/CliPreview.h"

#include "api/engine/DailyQuota.h"
#include "api/http/ApiClient.h"
#include "api/preview/PreviewRunner.h"
#include "app/cli/CommandParser.h"
#include "app/cli/ExitCode.h"
#include "core/preview/ModeSelection.h"
#include "core/validate/SendableRows.h"

#include <QJsonDocument>
#include <QTextStream>

namespace {

QString valueText(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return CliPreview::tr("(none)");
    if (value.isString())
        return QLatin1Char('"') + value.toString() + QLatin1Char('"');
    return QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

}   // namespace

void CliPreview::addOptions(CommandParser &parser)
{
    parser.addValue(QStringLiteral("mode"),
                    tr("create-and-update (default), create-only (rows that match a contact are not sent) or "
                       "update-only (rows that match no contact are not sent)."),
                    QStringLiteral("MODE"), QStringLiteral("create-and-update"));
    parser.addFlag(QStringLiteral("skip-unchanged"),
                   tr("Do not send rows whose values the contact already has (saves quota)."));
    parser.addValue(QStringLiteral("max-requests"),
                    tr("At most this many lookup requests for the preview (default 2000)."), QStringLiteral("N"),
                    QString::number(DefaultMaxRequests));
}

bool CliPreview::readOptions(const CommandParser &parser, Options *options, QString *error)
{
    if (!ImportMode::parse(parser.value(QStringLiteral("mode")), &options->mode.kind)) {
        *error = tr("--mode takes create-and-update, create-only or update-only");
        return false;
    }
    options->mode.skipUnchanged = parser.isSet(QStringLiteral("skip-unchanged"));
    bool ok = false;
    options->maxRequests = parser.value(QStringLiteral("max-requests")).toLongLong(&ok);
    if (!ok || options->maxRequests <= 0) {
        *error = tr("--max-requests takes a positive whole number");
        return false;
    }
    return true;
}

CliPreview::CliPreview(ApiClient *client, ImportJournal *journal, const Options &options)
    : m_client(client)
    , m_journal(journal)
    , m_options(options)
{
}

void CliPreview::countEarlierRequests(int requests)
{
    DailyQuota quota(m_journal, m_client);
    for (int i = 0; i < requests; ++i)
        quota.countRequest();
}

PreviewResult CliPreview::run(const SendableRows &rows, qint64 fileRows, const QJsonArray &customFields,
                              const QJsonArray &marketingChannels, QTextStream &costOut)
{
    DailyQuota quota(m_journal, m_client);
    quota.setLimits(25000, m_options.dailyRequests);
    m_leftToday = quota.today().requestsLeft();
    m_cap = qMin(m_options.maxRequests, m_leftToday);
    PreviewRunner runner(m_client);
    runner.setMode(m_options.mode);
    runner.setMaxRequests(m_cap);
    const qint64 planned = runner.prepare(&rows, fileRows, customFields, marketingChannels);
    // The cost first, before a single lookup is sent.
    costOut << tr("Preview cost: %n lookup request(s) planned (one more for every further 50 contacts a lookup "
                  "finds), of %L1 requests a day; %L2 left today. This preview stops after %L3.",
                  nullptr, int(planned))
                   .arg(m_options.dailyRequests)
                   .arg(m_leftToday)
                   .arg(m_cap)
            << Qt::endl;
    QObject::connect(&runner, &PreviewRunner::progress, &runner, [&quota](qint64, qint64) { quota.countRequest(); });
    QObject::connect(&runner, &PreviewRunner::retrying, &runner, [&costOut](int seconds, const QString &reason) {
        costOut << tr("retrying in %1 s: %2").arg(seconds).arg(reason) << Qt::endl;
    });
    return runner.runBlocking();
}

int CliPreview::narrow(SendableRows *rows, qint64 fileRows, const QJsonArray &customFields,
                       const QJsonArray &marketingChannels, QList<RowChangeLog::Entry> *changes, QTextStream &out,
                       QTextStream &err)
{
    const PreviewResult result = run(*rows, fileRows, customFields, marketingChannels, out);
    if (result.failed) {
        err << tr("The preview failed, so no row could be chosen by the mode; nothing was sent: %1")
                   .arg(result.stopReason)
            << Qt::endl;
        return ExitCode::ConnectionOrAuthFailure;
    }
    if (!result.complete) {
        err << tr("The preview stopped before every row was predicted (%1, %L2 of %L3 rows); the mode cannot "
                  "choose rows it has not seen, so nothing was sent. Raise --max-requests (the lookups need "
                  "about %L4 requests), or import without --mode.")
                   .arg(result.stopReason)
                   .arg(result.predictions.size())
                   .arg(result.sendable)
                   .arg(result.requestsPlanned)
            << Qt::endl;
        return ExitCode::UsageOrUnreadableInput;
    }
    print(result, out);
    *changes = RowChangeLog::fromPreview(*rows, result);
    if (const qint64 keptBack = ModeSelection::apply(rows, result))
        out << tr("%Ln row(s) not sent (kept back by the mode, or conflicts); they are handed back with the failed "
                  "rows, each with its reason.",
                  nullptr, int(keptBack))
            << Qt::endl;
    return ExitCode::Success;
}

QJsonObject CliPreview::toJson(const PreviewResult &result) const
{
    QJsonObject json = result.toJson();
    json.insert(QStringLiteral("mode"), ImportMode::name(m_options.mode.kind));
    json.insert(QStringLiteral("skip_unchanged"), m_options.mode.skipUnchanged);
    qint64 send = 0;
    for (const RowPrediction &p : result.predictions)
        send += p.sent ? 1 : 0;
    json.insert(QStringLiteral("send"), send);
    json.insert(QStringLiteral("kept_back"), qint64(result.predictions.size()) - send);
    json.insert(QStringLiteral("requests_per_day"), m_options.dailyRequests);
    json.insert(QStringLiteral("requests_left_today"), qMax<qint64>(0, m_leftToday - result.requestsUsed));
    json.insert(QStringLiteral("max_requests"), m_cap);
    json.insert(QStringLiteral("predicted_through_line"),
                result.predictions.isEmpty() ? QJsonValue() : QJsonValue(result.predictions.last().line));
    json.insert(QStringLiteral("stop_reason"), result.stopReason);
    return json;
}

void CliPreview::print(const PreviewResult &result, QTextStream &out) const
{
    using K = RowPrediction::Kind;
    out << tr("Rows: %L1 in the file, %L2 sendable, %L3 predicted.")
               .arg(result.rows)
               .arg(result.sendable)
               .arg(result.predictions.size())
        << '\n';
    out << tr("  new:        %L1 (would create a contact)").arg(result.count(K::New)) << '\n'
        << tr("  update:     %L1 (would change an existing contact)").arg(result.count(K::Update)) << '\n'
        << tr("  unchanged:  %L1 (the contact already has every value)").arg(result.count(K::Unchanged)) << '\n'
        << tr("  conflict:   %L1 (Hellomateo would refuse: identifiers of different contacts)")
               .arg(result.count(K::Conflict))
        << '\n';
    if (const qint64 rejected = result.count(K::Rejected))
        out << tr("  rejected:   %L1 (a value Hellomateo cannot store)").arg(rejected) << '\n';
    if (m_options.mode.needsPreview()) {
        qint64 keptBack = 0;
        for (const RowPrediction &p : result.predictions)
            keptBack += p.sent ? 0 : 1;
        out << tr("Mode %1%2: %L3 to send, %L4 kept back.")
                   .arg(ImportMode::name(m_options.mode.kind),
                        m_options.mode.skipUnchanged ? tr(", skip unchanged") : QString())
                   .arg(qint64(result.predictions.size()) - keptBack)
                   .arg(keptBack)
            << '\n';
    }
    constexpr int listed = 20;
    int n = 0;
    for (const RowPrediction &p : result.predictions) {
        if (p.kind != K::Update || n++ >= listed)
            continue;
        QStringList changes;
        for (const RowPrediction::Change &c : p.changes)
            changes << tr("%1 %2 -> %3").arg(c.field, valueText(c.before), valueText(c.after));
        out << tr("  line %1 updates contact %2: %3").arg(p.line).arg(p.contactId, changes.join(QStringLiteral("; ")))
            << '\n';
    }
    n = 0;
    for (const RowPrediction &p : result.predictions) {
        if (p.kind != K::Conflict || n++ >= listed)
            continue;
        QStringList claims;
        for (const RowPrediction::Claim &c : p.claims)
            claims << tr("%1 \"%2\" belongs to %3").arg(c.column, c.value, c.contactId);
        out << tr("  line %1 conflicts: %2").arg(p.line).arg(claims.join(QStringLiteral("; "))) << '\n';
    }
    out << tr("Requests used: %L1.").arg(result.requestsUsed) << '\n';
    if (result.complete) {
        out << tr("Complete: every sendable row was predicted.") << Qt::endl;
        return;
    }
    out << tr("Not complete: %1 Rows predicted: %L2 of %L3 sendable (through line %4). Raise --max-requests, or "
              "preview again tomorrow, to see the rest.")
               .arg(result.stopReason)
               .arg(result.predictions.size())
               .arg(result.sendable)
               .arg(result.predictions.isEmpty() ? 0 : result.predictions.last().line)
        << Qt::endl;
}

int CliPreview::exitCode(const PreviewResult &result)
{
    if (result.failed)
        return ExitCode::ConnectionOrAuthFailure;
    if (result.count(RowPrediction::Kind::Conflict) > 0 || result.count(RowPrediction::Kind::Rejected) > 0)
        return ExitCode::RowsInvalidOrFailed;
    return ExitCode::Success;
}
