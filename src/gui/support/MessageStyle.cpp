#include "gui/support/MessageStyle.h"

#include <QApplication>
#include <QBuffer>
#include <QLabel>
#include <QPalette>
#include <QPixmap>
#include <QStyle>

namespace MessageStyle {

namespace {
bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5;
}
}

QColor color(Kind kind, const QPalette &palette)
{
    // Two shades per kind: deep on light windows, bright on dark ones (both above 4.5:1 contrast).
    const bool dark = isDark(palette);
    switch (kind) {
    case Kind::Error:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    case Kind::Warning:
        return dark ? QColor(0xff, 0xd1, 0x66) : QColor(0x8a, 0x4b, 0x00);
    case Kind::Success:
        return dark ? QColor(0x81, 0xe6, 0x9a) : QColor(0x1b, 0x6e, 0x20);
    case Kind::Info:
        break;
    }
    return palette.color(QPalette::WindowText);
}

QIcon icon(Kind kind)
{
    QStyle *style = QApplication::style();
    switch (kind) {
    case Kind::Error:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Kind::Warning:
        return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case Kind::Success:
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Kind::Info:
        break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxInformation);
}

QString html(Kind kind, const QString &text, const QWidget *context)
{
    const QPalette palette = context ? context->palette() : QApplication::palette();
    const int size = context ? context->fontMetrics().height() : 16;
    const qreal ratio = context ? context->devicePixelRatioF() : 1.0;
    QPixmap pixmap = icon(kind).pixmap(QSize(size, size), ratio);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    pixmap.save(&buffer, "PNG");
    QString body = text.toHtmlEscaped();
    body.replace(QLatin1Char('\n'), QLatin1String("<br>"));
    return QStringLiteral(
               "<table cellspacing=\"0\" cellpadding=\"0\"><tr><td valign=\"top\" style=\"padding-right:6px\">"
               "<img src=\"data:image/png;base64,%1\" width=\"%2\" height=\"%2\"></td>"
               "<td style=\"color:%3\">%4</td></tr></table>")
        .arg(QString::fromLatin1(png.toBase64()))
        .arg(size)
        .arg(color(kind, palette).name(), body);
}

void show(QLabel *label, Kind kind, const QString &text)
{
    label->setVisible(!text.isEmpty());
    label->setTextFormat(Qt::RichText);
    label->setText(text.isEmpty() ? QString() : html(kind, text, label));
    // Screen readers and tests read the words, not the markup.
    label->setAccessibleDescription(text);
}

}
