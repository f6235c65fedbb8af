#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>
#include <vector>

// Cell text -> marketing subscription state ("accepted" | "declined" | "requested"), through a
// table the user can edit; the user may also give a value the meaning "ignore" (send nothing, like an
// empty cell — for exports that write e.g. "unbekannt" where no one was asked). Defaults cover German and English
// exports: ja/nein, yes/no, true/false, 1/0, x, opt-in/opt-out and the API's own words. An empty cell sends nothing (it
// is not a decline). Matching ignores case and surrounding space. Immutable after setup; thread-safe to read.
class ConsentTable
{
public:
    ConsentTable();   // the defaults

    // Profile shapes: {"accepted": ["ja", ...], "declined": [...], "requested": [...]} (top-level
    // "consent_values") or {"ja": "accepted", ...} (a column's "values"). Later entries win.
    void merge(const QJsonObject &table);
    void set(const QString &cellText, const QString &state);

    // Empty string when the text is unknown (then the converter reports invalid_consent).
    QString lookup(QStringView cell) const;
    QHash<QString, QString> entries() const { return m_map; }   // for the wizard's editable table

    static QStringList states();   // accepted, declined, requested, ignore
    static QString ignoreState() { return QStringLiteral("ignore"); }   // not an API state: nothing is sent

private:
    void rebuildShortKeys();
    static bool packShort(QStringView folded, quint64 *key);

    QHash<QString, QString> m_map;   // case-folded text -> state
    // The ASCII keys of up to 7 characters (all the usual ones: ja, no, x, opt-in, ...) packed
    // into one integer each, sorted: lookup() finds a usual cell with a few integer compares
    // instead of hashing a string. Always exactly m_map's entries of that kind.
    std::vector<std::pair<quint64, QString>> m_shortKeys;
};
