#include "gui/support/PaletteContrast.h"

#include <QApplication>
#include <QPalette>

namespace PaletteContrast {

void apply()
{
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    if (!app)
        return;
    const QPalette p = QApplication::palette();
    if (p.color(QPalette::Window).lightnessF() >= 0.5)
        return;
    const QString ring = p.color(QPalette::Text).darker(130).name();
    const QString dot = p.color(QPalette::Text).name();
    const QString base = p.color(QPalette::Base).name();
    const QString off = p.color(QPalette::Disabled, QPalette::Text).name();
    app->setStyleSheet(
        QStringLiteral("QRadioButton::indicator { width: 12px; height: 12px; border-radius: 7px;"
                       " border: 1px solid %1; background: %3; }"
                       "QRadioButton::indicator:checked { background: qradialgradient(cx:0.5, cy:0.5, radius:0.5,"
                       " fx:0.5, fy:0.5, stop:0 %2, stop:0.45 %2, stop:0.55 %3, stop:1 %3); }"
                       "QRadioButton::indicator:disabled { border-color: %4; }")
            .arg(ring, dot, base, off));
}

}
