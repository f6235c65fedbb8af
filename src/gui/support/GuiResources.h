#pragma once

// The GUI library's embedded resources (icons, practice sample) are compiled into a static
// library, so they must be registered explicitly before first use. Safe to call repeatedly.
namespace GuiResources {
void ensureLoaded();
}
