#include "core/mapping/ConsentTable.h"

#include "core/text/StringPool.h"
#include "core/text/TrimmedView.h"

#include <QJsonArray>

#include <algorithm>
#include <iterator>

ConsentTable::ConsentTable()
{
    const char *accepted[] = {"ja",           "j",         "yes",      "y",          "true",
                              "wahr",         "1",         "x",        "✓",          "✔",
                              "opt-in",       "optin",     "opt in",   "opted in",   "subscribed",
                              "angemeldet",   "abonniert", "accepted", "zugestimmt", "einverstanden",
                              "einwilligung", "on",        "an"};
    const char *declined[] = {"nein",     "n",         "no",      "false",     "falsch",       "0",
                              "opt-out",  "optout",    "opt out", "opted out", "unsubscribed", "abgemeldet",
                              "declined", "abgelehnt", "off",     "aus"};
    const char *requested[] = {"requested", "pending", "angefragt", "ausstehend", "double-opt-in ausstehend"};
    for (const char *a : accepted)
        set(QString::fromUtf8(a), QStringLiteral("accepted"));
    for (const char *d : declined)
        set(QString::fromUtf8(d), QStringLiteral("declined"));
    for (const char *q : requested)
        set(QString::fromUtf8(q), QStringLiteral("requested"));
}

QStringList ConsentTable::states()
{
    return {QStringLiteral("accepted"), QStringLiteral("declined"), QStringLiteral("requested"), ignoreState()};
}

void ConsentTable::set(const QString &cellText, const QString &state)
{
    m_map.insert(cellText.trimmed().toCaseFolded(), StringPool::intern(state));   // shared by every row
    rebuildShortKeys();
}

bool ConsentTable::packShort(QStringView folded, quint64 *key)
{
    if (folded.size() > 7)
        return false;
    quint64 k = quint64(folded.size()) << 56;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        const char16_t c = folded.utf16()[i];
        if (c >= 0x80)
            return false;
        k |= quint64(c) << (8 * i);
    }
    *key = k;
    return true;
}

void ConsentTable::rebuildShortKeys()
{
    m_shortKeys.clear();
    for (auto it = m_map.cbegin(); it != m_map.cend(); ++it) {
        quint64 key = 0;
        if (packShort(it.key(), &key))
            m_shortKeys.emplace_back(key, it.value());
    }
    std::sort(
        m_shortKeys.begin(), m_shortKeys.end(),
        [](const std::pair<quint64, QString> &a, const std::pair<quint64, QString> &b) { return a.first < b.first; });
}

void ConsentTable::merge(const QJsonObject &table)
{
    for (auto it = table.begin(); it != table.end(); ++it) {
        if (it.value().isArray() && states().contains(it.key())) {
            for (const QJsonValue &word : it.value().toArray())
                set(word.toString(), it.key());
        } else if (it.value().isString() && states().contains(it.value().toString())) {
            set(it.key(), it.value().toString());
        }
    }
}

QString ConsentTable::lookup(QStringView cell) const
{
    const QStringView text = TrimmedView::of(cell);
    // Short ASCII cells: folded (A-Z only, which is toCaseFolded() for ASCII) straight into
    // their packed key. Not found there means not in m_map either.
    if (text.size() <= 7) {
        quint64 key = quint64(text.size()) << 56;
        bool ascii = true;
        for (qsizetype i = 0; i < text.size() && ascii; ++i) {
            const char16_t c = text.utf16()[i];
            ascii = c < 0x80;
            key |= quint64(c >= 'A' && c <= 'Z' ? c + 32 : c) << (8 * i);
        }
        if (ascii) {
            const auto it = std::lower_bound(
                m_shortKeys.cbegin(), m_shortKeys.cend(), key,
                [](const std::pair<quint64, QString> &e, quint64 k) { return e.first < k; });
            return it != m_shortKeys.cend() && it->first == key ? it->second : QString();
        }
    }
    // Short ASCII cells (nearly all): folded on the stack and looked up without a copy.
    char16_t folded[32];
    if (text.size() <= qsizetype(std::size(folded))) {
        bool ascii = true;
        for (qsizetype i = 0; i < text.size() && ascii; ++i) {
            const char16_t c = text.utf16()[i];
            ascii = c < 0x80;
            folded[i] = c >= 'A' && c <= 'Z' ? char16_t(c + 32) : c;
        }
        if (ascii)
            return m_map.value(QString::fromRawData(reinterpret_cast<const QChar *>(folded), text.size()));
    }
    return m_map.value(text.toString().toCaseFolded());
}
