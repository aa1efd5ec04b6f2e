#pragma once

// The screens that move money or change what PortOne will charge (charge now, schedule
// payments, the actions on listed schedules, refund), each opened on a sandbox session (with a
// short client timeout where asked) and filled, one click away from its state-changing request.
#include "tests/support/CanarySearch.h"
#include "tests/ui/UiTestSupport.h"

#include <QList>
#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace portone::test {

struct MoneyScreen
{
    std::shared_ptr<void> owner; // the screen's fixture and widgets
    SandboxSessionFixture *f = nullptr;
    QWidget *root = nullptr; // holds the action's button, its error panel and outcome notice
    QString button;
    QString errorPanel;
    std::function<bool()> idle;
    // What PortOne has of the action's target now (a status, an amount), to compare.
    std::function<QString()> serverState;
    QString sentValue; // a value the request's body carries, which an echoing server repeats
    QString noticeNames; // what an unknown outcome's notice names (what to look up)
    QList<Canary> personal; // what was typed that must never reach disk

    template<typename T> T *find(const QString &name) const
    {
        return child<T>(*root, name.toLatin1().constData());
    }
};

struct MoneyAction
{
    QString name;
    QString method; // of the state-changing request, the one faulted
    // timeout: the client's, from a fresh sandbox (the profile's when nullopt)
    std::function<MoneyScreen(std::optional<std::chrono::milliseconds> timeout)> open;
};

QList<MoneyAction> moneyActions();

} // namespace portone::test
