#include "app/cli/CommandParser.h"

#include "app/cli/ExitCode.h"

#include <QTextStream>

CommandParser::CommandParser(const QString &command, const QString &description)
    : m_command(command)
{
    m_parser.setApplicationDescription(description);
    m_parser.addHelpOption();
    // Read by main() before the command runs (AppTranslations); accepted here so every command takes it.
    m_parser.addOption(QCommandLineOption(QStringLiteral("lang"),
                                          tr("Write messages in this language (de, en); default: from LANG."),
                                          QStringLiteral("LANG")));
}

void CommandParser::addFile(const QString &description)
{
    m_parser.addPositionalArgument(QStringLiteral("FILE"), description);
}

void CommandParser::addValue(const QString &name, const QString &description, const QString &valueName,
                             const QString &defaultValue)
{
    m_parser.addOption(QCommandLineOption(name, description, valueName, defaultValue));
}

void CommandParser::addFlag(const QString &name, const QString &description)
{
    m_parser.addOption(QCommandLineOption(name, description));
}

bool CommandParser::parse(const QStringList &arguments, int *exitCode)
{
    if (!m_parser.parse(QStringList{QStringLiteral("mateo-import ") + m_command} + arguments)) {
        // Qt's own text says 'frobnicate'; users typed --frobnicate, so name it as typed.
        const QStringList unknown = m_parser.unknownOptionNames();
        const QString reason = unknown.isEmpty() ? m_parser.errorText()
                                                 : tr("unknown option %1")
                                                       .arg((unknown.first().size() == 1 ? QStringLiteral("-")
                                                                                         : QStringLiteral("--")) +
                                                            unknown.first());
        *exitCode = usageError(reason);
        return false;
    }
    if (m_parser.isSet(QStringLiteral("help"))) {
        // Qt names the program by its path; the usage line names the command as users type it.
        QString help = m_parser.helpText();
        const QStringList programArguments = QCoreApplication::arguments();
        const qsizetype program = programArguments.isEmpty() ? -1 : help.indexOf(programArguments.constFirst());
        if (program >= 0 && program < help.indexOf(QLatin1Char('\n')))
            help.replace(program, programArguments.constFirst().size(), QStringLiteral("mateo-import ") + m_command);
        QTextStream(stdout) << help;
        *exitCode = ExitCode::Success;
        return false;
    }
    return true;
}

int CommandParser::usageError(const QString &reason) const
{
    QString text = reason.trimmed();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    QTextStream(stderr) << tr("mateo-import %1: %2. Run \"mateo-import %1 --help\".").arg(m_command, text) << Qt::endl;
    return ExitCode::UsageOrUnreadableInput;
}

void CommandParser::warning(const QString &message) const
{
    QTextStream(stderr) << tr("mateo-import %1: warning: %2").arg(m_command, message.simplified()) << Qt::endl;
}

int CommandParser::inputError(const QString &message) const
{
    QTextStream(stderr) << tr("mateo-import %1: %2").arg(m_command, message.simplified()) << Qt::endl;
    return ExitCode::UsageOrUnreadableInput;
}
