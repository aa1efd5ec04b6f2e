#pragma once

// A billing-key deletion run against the in-process sandbox, as the results view drives it: the
// requests it sent, and what it finished with.
#include "core/api/PortOneClient.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/billingkeys/edit/BillingKeyDeletion.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/common/RequestProgress.h"

#include <QDeadlineTimer>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

namespace portone::test {

struct DeletionRun
{
    SandboxSessionFixture f;
    QWidget parent;
    RequestLifecycle requests { f.session.connection(), new RequestProgress(&parent),
                                new ErrorPanel(&parent), nullptr, &parent };
    BillingKeyDeletion deletion { f.session, requests, &parent };
    QSignalSpy finished { &deletion, &BillingKeyDeletion::finished };
    QList<RequestTrace> traces;

    DeletionRun()
    {
        QObject::connect(f.session.client(), &PortOneClient::requestFinished, &parent,
                         [this](const RequestTrace &trace) { traces << trace; });
    }
    int operations(const QString &operation) const
    {
        return int(std::count_if(traces.cbegin(), traces.cend(),
                                 [&](const RequestTrace &t) { return t.operation == operation; }));
    }
    QStringList deleted() const { return finished.first().at(0).toStringList(); }
    QStringList notDeleted() const { return finished.first().at(1).toStringList(); }
    QString summary() const { return finished.first().at(2).toString(); }
    bool exists(const QString &uid)
    {
        bool done = false;
        bool found = false;
        f.session.client()->getBillingKey(uid, &parent, [&](const Result<BillingKey> &result) {
            found = result.ok();
            done = true;
        });
        QDeadlineTimer deadline(5000);
        while (!done && !deadline.hasExpired())
            QTest::qWait(10);
        return done && found;
    }
};

} // namespace portone::test
