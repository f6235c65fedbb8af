#include "StatusCommand.h"

#include "ExitCode.h"

#include <QTextStream>

// PLACEHOLDER: replaced when its issue lands.
QString StatusCommand::summary() const
{
    return tr("(not available yet)");
}

int StatusCommand::run(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << tr("mateo-import status: not available yet in this build.") << Qt::endl;
    return ExitCode::UsageOrUnreadableInput;
}
