#pragma once

#include <QString>
#include <QStringList>

// One `mateo-import <subcommand>`: parses its own arguments and returns an ExitCode.
// Commands write results to stdout and one-line reasons to stderr, never to a window.
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;   // one line for `mateo-import --help`
    virtual int run(const QStringList &arguments) = 0;   // arguments after the subcommand name
};
