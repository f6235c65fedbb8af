#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

class ResumeCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResumeCommand)

public:
    QString name() const override { return QStringLiteral("resume"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
