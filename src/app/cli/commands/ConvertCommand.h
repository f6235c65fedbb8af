#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

class ConvertCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConvertCommand)

public:
    QString name() const override { return QStringLiteral("convert"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
