#pragma once

#include <QWizard>

// The import wizard: connect, file, mapping, review, import, results, history.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { ConnectPageId, FilePageId, MappingPageId, ReviewPageId, ImportPageId, ResultsPageId, HistoryPageId };

    explicit ImportWizard(QWidget *parent = nullptr);
};
