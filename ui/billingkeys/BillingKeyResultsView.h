#pragma once

#include "core/api/BillingKeyModels.h"

#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;

namespace portone {

class DeskSession;
class BillingKeyResultsModel;
class BillingKeyDetailPanel;
class BillingKeyDeletion;

// The look-up results: a sortable table filtered by status, "Retry the missing", CSV export,
// and below it the detail pane of the selected key. Deleting (from the detail pane or for the
// selected rows) goes through BillingKeyDeletion; deleted rows then read "not found".
class BillingKeyResultsView : public QWidget
{
    Q_OBJECT

public:
    BillingKeyResultsView(DeskSession &session, BillingKeyResultsModel &model,
                          QWidget *parent = nullptr);

    // Enables the actions that must not run during a look-up.
    void setLookupRunning(bool running);
    void clearDetail();
    bool isBusy() const;
    void cancel();

    // Asks BillingKeyDeletion to delete these keys (it asks for a typed confirmation first).
    void deleteKeys(const QStringList &customerUids);
    QStringList selectedCustomerUids() const;

Q_SIGNALS:
    // Look these ids up again without clearing the table (retry, refresh after deletion).
    void lookUpAgainRequested(const QStringList &customerUids);

private:
    // "Export CSV…": asks for the file, then writes the visible rows (as sorted and filtered);
    // exportCsv returns an error sentence or "".
    void chooseExportFile();
    QString exportCsv(const QString &path) const;
    void updateActions();
    void showCurrentRow();
    void onDeletionFinished(const QStringList &deleted, const QStringList &notDeleted,
                            const QString &summary);

    DeskSession &m_session;
    BillingKeyResultsModel &m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_statusFilterCombo;
    QPushButton *m_retryButton;
    QCheckBox *m_personalCheck;
    QPushButton *m_exportButton;
    QPushButton *m_deleteButton;
    QLabel *m_deletionLabel;
    QTableView *m_table;
    BillingKeyDetailPanel *m_detail;
    BillingKeyDeletion *m_deletion;
    QSplitter *m_splitter;
    bool m_lookupRunning = false;
};

} // namespace portone
