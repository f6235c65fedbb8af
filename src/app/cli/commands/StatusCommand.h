#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

class StatusCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
