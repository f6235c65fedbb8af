#pragma once

#include "app/selftest/SelfCheck.h"

#include <QCoreApplication>

// The embedded German and English translations load; Qt's own German strings (standard buttons,
// file dialog) are reported too, but their absence does not fail (they come from the system's Qt).
class TranslationsCheck : public SelfCheck
{
    Q_DECLARE_TR_FUNCTIONS(TranslationsCheck)

public:
    QString name() const override;
    Outcome run() override;
};
