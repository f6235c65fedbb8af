#pragma once

#include "core/failedrows/FailedRow.h"

#include <QDialog>
#include <QJsonObject>

class FailedRowModel;
class QLabel;

// The results of one import as the account holds them (GET /import?id=eq.…): its counts and the
// failed entries with code, message and the contact as sent. Opened from the History page. For an
// import sent from this computer the journal knows the rows it carried: pass them (source columns,
// lines and cells, matched by FailedRowMatcher); otherwise rows show the keys that were sent.
class ServerImportDialog : public QDialog
{
    Q_OBJECT

public:
    struct SourceRows
    {
        QString fileName;   // empty: the import is not in this computer's journal
        QStringList headers;
        QList<FailedRow> rows;
    };

    explicit ServerImportDialog(const QJsonObject &import, const SourceRows &source = {}, QWidget *parent = nullptr);

    QString importId() const { return m_importId; }
    FailedRowModel *failedModel() const { return m_failed; }
    QString totalsText() const;

    // The failed entries as rows: the sent keys (in first-seen order) become the columns.
    static QList<FailedRow> failedRows(const QJsonObject &import, QStringList *headers);
    // Fills each row's cells from the object it sent; returns the keys (first-seen order) as columns.
    static QStringList cellsFromInput(QList<FailedRow> *rows);

private:
    QString m_importId;
    FailedRowModel *m_failed;
    QLabel *m_totals;
};
