#include "FilePage.h"

#include "PracticeSample.h"
#include "RecentFiles.h"
#include "RecordSourceFactory.h"
#include "RecordTableModel.h"
#include "WizardSession.h"
#include "ui_FilePage.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QMenu>
#include <QMimeData>
#include <QtConcurrent>

FilePage::FilePage(WizardSession *session, QWidget *parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::FilePage>())
    , m_session(session)
    , m_model(new RecordTableModel(this))
{
    m_ui->setupUi(this);
    setTitle(tr("File"));
    setSubTitle(tr("Choose the exported contact list. Check the preview: umlauts and columns must look right."));
    setAcceptDrops(true);

    m_ui->encodingCombo->addItem(tr("Detect automatically"), QStringLiteral("auto"));
    for (const char *name : {"utf-8", "utf-16le", "utf-16be", "windows-1252", "iso-8859-1", "iso-8859-15"})
        m_ui->encodingCombo->addItem(QString::fromLatin1(name).toUpper(), QString::fromLatin1(name));
    m_ui->delimiterCombo->addItem(tr("Detect automatically"), QString());
    m_ui->delimiterCombo->addItem(tr("Semicolon ;"), QStringLiteral(";"));
    m_ui->delimiterCombo->addItem(tr("Comma ,"), QStringLiteral(","));
    m_ui->delimiterCombo->addItem(tr("Tab"), QStringLiteral("\t"));
    m_ui->delimiterCombo->addItem(tr("Vertical bar |"), QStringLiteral("|"));
    m_ui->headerRowSpin->setSpecialValueText(tr("Detect automatically"));
    m_ui->sheetCombo->setEnabled(false);

    m_ui->previewView->setModel(m_model);
    m_ui->previewView->verticalHeader()->setDefaultSectionSize(m_ui->previewView->fontMetrics().height() + 8);
    m_ui->previewView->horizontalHeader()->setDefaultSectionSize(140);
    m_ui->warningsList->setVisible(false);

    auto *recentMenu = new QMenu(this);
    m_ui->recentButton->setMenu(recentMenu);
    connect(recentMenu, &QMenu::aboutToShow, this, &FilePage::fillRecentMenu);

    connect(m_ui->browseButton, &QPushButton::clicked, this, &FilePage::chooseFile);
    connect(m_ui->practiceSampleButton, &QPushButton::clicked, this, &FilePage::usePracticeSample);
    connect(m_ui->fileEdit, &QLineEdit::returnPressed, this, [this] { openFile(m_ui->fileEdit->text().trimmed()); });
    connect(m_ui->encodingCombo, &QComboBox::activated, this, &FilePage::reopenWithOverrides);
    connect(m_ui->delimiterCombo, &QComboBox::activated, this, &FilePage::reopenWithOverrides);
    connect(m_ui->sheetCombo, &QComboBox::activated, this, &FilePage::reopenWithOverrides);
    connect(m_ui->headerRowSpin, &QSpinBox::valueChanged, this, &FilePage::reopenWithOverrides);
    connect(&m_watcher, &QFutureWatcher<OpenResult>::finished, this, &FilePage::finishOpen);
}

FilePage::~FilePage()
{
    m_watcher.waitForFinished();
}

void FilePage::initializePage()
{
    m_ui->practiceSampleButton->setVisible(m_session->mode() == WizardSession::Mode::Practice);
    const QString reimport = m_session->pendingReimportFile();
    if (!reimport.isEmpty()) {
        m_session->setPendingReimportFile(QString());
        openFile(reimport);
    }
}

bool FilePage::isComplete() const
{
    return m_model->source() && m_model->source()->recordCount() > 0 && !m_watcher.isRunning();
}

bool FilePage::validatePage()
{
    RecentFiles::add(m_session->filePath());
    return true;
}

ReadOptions FilePage::overrides() const
{
    ReadOptions options;
    options.encoding = m_ui->encodingCombo->currentData().toString();
    const QString delimiter = m_ui->delimiterCombo->currentData().toString();
    options.delimiter = delimiter.isEmpty() ? QChar() : delimiter.at(0);
    options.headerRow = m_ui->headerRowSpin->value();
    options.sheet = m_ui->sheetCombo->currentText();
    return options;
}

void FilePage::openFile(const QString &path)
{
    if (path.isEmpty())
        return;
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    // A new file starts from detection again.
    const QSignalBlocker b1(m_ui->encodingCombo), b2(m_ui->delimiterCombo), b3(m_ui->headerRowSpin), b4(m_ui->sheetCombo);
    m_ui->encodingCombo->setCurrentIndex(0);
    m_ui->delimiterCombo->setCurrentIndex(0);
    m_ui->headerRowSpin->setValue(0);
    m_ui->sheetCombo->clear();
    m_ui->sheetCombo->setEnabled(QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0);
    startOpen(path, ReadOptions());
}

void FilePage::reopenWithOverrides()
{
    const QString path = QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed());
    if (!path.isEmpty())
        startOpen(path, overrides());
}

void FilePage::startOpen(const QString &path, const ReadOptions &options)
{
    m_pendingPath = path;
    m_pendingOptions = options;
    if (m_watcher.isRunning()) {
        // Only the latest choice matters; it is read as soon as the current read ends.
        m_reopenQueued = true;
        return;
    }
    m_reopenQueued = false;
    m_ui->statusLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    emit completeChanged();
    m_watcher.setFuture(QtConcurrent::run([path, options]() {
        OpenResult result;
        std::unique_ptr<RecordSource> source = RecordSourceFactory::open(path, options, &result.error);
        result.source = std::move(source);
        return result;
    }));
}

void FilePage::finishOpen()
{
    if (m_reopenQueued) {
        startOpen(m_pendingPath, m_pendingOptions);
        return;
    }
    const OpenResult result = m_watcher.result();
    m_ui->warningsList->clear();
    if (!result.source) {
        m_model->setSource(nullptr);
        m_ui->statusLabel->setText(result.error);
        m_ui->detectionLabel->clear();
        emit completeChanged();
        emit fileFailed(result.error);
        return;
    }
    m_model->setSource(result.source);
    m_session->setSource(m_pendingPath, m_pendingOptions, result.source);
    m_ui->statusLabel->setText(tr("%n data record(s), %1 column(s).", nullptr, int(result.source->recordCount()))
                                   .arg(result.source->headers().size()));
    m_ui->warningsList->setVisible(m_ui->warningsList->count() > 0);
    emit completeChanged();
    emit fileOpened(m_pendingPath);
}

void FilePage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose the contact list"), QString(),
        tr("Contact lists (*.csv *.txt *.tsv *.xlsx);;All files (*)"));
    openFile(path);
}

void FilePage::usePracticeSample()
{
    QString error;
    const QString path = PracticeSample::materialize(&error);
    if (path.isEmpty()) {
        m_ui->statusLabel->setText(error);
        return;
    }
    openFile(path);
}

void FilePage::fillRecentMenu()
{
    QMenu *menu = m_ui->recentButton->menu();
    menu->clear();
    const QStringList files = RecentFiles::list();
    if (files.isEmpty())
        menu->addAction(tr("No recent files"))->setEnabled(false);
    for (const QString &file : files)
        menu->addAction(QDir::toNativeSeparators(file), this, [this, file] { openFile(file); });
}

void FilePage::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void FilePage::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile()) {
        event->acceptProposedAction();
        openFile(urls.first().toLocalFile());
    }
}
