#pragma once

#include "core/preview/RowPrediction.h"

#include <QCoreApplication>
#include <QString>

// What an import may do to the account (docs/engine.md "Import modes"), decided per row from the
// preview before anything is sent. A row the mode keeps back, and a row the service would refuse
// (a conflict), goes to the failed rows with a plain reason and is never sent.
class ImportMode
{
    Q_DECLARE_TR_FUNCTIONS(ImportMode)

public:
    enum class Kind {
        CreateAndUpdate,   // the service's upsert, the default
        CreateOnly,   // rows that match a contact are skipped
        UpdateOnly   // rows that match no contact are skipped
    };

    Kind kind = Kind::CreateAndUpdate;
    bool skipUnchanged = false;   // rows whose values are all stored already are not sent (saves quota)

    // "create-and-update", "create-only", "update-only"; false for anything else.
    static bool parse(const QString &name, Kind *kind);
    static QString name(Kind kind);
    // Whether this mode needs the preview (create-and-update without skip-unchanged does not).
    bool needsPreview() const { return kind != Kind::CreateAndUpdate || skipUnchanged; }

    struct Decision
    {
        bool send = true;
        QString code;   // when !send: skipped_exists, skipped_new, skipped_unchanged, conflict
        QString reason;   // when !send: translated, for the failed-rows table
    };
    Decision decide(const RowPrediction &prediction) const;
};
