#pragma once

#include "CliCommand.h"
#include "InspectColumn.h"
#include "SourceDescription.h"

#include <QCoreApplication>
#include <QJsonObject>

// `mateo-import inspect FILE [--json] [--encoding E] [--delimiter D] [--header-row N] [--sheet S]`:
// how the file was read (encoding, BOM, delimiter, line ending, header row, data rows, warnings)
// and its columns with sample values, as text or as DESIGN.md's JSON. Exit 2 for unusable input.
class InspectCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

    // Hook for the mapping issue: fill suggestedTarget/confidence from the headers (and samples).
    static void suggestTargets(QList<InspectColumn> *columns);

    static QJsonObject toJson(const SourceDescription &description, const QList<InspectColumn> &columns);
    static QString toText(const SourceDescription &description, const QList<InspectColumn> &columns);
};
