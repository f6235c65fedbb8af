#include "gui/widgets/AccountCheckPanel.h"

#include "api/engine/DailyQuota.h"
#include "api/http/UrlPolicy.h"
#include "api/preview/AccountSchemaFetch.h"
#include "api/preview/PreviewRunner.h"
#include "core/journal/ImportJournal.h"
#include "core/journal/QuotaBudget.h"
#include "core/preview/PreflightCheck.h"
#include "core/validate/Validator.h"
#include "gui/wizard/WizardSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
constexpr qint64 kDailyRequests = 10000;   // API.md: the organisation's daily request budget
}

AccountCheckPanel::AccountCheckPanel(WizardSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_box(new QGroupBox(this))
    , m_problemsLabel(new QLabel(this))
    , m_modeLabel(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_skipUnchanged(new QCheckBox(this))
    , m_previewButton(new QPushButton(this))
    , m_costLabel(new QLabel(this))
    , m_resultLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("accountCheckPanel"));
    m_previewButton->setObjectName(QStringLiteral("previewButton"));
    m_mode->setObjectName(QStringLiteral("importMode"));
    m_costLabel->setObjectName(QStringLiteral("previewCost"));
    m_resultLabel->setObjectName(QStringLiteral("previewResult"));
    m_problemsLabel->setObjectName(QStringLiteral("preflightProblems"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_resultLabel->setWordWrap(true);
    m_costLabel->setWordWrap(true);
    m_problemsLabel->hide();
    m_mode->addItem(QString(), int(ImportMode::Kind::CreateAndUpdate));
    m_mode->addItem(QString(), int(ImportMode::Kind::CreateOnly));
    m_mode->addItem(QString(), int(ImportMode::Kind::UpdateOnly));
    m_modeLabel->setBuddy(m_mode);

    // A box like the page's "Rows with errors", so it reads as one step of the review.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_box);
    auto *layout = new QVBoxLayout(m_box);
    layout->addWidget(m_problemsLabel);
    auto *modeRow = new QHBoxLayout;
    modeRow->addWidget(m_modeLabel);
    modeRow->addWidget(m_mode);
    modeRow->addWidget(m_skipUnchanged);
    modeRow->addStretch();
    modeRow->addWidget(m_previewButton);
    layout->addLayout(modeRow);
    layout->addWidget(m_costLabel);
    layout->addWidget(m_resultLabel);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &AccountCheckPanel::applyMode);
    connect(m_skipUnchanged, &QCheckBox::toggled, this, &AccountCheckPanel::applyMode);
    connect(m_previewButton, &QPushButton::clicked, this, &AccountCheckPanel::startPreview);
    connect(&m_rowsWatcher, &QFutureWatcher<std::shared_ptr<SendableRows>>::finished, this, [this] {
        if (m_discardRows) {
            m_discardRows = false;
            m_previewButton->setEnabled(m_problems.isEmpty());
            return;
        }
        m_rows = m_rowsWatcher.result();
        runPreview();
    });
    retranslate();
    updateLabels();
}

void AccountCheckPanel::updateLabels()
{
    m_costLabel->setVisible(!m_costLabel->text().isEmpty());
    m_resultLabel->setVisible(!m_resultLabel->text().isEmpty());
}

AccountCheckPanel::~AccountCheckPanel()
{
    m_rowsWatcher.waitForFinished();
}

void AccountCheckPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void AccountCheckPanel::retranslate()
{
    m_box->setTitle(tr("Before you send"));
    m_modeLabel->setText(tr("&Import mode:"));
    m_mode->setItemText(0, tr("Create and update contacts"));
    m_mode->setItemText(1, tr("Only create new contacts"));
    m_mode->setItemText(2, tr("Only update existing contacts"));
    m_skipUnchanged->setText(tr("Skip unchanged rows"));
    m_skipUnchanged->setToolTip(tr("Rows whose values Hellomateo already has are not sent; saves quota. Needs "
                                   "the preview."));
    m_previewButton->setText(m_costShown ? tr("Run the preview") : tr("&Preview changes…"));
    if (!m_problems.isEmpty())
        showProblems(m_problems);
}

void AccountCheckPanel::applyMode()
{
    const bool hadPreview = m_session->preview() != nullptr;
    m_session->setImportMode(mode());
    if (hadPreview && !m_session->preview())
        m_resultLabel->setText(tr("The mode changed: run the preview again to see what this mode sends."));
    else if (!m_session->modeReady())
        m_resultLabel->setText(tr("This mode needs the preview: it decides which rows are sent."));
    emit modeChanged();
    updateLabels();
}

void AccountCheckPanel::invalidatePreview()
{
    if (m_runner)
        m_runner->cancel();
    m_discardRows = m_rowsWatcher.isRunning();
    m_rows.reset();
    m_costShown = false;
    m_costLabel->clear();
    m_resultLabel->clear();
    m_previewButton->setText(tr("&Preview changes…"));
    m_previewButton->setEnabled(m_problems.isEmpty() && !m_discardRows);
    m_session->setPreview(nullptr);
    updateLabels();
}

ImportMode AccountCheckPanel::mode() const
{
    ImportMode mode;
    mode.kind = ImportMode::Kind(m_mode->currentData().toInt());
    mode.skipUnchanged = m_skipUnchanged->isChecked();
    return mode;
}

void AccountCheckPanel::refresh()
{
    if (!m_session->api() || m_fetch)
        return;
    m_fetch = new AccountSchemaFetch(m_session->api(), this);
    connect(m_fetch, &AccountSchemaFetch::finished, this, [this](bool ok, const ApiResult &failure) {
        AccountSchemaFetch *fetch = m_fetch;
        m_fetch = nullptr;
        fetch->deleteLater();
        if (!ok) {
            m_resultLabel->setText(tr("The account could not be checked: %1").arg(failure.errorText));
            updateLabels();
            return;
        }
        m_customFields = fetch->customFields();
        m_channels = fetch->marketingChannels();
        const QStringList headers = m_session->source() ? m_session->source()->headers() : QStringList();
        showProblems(PreflightCheck::check(m_session->profile(), headers, m_customFields, m_channels));
    });
    m_fetch->start();
}

void AccountCheckPanel::showProblems(const QList<PreflightProblem> &problems)
{
    const bool was = blocksImport();
    m_problems = problems;
    QStringList lines;
    for (const PreflightProblem &p : problems)
        lines << QStringLiteral("• ") + p.line();
    if (!problems.isEmpty())
        lines.prepend(tr("%n mapping problem(s) with this account — Import stays off until they are fixed:", nullptr,
                         int(problems.size())));
    m_problemsLabel->setText(lines.join(QLatin1Char('\n')));
    m_problemsLabel->setVisible(!problems.isEmpty());
    m_previewButton->setEnabled(problems.isEmpty());
    if (was != blocksImport())
        emit blockingChanged();
}

void AccountCheckPanel::showCost(qint64 requests, qint64 requestsLeft)
{
    m_costShown = true;
    m_costLabel->setText(tr("The preview looks up every identifier of the file: about %n request(s) of your "
                            "%L1 a day (%L2 left today). It stops after %L3 requests.",
                            nullptr, int(requests))
                             .arg(kDailyRequests)
                             .arg(requestsLeft)
                             .arg(PreviewRunner::DefaultMaxRequests));
    m_previewButton->setText(tr("Run the preview"));
    updateLabels();
}

void AccountCheckPanel::startPreview()
{
    if (m_costShown && m_rows) {
        // The cost is on screen: the second click sends.
        m_runner = new PreviewRunner(m_session->api(), this);
        m_previewMode = mode();
        m_runner->setMode(m_previewMode);
        // Every lookup counts against today's requests, as the engine's requests do.
        connect(m_runner, &PreviewRunner::progress, this, [this] {
            if (m_journal)
                DailyQuota(m_journal.get(), m_session->api()).countRequest();
        });
        m_runner->prepare(m_rows.get(), m_session->effectiveSource()->recordCount(), m_customFields, m_channels);
        connect(m_runner, &PreviewRunner::finished, this, [this](const PreviewResult &result) {
            m_runner->deleteLater();
            m_previewButton->setEnabled(true);
            m_mode->setEnabled(true);
            m_skipUnchanged->setEnabled(true);
            if (!m_rows)
                return;   // invalidated while it ran
            m_session->setPreview(std::make_shared<const PreviewResult>(result));
            m_previewButton->setText(tr("Preview &again"));
            showPreview(result);
            emit modeChanged();
        });
        m_previewButton->setEnabled(false);
        m_mode->setEnabled(false);   // the preview decides for the mode it started with
        m_skipUnchanged->setEnabled(false);
        m_resultLabel->setText(tr("Looking up the file's contacts…"));
        updateLabels();
        m_runner->start();
        return;
    }
    const auto source = m_session->effectiveSource();
    if (!source)
        return;
    m_previewButton->setEnabled(false);
    m_resultLabel->setText(tr("Reading the rows to send…"));
    updateLabels();
    const MappingProfile profile = m_session->profile();
    const FieldCatalog catalog = m_session->catalog();
    m_rowsWatcher.setFuture(QtConcurrent::run([profile, catalog, source] {
        return std::make_shared<SendableRows>(Validator(profile, catalog).sendableRows(*source, {}));
    }));
}

void AccountCheckPanel::runPreview()
{
    m_previewButton->setEnabled(true);
    m_resultLabel->clear();
    if (!m_rows)
        return;
    PreviewRunner planner(m_session->api());
    const qint64 requests = planner.prepare(m_rows.get(), 0, m_customFields, m_channels);
    QuotaBudget budget;
    if (!m_journal) {
        m_journal = std::make_unique<ImportJournal>();
        if (!m_journal->open())
            m_journal.reset();
    }
    if (m_journal)
        m_journal->usage(UrlPolicy::origin(m_session->apiBaseUrl()), DailyQuota::todayKey(), &budget.usedEntities,
                         &budget.usedRequests);
    showCost(requests, qMax<qint64>(0, kDailyRequests - budget.usedRequests));
    updateLabels();
}

void AccountCheckPanel::showPreview(const PreviewResult &r)
{
    using K = RowPrediction::Kind;
    QStringList lines;
    lines << tr("%n new contact(s)", nullptr, int(r.count(K::New)))
          << tr("%n update(s)", nullptr, int(r.count(K::Update)))
          << tr("%n unchanged", nullptr, int(r.count(K::Unchanged)))
          << tr("%n conflict(s) (not sent)", nullptr, int(r.count(K::Conflict)));
    QString text = lines.join(QStringLiteral(" · "));
    if (m_previewMode.needsPreview()) {
        qint64 send = 0;
        for (const RowPrediction &p : r.predictions)
            send += p.sent ? 1 : 0;
        text += QLatin1Char('\n') + tr("This mode sends %L1 of them; %L2 are kept back and listed with the failed "
                                       "rows, each with its reason.")
                                        .arg(send)
                                        .arg(qint64(r.predictions.size()) - send);
    }
    text += QLatin1Char('\n') + tr("%n request(s) used.", nullptr, int(r.requestsUsed));
    if (!r.complete)
        text += QLatin1Char(' ') + tr("Only the first %L1 of %L2 rows were checked: %3")
                                       .arg(r.predictions.size())
                                       .arg(r.sendable)
                                       .arg(r.stopReason);
    m_resultLabel->setText(text);
    updateLabels();
}
