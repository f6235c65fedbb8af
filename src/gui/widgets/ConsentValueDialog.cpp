#include "gui/widgets/ConsentValueDialog.h"

#include "core/mapping/ConsentTable.h"
#include "gui/models/ConsentValueModel.h"
#include "gui/support/BackgroundPriority.h"
#include "gui/widgets/ConsentStateDelegate.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
constexpr int MaxDistinct = 500;   // a consent column has a handful; more means a wrong mapping
}

ConsentValueDialog::ConsentValueDialog(const MappingProfile &profile, std::shared_ptr<const RecordSource> source,
                                       const QString &header, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
    , m_source(std::move(source))
    , m_model(new ConsentValueModel(this))
    , m_columnCombo(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Consent values"));
    auto *intro = new QLabel(
        tr("What the values of a channel column mean. Values found in the file come first; "
           "highlighted ones are not recognised, and their rows are not imported until you choose."),
        this);
    intro->setWordWrap(true);

    for (const ColumnMapping &column : m_profile.columns()) {
        if (column.target.startsWith(QLatin1String("channel:")))
            m_columnCombo->addItem(column.header, column.header);
    }
    m_columnCombo->setCurrentIndex(qMax(0, m_columnCombo->findData(header)));
    m_columnCombo->setAccessibleName(tr("Channel column"));
    auto *form = new QFormLayout;
    form->addRow(tr("&Column:"), m_columnCombo);

    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Consent values"));
    m_view->setItemDelegateForColumn(ConsentValueModel::MeaningColumn, new ConsentStateDelegate(this));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::SelectedClicked | QAbstractItemView::AnyKeyPressed);
    m_view->setTabKeyNavigation(false);   // Tab leaves the table, arrows move in it
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setSectionResizeMode(ConsentValueModel::ValueColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(ConsentValueModel::RowsColumn, QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ConsentValueModel::MeaningColumn, QHeaderView::ResizeToContents);
    m_summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    const int em = fontMetrics().averageCharWidth();
    resize(em * 90, fontMetrics().height() * 30);

    connect(m_model, &ConsentValueModel::tableChanged, this, &ConsentValueDialog::updateSummary);
    connect(&m_watcher, &QFutureWatcher<ColumnValueCounter::Result>::finished, this, &ConsentValueDialog::finishCount);
    connect(m_columnCombo, &QComboBox::currentIndexChanged, this, [this] {
        storeColumn();
        showColumn();
    });
    showColumn();
}

ConsentValueDialog::~ConsentValueDialog()
{
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

QString ConsentValueDialog::currentHeader() const
{
    return m_columnCombo->currentData().toString();
}

void ConsentValueDialog::showColumn()
{
    m_shownHeader = currentHeader();
    const ColumnMapping *column = m_profile.columnForHeader(m_shownHeader);
    ConsentTable base;
    base.merge(m_profile.consentValues());
    ConsentTable current = base;
    if (column)
        current.merge(column->extra.value(QLatin1String("values")).toObject());
    m_model->setTable(base.entries(), current.entries());

    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();   // the previous count stops at its next check
    const int index = m_source ? int(m_source->headers().indexOf(m_shownHeader)) : -1;
    if (index < 0) {
        m_summary->setText(tr("The column \"%1\" is not in the file.").arg(m_shownHeader));
        return;
    }
    m_summary->setText(tr("Counting the values in the file…"));
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const auto cancel = m_cancel;
    const auto source = m_source;
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [source, index, cancel] {
        BackgroundPriority::lowerCurrentThread();   // a million rows take seconds: the window first
        return ColumnValueCounter::count(*source, index, MaxDistinct, cancel.get());
    }));
}

void ConsentValueDialog::finishCount()
{
    const ColumnValueCounter::Result result = m_watcher.result();
    if (result.cancelled)
        return;
    m_truncated = result.truncated;
    m_model->setCounts(result.values);
    // Open on the first value that needs a decision.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->index(row, 0).data(ConsentValueModel::UnmappedRole).toBool()) {
            m_view->setCurrentIndex(m_model->index(row, ConsentValueModel::MeaningColumn));
            break;
        }
    }
    emit countsShown();
}

void ConsentValueDialog::updateSummary()
{
    if (m_watcher.isRunning())
        return;
    const QLocale locale;
    QStringList parts;
    if (m_model->unmappedCount() > 0)
        parts << tr("%1 values in %2 rows are not recognised (highlighted). Choose what they mean, "
                    "or these rows are handed back for fixing.")
                     .arg(locale.toString(m_model->unmappedCount()), locale.toString(m_model->unmappedRows()));
    else
        parts << tr("Every value in the column is recognised.");
    if (m_model->emptyRows() > 0)
        parts << tr("%1 empty cells send nothing (no consent change).").arg(locale.toString(m_model->emptyRows()));
    if (m_truncated)
        parts << tr("The column has more than %1 different values; is it really a consent column?")
                     .arg(locale.toString(MaxDistinct));
    m_summary->setText(parts.join(QLatin1Char(' ')));
}

void ConsentValueDialog::storeColumn()
{
    if (m_shownHeader.isEmpty())
        return;
    for (ColumnMapping &column : m_profile.columns()) {
        if (column.header != m_shownHeader)
            continue;
        const QJsonObject values = m_model->columnValues();
        if (values.isEmpty())
            column.extra.remove(QStringLiteral("values"));
        else
            column.extra.insert(QStringLiteral("values"), values);
    }
}

void ConsentValueDialog::accept()
{
    storeColumn();
    QDialog::accept();
}
