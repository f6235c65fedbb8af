#include "core/source/HeaderNames.h"

#include <QCoreApplication>
#include <QSet>

namespace HeaderNames {
QString generated(int column)
{
    return QCoreApplication::translate("HeaderNames", "Column %1").arg(column);
}

QStringList makeDistinct(const QStringList &raw, qint64 headerLine, QList<ReaderWarning> *warnings)
{
    QStringList names;
    names.reserve(raw.size());
    QSet<QString> used;
    used.reserve(raw.size());
    QList<int> emptyColumns;
    for (int i = 0; i < raw.size(); ++i) {
        QString name = raw.at(i);
        while (name.startsWith(QChar(0xFEFF)))
            name.remove(0, 1);
        name = name.simplified();   // line breaks inside a quoted header become spaces
        if (name.isEmpty()) {
            name = generated(i + 1);
            emptyColumns << i + 1;
        }
        if (used.contains(name)) {
            const QString base = name;
            int n = 2;
            do
                name = QStringLiteral("%1 (%2)").arg(base).arg(n++);
            while (used.contains(name));
            if (warnings && warnings->size() < 100)
                warnings->append(
                    {QStringLiteral("duplicate_header"), headerLine, i + 1,
                     QCoreApplication::translate(
                         "HeaderNames", "Line %1, column %2: the header \"%3\" appears more than once; this column is "
                                        "called \"%4\". Rename it in the file if another name fits better.")
                         .arg(headerLine)
                         .arg(i + 1)
                         .arg(base, name)});
        }
        used.insert(name);
        names << name;
    }
    if (warnings && !emptyColumns.isEmpty()) {
        QStringList list;
        for (int c : emptyColumns.mid(0, 10))
            list << QString::number(c);
        warnings->append(
            {QStringLiteral("empty_header"), headerLine, emptyColumns.first(),
             QCoreApplication::translate(
                 "HeaderNames",
                 "Line %1: %n column(s) without a header (column %2) were named \"Column N\" after their position.",
                 nullptr, int(emptyColumns.size()))
                 .arg(headerLine)
                 .arg(list.join(QStringLiteral(", ")))});
    }
    return names;
}
}
