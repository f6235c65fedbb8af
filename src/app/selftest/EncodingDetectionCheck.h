#pragma once

#include "app/selftest/SelfCheck.h"

#include <QCoreApplication>

// uchardet detects a Windows-1252 sample (the encoding German Excel exports are written in): the
// library and its language models are present.
class EncodingDetectionCheck : public SelfCheck
{
    Q_DECLARE_TR_FUNCTIONS(EncodingDetectionCheck)

public:
    QString name() const override;
    Outcome run() override;
};
