#pragma once

// On a dark palette Fusion draws a radio button's ring in the window colour darkened, which nearly
// disappears (issue 16: "radio buttons nearly invisible in the dark palette"). apply() gives the
// indicators a ring in the palette's text colour when the application palette is dark, and does
// nothing on a light one (the style's own look stays).
namespace PaletteContrast {
void apply();
}
