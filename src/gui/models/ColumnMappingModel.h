#pragma once

#include "gui/widgets/TargetChoice.h"

#include <QAbstractTableModel>
#include <QStringList>

// The Mapping page's table: one row per source column with its header, sample values, the chosen
// target (editable), the suggestion and its confidence. Two columns on one single-valued target are
// a conflict and shown as such; several columns on a combinable target are combined.
class ColumnMappingModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { HeaderColumn, SamplesColumn, TargetColumn, SuggestionColumn, ColumnCount };
    enum Role { TargetNameRole = Qt::UserRole + 1, ConflictRole };

    struct Row
    {
        QString header;
        QStringList samples;
        QString target;   // target name, empty = not imported
        QString suggestion;   // suggested target name, empty = none
        double confidence = 0.0;   // 0..1
        QString note;   // why there is no suggestion, e.g. a conflict with another column
    };

    explicit ColumnMappingModel(QObject *parent = nullptr);

    void setChoices(const QList<TargetChoice> &choices);
    QList<TargetChoice> choices() const { return m_choices; }
    void setRows(const QList<Row> &rows);
    QList<Row> rows() const { return m_rows; }
    QStringList targets() const;
    // Headers of columns that have values in the file but are not imported (pointed out to the user).
    QStringList unmappedWithData() const;
    void setTarget(int row, const QString &target);

    bool hasIdentifier() const;
    bool hasConflicts() const;
    bool isConflict(int row) const;
    QString labelFor(const QString &target) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void mappingChanged();

private:
    const TargetChoice *choice(const QString &target) const;

    QList<TargetChoice> m_choices;
    QList<Row> m_rows;
};
