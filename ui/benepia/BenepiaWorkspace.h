#pragma once

#include "ui/common/Workspace.h"

class QTabWidget;

namespace portone {

class BenepiaPaymentForm;
class BenepiaPointCheckPanel;

// The Benepia (베네피아) workspace: check a customer's welfare point balance, and pay with
// the points. Enter submits the form that has focus; Esc cancels its running request.
class BenepiaWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit BenepiaWorkspace(DeskSession &session, QWidget *parent = nullptr);

    // The navigation title, known before a page exists.
    static QString pageTitle();
    QString title() const override { return pageTitle(); }
    void cancelRunningRequest() override;
    bool isBusy() const override;
    void submit() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void reconnect();

    QTabWidget *m_tabs;
    BenepiaPointCheckPanel *m_pointCheck;
    BenepiaPaymentForm *m_payment;
};

} // namespace portone
