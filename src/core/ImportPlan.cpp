#include "ImportPlan.h"

QString ImportPlan::text() const
{
    if (batches == 0)
        return tr("Nothing left to send.");
    QStringList parts;
    for (int i = 0; i < days.size(); ++i) {
        const Day &d = days.at(i);
        if (d.rows == 0 && i == 0) {
            parts << tr("none today (the daily quota is used up)");
            continue;
        }
        if (i == 0)
            parts << tr("%L1 today in %n batch(es)", nullptr, d.batches).arg(d.rows);
        else if (i == 1)
            parts << tr("%L1 tomorrow in %n batch(es)", nullptr, d.batches).arg(d.rows);
        else
            parts << tr("%L1 on day %2 in %n batch(es)", nullptr, d.batches).arg(d.rows).arg(i + 1);
    }
    return tr("%L1 rows in %n batch(es): %2.", nullptr, batches).arg(rows).arg(parts.join(QStringLiteral(", ")));
}
