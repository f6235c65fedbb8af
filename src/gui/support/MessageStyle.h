#pragma once

#include <QColor>
#include <QIcon>
#include <QString>

class QLabel;
class QPalette;
class QWidget;

// Errors and warnings look like errors and warnings: an icon and a colour that read on light and dark
// palettes alike (the colour is picked against the window colour, not hard-coded for white), never
// plain black text. Used for every message label of the wizard.
namespace MessageStyle {

enum class Kind { Error, Warning, Info, Success };

QColor color(Kind kind, const QPalette &palette);
QIcon icon(Kind kind);
// Rich text: the icon (inline image) and the text (escaped, coloured). `text` is plain text; line breaks stay.
QString html(Kind kind, const QString &text, const QWidget *context);
// Shows `text` on `label` with the icon and colour of `kind` (hides the label when text is empty).
void show(QLabel *label, Kind kind, const QString &text);

}
