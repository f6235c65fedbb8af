#include "gui/widgets/RestoreSessionBanner.h"

#include "gui/support/SavedSession.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

RestoreSessionBanner::RestoreSessionBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore"), this))
    , m_fresh(new QPushButton(tr("Start &fresh"), this))
{
    setObjectName(QStringLiteral("restoreSessionBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("restoreSessionText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_restore->setObjectName(QStringLiteral("restoreSessionButton"));
    m_fresh->setObjectName(QStringLiteral("startFreshButton"));
    m_restore->setAccessibleName(tr("Restore the unfinished work"));
    m_fresh->setAccessibleName(tr("Start fresh and forget the unfinished work"));
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_restore);
    layout->addWidget(m_fresh);
    connect(m_restore, &QPushButton::clicked, this, &RestoreSessionBanner::restoreRequested);
    connect(m_fresh, &QPushButton::clicked, this, &RestoreSessionBanner::startFreshRequested);
    hide();
}

void RestoreSessionBanner::offer(const SavedSession &session)
{
    const QLocale locale;
    const QString when = locale.toString(session.savedAt.toLocalTime(), QLocale::ShortFormat);
    const QString file = QFileInfo(session.filePath).fileName();
    const int fixes = int(session.corrections.size());
    QString text = tr("The wizard was not closed last time. Your work on \"%1\" from %2 was kept: the file, "
                      "how it is read and its mapping.")
                       .arg(file, when);
    if (fixes > 0)
        text += QLatin1Char(' ') + tr("It includes %n fix(es) you typed.", nullptr, fixes);
    m_text->setText(text);
    show();
}
