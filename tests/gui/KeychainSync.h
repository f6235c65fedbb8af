#pragma once

#include "api/local/KeychainStore.h"

#include <QSignalSpy>
#include <QTest>

// Waits for the system keychain (tests only): the wizard itself never blocks on it.
namespace KeychainSync {

inline bool available()
{
    return !qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS");
}

// The stored key ("" when none), or "FAILED: ..." so a comparison shows why.
inline QString read(const QString &origin)
{
    KeychainStore store;
    QSignalSpy read(&store, &KeychainStore::keyRead);
    QSignalSpy failed(&store, &KeychainStore::failed);
    store.read(origin);
    if (!QTest::qWaitFor([&] { return !read.isEmpty() || !failed.isEmpty(); }, 15000))
        return QStringLiteral("FAILED: no answer");
    return failed.isEmpty() ? read.first().first().toString()
                            : QStringLiteral("FAILED: ") + failed.first().first().toString();
}

inline bool write(const QString &origin, const QString &key)
{
    KeychainStore store;
    QSignalSpy written(&store, &KeychainStore::written);
    QSignalSpy failed(&store, &KeychainStore::failed);
    store.write(origin, key);
    if (!QTest::qWaitFor([&] { return !written.isEmpty() || !failed.isEmpty(); }, 15000))
        return false;
    if (!failed.isEmpty())
        qWarning("keychain: %s", qPrintable(failed.first().first().toString()));
    return !written.isEmpty();
}

inline bool remove(const QString &origin)
{
    KeychainStore store;
    QSignalSpy removed(&store, &KeychainStore::removed);
    QSignalSpy failed(&store, &KeychainStore::failed);
    store.remove(origin);
    if (!QTest::qWaitFor([&] { return !removed.isEmpty() || !failed.isEmpty(); }, 15000))
        return false;
    return !removed.isEmpty();
}

}
