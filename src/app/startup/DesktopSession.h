#pragma once

#include <QCoreApplication>

// Whether the wizard can open a window here. On Linux and the BSDs a window needs an X11 or Wayland
// session (DISPLAY / WAYLAND_DISPLAY) unless QT_QPA_PLATFORM chooses a platform; without one Qt would
// abort with a plugin message, so main() says what to do instead (exit code 2, like a usage error).
class DesktopSession
{
    Q_DECLARE_TR_FUNCTIONS(DesktopSession)

public:
    static bool available();
    static QString missingMessage();   // one line, translated
};
