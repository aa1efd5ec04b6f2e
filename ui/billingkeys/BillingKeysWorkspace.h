#pragma once

#include "ui/common/Workspace.h"

class QTabWidget;

namespace portone {

class BillingKeyLookupPanel;
class BillingKeyRegisterForm;

// Billing keys (빌링키): look up one or many customer_uids (paste or CSV), see each key's
// details, payments and schedules, register a card, and delete keys safely.
class BillingKeysWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit BillingKeysWorkspace(DeskSession &session, QWidget *parent = nullptr);

    // The navigation title, known before a page exists.
    static QString pageTitle();
    QString title() const override { return pageTitle(); }
    void cancelRunningRequest() override;
    bool isBusy() const override;
    void submit() override;

    BillingKeyLookupPanel *lookupPanel() const { return m_lookup; }
    BillingKeyRegisterForm *registerForm() const { return m_register; }

private:
    QTabWidget *m_tabs;
    BillingKeyLookupPanel *m_lookup;
    BillingKeyRegisterForm *m_register;
};

} // namespace portone
