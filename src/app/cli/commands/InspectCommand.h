#pragma once

#include "app/cli/CliCommand.h"
#include "app/cli/commands/InspectColumn.h"
#include "core/mapping/FieldCatalog.h"
#include "core/source/SourceDescription.h"

#include <QCoreApplication>
#include <QJsonObject>

// `mateo-import inspect FILE [--json] [--encoding E] [--delimiter D] [--header-row N] [--sheet S]
// [--catalog FIELDS.json]`: how the file was read (encoding, BOM, delimiter, line ending, header
// row, data rows, warnings) and its columns with sample values, as text or as the JSON of docs/architecture.md.
// A failed-rows export read back in shows its data columns only, with the formula guard removed,
// exactly as `run`, `validate` and `convert` read it. Exit 2 for unusable input.
class InspectCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)

public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString summary() const override;
    int run(const QStringList &arguments) override;

    // Fill suggestedTarget/confidence from the headers and samples; custom fields and channels
    // come from `catalog` (--catalog), standard fields always.
    static void suggestTargets(QList<InspectColumn> *columns, const FieldCatalog &catalog = FieldCatalog());

    static QJsonObject toJson(const SourceDescription &description, const QList<InspectColumn> &columns);
    static QString toText(const SourceDescription &description, const QList<InspectColumn> &columns);
};
