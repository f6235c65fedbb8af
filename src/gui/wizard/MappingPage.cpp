#include "gui/wizard/MappingPage.h"

#include "api/http/ApiClient.h"
#include "core/mapping/FieldCatalog.h"
#include "core/mapping/HeaderMatcher.h"
#include "gui/models/ColumnMappingModel.h"
#include "gui/support/LocalizedNames.h"
#include "gui/support/MessageStyle.h"
#include "gui/widgets/ConsentValueDialog.h"
#include "gui/widgets/TargetComboDelegate.h"
#include "gui/wizard/WizardSession.h"

#include "ui_MappingPage.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace {
constexpr int SampleRecords = 200;   // what the header matcher sniffs; also finds examples in sparse columns
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

    m_model->setChoices(TargetChoice::fromCatalog(m_session->catalog()));
    m_ui->mappingView->setModel(m_model);
    m_ui->mappingView->setItemDelegateForColumn(ColumnMappingModel::TargetColumn, new TargetComboDelegate(this));
    QHeaderView *header = m_ui->mappingView->horizontalHeader();
    header->setSectionResizeMode(ColumnMappingModel::SamplesColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ColumnMappingModel::TargetColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ColumnMappingModel::SuggestionColumn, QHeaderView::ResizeToContents);
    m_ui->mappingView->setWordWrap(false);
    m_ui->mappingView->verticalHeader()->hide();

    // Country names in the window's language ("Deutschland", "Österreich"); the code stays the item's data.
    for (const char *region : {"DE", "AT", "CH", "NL", "BE", "LU", "FR", "IT", "ES", "PL", "DK", "GB", "US"}) {
        const QString code = QString::fromLatin1(region);
        const QString name = LocalizedNames::country(code);
        m_ui->regionCombo->addItem(name.isEmpty() ? code : name, code);
    }
    m_ui->consentButton->setEnabled(false);
    m_ui->consentButton->setToolTip(tr("What the values of a channel column mean. The standard words "
                                       "(ja/nein, yes/no, x, 1/0, opt-in/opt-out) are known already."));

    connect(m_session, &WizardSession::sourceChanged, this, [this] { m_sourceChanged = true; });
    connect(m_session, &WizardSession::connectionChanged, this, [this] { m_catalogStale = true; });
    connect(m_session, &WizardSession::catalogChanged, this, [this] {
        m_model->setChoices(TargetChoice::fromCatalog(m_session->catalog()));
        // Custom fields may fit columns better; until the user changed something, re-map.
        suggest(!m_userEdited);
    });
    connect(m_ui->mappingView->itemDelegateForColumn(ColumnMappingModel::TargetColumn),
            &QAbstractItemDelegate::commitData, this, [this] { m_userEdited = true; });
    connect(m_ui->loadProfileButton, &QPushButton::clicked, this, &MappingPage::loadProfile);
    connect(m_ui->saveProfileButton, &QPushButton::clicked, this, &MappingPage::saveProfile);
    connect(m_ui->consentButton, &QPushButton::clicked, this, &MappingPage::editConsentValues);
    connect(m_model, &ColumnMappingModel::mappingChanged, this, [this] {
        const QStringList targets = m_model->targets();
        m_ui->consentButton->setEnabled(std::any_of(targets.cbegin(), targets.cend(), [](const QString &t) {
            return t.startsWith(QLatin1String("channel:"));
        }));
        updateHint();
        emit completeChanged();
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
    if (m_catalogStale)
        fetchCatalog();
}

void MappingPage::fetchCatalog()
{
    // Custom fields and marketing channels come from the account; both requests must answer.
    m_catalogStale = false;
    m_catalogReplies = 0;
    m_customFields = {};
    m_channels = {};
    MessageStyle::show(m_ui->hintLabel, MessageStyle::Kind::Info, tr("Loading the account's own fields and channels…"));
    auto answer = [this](bool custom, const ApiResult &result) {
        if (!result.ok()) {
            MessageStyle::show(
                m_ui->hintLabel, MessageStyle::Kind::Error,
                tr("The account's own fields and channels could not be loaded: %1").arg(result.errorText));
            m_catalogStale = true;   // try again next visit
            return;
        }
        (custom ? m_customFields : m_channels) = result.json.array();
        if (++m_catalogReplies == 2) {
            m_session->setCatalog(FieldCatalog::fromApi(m_customFields, m_channels));
            updateHint();
        }
    };
    for (const bool custom : {true, false}) {
        ApiRequest *request = m_session->api()->get(custom ? QStringLiteral("custom_field")
                                                           : QStringLiteral("marketing_channel"));
        connect(request, &ApiRequest::finished, this,
                [answer, custom](const ApiResult &result) { answer(custom, result); });
        request->start();
    }
}

MappingProfile MappingPage::buildProfile() const
{
    MappingProfile profile = m_session->profile();
    QList<ColumnMapping> columns;
    for (const ColumnMappingModel::Row &row : m_model->rows()) {
        // Keep what a loaded profile said about the column (format, values, ...) and set the target.
        const ColumnMapping *previous = profile.columnForHeader(row.header);
        ColumnMapping column = previous ? *previous : ColumnMapping();
        column.header = row.header;
        column.target = row.target;
        if (const FieldDefinition *field = m_session->catalog().find(row.target)) {
            if (field->kind == FieldDefinition::Kind::Custom)
                column.type = FieldDefinition::typeName(field->type);   // so the profile works offline
        }
        columns.append(column);
    }
    profile.setColumns(columns);
    profile.setDefaultRegion(m_ui->regionCombo->currentData().toString());
    profile.setReadOptions(m_session->readOptions());
    return profile;
}

void MappingPage::loadProfile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load a mapping"), QString(), tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    MappingProfile profile;
    QString error;
    if (!MappingProfile::load(path, &profile, &error)) {
        MessageStyle::show(m_ui->hintLabel, MessageStyle::Kind::Error, error);
        return;
    }
    m_session->setProfile(profile);
    QList<ColumnMappingModel::Row> rows = m_model->rows();
    for (ColumnMappingModel::Row &row : rows) {
        const ColumnMapping *column = profile.columnForHeader(row.header);
        row.target = column ? column->target : QString();
    }
    m_model->setRows(rows);
    m_ui->regionCombo->setCurrentIndex(qMax(0, m_ui->regionCombo->findData(profile.defaultRegion())));
    const QStringList missing = profile.missingHeaders(m_session->source() ? m_session->source()->headers()
                                                                           : QStringList());
    if (!missing.isEmpty())
        MessageStyle::show(
            m_ui->hintLabel, MessageStyle::Kind::Warning,
            tr("The mapping names columns this file does not have: %1").arg(missing.join(QStringLiteral(", "))));
}

