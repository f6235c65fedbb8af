#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

class RunCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RunCommand)

public:
    QString name() const override { return QStringLiteral("run"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
