#include "core/text/StringPool.h"

#include <QMutex>
#include <QSet>

QString StringPool::intern(const QString &text)
{
    if (text.isNull())
        return QString();
    static QMutex mutex;
    static QSet<QString> *pool = new QSet<QString>;   // never freed: the raw data must stay valid
    QMutexLocker lock(&mutex);
    auto it = pool->constFind(text);
    if (it == pool->constEnd()) {
        QString owned(text.constData(), text.size());   // a deep copy, not sharing the caller's data
        it = pool->insert(owned);
    }
    return QString::fromRawData(it->constData(), it->size());
}