void MappingPage::saveProfile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the mapping"), tr("mapping.json"),
                                                      tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!buildProfile().save(path, &error))
        MessageStyle::show(m_ui->hintLabel, MessageStyle::Kind::Error, error);
    else
        MessageStyle::show(m_ui->hintLabel, MessageStyle::Kind::Success,
                           tr("Mapping saved to %1.").arg(QDir::toNativeSeparators(path)));
}

void MappingPage::editConsentValues()
{
    // The selected row's column if it is a channel, else the dialog starts on the first one.
    const int row = m_ui->mappingView->currentIndex().row();
    const QString header = row >= 0 ? m_model->rows().value(row).header : QString();
    auto *dialog = new ConsentValueDialog(buildProfile(), m_session->effectiveSource(), header, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Into the session at once: the Review page checks with it, Save mapping writes it.
        m_session->setProfile(dialog->profile());
    });
    dialog->open();
}

void MappingPage::rebuildRows()
{
    QList<ColumnMappingModel::Row> rows;
    m_samples.clear();
    m_userEdited = false;
    const auto source = m_session->source();
    if (source) {
        const QStringList headers = source->headers();
        for (const QString &header : headers)
            rows.append({header, {}, QString(), QString(), 0.0, QString()});
        m_samples.resize(headers.size());
        const qint64 n = qMin<qint64>(SampleRecords, source->recordCount());
        for (qint64 i = 0; i < n; ++i) {
            const SourceRecord record = source->record(i);
            for (int c = 0; c < rows.size(); ++c) {
                const QString cell = record.cells.value(c).trimmed();
                if (cell.isEmpty())
                    continue;
                m_samples[c] << cell;
                if (rows[c].samples.size() < SamplesShown)
                    rows[c].samples << cell;
            }
        }
        // Earlier choices (or a loaded profile) for the same headers survive a re-read of the file.
        for (ColumnMappingModel::Row &row : rows) {
            if (const ColumnMapping *column = m_session->profile().columnForHeader(row.header))
                row.target = column->target;
        }
    }
    m_model->setRows(rows);
    suggest(true);
    m_ui->mappingView->resizeColumnToContents(ColumnMappingModel::HeaderColumn);
    updateHint();
}

