#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

// Minimal "FILE --option VALUE --flag" parsing shared by the subcommands: unknown options and
// missing values are usage errors with a one-line reason.
class CommandArguments
{
public:
    CommandArguments(const QStringList &arguments, const QSet<QString> &valueOptions, const QSet<QString> &flags);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }
    QStringList positional() const { return m_positional; }
    QString value(const QString &option) const { return m_values.value(option); }
    bool has(const QString &option) const { return m_values.contains(option) || m_flags.contains(option); }

private:
    QStringList m_positional;
    QHash<QString, QString> m_values;
    QSet<QString> m_flags;
    QString m_error;
};
