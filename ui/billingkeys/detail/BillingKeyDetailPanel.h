#pragma once

#include "core/api/BillingKeyModels.h"

#include <QPointer>
#include <QString>
#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace portone {

class DeskSession;
class BillingKeyFieldsView;
class ChargePane;
class BillingKeyPaymentsTab;
class BillingKeySchedulesTab;
class ScheduleForm;

// The detail pane of one billing key: every field of either shape (normal or super billing
// key, with its succeeded and failed channels), a Payments tab (paged) and a Schedules tab
// (any date range; longer than 3 months is split into consecutive requests), "Charge now…",
// which opens the charge form (ChargePane) in the tabs' place, "Schedule payments…" (its own
// window, ScheduleForm; the Schedules tab reloads after it) and a "Delete…" button that only
// asks (deleteRequested) — the deletion itself happens elsewhere.
class BillingKeyDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BillingKeyDetailPanel(DeskSession &session, QWidget *parent = nullptr);

    void showKey(const BillingKey &key);
    void clear();
    bool isBusy() const;
    void cancel();

Q_SIGNALS:
    void deleteRequested(const QString &customerUid);

private:
    void onTabChanged(int index);
    void openCharge();
    void closeCharge();
    void openScheduleForm();

    DeskSession &m_session;
    QString m_customerUid;
    QLabel *m_titleLabel;
    std::optional<BillingKey> m_key;
    QPushButton *m_chargeButton;
    QPushButton *m_scheduleButton;
    QPushButton *m_deleteButton;
    QStackedWidget *m_stack;
    QTabWidget *m_tabs;
    BillingKeyFieldsView *m_fieldsView;
    BillingKeyPaymentsTab *m_paymentsTab;
    BillingKeySchedulesTab *m_schedulesTab;
    ChargePane *m_chargePane;
    QPointer<ScheduleForm> m_scheduleForm; // created when first opened
};

} // namespace portone
