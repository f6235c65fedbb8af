#include "app/cli/CommandLineInterface.h"

#include "app/cli/ExitCode.h"
#include "app/cli/commands/ConvertCommand.h"
#include "app/cli/commands/InspectCommand.h"
#include "app/cli/commands/PreviewCommand.h"
#include "app/cli/commands/ResumeCommand.h"
#include "app/cli/commands/RunCommand.h"
#include "app/cli/commands/StatusCommand.h"
#include "app/cli/commands/ValidateCommand.h"
#include "core/Version.h"

#include <QTextStream>

CommandLineInterface::CommandLineInterface()
{
    m_commands.push_back(std::make_unique<InspectCommand>());
    m_commands.push_back(std::make_unique<ValidateCommand>());
    m_commands.push_back(std::make_unique<ConvertCommand>());
    m_commands.push_back(std::make_unique<PreviewCommand>());
    m_commands.push_back(std::make_unique<RunCommand>());
    m_commands.push_back(std::make_unique<ResumeCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
}

bool CommandLineInterface::wantsCommandLine(const QStringList &arguments)
{
    // arguments[0] is the program. Wizard-only options (--lang) keep the wizard.
    if (arguments.size() < 2)
        return false;
    const QString &first = arguments.at(1);
    return !first.startsWith(QLatin1String("--lang"));
}

int CommandLineInterface::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QString first = arguments.value(1);

    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << MATEO_APP_NAME << ' ' << MATEO_VERSION << Qt::endl;
        return ExitCode::Success;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        out << helpText();
        return ExitCode::Success;
    }
    for (const auto &command : m_commands) {
        if (command->name() == first)
            return command->run(arguments.mid(2));
    }
    err << tr("mateo-import: unknown command \"%1\". Run \"mateo-import --help\" for the list of commands.").arg(first)
        << Qt::endl;
    return ExitCode::UsageOrUnreadableInput;
}

QString CommandLineInterface::helpText() const
{
    QString text = tr("Usage: mateo-import [COMMAND] [OPTIONS]\n\n"
                      "Imports contact spreadsheets (CSV, TXT, XLSX) into Hellomateo.\n"
                      "Without a command, opens the import wizard.\n\n"
                      "Commands:\n");
    for (const auto &command : m_commands)
        text += QStringLiteral("  %1%2\n").arg(command->name(), -10).arg(command->summary());
    text += tr("\nOptions:\n"
               "  --help        show this help\n"
               "  --version     print the version\n"
               "  --self-test   check that this installation works (no display needed)\n"
               "  --lang LANG   open the wizard in this language (de, en)\n\n"
               "Run \"mateo-import COMMAND --help\" for a command's options.\n"
               "Exit codes: 0 success, 1 some rows invalid or failed, 2 usage or unreadable input,\n"
               "3 connection or authentication failure, 75 stopped by the daily quota (resumable).\n");
    return text;
}
