#include "app/startup/DesktopSession.h"

bool DesktopSession::available()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return true;   // Windows and macOS always have their one platform
#endif
}

QString DesktopSession::missingMessage()
{
    return tr("mateo-import: the wizard needs a desktop session; see `mateo-import --help` for the command line");
}
