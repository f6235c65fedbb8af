#include "gui/widgets/TargetComboDelegate.h"

#include "gui/models/ColumnMappingModel.h"

#include <QApplication>
#include <QComboBox>
#include <QStyle>

QWidget *TargetComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Import as"));
    const auto *model = qobject_cast<const ColumnMappingModel *>(index.model());
    if (model) {
        for (const TargetChoice &choice : model->choices()) {
            combo->addItem(choice.label, choice.name);
            // The API key is for people who need it (support, profiles): in the tooltip only.
            if (!choice.apiKey.isEmpty())
                combo->setItemData(combo->count() - 1, tr("Sent to Hellomateo as \"%1\"").arg(choice.apiKey),
                                   Qt::ToolTipRole);
        }
    }
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // Commit as soon as a choice is made, so conflicts and Next update at once.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<TargetComboDelegate *>(this)->commitData(combo); });
    return combo;
}

void TargetComboDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(qMax(0, combo->findData(index.data(ColumnMappingModel::TargetNameRole))));
}

void TargetComboDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}

QSize TargetComboDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // Wide enough for the longest choice, so "(own field, date and time)" is never cut off in the combo.
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    const auto *model = qobject_cast<const ColumnMappingModel *>(index.model());
    if (!model)
        return size;
    int widest = 0;
    for (const TargetChoice &choice : model->choices())
        widest = qMax(widest, option.fontMetrics.horizontalAdvance(choice.label));
    const QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    const int arrow = style->pixelMetric(QStyle::PM_ScrollBarExtent) +
                      4 * style->pixelMetric(QStyle::PM_DefaultFrameWidth);
    size.setWidth(qMax(size.width(), widest + arrow + 16));
    return size;
}
