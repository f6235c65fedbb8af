#include "InspectCommand.h"

#include "ExitCode.h"

#include <QTextStream>

// PLACEHOLDER: replaced when its issue lands.
QString InspectCommand::summary() const
{
    return tr("(not available yet)");
}

int InspectCommand::run(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << tr("mateo-import inspect: not available yet in this build.") << Qt::endl;
    return ExitCode::UsageOrUnreadableInput;
}
