#pragma once

#include "app/selftest/SelfCheck.h"

#include <QCoreApplication>

#include <memory>
#include <vector>

// `mateo-import --self-test`: checks that an installed copy has every piece it needs (Qt plugins,
// TLS, libphonenumber, uchardet, QuaZip, translations, the bundled sandbox) without a display.
// Prints one line per check and returns 0 when all pass, 1 otherwise. The packages are tested with it
// (packaging/test-packages.sh).
class SelfTest
{
    Q_DECLARE_TR_FUNCTIONS(SelfTest)

public:
    SelfTest();
    int run();

private:
    std::vector<std::unique_ptr<SelfCheck>> m_checks;
};
