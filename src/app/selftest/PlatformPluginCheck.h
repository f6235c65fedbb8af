#pragma once

#include "app/selftest/SelfCheck.h"

#include <QCoreApplication>

// The Qt platform plugin loads: a child `mateo-import --self-test-platform` opens a QApplication on
// the offscreen platform. A child, because a platform plugin that fails to load aborts the process.
class PlatformPluginCheck : public SelfCheck
{
    Q_DECLARE_TR_FUNCTIONS(PlatformPluginCheck)

public:
    static constexpr const char *probeArgument = "--self-test-platform";

    QString name() const override;
    Outcome run() override;

    // The child's side: builds a QApplication with a window, prints the platform name, returns 0.
    static int runProbe(int argc, char **argv);
};
