#include "ValidateCommand.h"

#include "ExitCode.h"

#include <QTextStream>

// PLACEHOLDER: replaced when its issue lands.
QString ValidateCommand::summary() const
{
    return tr("(not available yet)");
}

int ValidateCommand::run(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << tr("mateo-import validate: not available yet in this build.") << Qt::endl;
    return ExitCode::UsageOrUnreadableInput;
}
