#pragma once

#include <QDir>
#include <QObject>
#include <QStringList>

class ImportWizard;
class QTimer;

// Walks the real wizard through the practice flow and saves a PNG of the window on every page
// (docs/take-screenshots.sh runs it under Xvfb). Enabled only by the MATEO_SCREENSHOT_DIR
// environment variable; never part of normal use.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(ImportWizard *wizard, const QString &directory, const QString &prefix);

    static QString directoryFromEnvironment();
    // MATEO_SCREENSHOT_DARK=1: a dark Fusion palette, to check that nothing assumes a light one.
    static void applyThemeFromEnvironment();
    void start();

signals:
    void finished(bool ok);

private:
    void step();
    void capture(const QString &name);
    void fail(const QString &why);

    ImportWizard *m_wizard;
    QDir m_directory;
    QString m_prefix;
    QTimer *m_timer;
    int m_stage = 0;
    int m_waitedMs = 0;
    bool m_fileRequested = false;
    bool m_zoneConfirmed = false;
    bool m_historySettled = false;
    int m_previewClicks = 0;   // Review: "Preview changes" shows the cost, then runs
};
