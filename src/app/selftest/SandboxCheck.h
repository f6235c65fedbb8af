#pragma once

#include "app/selftest/SelfCheck.h"

#include <QCoreApplication>

// The bundled `mateo-sandbox` (practice mode) starts where the wizard looks for it and answers an
// Import API request: 401 for a request without an API key, as the real API does.
class SandboxCheck : public SelfCheck
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCheck)

public:
    QString name() const override;
    Outcome run() override;
};
