#include "ConnectPage.h"

#include "SandboxLauncher.h"
#include "ui_ConnectPage.h"

#include <QDir>
#include <QStandardPaths>

ConnectPage::ConnectPage(QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ConnectPage>())
    , m_sandbox(new SandboxLauncher(this))
{
    m_ui->setupUi(this);
    setTitle(tr("Connect"));
    setSubTitle(tr("Import into your Hellomateo account, or practise first with sample data."));
    connect(m_sandbox, &SandboxLauncher::ready, this, [this](const QUrl &url) {
        m_ready = true;
        m_ui->statusLabel->setText(tr("Practice sandbox ready at %1").arg(url.toDisplayString()));
        emit completeChanged();
    });
    connect(m_sandbox, &SandboxLauncher::failed, this, [this](const QString &message) {
        m_ui->statusLabel->setText(message);
    });
    startPractice();
}

ConnectPage::~ConnectPage() = default;

bool ConnectPage::isComplete() const
{
    return m_ready;
}

void ConnectPage::startPractice()
{
    m_ui->statusLabel->setText(tr("Starting the practice sandbox…"));
    const QString data = QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                             .filePath(QStringLiteral("practice-sandbox"));
    m_sandbox->start(data);
}
