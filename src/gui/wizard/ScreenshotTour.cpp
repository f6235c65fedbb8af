#include "gui/wizard/ScreenshotTour.h"

#include "gui/widgets/TimeZonePicker.h"
#include "gui/wizard/FilePage.h"
#include "gui/wizard/ImportWizard.h"
#include "gui/wizard/ReviewPage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGuiApplication>
#include <QLabel>
#include <QPalette>
#include <QPixmap>
#include <QScreen>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>
#include <QWindow>
#include <QWizardPage>

namespace {
constexpr int PollMs = 200;
constexpr int PageTimeoutMs = 60000;
constexpr int SettleMs = 600;   // let views lay out and progress bars repaint before grabbing
}

ScreenshotTour::ScreenshotTour(ImportWizard *wizard, const QString &directory, const QString &prefix)
    : QObject(wizard)
    , m_wizard(wizard)
    , m_directory(directory)
    , m_prefix(prefix)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ScreenshotTour::step);
}

QString ScreenshotTour::directoryFromEnvironment()
{
    return qEnvironmentVariable("MATEO_SCREENSHOT_DIR");
}

void ScreenshotTour::applyThemeFromEnvironment()
{
    if (qEnvironmentVariable("MATEO_SCREENSHOT_DARK") != QLatin1String("1"))
        return;
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QPalette p;
    const QColor window(45, 45, 48), base(30, 30, 32), text(230, 230, 230), disabled(130, 130, 130);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::Highlight, QColor(42, 130, 218));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(100, 170, 255));
    p.setColor(QPalette::PlaceholderText, disabled);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    QApplication::setPalette(p);
}

void ScreenshotTour::start()
{
    m_directory.mkpath(QStringLiteral("."));
    m_timer->start(SettleMs);
}

void ScreenshotTour::capture(const QString &name)
{
    // The real window as the screen shows it (not a widget render), so styles and palettes are true.
    QScreen *screen = m_wizard->windowHandle() ? m_wizard->windowHandle()->screen() : QGuiApplication::primaryScreen();
    QPixmap shot = screen->grabWindow(m_wizard->winId());
    if (shot.isNull())
        shot = m_wizard->grab();
    const QString path = m_directory.filePath(QStringLiteral("%1%2.png").arg(m_prefix, name));
    if (!shot.save(path))
        qWarning("Could not save %s", qPrintable(path));
}

void ScreenshotTour::fail(const QString &why)
{
    qWarning("Screenshot tour stopped on page %d: %s", m_wizard->currentId(), qPrintable(why));
    emit finished(false);
}

void ScreenshotTour::step()
{
    static const QStringList names{QStringLiteral("1-connect"), QStringLiteral("2-file"),   QStringLiteral("3-mapping"),
                                   QStringLiteral("4-review"),  QStringLiteral("5-import"), QStringLiteral("6-results"),
                                   QStringLiteral("7-history")};
    QWizardPage *page = m_wizard->currentPage();
    const int id = m_wizard->currentId();
    if (id == ImportWizard::FilePageId && !m_fileRequested) {
        m_fileRequested = true;
        static_cast<FilePage *>(page)->usePracticeSample();
    }
    if (id == ImportWizard::ReviewPageId) {
        // First the warning as a newcomer sees it, then confirm the zone as they would.
        auto *review = static_cast<ReviewPage *>(page);
        if (review->isChecking()) {
            m_timer->start(PollMs);
            return;
        }
        if (!m_zoneConfirmed && !review->isComplete()) {
            m_zoneConfirmed = true;
            capture(QStringLiteral("4-review-timezone"));
            if (auto *picker = page->findChild<TimeZonePicker *>())
                picker->setZone(QStringLiteral("Europe/Berlin"));
            if (auto *confirm = page->findChild<QAbstractButton *>(QStringLiteral("confirmZoneButton")))
                confirm->click();
            m_timer->start(SettleMs);
            return;
        }
        // The page itself shows the problems list; the switch must be painted before the grab.
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("reviewTabs"));
        if (tabs && tabs->currentIndex() != 0) {
            tabs->setCurrentIndex(0);
            m_timer->start(SettleMs);
            return;
        }
        // "Before you send" with the preview's cost and counts, as a user who clicks twice sees it.
        auto *preview = page->findChild<QAbstractButton *>(QStringLiteral("previewButton"));
        auto *result = page->findChild<QLabel *>(QStringLiteral("previewResult"));
        if (preview && result && m_previewClicks < 2) {
            if (preview->isEnabled() && (m_previewClicks == 0 || !result->isVisible())) {
                ++m_previewClicks;
                preview->click();
            }
            m_timer->start(SettleMs);
            return;
        }
        if (preview && !preview->isEnabled()) {   // the lookups are still running
            m_timer->start(PollMs);
            return;
        }
    }
    const bool ready = page->isComplete() || id == ImportWizard::ResultsPageId || id == ImportWizard::HistoryPageId;
    if (!ready) {
        m_waitedMs += PollMs;
        if (m_waitedMs > PageTimeoutMs)
            return fail(QStringLiteral("the page did not become complete"));
        m_timer->start(PollMs);
        return;
    }
    if (id == ImportWizard::HistoryPageId && !m_historySettled) {
        // The account's imports arrive over HTTP after the page opens; their columns lay out after that.
        m_historySettled = true;
        m_timer->start(SettleMs * 2);
        return;
    }
    m_waitedMs = 0;
    capture(names.value(id));
    if (id == ImportWizard::HistoryPageId) {
        emit finished(true);
        return;
    }
    if (id == ImportWizard::ResultsPageId) {
        // History is reached from the first page.
        m_wizard->restart();
        if (auto *history = m_wizard->currentPage()->findChild<QAbstractButton *>(QStringLiteral("historyButton")))
            history->click();
    } else {
        m_wizard->next();
    }
    m_timer->start(SettleMs);
}
