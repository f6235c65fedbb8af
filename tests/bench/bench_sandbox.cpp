// bench_sandbox [CONTACTS=50000] [PER_IMPORT=5000]
// How fast mateo-sandbox stores contacts with no processing delay: posts CONTACTS new contacts in
// imports of PER_IMPORT (all requests in flight at once, as a client with several connections
// would), waits until every row is processed, and prints the rate by wall clock and by the
// sandbox's own CPU time (the latter does not depend on what else runs on the machine).
// Target: at least 20,000 contacts a second.
#include "support/SandboxHttp.h"
#include "support/SandboxProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTextStream>

#include <unistd.h>

namespace {

double processCpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll()).section(QLatin1Char(' '), 0, 2)
                                          : QStringLiteral("?");
}

}   // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int contacts = argc > 1 ? QByteArray(argv[1]).toInt() : 50000;
    const int perImport = argc > 2 ? QByteArray(argv[2]).toInt() : 5000;
    QTextStream out(stdout);

    SandboxProcess sandbox({QStringLiteral("--test-controls"), QStringLiteral("--daily-entities"),
                            QStringLiteral("100000000"), QStringLiteral("--daily-requests"),
                            QStringLiteral("10000000")});
    if (!sandbox.start()) {
        out << "bench_sandbox: " << sandbox.error() << Qt::endl;
        return 2;
    }
    QList<QByteArray> bodies;
    for (int start = 0; start < contacts; start += perImport) {
        QJsonArray payload;
        for (int i = start; i < qMin(contacts, start + perImport); ++i)
            payload.append(
                QJsonObject{{QStringLiteral("external_id"), QStringLiteral("erp-%1").arg(i)},
                            {QStringLiteral("email"), QStringLiteral("kunde%1@example.com").arg(i)},
                            {QStringLiteral("whatsapp"), QStringLiteral("+49151%1").arg(i, 8, 10, QLatin1Char('0'))},
                            {QStringLiteral("full_name"), QStringLiteral("Kundin Nummer %1").arg(i)},
                            {QStringLiteral("last_contacted_at"), QStringLiteral("2024-03-15T14:30:00+01:00")},
                            {QStringLiteral("newsletter"), QStringLiteral("accepted")}});
        bodies << QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("contact_details")},
                                            {QStringLiteral("payload"), payload}})
                      .toJson(QJsonDocument::Compact);
    }

    QNetworkAccessManager nam;
    SandboxHttp http(sandbox);
    const qint64 pid = sandbox.process().processId();
    const double cpuBefore = processCpuSeconds(pid);
    QElapsedTimer clock;
    clock.start();
    std::vector<std::unique_ptr<QNetworkReply>> replies;
    for (const QByteArray &body : std::as_const(bodies)) {
        QNetworkRequest request(sandbox.url(QStringLiteral("/import?select=id")));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer test-key");
        replies.emplace_back(nam.post(request, body));
    }
    for (auto &reply : replies) {
        if (!reply->isFinished()) {
            QSignalSpy finished(reply.get(), &QNetworkReply::finished);
            finished.wait(60000);
        }
        if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 201) {
            out << "bench_sandbox: POST failed: " << reply->errorString() << Qt::endl;
            return 2;
        }
    }
    const qint64 postedMs = clock.elapsed();
    if (!http.waitIdle(600000)) {
        out << "bench_sandbox: processing did not finish" << Qt::endl;
        return 2;
    }
    const qint64 wallMs = clock.elapsed();
    const double cpu = processCpuSeconds(pid) - cpuBefore;
    const QJsonObject stats = http.stats();
    const double perSecond = contacts * 1000.0 / double(qMax<qint64>(1, wallMs));
    const double perCpuSecond = cpu > 0 ? contacts / cpu : 0;
    out << "bench_sandbox: " << contacts << " contacts in " << bodies.size() << " imports of " << perImport << Qt::endl
        << "  stored: contacts=" << stats.value(QStringLiteral("contacts")).toInt()
        << " rows_processed=" << stats.value(QStringLiteral("rows_processed")).toInt()
        << " rows_failed=" << stats.value(QStringLiteral("rows_failed")).toInt() << Qt::endl
        << "  all POSTs answered after " << postedMs << " ms; all rows processed after " << wallMs << " ms" << Qt::endl
        << "  wall clock: " << qRound(perSecond) << " contacts/s" << Qt::endl
        << "  sandbox CPU: " << QString::number(cpu, 'f', 2) << " s = " << qRound(perCpuSecond)
        << " contacts per CPU-second (" << QString::number(cpu * 1e6 / contacts, 'f', 1) << " us/contact)" << Qt::endl
        << "  load average during the run: " << loadAverage() << " on " << sysconf(_SC_NPROCESSORS_ONLN) << " CPUs"
        << Qt::endl
        << "  target 20000 contacts/s: " << (perSecond >= 20000 ? "met" : "NOT met") << " by wall clock, "
        << (perCpuSecond >= 20000 ? "met" : "NOT met") << " by CPU time" << Qt::endl;
    const bool complete = stats.value(QStringLiteral("contacts")).toInt() == contacts &&
                          stats.value(QStringLiteral("rows_processed")).toInt() == contacts;
    return complete ? 0 : 1;
}
