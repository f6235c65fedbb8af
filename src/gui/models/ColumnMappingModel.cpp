#include "gui/models/ColumnMappingModel.h"

#include "gui/support/MessageStyle.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QPalette>

ColumnMappingModel::ColumnMappingModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_choices(TargetChoice::standardChoices())
{
}

void ColumnMappingModel::setChoices(const QList<TargetChoice> &choices)
{
    beginResetModel();
    m_choices = choices;
    endResetModel();
}

void ColumnMappingModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
    emit mappingChanged();
}

QStringList ColumnMappingModel::unmappedWithData() const
{
    QStringList headers;
    for (const Row &row : m_rows) {
        if (row.target.isEmpty() && !row.samples.isEmpty())
            headers << row.header;
    }
    return headers;
}

QStringList ColumnMappingModel::targets() const
{
    QStringList list;
    for (const Row &row : m_rows)
        list << row.target;
    return list;
}

void ColumnMappingModel::setTarget(int row, const QString &target)
{
    setData(index(row, TargetColumn), target, Qt::EditRole);
}

const TargetChoice *ColumnMappingModel::choice(const QString &target) const
{
    for (const TargetChoice &c : m_choices) {
        if (c.name == target)
            return &c;
    }
    return nullptr;
}

QString ColumnMappingModel::labelFor(const QString &target) const
{
    const TargetChoice *c = choice(target);
    return c ? c->label : target;
}

bool ColumnMappingModel::hasIdentifier() const
{
    for (const Row &row : m_rows) {
        const TargetChoice *c = choice(row.target);
        if (c && c->identifier)
            return true;
    }
    return false;
}

bool ColumnMappingModel::isConflict(int row) const
{
    const QString target = m_rows.value(row).target;
    const TargetChoice *c = choice(target);
    if (target.isEmpty() || (c && c->combinable))
        return false;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (i != row && m_rows.at(i).target == target)
            return true;
    }
    return false;
}

bool ColumnMappingModel::hasConflicts() const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (isConflict(i))
            return true;
    }
    return false;
}

int ColumnMappingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ColumnMappingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ColumnMappingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    const Row &row = m_rows.at(index.row());
    const bool conflict = isConflict(index.row());
    if (role == TargetNameRole)
        return row.target;
    if (role == ConflictRole)
        return conflict;
    if (role == Qt::BackgroundRole && conflict)
        return QBrush(QColor(220, 60, 60, 90));   // translucent: readable on light and dark palettes
    if (role == Qt::ToolTipRole && conflict)
        return tr("Another column is also imported as \"%1\". Choose a different target for one of them.")
            .arg(labelFor(row.target));
    const bool dataLeftOut = row.target.isEmpty() && !row.samples.isEmpty();
    if (role == Qt::ForegroundRole && dataLeftOut && index.column() == SuggestionColumn)
        return QBrush(MessageStyle::color(MessageStyle::Kind::Warning, QApplication::palette()));
    if (role == Qt::DecorationRole && dataLeftOut && index.column() == SuggestionColumn)
        return MessageStyle::icon(MessageStyle::Kind::Warning);
    if (role == Qt::ToolTipRole && index.column() == TargetColumn) {
        const TargetChoice *c = choice(row.target);
        if (c && !c->apiKey.isEmpty())
            return tr("Sent to Hellomateo as \"%1\"").arg(c->apiKey);
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return QVariant();
    switch (index.column()) {
    case HeaderColumn:
        return row.header;
    case SamplesColumn:
        return row.samples.join(QStringLiteral(" · "));
    case TargetColumn:
        return role == Qt::EditRole ? QVariant(row.target) : QVariant(labelFor(row.target));
    case SuggestionColumn:
        if (!row.note.isEmpty())
            return row.note;
        if (row.suggestion.isEmpty())
            return dataLeftOut ? tr("no suggestion; this column has data that will not be imported")
                               : tr("no suggestion");
        // Confidence in words: a percentage suggests a precision the matcher does not have.
        if (row.confidence >= 0.95)
            return tr("%1 (certain)").arg(labelFor(row.suggestion));
        if (row.confidence >= 0.8)
            return tr("%1 (likely)").arg(labelFor(row.suggestion));
        return tr("%1 (perhaps)").arg(labelFor(row.suggestion));
    }
    return QVariant();
}

bool ColumnMappingModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != TargetColumn || role != Qt::EditRole)
        return false;
    const QString target = value.toString();
    if (!target.isEmpty() && !choice(target))
        return false;
    if (m_rows[index.row()].target == target)
        return true;
    m_rows[index.row()].target = target;
    // A change can create or clear conflicts on other rows too.
    emit dataChanged(this->index(0, 0), this->index(rowCount() - 1, ColumnCount - 1));
    emit mappingChanged();
    return true;
}

Qt::ItemFlags ColumnMappingModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TargetColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ColumnMappingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case HeaderColumn:
        return tr("Column in the file");
    case SamplesColumn:
        return tr("Sample values");
    case TargetColumn:
        return tr("Import as");
    case SuggestionColumn:
        return tr("Suggestion");
    }
    return QVariant();
}
