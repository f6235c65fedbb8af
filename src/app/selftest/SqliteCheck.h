#pragma once

#include "app/selftest/SelfCheck.h"

#include <QCoreApplication>

// The QSQLITE driver (a plugin: Debian's libqt6sql6-sqlite) opens an in-memory database. The journal
// and the practice sandbox both need it.
class SqliteCheck : public SelfCheck
{
    Q_DECLARE_TR_FUNCTIONS(SqliteCheck)

public:
    QString name() const override;
    Outcome run() override;
};
