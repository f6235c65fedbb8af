#include "gui/wizard/FilePage.h"

#include "core/failedrows/FailedRowsSource.h"
#include "core/mapping/MappingProfile.h"
#include "core/source/RecordSourceFactory.h"
#include "gui/models/RecordTableModel.h"
#include "gui/support/BackgroundPriority.h"
#include "gui/support/PracticeSample.h"
#include "gui/support/RecentFiles.h"
#include "gui/wizard/WizardSession.h"

#include "ui_FilePage.h"

#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QPointer>
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
    // "Detected: WINDOWS-1252" must show whole, in every language and at 200 %.
    m_ui->encodingCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->delimiterCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_ui->sheetCombo->setEnabled(false);

    m_ui->previewView->setModel(m_model);
    // A million rows scroll smoothly only with uniform rows: no per-row size hints or resizing.
    m_ui->previewView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->previewView->verticalHeader()->setDefaultSectionSize(m_ui->previewView->fontMetrics().height() + 8);
    m_ui->previewView->horizontalHeader()->setDefaultSectionSize(140);
    m_ui->warningsList->setVisible(false);

    auto *recentMenu = new QMenu(this);
    m_ui->recentButton->setMenu(recentMenu);
    // The style's menu arrow is drawn over the text of a button this narrow ("Zuletzt verwendet"):
    // the arrow goes after the text instead, and the button is as wide as both.
    m_ui->recentButton->setPopupMode(QToolButton::InstantPopup);
    m_ui->recentButton->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    m_ui->recentButton->setText(m_ui->recentButton->text() + QStringLiteral(" \u25BE"));
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
    if (m_cancel)
        m_cancel->store(true);
    m_watcher.waitForFinished();
}

void FilePage::initializePage()
{
    if (!m_session->source() && m_fullyRead) {
        // A fresh start after an import: nothing of the previous file shows.
        m_fullyRead = false;
        m_model->setSource(nullptr);
        m_ui->fileEdit->clear();
        m_ui->statusLabel->clear();
        forgetDetection();
        m_ui->warningsList->setVisible(false);
        emit completeChanged();
    }
    m_ui->practiceSampleButton->setVisible(m_session->mode() == WizardSession::Mode::Practice);
    const QString reimport = m_session->pendingReimportFile();
    if (!reimport.isEmpty()) {
        const ReadOptions options = m_session->pendingReadOptions();
        m_session->setPendingReimportFile(QString());
        openFile(reimport, options);
    }
}

bool FilePage::isComplete() const
{
    return m_fullyRead && m_model->source() && m_model->source()->recordCount() > 0;
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

void FilePage::openFile(const QString &path, const ReadOptions &options)
{
    if (path.isEmpty())
        return;
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    // A new file starts from detection again (or from the overrides it was read with before).
    const QSignalBlocker b1(m_ui->encodingCombo), b2(m_ui->delimiterCombo), b3(m_ui->headerRowSpin),
        b4(m_ui->sheetCombo);
    m_ui->encodingCombo->setCurrentIndex(qMax(0, m_ui->encodingCombo->findData(options.encoding)));
    const QString delimiter = options.delimiter.isNull() ? QString() : QString(options.delimiter);
    m_ui->delimiterCombo->setCurrentIndex(qMax(0, m_ui->delimiterCombo->findData(delimiter)));
    m_ui->headerRowSpin->setValue(options.headerRow);
    fillSheets(path);
    if (!options.sheet.isEmpty())
        m_ui->sheetCombo->setCurrentIndex(qMax(0, m_ui->sheetCombo->findText(options.sheet)));
    startOpen(path, options);
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
    m_fullyRead = false;
    if (m_cancel)
        m_cancel->store(true);   // a newer choice wins; the old scan stops at its next progress report
    // Step 1, on this thread: detection and the first records from the first megabyte (milliseconds).
    QString error;
    std::shared_ptr<const FileRecordSource> preview = RecordSourceFactory::preview(path, options, 200, &error);
    m_ui->warningsList->clear();
    if (!preview) {
        m_model->setSource(nullptr);
        m_ui->statusLabel->setText(error);
        forgetDetection();
        m_ui->warningsList->setVisible(false);
        emit completeChanged();
        emit fileFailed(error);
        return;
    }
    m_model->setSource(preview);
    showDescription(preview->description());
    emit completeChanged();
    // Step 2, in a worker: the full scan that indexes every record.
    if (m_watcher.isRunning()) {
        m_reopenQueued = true;
        return;
    }
    startFullScan();
}

void FilePage::startFullScan()
{
    m_reopenQueued = false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const auto cancel = m_cancel;
    const QString path = m_pendingPath;
    const ReadOptions options = m_pendingOptions;
    QPointer<FilePage> self(this);
    m_ui->statusLabel->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [path, options, cancel, self]() {
        BackgroundPriority::lowerCurrentThread();
        OpenResult result;
        int lastPercent = -1;
        auto progress = [&](qint64 done, qint64 total) {
            const int percent = total > 0 ? int(done * 100 / total) : 0;
            if (percent != lastPercent && self) {
                lastPercent = percent;
                QMetaObject::invokeMethod(
                    self,
                    [self, percent, path] {
                        if (self)
                            self->m_ui->statusLabel->setText(
                                tr("Reading %1… %2 %").arg(QFileInfo(path).fileName()).arg(percent));
                    },
                    Qt::QueuedConnection);
            }
            return !cancel->load();
        };
        std::unique_ptr<FileRecordSource> source = RecordSourceFactory::openFile(path, options, &result.error,
                                                                                 progress);
        result.cancelled = cancel->load();
        if (source) {
            result.description = source->description();
            // A fixed failed-rows export reads like the original, as in `mateo-import run`: the formula
            // guard stripped, the error columns hidden (so they are never mapped or sent).
            result.source = FailedRowsSource::wrapIfExport(std::move(source));
        }
        return result;
    }));
}

