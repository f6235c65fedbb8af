#include "api/local/KeychainStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

// The API key really goes into the system keychain (Secret Service here: ./mateo-dev test runs
// ctest in a D-Bus session with an unlocked gnome-keyring) and comes back; removing it leaves
// "not signed in", which is no error. Each test uses its own origin, so nothing real is touched.
class TestKeychainStore : public QObject
{
    Q_OBJECT

    static QString testOrigin()
    {
        return QStringLiteral("https://keychain-test-%1.invalid:443").arg(QUuid::createUuid().toString(QUuid::Id128));
    }

    // Starts one operation and waits for its answer: the signal's first argument, or "FAILED: message".
    template<typename Signal, typename Action> static QString await(KeychainStore &store, Signal signal, Action action)
    {
        QSignalSpy done(&store, signal);
        QSignalSpy failed(&store, &KeychainStore::failed);
        action();
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 15000))
            return QStringLiteral("FAILED: no answer within 15 s");
        if (!failed.isEmpty())
            return QStringLiteral("FAILED: ") + failed.first().first().toString();
        return done.first().first().toString();
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session: run the tests with ./mateo-dev test (dbus-run-session + gnome-keyring).");
    }

    void writeReadRemoveRoundTrip()
    {
        KeychainStore store;
        const QString origin = testOrigin();
        const QString key = QStringLiteral("mk_live_%1").arg(QUuid::createUuid().toString(QUuid::Id128));

        QCOMPARE(await(store, &KeychainStore::keyRead, [&] { store.read(origin); }),
                 QString());   // not signed in: no failure

        QCOMPARE(await(store, &KeychainStore::written, [&] { store.write(origin, key); }), origin);
        QCOMPARE(await(store, &KeychainStore::keyRead, [&] { store.read(origin); }), key);

        // A second store object (another window, the CLI) sees the same entry.
        KeychainStore other;
        QCOMPARE(await(other, &KeychainStore::keyRead, [&] { other.read(origin); }), key);

        QCOMPARE(await(store, &KeychainStore::written, [&] { store.write(origin, key + QStringLiteral("-new")); }),
                 origin);
        QCOMPARE(await(store, &KeychainStore::keyRead, [&] { store.read(origin); }), key + QStringLiteral("-new"));

        QCOMPARE(await(store, &KeychainStore::removed, [&] { store.remove(origin); }), origin);
        QCOMPARE(await(store, &KeychainStore::keyRead, [&] { store.read(origin); }), QString());
        QCOMPARE(await(store, &KeychainStore::removed, [&] { store.remove(origin); }), origin);
    }

    void keysAreKeptPerOrigin()
    {
        KeychainStore store;
        const QString a = testOrigin();
        const QString b = testOrigin();
        QCOMPARE(await(store, &KeychainStore::written, [&] { store.write(a, QStringLiteral("key-a")); }), a);
        QCOMPARE(await(store, &KeychainStore::written, [&] { store.write(b, QStringLiteral("key-b")); }), b);

        // Two reads at once: each answer names its origin.
        QSignalSpy reads(&store, &KeychainStore::keyRead);
        store.read(a);
        store.read(b);
        QTRY_COMPARE_WITH_TIMEOUT(reads.size(), 2, 15000);
        QMap<QString, QString> byOrigin;
        for (const QList<QVariant> &answer : reads)
            byOrigin.insert(answer.at(1).toString(), answer.at(0).toString());
        QCOMPARE(byOrigin.value(a), QStringLiteral("key-a"));
        QCOMPARE(byOrigin.value(b), QStringLiteral("key-b"));

        QCOMPARE(await(store, &KeychainStore::removed, [&] { store.remove(a); }), a);
        QCOMPARE(await(store, &KeychainStore::keyRead, [&] { store.read(b); }),
                 QStringLiteral("key-b"));   // the other one stays
        QCOMPARE(await(store, &KeychainStore::removed, [&] { store.remove(b); }), b);
    }

    void entryNameNamesTheOrigin()
    {
        QCOMPARE(KeychainStore::entryName(QStringLiteral("https://integration.getmateo.com:443")),
                 QStringLiteral("api-key https://integration.getmateo.com:443"));
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
