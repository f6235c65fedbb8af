#include "gui/widgets/AccountCheckPanel.h"

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
    , m_title(new QLabel(this))
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
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_resultLabel->setWordWrap(true);
    m_costLabel->setWordWrap(true);
    m_problemsLabel->hide();
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_mode->addItem(QString(), int(ImportMode::Kind::CreateAndUpdate));
    m_mode->addItem(QString(), int(ImportMode::Kind::CreateOnly));
    m_mode->addItem(QString(), int(ImportMode::Kind::UpdateOnly));
    m_modeLabel->setBuddy(m_mode);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
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

    connect(m_mode, &QComboBox::currentIndexChanged, this, &AccountCheckPanel::modeChanged);
    connect(m_skipUnchanged, &QCheckBox::toggled, this, &AccountCheckPanel::modeChanged);
    connect(m_previewButton, &QPushButton::clicked, this, &AccountCheckPanel::startPreview);
    connect(&m_rowsWatcher, &QFutureWatcher<std::shared_ptr<SendableRows>>::finished, this, [this] {
        m_rows = m_rowsWatcher.result();
        runPreview();
    });
    retranslate();
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
    m_title->setText(tr("Before you send"));
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
                            "%L1 a day (%L2 left today). It stops after %L3.",
                            nullptr, int(requests))
                             .arg(kDailyRequests)
                             .arg(requestsLeft)
                             .arg(PreviewRunner::DefaultMaxRequests));
    m_previewButton->setText(tr("Run the preview"));
}

void AccountCheckPanel::startPreview()
{
    if (m_costShown && m_rows) {
        // The cost is on screen: the second click sends.
        m_runner = new PreviewRunner(m_session->api(), this);
        m_runner->setMode(mode());
        m_runner->prepare(m_rows.get(), m_session->effectiveSource()->recordCount(), m_customFields, m_channels);
        connect(m_runner, &PreviewRunner::finished, this, [this](const PreviewResult &result) {
            m_runner->deleteLater();
            m_previewButton->setEnabled(true);
            showPreview(result);
        });
        m_previewButton->setEnabled(false);
        m_resultLabel->setText(tr("Looking up the file's contacts…"));
        m_runner->start();
        return;
    }
    const auto source = m_session->effectiveSource();
    if (!source)
        return;
    m_previewButton->setEnabled(false);
    m_resultLabel->setText(tr("Reading the rows to send…"));
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
    ImportJournal journal;
    if (journal.open())
        journal.usage(UrlPolicy::origin(m_session->apiBaseUrl()),
                      QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate), &budget.usedEntities,
                      &budget.usedRequests);
    showCost(requests, qMax<qint64>(0, kDailyRequests - budget.usedRequests));
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
    text += QLatin1Char('\n') + tr("%n request(s) used.", nullptr, int(r.requestsUsed));
    if (!r.complete)
        text += QLatin1Char(' ') + tr("Only the first %L1 of %L2 rows were checked: %3")
                                       .arg(r.predictions.size())
                                       .arg(r.sendable)
                                       .arg(r.stopReason);
    m_resultLabel->setText(text);
}
