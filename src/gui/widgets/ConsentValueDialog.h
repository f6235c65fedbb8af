#pragma once

#include "core/mapping/MappingProfile.h"
#include "core/source/RecordSource.h"
#include "gui/models/ColumnValueCounter.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QThreadPool>

#include <atomic>
#include <memory>

class ConsentValueModel;
class QComboBox;
class QLabel;
class QTableView;

// The consent value table of the channel columns: what each value in the file means (accepted,
// declined, requested), pre-filled with the standard words, with the values actually found in the
// column and their row counts; unrecognised ones are highlighted. Saved into the column's "values"
// in the mapping profile, so the Review page checks with it and the CLI reads the same profile.
class ConsentValueDialog : public QDialog
{
    Q_OBJECT

public:
    // `profile` is the mapping as it stands; `header` the channel column to show first.
    ConsentValueDialog(const MappingProfile &profile, std::shared_ptr<const RecordSource> source, const QString &header,
                       QWidget *parent = nullptr);
    ~ConsentValueDialog() override;

    // The profile with the edited tables (valid after accept()).
    MappingProfile profile() const { return m_profile; }
    ConsentValueModel *model() const { return m_model; }
    QString currentHeader() const;
    bool isCounting() const { return m_watcher.isRunning(); }

    void accept() override;

signals:
    void countsShown();   // the values found in the current column are listed

private:
    void showColumn();
    void storeColumn();
    void finishCount();
    void updateSummary();

    MappingProfile m_profile;
    std::shared_ptr<const RecordSource> m_source;
    ConsentValueModel *m_model;
    QComboBox *m_columnCombo;
    QTableView *m_view;
    QLabel *m_summary;
    QString m_shownHeader;
    QThreadPool m_pool;   // the count's own worker, at background priority
    QFutureWatcher<ColumnValueCounter::Result> m_watcher;
    std::shared_ptr<std::atomic_bool> m_cancel;
    bool m_truncated = false;
};
