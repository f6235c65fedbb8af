#include "ConvertCommand.h"

#include "ExitCode.h"

#include <QTextStream>

// PLACEHOLDER: replaced when its issue lands.
QString ConvertCommand::summary() const
{
    return tr("(not available yet)");
}

int ConvertCommand::run(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    QTextStream(stderr) << tr("mateo-import convert: not available yet in this build.") << Qt::endl;
    return ExitCode::UsageOrUnreadableInput;
}
