#include "support/SandboxHttp.h"
#include "support/SandboxProcess.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

// The documentation's own examples (shared/seed/contact-import.md), run with curl against the
// real process: its payloads are accepted and the answers have its shapes.
class TestCurlExamples : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    QString m_seed;
    QList<QJsonObject> m_jsonBlocks;   // every ```json block of the seed, in order
    QString m_curlCommand;   // the seed's curl command, as written

    // Runs a shell command line (the seed's examples are shell), returns stdout; -w appends the status.
    QByteArray shell(const QString &command)
    {
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), command});
        if (!bash.waitForFinished(30000))
            return {};
        return bash.readAllStandardOutput();
    }

    // The seed's curl command with the sandbox's base URL, a payload and (optionally) a key.
    QString seedCurl(const QJsonObject &import, bool withKey) const
    {
        QString command = m_curlCommand;
        command.replace(QStringLiteral("https://integration.getmateo.com/api/v1"), m_sandbox->apiUrl().toString());
        const QString body = QString::fromUtf8(QJsonDocument(QJsonArray{import}).toJson(QJsonDocument::Compact));
        command.replace(QStringLiteral("[ ... the payload ... ]"), body);
        if (withKey)
            command += QStringLiteral(" -H \"Authorization: Bearer %1\"").arg(m_sandbox->apiKey());
        return command + QStringLiteral(" -s -w '\\n%{http_code}'");
    }

    static QPair<QJsonDocument, int> split(const QByteArray &output)
    {
        const int newline = int(output.lastIndexOf('\n'));
        return {QJsonDocument::fromJson(output.left(newline)), output.mid(newline + 1).trimmed().toInt()};
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
            QSKIP("curl is not installed (packaging/install-deps-debian.sh installs it)");
        QFile file(TestPaths::shared(QStringLiteral("seed/contact-import.md")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        m_seed = QString::fromUtf8(file.readAll());
        static const QRegularExpression block(QStringLiteral("```(json|bash)[^\\n]*\\n(.*?)```"),
                                              QRegularExpression::DotMatchesEverythingOption);
        for (auto it = block.globalMatch(m_seed); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            if (m.captured(1) == QLatin1String("json"))
                m_jsonBlocks << QJsonDocument::fromJson(m.captured(2).toUtf8()).object();
            else if (m.captured(2).trimmed().startsWith(QLatin1String("curl")))
                m_curlCommand = m.captured(2).trimmed();
        }
        QCOMPARE(m_jsonBlocks.size(), 4);   // import, datetime import, {"id"}, the finished import
        QVERIFY(m_curlCommand.contains(QLatin1String("[ ... the payload ... ]")));
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    }

    void verbatimCommandWithoutKeyIs401()
    {
        const auto [json, status] = split(shell(seedCurl(m_jsonBlocks.at(0), false)));
        QCOMPARE(status, 401);
        for (const char *key : {"code", "message", "hint", "status"})
            QVERIFY2(json.object().contains(QLatin1String(key)), key);
    }

    void seedPayloadsImportWithSeedShapes()
    {
        // 1. The create example: answered with the seed's {"id"} shape (in an array: the body was one).
        const auto [created, status] = split(shell(seedCurl(m_jsonBlocks.at(0), true)));
        QCOMPARE(status, 201);
        QCOMPARE(created.array().size(), 1);
        const QJsonObject idObject = created.array().first().toObject();
        QCOMPARE(idObject.keys(), m_jsonBlocks.at(2).keys());
        const QString id = idObject.value(QStringLiteral("id")).toString();
        QCOMPARE(id.size(), m_jsonBlocks.at(2).value(QStringLiteral("id")).toString().size());

        // 2. A second import whose row claims contact 1's e-mail: the seed's failure, with the seed's message.
        QJsonObject conflicting = m_jsonBlocks.at(0);
        QJsonObject duplicate{{QStringLiteral("external_id"), QStringLiteral("3")},
                              {QStringLiteral("email"), m_jsonBlocks.at(0)
                                                            .value(QStringLiteral("payload"))
                                                            .toArray()
                                                            .first()
                                                            .toObject()
                                                            .value(QStringLiteral("email"))}};
        conflicting.insert(QStringLiteral("payload"), QJsonArray{duplicate});
        const auto [second, secondStatus] = split(shell(seedCurl(conflicting, true)));
        QCOMPARE(secondStatus, 201);
        const QString secondId = second.array().first().toObject().value(QStringLiteral("id")).toString();

        // 3. The datetime example.
        const auto [third, thirdStatus] = split(shell(seedCurl(m_jsonBlocks.at(1), true)));
        QCOMPARE(thirdStatus, 201);
        const QString thirdId = third.array().first().toObject().value(QStringLiteral("id")).toString();

        // Read results back with curl, selecting exactly the seed's result columns.
        const QJsonObject expected = m_jsonBlocks.at(3);
        SandboxHttp http(*m_sandbox);
        for (const QString &importId : {id, secondId})
            QVERIFY(!http.waitFinished(importId).isEmpty());
        const QString get =
            QStringLiteral(
                "curl \"%1/import?id=eq.%2&select=%3\" -H \"Authorization: Bearer %4\" -s -w '\\n%{http_code}'")
                .arg(m_sandbox->apiUrl().toString(), secondId, expected.keys().join(QLatin1Char(',')),
                     m_sandbox->apiKey());
        const auto [result, getStatus] = split(shell(get));
        QCOMPARE(getStatus, 200);
        const QJsonObject row = result.array().first().toObject();
        QCOMPARE(row.keys(), expected.keys());
        QCOMPARE(row.value(QStringLiteral("total_count")).toInt(), 1);
        QCOMPARE(row.value(QStringLiteral("failed_count")).toInt(), 1);
        const QJsonObject failed = row.value(QStringLiteral("failed")).toArray().first().toObject();
        const QJsonObject seedFailed = expected.value(QStringLiteral("failed")).toArray().first().toObject();
        QCOMPARE(failed.keys(), seedFailed.keys());
        QCOMPARE(failed.value(QStringLiteral("message")), seedFailed.value(QStringLiteral("message")));
        QCOMPARE(failed.value(QStringLiteral("input")).toObject(), duplicate);

        // The first import stored both seed contacts with their custom field and channel values.
        const QJsonObject first = http.waitFinished(id);
        QCOMPARE(first.value(QStringLiteral("success_count")).toInt(), 2);
        const QJsonObject contact =
            http.get(QStringLiteral("/contact_details?external_id=eq.2")).array().first().toObject();
        QCOMPARE(contact.value(QStringLiteral("my_custom_field_key")).toString(),
                 QStringLiteral("another_custom_field_value"));
        QCOMPARE(contact.value(QStringLiteral("my_marketing_channel_key")).toString(), QStringLiteral("declined"));
        // The datetime example updated contact 1: birthday as a date, last_contacted_at in UTC.
        QCOMPARE(http.waitFinished(thirdId).value(QStringLiteral("success_count")).toInt(), 1);
        const QJsonObject updated =
            http.get(QStringLiteral("/contact_details?external_id=eq.1")).array().first().toObject();
        QCOMPARE(updated.value(QStringLiteral("birthday")).toString(), QStringLiteral("1990-05-15"));
        QCOMPARE(updated.value(QStringLiteral("last_contacted_at")).toString(), QStringLiteral("2024-03-15T13:30:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestCurlExamples)
#include "tst_curl_examples.moc"
