#include "gui/widgets/ServerImportDialog.h"

#include "gui/models/FailedRowModel.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

QString cellText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QLocale::c().toString(value.toDouble(), 'g', 17);
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &v : value.toArray())
            parts << cellText(v);
        return parts.join(QLatin1String(", "));
    }
    return QString();
}

qint64 count(const QJsonObject &import, const char *key)
{
    return qint64(import.value(QLatin1String(key)).toDouble());
}

}

ServerImportDialog::ServerImportDialog(const QJsonObject &import, const SourceRows &source, QWidget *parent)
    : QDialog(parent)
    , m_importId(import.value(QLatin1String("id")).toString())
    , m_failed(new FailedRowModel(this))
    , m_totals(new QLabel(this))
{
    setWindowTitle(tr("Import %1").arg(m_importId));
    setAccessibleName(tr("Results of an import in the account"));
    const bool fromJournal = !source.fileName.isEmpty();
    QStringList headers = source.headers;
    QList<FailedRow> rows = fromJournal ? source.rows : failedRows(import, &headers);
    const bool haveCells = std::any_of(rows.cbegin(), rows.cend(),
                                       [](const FailedRow &r) { return !r.cells.isEmpty(); });
    if (fromJournal && !haveCells)
        headers = cellsFromInput(&rows);   // journaled without the source's cells: show what was sent
    m_failed->setRows(headers, rows);

    const QLocale locale;
    const qint64 total = count(import, "total_count");
    const qint64 success = count(import, "success_count");
    const qint64 failed = count(import, "failed_count");
    QString text = tr("%1 contacts: %2 imported, %3 failed.")
                       .arg(locale.toString(total), locale.toString(success), locale.toString(failed));
    if (success + failed < total)
        text += QLatin1Char(' ') + tr("The server is still processing %1 of them; open it again later.")
                                       .arg(locale.toString(total - success - failed));
    if (fromJournal)
        text +=
            QLatin1Char(' ') +
            tr("Sent from this computer: the rows are shown with their lines and cells in %1.").arg(source.fileName);
    else if (!rows.isEmpty())
        text += QLatin1Char(' ') +
                tr("Source lines are known only for imports started on this computer (see \"On this computer\").");
    m_totals->setText(text);
    m_totals->setWordWrap(true);
    m_totals->setAccessibleName(tr("Import totals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    auto *view = new QTableView(this);
    view->setAccessibleName(tr("Failed rows of the import"));
    view->setModel(m_failed);
    view->verticalHeader()->hide();
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setTabKeyNavigation(false);
    view->horizontalHeader()->setDefaultSectionSize(140);
    view->setWordWrap(false);   // the full message is in the tooltip
    view->setColumnWidth(FailedRowModel::MessageColumn, 320);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_totals);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    resize(900, 500);
}

QString ServerImportDialog::totalsText() const
{
    return m_totals->text();
}

QList<FailedRow> ServerImportDialog::failedRows(const QJsonObject &import, QStringList *headers)
{
    QList<FailedRow> rows;
    for (const QJsonValue &value : import.value(QLatin1String("failed")).toArray()) {
        const QJsonObject entry = value.toObject();
        FailedRow row;
        row.code = entry.value(QLatin1String("code")).toString();
        row.message = entry.value(QLatin1String("message")).toString();
        row.hint = entry.value(QLatin1String("hint")).toString();
        row.input = entry.value(QLatin1String("input")).toObject();
        rows << row;
    }
    *headers = cellsFromInput(&rows);
    return rows;
}

QStringList ServerImportDialog::cellsFromInput(QList<FailedRow> *rows)
{
    QStringList keys;   // first-seen order
    for (const FailedRow &row : std::as_const(*rows)) {
        for (auto it = row.input.constBegin(); it != row.input.constEnd(); ++it) {
            if (!keys.contains(it.key()))
                keys.append(it.key());
        }
    }
    for (FailedRow &row : *rows) {
        row.cells.clear();
        for (const QString &key : std::as_const(keys))
            row.cells << cellText(row.input.value(key));
    }
    return keys;
}
