#pragma once

#include "core/api/ScheduleSearch.h"
#include "ui/common/Workspace.h"

#include <QCheckBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <memory>
#include <optional>

namespace portone {

class ErrorPanel;
class ScheduleActions;
class ScheduleRangeForm;
class ScheduleTableModel;

// Schedules: every customer's scheduled payments in a range of days and a status, listed page
// by page into a sortable table (ScheduleSearch: 3-month windows, pages of 1000) with progress,
// Cancel and a running count. "Export CSV…" writes what is listed, in the table's order; after
// a cancelled or failed listing the file is named and reported as incomplete. A profile switch
// ends a listing without a word and clears the table. The actions bar under the table acts on
// the selected rows, across customers (disabled on a read-only profile and while a listing
// runs).
class SchedulesWorkspace : public Workspace
{
    Q_OBJECT

public:
    // The table keeps every row with its raw answer (a few KB each): a listing stops at this many
    // and says so (a narrower range or a status lists the rest).
    static const int MaxRowsListed;

    explicit SchedulesWorkspace(DeskSession &session, QWidget *parent = nullptr);

    static QString pageTitle();
    QString title() const override { return pageTitle(); }
    void cancelRunningRequest() override { cancel(); }
    bool isBusy() const override;
    void submit() override { load(); }

    void load();
    void cancel();
    // Writes the listed schedules, in the table's order, to path (see schedulecsv::writeFile).
    void exportTo(const QString &path);

private:
    void chooseExportFile();
    void onPage(const QList<Schedule> &schedules);
    void onProgress(int received, int windowsDone, int windowCount);
    void onFinished(ScheduleSearch::End end);
    void resetForProfile();
    void setRunning(bool running);
    void showOutcome(const QString &text);
    QList<Schedule> listedInTableOrder() const;

    ScheduleRangeForm *m_form;
    ErrorPanel *m_errorPanel;
    QLabel *m_outcomeLabel;
    // One row: Cancel, the progress and count, Export CSV… and its personal-data choice.
    QPushButton *m_cancelButton;
    QProgressBar *m_progressBar;
    QLabel *m_countLabel;
    QPushButton *m_exportButton;
    QCheckBox *m_personalCheck;
    // Made after the form and the bar above them: the focus moves down the page.
    ScheduleTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    ScheduleActions *m_actions; // cancel selected, change time, retry, reschedule
    std::unique_ptr<ScheduleSearch> m_search;
    // How the listing in the table ended; nullopt while one runs or before the first.
    std::optional<ScheduleSearch::End> m_listingEnd;
    bool m_stoppedAtLimit = false;
};

} // namespace portone
