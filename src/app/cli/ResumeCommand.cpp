#include "ResumeCommand.h"

#include "ExitCode.h"

#include <QTextStream>

// PLACEHOLDER: replaced when its issue lands.
QString ResumeCommand::summary() const
{
    return tr("(not available yet)");
}

int ResumeCommand::run(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << tr("mateo-import resume: not available yet in this build.") << Qt::endl;
    return ExitCode::UsageOrUnreadableInput;
}
