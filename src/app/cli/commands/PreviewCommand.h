#pragma once

#include "app/cli/CliCommand.h"

#include <QCoreApplication>

class PreviewCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PreviewCommand)

public:
    QString name() const override { return QStringLiteral("preview"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;
};
