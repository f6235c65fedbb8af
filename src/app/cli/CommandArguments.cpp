#include "app/cli/CommandArguments.h"

#include <QCoreApplication>

CommandArguments::CommandArguments(const QStringList &arguments, const QSet<QString> &valueOptions,
                                   const QSet<QString> &flags)
{
    for (int i = 0; i < arguments.size(); ++i) {
        QString a = arguments.at(i);
        if (!a.startsWith(QLatin1String("--")) || a == QLatin1String("--")) {
            m_positional << a;
            continue;
        }
        QString value;
        const int eq = int(a.indexOf(QLatin1Char('=')));
        const bool inlineValue = eq > 0;
        if (inlineValue) {
            value = a.mid(eq + 1);
            a = a.left(eq);
        }
        if (flags.contains(a) && !inlineValue) {
            m_flags.insert(a);
        } else if (valueOptions.contains(a)) {
            if (!inlineValue) {
                if (i + 1 >= arguments.size()) {
                    m_error = QCoreApplication::translate("CommandArguments", "option %1 needs a value").arg(a);
                    return;
                }
                value = arguments.at(++i);
            }
            m_values.insert(a, value);
        } else {
            m_error = QCoreApplication::translate("CommandArguments", "unknown option %1").arg(a);
            return;
        }
    }
}
