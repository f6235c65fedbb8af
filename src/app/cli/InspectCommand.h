#pragma once

#include "CliCommand.h"

#include <QCoreApplication>

class InspectCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
