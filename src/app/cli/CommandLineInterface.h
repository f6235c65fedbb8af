#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

// The headless front end: `mateo-import SUBCOMMAND ...`, `--help`, `--version`.
class CommandLineInterface
{
    Q_DECLARE_TR_FUNCTIONS(CommandLineInterface)

public:
    CommandLineInterface();

    // True when these arguments ask for the command line instead of the wizard.
    static bool wantsCommandLine(const QStringList &arguments);

    int run(const QStringList &arguments);

private:
    QString helpText() const;
    std::vector<std::unique_ptr<CliCommand>> m_commands;
};
