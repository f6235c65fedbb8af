#include "gui/widgets/FailedRowDetail.h"

#include "gui/models/FailedRowModel.h"
#include "gui/support/MessageStyle.h"

#include <QLocale>

FailedRowDetail::FailedRowDetail(QWidget *parent)
    : QTextBrowser(parent)
{
    setAccessibleName(tr("Details of the selected failed row"));
    setOpenLinks(false);
    setPlaceholderText(tr("Select a row to see everything about it."));
}

void FailedRowDetail::showRow(const FailedRowModel *model, int row)
{
    m_row = row;
    if (!model || row < 0 || row >= model->rowCount()) {
        clear();
        return;
    }
    const FailedRow &failed = model->rows().at(row);
    const QList<PlainError> &reasons = model->explanations(row);
    const QPalette p = palette();
    const QString muted = p.color(QPalette::PlaceholderText).name();
    QColor tint = p.color(QPalette::Highlight);
    tint.setAlpha(70);
    const QString line = failed.line > 0 ? tr("Line %1").arg(QLocale().toString(failed.line))
                                         : tr("Line unknown (the server named a row that is not in the file)");
    QString html = QStringLiteral("<p><b>%1</b> &nbsp; %2</p>")
                       .arg(line.toHtmlEscaped(), tr("%n problem(s)", nullptr, int(reasons.size())).toHtmlEscaped());
    for (const PlainError &e : reasons) {
        html += MessageStyle::html(MessageStyle::Kind::Error, e.title, this);
        html += QStringLiteral(
                    "<p style=\"margin-left:22px\">%1<br><b>%2</b> %3<br><span style=\"color:%4\">%5</span></p>")
                    .arg(e.message.toHtmlEscaped(), tr("What to do:").toHtmlEscaped(), e.hint.toHtmlEscaped(), muted,
                         tr("Details for support: %1").arg(e.detail).toHtmlEscaped());
    }
    const QList<int> offending = model->offendingColumns(row);
    if (!failed.cells.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><table cellspacing=\"0\" cellpadding=\"3\">")
                    .arg(tr("The row in the file").toHtmlEscaped());
        const QStringList headers = model->headers();
        for (int c = 0; c < headers.size(); ++c) {
            const bool fix = offending.contains(c);
            const QString style = fix ? QStringLiteral(" style=\"background-color:rgba(%1,%2,%3,%4);font-weight:bold\"")
                                            .arg(tint.red())
                                            .arg(tint.green())
                                            .arg(tint.blue())
                                            .arg(tint.alphaF(), 0, 'f', 2)
                                      : QString();
            html += QStringLiteral("<tr%1><td style=\"color:%2\">%3</td><td>%4</td><td>%5</td></tr>")
                        .arg(style, muted, headers.at(c).toHtmlEscaped(), failed.cells.value(c).toHtmlEscaped(),
                             fix ? tr("to fix").toHtmlEscaped() : QString());
        }
        html += QStringLiteral("</table>");
    }
    setHtml(html);
}
