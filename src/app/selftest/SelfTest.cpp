#include "app/selftest/SelfTest.h"

#include "app/selftest/EncodingDetectionCheck.h"
#include "app/selftest/PhoneNumberCheck.h"
#include "app/selftest/PlatformPluginCheck.h"
#include "app/selftest/SandboxCheck.h"
#include "app/selftest/SqliteCheck.h"
#include "app/selftest/TlsCheck.h"
#include "app/selftest/TranslationsCheck.h"
#include "app/selftest/XlsxCheck.h"
#include "core/Version.h"

#include <QTextStream>

SelfTest::SelfTest()
{
    m_checks.push_back(std::make_unique<PlatformPluginCheck>());
    m_checks.push_back(std::make_unique<SqliteCheck>());
    m_checks.push_back(std::make_unique<TlsCheck>());
    m_checks.push_back(std::make_unique<PhoneNumberCheck>());
    m_checks.push_back(std::make_unique<EncodingDetectionCheck>());
    m_checks.push_back(std::make_unique<XlsxCheck>());
    m_checks.push_back(std::make_unique<TranslationsCheck>());
    m_checks.push_back(std::make_unique<SandboxCheck>());
}

int SelfTest::run()
{
    QTextStream out(stdout);
    out << tr("%1 %2 self-test").arg(QStringLiteral(MATEO_APP_NAME), QStringLiteral(MATEO_VERSION)) << Qt::endl;
    int failed = 0;
    for (const auto &check : m_checks) {
        const SelfCheck::Outcome outcome = check->run();
        if (!outcome.passed)
            ++failed;
        // "ok"/"FAIL" stay untranslated so scripts and support can read every language's output.
        out << (outcome.passed ? QStringLiteral("ok    ") : QStringLiteral("FAIL  ")) << check->name()
            << QStringLiteral(": ") << outcome.detail << Qt::endl;
    }
    if (failed == 0)
        out << tr("All %n checks passed.", nullptr, int(m_checks.size())) << Qt::endl;
    else
        out << tr("%n check(s) failed.", nullptr, failed) << Qt::endl;
    return failed == 0 ? 0 : 1;
}
