#pragma once

#include "ui/common/Workspace.h"

class QTabWidget;

namespace portone {

class AuditLogTab;
class HistoryRequestsTab;

// History: the recorded requests ("Requests") and the operator audit log ("Audit log"). Both
// are read from disk when the workspace is first shown and follow new records live.
class HistoryWorkspace : public Workspace
{
    Q_OBJECT

public:
    explicit HistoryWorkspace(DeskSession &session, QWidget *parent = nullptr);

    // The navigation title, known before a page exists.
    static QString pageTitle();
    QString title() const override { return pageTitle(); }
    void cancelRunningRequest() override { }
    bool isBusy() const override { return false; }

    HistoryRequestsTab *requestsTab() const { return m_requests; }
    AuditLogTab *auditTab() const { return m_audit; }
    QTabWidget *tabs() const { return m_tabs; }
    // Reads both from disk again (the requests on a worker thread).
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTabWidget *m_tabs;
    HistoryRequestsTab *m_requests;
    AuditLogTab *m_audit;
    bool m_loaded = false;
};

} // namespace portone
