#include "gui/widgets/ConsentStateDelegate.h"

#include "core/mapping/ConsentTable.h"
#include "gui/models/ConsentValueModel.h"

#include <QComboBox>

QWidget *ConsentStateDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const
{
    auto *combo = new QComboBox(parent);
    combo->setAccessibleName(tr("Meaning"));
    for (const QString &state : ConsentTable::states())
        combo->addItem(ConsentValueModel::stateLabel(state), state);
    // Commit as soon as a choice is made, so the highlight and the count update at once.
    connect(combo, &QComboBox::activated, this,
            [this, combo] { emit const_cast<ConsentStateDelegate *>(this)->commitData(combo); });
    return combo;
}

void ConsentStateDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    const int current = combo->findData(index.data(ConsentValueModel::StateRole));
    // An unrecognised value opens on "requested": the safe choice (it asks the contact again).
    combo->setCurrentIndex(current >= 0 ? current : combo->findData(QStringLiteral("requested")));
}

void ConsentStateDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    model->setData(index, combo->currentData(), Qt::EditRole);
}
