#include "ConsentTable.h"

#include "StringPool.h"

#include <QJsonArray>

#include <iterator>

ConsentTable::ConsentTable()
{
    const char *accepted[] = {"ja", "j", "yes", "y", "true", "wahr", "1", "x", "✓", "✔", "opt-in", "optin",
                              "opt in", "opted in", "subscribed", "angemeldet", "abonniert", "accepted",
                              "zugestimmt", "einverstanden", "einwilligung", "on", "an"};
    const char *declined[] = {"nein", "n", "no", "false", "falsch", "0", "opt-out", "optout", "opt out",
                              "opted out", "unsubscribed", "abgemeldet", "declined", "abgelehnt", "off", "aus"};
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
    const QStringView text = cell.trimmed();
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
