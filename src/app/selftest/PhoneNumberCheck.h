#pragma once

#include "app/selftest/SelfCheck.h"

#include <QCoreApplication>

// libphonenumber (and its metadata) formats a German mobile number to E.164, through libphonenumber's
// own Parse + IsValidNumber path rather than the fast path compiled from its metadata.
class PhoneNumberCheck : public SelfCheck
{
    Q_DECLARE_TR_FUNCTIONS(PhoneNumberCheck)

public:
    QString name() const override;
    Outcome run() override;
};
