#pragma once

#include <QIcon>
#include <QList>

class QWidget;

namespace portone {

class DeskSession;
class Workspace;

// The navigation pages, in menu order (Ctrl+1…5): Certification, Billing keys, Benepia,
// Payments, History.
QList<Workspace *> createWorkspaces(DeskSession &session, QWidget *parent);
// The navigation icon of the page at that position.
QIcon workspaceIcon(int index);

} // namespace portone
