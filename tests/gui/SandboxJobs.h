#pragma once

#include "api/engine/ImportEngine.h"
#include "api/engine/JobWriter.h"
#include "api/http/ApiClient.h"
#include "core/journal/ImportJournal.h"
#include "support/SandboxProcess.h"

#include <QFile>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

// Import jobs run through the real ImportEngine against a SandboxProcess and journaled in the
// default journal folder (MATEO_DATA_DIR in the tests) — exactly what the wizard later finds there.
class SandboxJobs
{
public:
    explicit SandboxJobs(const SandboxProcess &sandbox)
        : SandboxJobs(sandbox.apiUrl(), sandbox.apiKey())
    {
    }

    SandboxJobs(const QUrl &apiUrl, const QString &apiKey)
    {
        if (!journal.open())
            qFatal("journal: %s", qPrintable(journal.lastError()));
        client.setBaseUrl(apiUrl);
        client.setApiKey(apiKey);
        engine = std::make_unique<ImportEngine>(&journal, &client);
        engine->setPollIntervals(10, 100);
    }

    // A job for `contacts` (one per row: external_id n, the e-mail given), read from a CSV written to `csvPath`.
    QString create(const QString &csvPath, const QStringList &emails, int batchSize, int firstId = 1)
    {
        QFile file(csvPath);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(csvPath));
        file.write("Nr;E-Mail\n");
        QList<ConvertedRow> rows;
        for (int i = 0; i < emails.size(); ++i) {
            file.write(QStringLiteral("%1;%2\n").arg(firstId + i).arg(emails.at(i)).toUtf8());
            ConvertedRow row;
            row.recordIndex = i;
            row.line = i + 2;
            row.payload.insert(QStringLiteral("external_id"), QString::number(firstId + i));
            row.payload.insert(QStringLiteral("email"), emails.at(i));
            rows << row;
        }
        file.close();
        JournalJob job;
        job.batchSize = batchSize;
        job.headers = QStringList{QStringLiteral("Nr"), QStringLiteral("E-Mail")};
        job.delimiter = QStringLiteral(";");
        QString error;
        job.source = SourceFingerprint::of(csvPath, &error);
        const QString id = JobWriter(&journal, client.baseUrl()).write(job, rows, nullptr, &error);
        if (id.isEmpty())
            qFatal("createJob: %s", qPrintable(error));
        return id;
    }

    ImportResult runToEnd(const QString &jobId)
    {
        QSignalSpy done(engine.get(), &ImportEngine::finished);
        engine->start(jobId);
        if (done.isEmpty() && !done.wait(30000))
            qFatal("the engine did not finish job %s", qPrintable(jobId));
        return done.first().first().value<ImportResult>();
    }

    // Starts the job and pauses it as soon as the first batch is accepted by the server, as a user
    // pressing Pause (or closing the window) would; then lets go of the job (the engine ends).
    void runUntilFirstAccepted(const QString &jobId)
    {
        bool accepted = false;
        QObject::connect(engine.get(), &ImportEngine::batchStateChanged, engine.get(),
                         [&](qint64, int, BatchState state) {
                             if (state == BatchState::Accepted && !accepted) {
                                 accepted = true;
                                 engine->pause();
                             }
                         });
        engine->start(jobId);
        QTRY_VERIFY_WITH_TIMEOUT(accepted, 30000);
        engine.reset();   // releases the job's lock, like a closed window
    }

    ImportJournal journal;
    ApiClient client;
    std::unique_ptr<ImportEngine> engine;
};
