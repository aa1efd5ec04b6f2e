#pragma once

#include "ui/common/Workspace.h"

#include <QStringList>

namespace portone {

// A workspace that is planned but not built yet: it says what it will do, so the navigation
// entry is never an empty page.
class ComingSoonPage : public Workspace
{
    Q_OBJECT

public:
    ComingSoonPage(DeskSession &session, QString title, QString summary, QStringList plans,
                   QWidget *parent = nullptr);

    QString title() const override { return m_title; }
    void cancelRunningRequest() override { }
    bool isBusy() const override { return false; }

private:
    QString m_title;
};

} // namespace portone
