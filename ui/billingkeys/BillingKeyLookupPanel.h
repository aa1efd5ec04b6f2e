#pragma once

#include <QStringList>
#include <QWidget>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;

namespace portone {

class DeskSession;
struct BillingKey;
class BillingKeyBatchLookup;
class BillingKeyIdInput;
class BillingKeyResultsModel;
class BillingKeyResultsView;
class ErrorPanel;

// The "Look up" tab: the ids, Look up / Cancel with progress (done / total) and running found /
// missing counts, and the results (table, filter, export, detail pane). Many ids are looked up
// in batches through BillingKeyBatchLookup; the table fills as the answers arrive.
class BillingKeyLookupPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BillingKeyLookupPanel(DeskSession &session, QWidget *parent = nullptr);
    ~BillingKeyLookupPanel() override;

    // Looks up the ids of the id field (the table is cleared first).
    void lookUp();
    // Looks these ids up again, updating their rows (retry, refresh).
    void lookUpAgain(const QStringList &customerUids);
    void cancel();
    bool isBusy() const;
    bool isLookupRunning() const;

    // A key registered elsewhere: its row is added or updated.
    void showRegisteredKey(const BillingKey &key);

    BillingKeyIdInput *idInput() const { return m_idInput; }
    BillingKeyResultsView *resultsView() const { return m_results; }

private:
    void showIdleProgress();
    void run(const QStringList &customerUids);
    void onFinished(bool cancelled);
    void updateCounts();
    void setRunning(bool running);
    void resetForProfile();

    DeskSession &m_session;
    BillingKeyResultsModel *m_model;
    BillingKeyIdInput *m_idInput;
    QPushButton *m_lookUpButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progressBar;
    QLabel *m_countsLabel;
    ErrorPanel *m_errorPanel;
    BillingKeyResultsView *m_results;
    std::unique_ptr<BillingKeyBatchLookup> m_lookup;
};

} // namespace portone
