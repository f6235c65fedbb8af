#pragma once

#include <QTextBrowser>

class FailedRowModel;

// The pane under the Results table: everything about one failed row a person needs to fix it or
// hand it to support — each reason's whole message, what to do, the raw server words, the source
// line, and the row's cells under the file's headers with the cells to fix highlighted.
class FailedRowDetail : public QTextBrowser
{
    Q_OBJECT

public:
    explicit FailedRowDetail(QWidget *parent = nullptr);

    // `row` is a row of `model` (a source row, not a proxy row); -1 clears the pane.
    void showRow(const FailedRowModel *model, int row);
    int shownRow() const { return m_row; }

private:
    int m_row = -1;
};
