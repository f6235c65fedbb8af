#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

// The one argument parser of every `mateo-import <command>` (QCommandLineParser underneath), so
// all six commands accept the same forms (`--opt VALUE`, `--opt=VALUE`, `-h`/`--help`) and word
// their usage errors the same way: one line on stderr that names the command and says what to do
// next, exit code 2 (docs/architecture.md, "Command line").
class CommandParser
{
    Q_DECLARE_TR_FUNCTIONS(CommandParser)

public:
    CommandParser(const QString &command, const QString &description);

    void addFile(const QString &description);   // the one positional FILE
    void addValue(const QString &name, const QString &description, const QString &valueName,
                  const QString &defaultValue = QString());
    void addFlag(const QString &name, const QString &description);
    QCommandLineParser &parser() { return m_parser; }

    // Parses the arguments after the command name. True: go on. False: the command is done and
    // returns *exitCode (0 after --help was printed, 2 after a usage error was printed).
    bool parse(const QStringList &arguments, int *exitCode);

    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    QStringList files() const { return m_parser.positionalArguments(); }
    QString command() const { return m_command; }

    // "mateo-import validate: <reason>. Run "mateo-import validate --help"." on stderr; returns 2.
    int usageError(const QString &reason) const;
    // "mateo-import validate: <message>" on stderr (an input that cannot be read); returns 2.
    int inputError(const QString &message) const;
    // "mateo-import <command>: warning: <message>" on stderr; the command goes on.
    void warning(const QString &message) const;

private:
    QString m_command;
    QCommandLineParser m_parser;
};
