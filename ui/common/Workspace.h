#pragma once

#include <QWidget>

namespace portone {

class DeskSession;

// One page of the main window's navigation (Certification, Benepia, Payments, ...). The main
// window routes Esc to cancelRunningRequest() and Enter to submit() of the visible page.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    explicit Workspace(DeskSession &session, QWidget *parent = nullptr)
        : QWidget(parent)
        , m_session(session)
    { }

    virtual QString title() const = 0;
    virtual void cancelRunningRequest() = 0;
    virtual bool isBusy() const = 0;
    // Submits the form that has focus (Enter). Default: nothing.
    virtual void submit() { }

protected:
    DeskSession &session() const { return m_session; }

private:
    DeskSession &m_session;
};

} // namespace portone
