#include "support/SandboxHttp.h"
#include "support/SandboxProcess.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

// The public guide's own examples (tests/data/api-examples/contact-import.json, see its README), run
// with curl against the real process: its payloads are accepted and the answers have its shapes.
class TestCurlExamples : public QObject
{
    Q_OBJECT

    std::unique_ptr<SandboxProcess> m_sandbox;
    QJsonObject m_create;   // the guide's import with a custom field and a marketing channel
    QJsonObject m_datetime;   // the guide's import with datetime values
    QJsonObject m_created;   // the guide's answer to the create: {"id"}
    QJsonObject m_finished;   // the guide's finished import with one failed row
    QString m_curlCommand;   // the guide's curl command, as written

    // Runs a shell command line (the guide's examples are shell), returns stdout; -w appends the status.
    QByteArray shell(const QString &command)
    {
        QProcess bash;
        bash.start(QStringLiteral("bash"), {QStringLiteral("-c"), command});
        if (!bash.waitForFinished(30000))
            return {};
        return bash.readAllStandardOutput();
    }

    // The guide's curl command with the sandbox's base URL, a payload and (optionally) a key.
    QString guideCurl(const QJsonObject &import, bool withKey) const
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
        QFile file(TestPaths::data(QStringLiteral("api-examples/contact-import.json")));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QJsonObject examples = QJsonDocument::fromJson(file.readAll()).object();
        m_create = examples.value(QStringLiteral("create_request")).toObject();
        m_datetime = examples.value(QStringLiteral("datetime_request")).toObject();
        m_created =
            examples.value(QStringLiteral("create_response")).toObject().value(QStringLiteral("body")).toObject();
        m_finished = examples.value(QStringLiteral("finished_import")).toObject();
        m_curlCommand = examples.value(QStringLiteral("curl")).toString();
        for (const QJsonObject &example : {m_create, m_datetime, m_created, m_finished})
            QVERIFY(!example.isEmpty());
        QVERIFY(m_curlCommand.contains(QLatin1String("[ ... the payload ... ]")));
        m_sandbox = std::make_unique<SandboxProcess>();
        QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->error()));
    }

    void verbatimCommandWithoutKeyIs401()
    {
        const auto [json, status] = split(shell(guideCurl(m_create, false)));
        QCOMPARE(status, 401);
        for (const char *key : {"code", "message", "hint", "status"})
            QVERIFY2(json.object().contains(QLatin1String(key)), key);
    }

    void guidePayloadsImportWithGuideShapes()
    {
        // 1. The create example: answered with the guide's {"id"} shape (in an array: the body was one).
        const auto [created, status] = split(shell(guideCurl(m_create, true)));
        QCOMPARE(status, 201);
        QCOMPARE(created.array().size(), 1);
        const QJsonObject idObject = created.array().first().toObject();
        QCOMPARE(idObject.keys(), m_created.keys());
        const QString id = idObject.value(QStringLiteral("id")).toString();
        QCOMPARE(id.size(), m_created.value(QStringLiteral("id")).toString().size());

        // 2. A second import whose row claims contact 1's e-mail: the guide's failure, with the guide's message.
        QJsonObject conflicting = m_create;
        QJsonObject duplicate{
            {QStringLiteral("external_id"), QStringLiteral("3")},
            {QStringLiteral("email"),
             m_create.value(QStringLiteral("payload")).toArray().first().toObject().value(QStringLiteral("email"))}};
        conflicting.insert(QStringLiteral("payload"), QJsonArray{duplicate});
        const auto [second, secondStatus] = split(shell(guideCurl(conflicting, true)));
        QCOMPARE(secondStatus, 201);
        const QString secondId = second.array().first().toObject().value(QStringLiteral("id")).toString();

        // 3. The datetime example.
        const auto [third, thirdStatus] = split(shell(guideCurl(m_datetime, true)));
        QCOMPARE(thirdStatus, 201);
        const QString thirdId = third.array().first().toObject().value(QStringLiteral("id")).toString();

        // Read results back with curl, selecting exactly the guide's result columns.
        const QJsonObject expected = m_finished;
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
        const QJsonObject guideFailed = expected.value(QStringLiteral("failed")).toArray().first().toObject();
        QCOMPARE(failed.keys(), guideFailed.keys());
        QCOMPARE(failed.value(QStringLiteral("message")), guideFailed.value(QStringLiteral("message")));
        QCOMPARE(failed.value(QStringLiteral("input")).toObject(), duplicate);

        // The first import stored both guide's contacts with their custom field and channel values.
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
