#pragma once

#include <QString>

// The portable edition (the Windows ZIP, or any copy the user marks): when a file named `.portable`
// lies beside the executable, settings and the import journal live in that folder (`settings/`,
// `data/`) instead of the user's profile, so the whole app moves on a USB stick. The API key stays
// in the OS keychain.
class PortableMode
{
public:
    // Call once after the Q(Core)Application exists and before any QSettings or journal is opened.
    // Returns the folder used, or an empty string when no marker is present.
    static QString applyIfMarked();
};
