#pragma once

#include "app/selftest/SelfCheck.h"

#include <QCoreApplication>

// QuaZip (and zlib) open a tiny embedded .xlsx and the workbook reader reads its first row.
class XlsxCheck : public SelfCheck
{
    Q_DECLARE_TR_FUNCTIONS(XlsxCheck)

public:
    QString name() const override;
    Outcome run() override;
};
