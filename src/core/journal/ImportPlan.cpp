#include "core/journal/ImportPlan.h"

// Plural forms spelled out (not %n): the text must read right even where no .qm is loaded (CLI, tests).
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
        QString part;
        if (i == 0)
            part = d.batches == 1 ? tr("%L1 today in 1 batch") : tr("%L1 today in %L2 batches");
        else if (i == 1)
            part = d.batches == 1 ? tr("%L1 tomorrow in 1 batch") : tr("%L1 tomorrow in %L2 batches");
        else
            part = d.batches == 1 ? tr("%L1 on day %3 in 1 batch") : tr("%L1 on day %3 in %L2 batches");
        part = part.arg(d.rows);
        if (d.batches != 1)
            part = part.arg(d.batches);
        if (i >= 2)
            part = part.arg(i + 1);
        parts << part;
    }
    const QString head =
        batches == 1 ? tr("%L1 rows in 1 batch: %2.").arg(rows).arg(parts.join(QStringLiteral(", ")))
                     : tr("%L1 rows in %L2 batches: %3.").arg(rows).arg(batches).arg(parts.join(QStringLiteral(", ")));
    return head;
}
