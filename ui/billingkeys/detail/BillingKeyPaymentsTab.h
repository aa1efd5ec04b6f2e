#pragma once

#include "core/api/CallHandle.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace portone {

class DeskSession;
class RequestLifecycle;
struct PaymentPage;

// The payments made with one billing key (GET /subscribe/customers/{customer_uid}/payments),
// one page at a time, with Previous / Next as PortOne's answer allows and "Page N · total T".
class BillingKeyPaymentsTab : public QWidget
{
    Q_OBJECT

public:
    explicit BillingKeyPaymentsTab(DeskSession &session, QWidget *parent = nullptr);

    // Forgets the shown page; nothing is requested until ensureLoaded().
    void setCustomerUid(const QString &customerUid);
    // Loads page 1 unless a page of this key was already loaded (or is loading).
    void ensureLoaded();
    void loadPage(int page);
    void cancel();
    bool isBusy() const;

private:
    void showPage(int page, const PaymentPage &answer);
    void updateButtons();

    DeskSession &m_session;
    QString m_customerUid;
    bool m_loaded = false;
    int m_page = 0;
    int m_previous = 0;
    int m_next = 0;
    QLabel *m_pageLabel;
    QPushButton *m_previousButton;
    QPushButton *m_nextButton;
    QTableWidget *m_table;
    RequestLifecycle *m_requests;
};

} // namespace portone
