#pragma once

#include "app/selftest/SelfCheck.h"

#include <QCoreApplication>

// A TLS backend is available: the Hellomateo API is HTTPS only (Qt's OpenSSL plugin loads libssl at
// run time, which no linker dependency shows).
class TlsCheck : public SelfCheck
{
    Q_DECLARE_TR_FUNCTIONS(TlsCheck)

public:
    QString name() const override;
    Outcome run() override;
};
