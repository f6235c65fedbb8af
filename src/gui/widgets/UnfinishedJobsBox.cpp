#include "gui/widgets/UnfinishedJobsBox.h"

#include "core/journal/ImportJournal.h"
#include "gui/models/JournalJobModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

UnfinishedJobsBox::UnfinishedJobsBox(QWidget *parent)
    : QGroupBox(parent)
    , m_jobs(new JournalJobModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
    , m_resume(new QPushButton(this))
{
    setTitle(tr("Unfinished imports"));
    // The object names are what tests and accessibility tools find them by.
    m_view->setObjectName(QStringLiteral("resumeView"));
    m_view->setAccessibleName(tr("Unfinished imports"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setModel(m_jobs);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(JournalJobModel::DestinationColumn, QHeaderView::Stretch);
    m_status->setObjectName(QStringLiteral("resumeStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Resume status"));
    m_resume->setObjectName(QStringLiteral("resumeButton"));
    m_resume->setText(tr("Res&ume the selected import"));
    m_resume->setAccessibleName(tr("Resume the selected import"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view);
    layout->addWidget(m_status);
    layout->addWidget(m_resume);
    setVisible(false);

    connect(m_resume, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid())
            emit resumeRequested(current.siblingAtColumn(0).data(JournalJobModel::JobIdRole).toString());
    });
}

void UnfinishedJobsBox::reload()
{
    ImportJournal journal;
    QString error;
    if (!journal.open(&error)) {
        m_jobs->setEntries({});
        setVisible(true);
        m_resume->setEnabled(false);
        m_status->setText(error);
        return;
    }
    m_jobs->reload(journal, true);
    setVisible(m_jobs->rowCount() > 0);
    m_resume->setEnabled(m_jobs->rowCount() > 0);
    if (m_jobs->rowCount() > 0 && !m_view->currentIndex().isValid())
        m_view->setCurrentIndex(m_jobs->index(0, 0));
    m_view->resizeColumnsToContents();
}

void UnfinishedJobsBox::setStatus(const QString &text)
{
    m_status->setText(text);
}

void UnfinishedJobsBox::setResumeEnabled(bool enabled)
{
    m_resume->setEnabled(enabled);
}

void UnfinishedJobsBox::placeInTabOrder(QWidget *before, QWidget *after)
{
    QWidget::setTabOrder(before, m_view);
    QWidget::setTabOrder(m_view, m_resume);
    QWidget::setTabOrder(m_resume, after);
}