void FilePage::finishOpen()
{
    if (m_reopenQueued) {
        startFullScan();
        return;
    }
    const OpenResult result = m_watcher.result();
    if (result.cancelled)
        return;
    if (!result.source) {
        m_model->setSource(nullptr);
        m_ui->statusLabel->setText(result.error);
        forgetDetection();
        emit completeChanged();
        emit fileFailed(result.error);
        return;
    }
    m_fullyRead = true;
    m_model->setSource(result.source);
    const SourceDescription description = result.description;
    showDescription(description);
    m_session->setSource(m_pendingPath, m_pendingOptions, result.source, result.description);
    m_ui->statusLabel->setText(tr("%1: %2 data records, %3 columns.")
                                   .arg(QFileInfo(m_pendingPath).fileName(),
                                        QLocale().toString(result.source->recordCount()),
                                        QLocale().toString(result.source->headers().size())));
    emit completeChanged();
    emit fileOpened(m_pendingPath);
}

void FilePage::forgetDetection()
{
    // What was detected belongs to the file it was detected in: a file that cannot be read shows none.
    m_ui->detectionLabel->clear();
    m_ui->encodingCombo->setItemText(0, tr("Detect automatically"));
    m_ui->delimiterCombo->setItemText(0, tr("Detect automatically"));
    m_ui->headerRowSpin->setSpecialValueText(tr("Detect automatically"));
    m_ui->warningsList->clear();
}

void FilePage::showDescription(const SourceDescription &d)
{
    const QLocale locale;
    // Confidence in words: a percentage suggests a precision the detection does not have.
    auto choice = [&](const DetectionChoice &c, const QString &shown) {
        if (c.userChosen)
            return tr("%1 (your choice)").arg(shown);
        if (c.confidence >= 0.95)
            return tr("%1 (certain)").arg(shown);
        if (c.confidence >= 0.75)
            return tr("%1 (likely)").arg(shown);
        return tr("%1 (uncertain: please check the preview)").arg(shown);
    };
    auto delimiterName = [](const QString &d) {
        if (d == QLatin1String("\t"))
            return tr("Tab");
        return d;
    };
    QStringList parts;
    if (d.format == QLatin1String("xlsx")) {
        parts << tr("Excel workbook, sheet \"%1\"").arg(d.sheet);
    } else {
        QString enc = choice(d.encoding, d.encoding.value.toUpper());
        if (!d.encoding.alternatives.isEmpty() && !d.encoding.userChosen)
            enc += tr(", or %1").arg(d.encoding.alternatives.first().value.toUpper());
        if (d.bom)
            enc += tr(", with BOM");
        parts << tr("Encoding: %1").arg(enc);
        parts << tr("Delimiter: %1").arg(choice(d.delimiter, delimiterName(d.delimiter.value)));
        parts << tr("Line endings: %1").arg(d.lineEnding.value);
    }
    parts << tr("Header row: %1").arg(choice(d.headerRow, locale.toString(d.headerRowNumber)));
    m_ui->detectionLabel->setText(parts.join(QStringLiteral(" · ")));
    // The "auto" entries say what detection chose, so an override is an informed one.
    m_ui->encodingCombo->setItemText(0, tr("Detected: %1").arg(d.encoding.value.toUpper()));
    m_ui->delimiterCombo->setItemText(0, tr("Detected: %1").arg(delimiterName(d.delimiter.value)));
    m_ui->headerRowSpin->setSpecialValueText(tr("Detected: %1").arg(d.headerRowNumber));

    m_ui->warningsList->clear();
    for (const ReaderWarning &w : d.warnings)
        m_ui->warningsList->addItem(w.line > 0 ? tr("Line %1: %2").arg(locale.toString(w.line), w.message) : w.message);
    const qint64 hidden = d.totalWarnings() - d.warnings.size();
    if (hidden > 0)
        m_ui->warningsList->addItem(tr("… and %1 more warnings.").arg(locale.toString(hidden)));
    m_ui->warningsList->setVisible(m_ui->warningsList->count() > 0);
}

void FilePage::fillSheets(const QString &path)
{
    const QSignalBlocker blocker(m_ui->sheetCombo);
    m_ui->sheetCombo->clear();
    const bool xlsx = QFileInfo(path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    m_ui->sheetCombo->setEnabled(xlsx);
    if (!xlsx)
        return;
    QString error;
    m_ui->sheetCombo->addItems(RecordSourceFactory::sheets(path, &error));
}

void FilePage::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose the contact list"), QString(),
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
    MappingProfile hints;
    if (MappingProfile::fromJson(PracticeSample::mappingHints(), &hints, &error))
        m_session->setProfile(hints);
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
