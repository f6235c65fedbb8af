// Engine benchmark against the real mateo-sandbox (no processing delay, quota raised):
//   1. client CPU per 1,000-contact batch (target ≤ 20 ms): this process's CPU time (getrusage) for
//      journaling the job and sending, polling and finishing every batch, divided by the batch count;
//   2. wall time for 50,000 contacts from start to every batch finished (target ≤ 10 s).
// Run: build/default/tests/bench_engine [ROWS]
#include "api/engine/ImportEngine.h"
#include "api/engine/JobWriter.h"
#include "api/http/ApiClient.h"
#include "core/journal/ImportJournal.h"
#include "support/SandboxProcess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

static double cpuMs()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
           (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QByteArray(argv[1]).toInt() : 50000;
    QTextStream out(stdout);

    SandboxProcess sandbox({QStringLiteral("--processing-ms-per-row"), QStringLiteral("0"),
                            QStringLiteral("--daily-entities"), QStringLiteral("10000000"),
                            QStringLiteral("--daily-requests"), QStringLiteral("1000000")});
    if (!sandbox.start()) {
        out << "sandbox failed: " << sandbox.error() << Qt::endl;
        return 1;
    }
    QList<ConvertedRow> converted;
    converted.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        ConvertedRow r;
        r.recordIndex = i;
        r.line = i + 2;
        r.payload = QJsonObject{{QStringLiteral("external_id"), QStringLiteral("B%1").arg(i)},
                                {QStringLiteral("email"), QStringLiteral("bench%1@example.com").arg(i)},
                                {QStringLiteral("full_name"), QStringLiteral("Bench Person %1").arg(i)},
                                {QStringLiteral("city"), QStringLiteral("Rostock")}};
        converted << r;
    }
    QTemporaryDir dir;
    ImportJournal journal(dir.path());
    journal.open();
    ApiClient client;
    client.setBaseUrl(sandbox.apiUrl());
    client.setApiKey(sandbox.apiKey());
    ImportEngine engine(&journal, &client);
    engine.setDailyLimits(10000000, 1000000);

    const double cpu0 = cpuMs();
    QElapsedTimer wall;
    wall.start();
    JournalJob job;
    job.batchSize = 1000;
    QString error;
    JobWriter writer(&journal, client.baseUrl());
    writer.setDailyLimits(10000000, 1000000);
    const QString id = writer.write(job, converted, nullptr, &error);
    const double cpuJournal = cpuMs() - cpu0;
    const qint64 wallJournal = wall.elapsed();
    if (id.isEmpty()) {
        out << error << Qt::endl;
        return 1;
    }
    QEventLoop loop;
    ImportResult result;
    QObject::connect(&engine, &ImportEngine::finished, &loop, [&](const ImportResult &r) {
        result = r;
        loop.quit();
    });
    const double cpu1 = cpuMs();
    QElapsedTimer sending;
    sending.start();
    engine.start(id);
    loop.exec();
    const double cpuSend = cpuMs() - cpu1;
    const qint64 wallSend = sending.elapsed();
    const int batches = (rows + 999) / 1000;
    out << "rows " << rows << ", batches " << batches << ", outcome " << int(result.outcome) << ", imported "
        << result.successRows << Qt::endl;
    out << "journal the job:   " << qRound(cpuJournal) << " ms CPU, " << wallJournal << " ms wall" << Qt::endl;
    out << "send+poll+finish:  " << qRound(cpuSend) << " ms CPU, " << wallSend << " ms wall" << Qt::endl;
    out << "client CPU per 1,000-contact batch: " << QString::number((cpuJournal + cpuSend) / batches, 'f', 2)
        << " ms (target <= 20)" << Qt::endl;
    out << "wall for " << rows << " contacts (journal + send + processed): " << (wallJournal + wallSend)
        << " ms (target <= 10000)" << Qt::endl;
    return result.outcome == ImportResult::Outcome::Completed ? 0 : 1;
}
