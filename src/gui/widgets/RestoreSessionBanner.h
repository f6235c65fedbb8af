#pragma once

#include <QFrame>

struct SavedSession;
class QLabel;
class QPushButton;

// The offer on the first page after the wizard ended without being closed (a crash, a kill, the
// computer switched off): "Restore" brings back the file, its mapping and the fixes; "Start fresh"
// forgets them. Not a modal question, so nothing the user does on the page is blocked by it.
class RestoreSessionBanner : public QFrame
{
    Q_OBJECT

public:
    explicit RestoreSessionBanner(QWidget *parent = nullptr);

    // Says what would come back; the banner shows itself.
    void offer(const SavedSession &session);

signals:
    void restoreRequested();
    void startFreshRequested();

private:
    QLabel *m_text;
    QPushButton *m_restore;
    QPushButton *m_fresh;
};
