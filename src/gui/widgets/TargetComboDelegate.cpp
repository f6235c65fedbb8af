#include "gui/widgets/TargetComboDelegate.h"

#include "gui/models/ColumnMappingModel.h"

#include <QComboBox>

QWidget *TargetComboDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                           const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Import as"));
    const auto *model = qobject_cast<const ColumnMappingModel *>(index.model());
    if (model) {
        for (const TargetChoice &choice : model->choices())
            combo->addItem(choice.label, choice.name);
    }
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
