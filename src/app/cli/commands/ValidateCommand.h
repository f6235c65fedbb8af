#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

class ValidateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ValidateCommand)

public:
    QString name() const override { return QStringLiteral("validate"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
