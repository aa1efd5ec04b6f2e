#pragma once

#include <QLabel>
#include <QList>
#include <QPointer>

namespace portone {

class DeskSession;

// The visible reason next to state-changing controls while the active profile is read-only
// ("look-ups only"), and the guard that keeps those controls disabled meanwhile. Each guarded
// control is wrapped in a container that is disabled, so the control keeps its own enabled
// state (busy, nothing selected, ...) and gets it back when a normal profile becomes active.
// Hidden for a normal profile. Updated on DeskSession::activeProfileChanged.
class ReadOnlyNotice : public QLabel
{
    Q_OBJECT

public:
    ReadOnlyNotice(DeskSession &session, QWidget *parent);

    // Wraps the control in a guarded container. A control already in its parent's layout is
    // replaced there by the container; otherwise add the returned container to a layout.
    QWidget *guard(QWidget *control);

    static QString reasonText();

private:
    void refresh();

    DeskSession &m_session;
    QList<QPointer<QWidget>> m_containers;
};

} // namespace portone
