#pragma once

#include <QGroupBox>

class JournalJobModel;
class QLabel;
class QPushButton;
class QTableView;

// The Connect page's list of unfinished journal jobs (crash, kill, quota, closed window) with a
// button to resume the selected one. Shown only while there is something to resume or the journal
// could not be read. Asks for nothing itself: resumeRequested() names the job, and the page finds
// its connection and key.
class UnfinishedJobsBox : public QGroupBox
{
    Q_OBJECT

public:
    explicit UnfinishedJobsBox(QWidget *parent = nullptr);

    JournalJobModel *jobs() const { return m_jobs; }
    // Reads the unfinished jobs from the journal again (keeps the selection where it can).
    void reload();
    // A line under the list: what is missing to resume, or why it could not be.
    void setStatus(const QString &text);
    // While a resume waits for the keychain, the button cannot start a second one.
    void setResumeEnabled(bool enabled);
    // Tab goes before → the list → the button → after.
    void placeInTabOrder(QWidget *before, QWidget *after);

signals:
    void resumeRequested(const QString &jobId);

private:
    JournalJobModel *m_jobs;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_resume;
};
