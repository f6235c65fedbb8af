#include "MappingPage.h"

#include "ColumnMappingModel.h"
#include "TargetComboDelegate.h"
#include "WizardSession.h"
#include "ui_MappingPage.h"

#include <QHeaderView>
#include <QLocale>

namespace {
constexpr int SampleRecords = 50;   // enough to show three non-empty examples for sparse columns
constexpr int SamplesShown = 3;
}

MappingPage::MappingPage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::MappingPage>())
    , m_session(session)
    , m_model(new ColumnMappingModel(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Mapping"));
    setSubTitle(tr("Choose what each column becomes in Hellomateo. Columns set to \"Don't import\" are left out."));

    m_ui->mappingView->setModel(m_model);
    m_ui->mappingView->setItemDelegateForColumn(ColumnMappingModel::TargetColumn, new TargetComboDelegate(this));
    m_ui->mappingView->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::SamplesColumn, QHeaderView::Stretch);
    m_ui->mappingView->horizontalHeader()->setSectionResizeMode(ColumnMappingModel::TargetColumn, QHeaderView::ResizeToContents);
    m_ui->mappingView->verticalHeader()->hide();

    for (const char *region : {"DE", "AT", "CH", "NL", "BE", "LU", "FR", "IT", "ES", "PL", "DK", "GB", "US"}) {
        const QString code = QString::fromLatin1(region);
        const QLocale locale(QLocale::AnyLanguage, QLocale::codeToTerritory(code));
        m_ui->regionCombo->addItem(QStringLiteral("%1 (%2)").arg(QLocale::territoryToString(locale.territory()), code), code);
    }
    // Profile load/save and the consent value table come with the mapping engine's MappingProfile.
    m_ui->loadProfileButton->setEnabled(false);
    m_ui->saveProfileButton->setEnabled(false);
    m_ui->consentButton->setEnabled(false);

    connect(m_session, &WizardSession::sourceChanged, this, [this] { m_sourceChanged = true; });
    connect(m_model, &ColumnMappingModel::mappingChanged, this, [this] {
        updateHint();
        emit completeChanged();
    });
    connect(m_ui->regionCombo, &QComboBox::activated, this, [this] {
        m_session->setDefaultRegion(m_ui->regionCombo->currentData().toString());
    });
}

MappingPage::~MappingPage() = default;

void MappingPage::initializePage()
{
    m_ui->regionCombo->setCurrentIndex(qMax(0, m_ui->regionCombo->findData(m_session->defaultRegion())));
    if (m_sourceChanged) {
        m_sourceChanged = false;
        rebuildRows();
    }
}

void MappingPage::rebuildRows()
{
    QList<ColumnMappingModel::Row> rows;
    const auto source = m_session->source();
    if (source) {
        const QStringList headers = source->headers();
        for (const QString &header : headers)
            rows.append({header, {}, QString(), QString(), 0.0});
        const qint64 n = qMin<qint64>(SampleRecords, source->recordCount());
        for (qint64 i = 0; i < n; ++i) {
            const SourceRecord record = source->record(i);
            for (int c = 0; c < rows.size(); ++c) {
                const QString cell = record.cells.value(c).trimmed();
                if (!cell.isEmpty() && rows[c].samples.size() < SamplesShown)
                    rows[c].samples << cell;
            }
        }
        // Earlier choices for the same headers survive a re-read of the file.
        const QStringList previous = m_session->targets();
        for (int c = 0; c < rows.size() && c < previous.size(); ++c)
            rows[c].target = previous.at(c);
    }
    m_model->setRows(rows);
    m_ui->mappingView->resizeColumnToContents(ColumnMappingModel::HeaderColumn);
    updateHint();
}

void MappingPage::updateHint()
{
    if (m_model->hasConflicts())
        m_ui->hintLabel->setText(tr("Two columns are imported into the same field (marked red). Change one of them."));
    else if (!m_model->hasIdentifier())
        m_ui->hintLabel->setText(tr("Import at least one column as customer number, e-mail or phone number: "
                                    "Hellomateo uses it to recognise the contact."));
    else
        m_ui->hintLabel->clear();
}

bool MappingPage::isComplete() const
{
    return m_model->hasIdentifier() && !m_model->hasConflicts();
}

bool MappingPage::validatePage()
{
    m_session->setDefaultRegion(m_ui->regionCombo->currentData().toString());
    m_session->setTargets(m_model->targets());
    return true;
}
