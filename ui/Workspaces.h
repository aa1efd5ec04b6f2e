#pragma once

#include <QIcon>
#include <QList>
#include <QString>
#include <functional>

class QWidget;

namespace portone {

class DeskSession;
class Workspace;

// One page of the navigation: its title and icon are known before the page exists, so the
// main window creates a page only when it is first shown (start-up builds one, not six).
struct WorkspaceEntry
{
    QString title;
    QIcon icon;
    std::function<Workspace *(DeskSession &, QWidget *)> create;
};

// The navigation pages, in menu order (Ctrl+1…6): Certification, Billing keys, Benepia,
// Payments, Schedules, History.
QList<WorkspaceEntry> workspaceEntries();

} // namespace portone