void MappingPage::suggest(bool applyTargets)
{
    QList<ColumnMappingModel::Row> rows = m_model->rows();
    if (rows.isEmpty())
        return;
    QStringList headers;
    for (const ColumnMappingModel::Row &row : rows)
        headers << row.header;
    const QVector<HeaderMatcher::Suggestion> suggestions =
        HeaderMatcher(m_session->catalog()).suggest(headers, m_samples);
    for (const HeaderMatcher::Suggestion &s : suggestions) {
        if (s.column < 0 || s.column >= rows.size())
            continue;
        ColumnMappingModel::Row &row = rows[s.column];
        row.suggestion = s.target;
        row.confidence = s.confidence;
        row.note.clear();
        if (s.conflictWith >= 0)
            row.note = tr("also fits \"%1\", which column \"%2\" got")
                           .arg(m_model->labelFor(s.conflictTarget), headers.value(s.conflictWith));
        // A loaded profile's choice wins over a suggestion.
        const bool fromProfile = m_session->profile().columnForHeader(row.header) != nullptr;
        if (applyTargets && !fromProfile)
            row.target = s.confidence >= HeaderMatcher::AcceptThreshold ? s.target : QString();
    }
    m_model->setRows(rows);
}

void MappingPage::updateHint()
{
    if (m_model->hasConflicts()) {
        MessageStyle::show(m_ui->hintLabel, MessageStyle::Kind::Error,
                           tr("Two columns are imported into the same field (marked red). Change one of them."));
    } else if (!m_model->hasIdentifier()) {
        MessageStyle::show(m_ui->hintLabel, MessageStyle::Kind::Error,
                           tr("Import at least one column as customer number, e-mail or phone number: "
                              "Hellomateo uses it to recognise the contact."));
    } else if (const QStringList left = m_model->unmappedWithData(); !left.isEmpty()) {
        // Data that would silently stay behind: say so, the user may have missed a column.
        QStringList quoted;
        for (const QString &header : left)
            quoted << tr("\"%1\"").arg(header);
        MessageStyle::show(m_ui->hintLabel, MessageStyle::Kind::Warning,
                           tr("%n column(s) with data will not be imported: %1. Choose a field for them if they "
                              "belong in Hellomateo.",
                              nullptr, int(left.size()))
                               .arg(quoted.join(QStringLiteral(", "))));
    } else {
        m_ui->hintLabel->clear();
        m_ui->hintLabel->setVisible(false);
    }
}

bool MappingPage::isComplete() const
{
    return m_model->hasIdentifier() && !m_model->hasConflicts();
}

bool MappingPage::validatePage()
{
    m_session->setProfile(buildProfile());
    return true;
}
