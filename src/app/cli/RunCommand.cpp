#include "RunCommand.h"

#include "ExitCode.h"

#include <QTextStream>

// PLACEHOLDER: replaced when its issue lands.
QString RunCommand::summary() const
{
    return tr("(not available yet)");
}

int RunCommand::run(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << tr("mateo-import run: not available yet in this build.") << Qt::endl;
    return ExitCode::UsageOrUnreadableInput;
}
