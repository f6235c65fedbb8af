#pragma once

#include "FailedRow.h"

#include <QDialog>
#include <QJsonObject>

class FailedRowModel;
class QLabel;

// The results of one import as the account holds them (GET /import?id=eq.…): its counts and the
// failed entries with code, message and the contact as sent. Opened from the History page for
// imports not in this computer's journal; rows are shown with the keys that were sent.
class ServerImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ServerImportDialog(const QJsonObject &import, QWidget *parent = nullptr);

    QString importId() const { return m_importId; }
    FailedRowModel *failedModel() const { return m_failed; }
    QString totalsText() const;

    // The failed entries as rows: the sent keys (in first-seen order) become the columns.
    static QList<FailedRow> failedRows(const QJsonObject &import, QStringList *headers);

private:
    QString m_importId;
    FailedRowModel *m_failed;
    QLabel *m_totals;
};
