#include "ui/history/HistoryWorkspace.h"

#include "ui/history/AuditLogTab.h"
#include "ui/history/HistoryRequestsTab.h"

#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portone {

HistoryWorkspace::HistoryWorkspace(DeskSession &session, QWidget *parent)
    : Workspace(session, parent)
    , m_tabs(new QTabWidget(this))
    , m_requests(new HistoryRequestsTab(session, this))
    , m_audit(new AuditLogTab(session, this))
{
    setObjectName(u"historyWorkspace"_s);
    auto *heading = new QLabel(u"<h2>%1</h2>"_s.arg(title().toHtmlEscaped()), this);
    m_tabs->setObjectName(u"historyTabWidget"_s);
    m_tabs->addTab(m_requests, tr("Requests"));
    m_tabs->addTab(m_audit, tr("Audit log"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_tabs, 1);
}

QString HistoryWorkspace::pageTitle()
{
    return tr("History");
}

void HistoryWorkspace::reload()
{
    m_loaded = true;
    m_requests->reload();
    m_audit->reload();
}

void HistoryWorkspace::showEvent(QShowEvent *event)
{
    Workspace::showEvent(event);
    if (!m_loaded)
        reload();
}

} // namespace portone
