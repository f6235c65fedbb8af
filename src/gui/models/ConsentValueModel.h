#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QJsonObject>
#include <QList>

// The consent value table of one channel column, as the dialog edits it: every word the table
// knows (the defaults, the profile's words, the column's own) and every value found in the column
// with how many rows carry it. Found values without a meaning are "unmapped": their rows would be
// handed back as invalid_consent, so they are highlighted and counted.
class ConsentValueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ValueColumn, RowsColumn, MeaningColumn, ColumnCount };
    enum Role { StateRole = Qt::UserRole + 1, UnmappedRole };

    struct Entry
    {
        QString text;   // as first seen in the file, or the table's word
        qint64 rows = -1;   // rows in the file with this value; -1 = not in the file
        QString state;   // accepted | declined | requested; empty = not recognised
        QString baseState;   // what the table said before this dialog
    };

    explicit ConsentValueModel(QObject *parent = nullptr);

    // Case-folded text -> state: `base` without the column's own words (defaults plus the profile's
    // "consent_values"), `current` with them. Only differences are saved back to the column.
    void setTable(const QHash<QString, QString> &base, const QHash<QString, QString> &current);
    // Distinct cell values (original text -> rows); empty text counts the empty cells.
    void setCounts(const QList<QPair<QString, qint64>> &counts);

    // The column's "values" object to save: only words whose meaning differs from the base table.
    QJsonObject columnValues() const;
    int unmappedCount() const;   // distinct found values without a meaning
    qint64 unmappedRows() const;   // rows carrying them
    qint64 emptyRows() const { return m_emptyRows; }
    int rowOf(const QString &text) const;   // case and space insensitive; -1 if absent

    static QString stateLabel(const QString &state);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void tableChanged();

private:
    static QString key(const QString &text) { return text.trimmed().toCaseFolded(); }
    void sortEntries();

    QList<Entry> m_entries;
    qint64 m_emptyRows = 0;
};
