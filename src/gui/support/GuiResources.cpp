#include "gui/support/GuiResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initMateoGuiResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace GuiResources {
void ensureLoaded()
{
    static const bool loaded = (initMateoGuiResources(), true);
    Q_UNUSED(loaded);
}
}
