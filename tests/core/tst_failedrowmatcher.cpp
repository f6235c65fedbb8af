#include "core/failedrows/FailedRowMatcher.h"
#include "core/journal/ImportPlanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Every failed[] entry finds its way back to the source line it came from.
class TestFailedRowMatcher : public QObject
{
    Q_OBJECT

    static QJsonObject contact(const QString &id, const QString &email)
    {
        return QJsonObject{{QStringLiteral("external_id"), id}, {QStringLiteral("email"), email}};
    }
    static QJsonObject failure(const QJsonObject &input, const QString &code = QStringLiteral("23505"))
    {
        return QJsonObject{{QStringLiteral("code"), code},
                           {QStringLiteral("message"), QStringLiteral("dup")},
                           {QStringLiteral("input"), input}};
    }

private slots:
    void matchesByPayloadIdentityThenIdentifier()
    {
        const QList<QJsonObject> sent{contact(QStringLiteral("1"), QStringLiteral("a@x.de")),
                                      contact(QStringLiteral("2"), QStringLiteral("b@x.de")),
                                      contact(QStringLiteral("2"), QStringLiteral("b@x.de")),   // identical twin
                                      contact(QStringLiteral("4"), QStringLiteral("D@X.de"))};
        const QByteArray payload = ImportPlanner::payloadBytes(sent);
        const QList<qint64> indexes{10, 11, 12, 13};
        const QList<qint64> lines{12, 13, 14, 16};
        const QList<QStringList> cells{
            {QStringLiteral("1")}, {QStringLiteral("2")}, {QStringLiteral("2b")}, {QStringLiteral("4")}};
        QJsonObject normalised = contact(QStringLiteral("4"), QStringLiteral("d@x.de"));   // server lower-cased it
        const QJsonArray entries{failure(sent.at(2)), failure(sent.at(1)), failure(normalised),
                                 failure(contact(QStringLiteral("zz"), QString()))};
        const QList<FailedRow> rows = FailedRowMatcher::match(payload, indexes, lines, cells, entries, 7);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).line, qint64(13));   // first identical object first
        QCOMPARE(rows.at(1).line, qint64(14));   // then its twin, never the same row twice
        QCOMPARE(rows.at(1).cells, QStringList{QStringLiteral("2b")});
        QCOMPARE(rows.at(2).line, qint64(16));   // by external_id
        QCOMPARE(rows.at(2).recordIndex, qint64(13));
        QCOMPARE(rows.at(3).line, qint64(0));   // unknown: kept, not dropped
        QCOMPARE(rows.at(0).code, QStringLiteral("23505"));
        QCOMPARE(rows.at(0).batchId, qint64(7));
    }

    void entriesFromEveryShape()
    {
        const QJsonArray entries{failure(contact(QStringLiteral("1"), QString()))};
        QCOMPARE(FailedRowMatcher::entriesFrom(QJsonDocument(entries)).size(), 1);
        QCOMPARE(FailedRowMatcher::entriesFrom(QJsonDocument(QJsonObject{{QStringLiteral("failed"), entries}})).size(),
                 1);
        QCOMPARE(
            FailedRowMatcher::entriesFrom(QJsonDocument(QJsonArray{QJsonObject{{QStringLiteral("failed"), entries}}}))
                .size(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestFailedRowMatcher)
#include "tst_failedrowmatcher.moc"
