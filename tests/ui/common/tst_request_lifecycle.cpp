// The one request lifecycle every panel uses (issue 12): a superseded answer is never shown,
// a double start sends once, and each kind of answer goes where the operator looks for it.

#include "tests/ui/UiTestSupport.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/common/RequestProgress.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace portone;

namespace {

// A panel as the workspaces build one: a field, the progress line, the error panel.
struct Panel
{
    explicit Panel(DeskSession &session)
        : impUid(new QLineEdit(&widget))
        , progress(new RequestProgress(&widget))
        , errors(new ErrorPanel(&widget))
        , requests(session.connection(), progress, errors, &messages)
    {
        auto *form = new QFormLayout;
        messageLabel = messages.addRow(form, u"imp_uid"_s, u"imp_uid"_s, impUid);
        auto *layout = new QVBoxLayout(&widget);
        layout->addLayout(form);
        layout->addWidget(progress);
        layout->addWidget(errors);
        widget.show();
    }
    Panel(const Panel &) = delete;
    Panel &operator=(const Panel &) = delete;

    QString progressText() const
    {
        return progress->findChild<QLabel *>(u"progressLabel"_s)->text();
    }

    // Looks a payment up; the answer's imp_uid (or the failure) lands in `shown`.
    bool lookUp(const QString &id, bool cancellable = true)
    {
        return requests.run<Payment>(
            u"Looking up %1…"_s.arg(id),
            [id, cancellable](PortOneClient &client, QObject *context,
                              PortOneClient::Done<Payment> done) {
                const CallHandle call = client.getPayment(id, false, context, std::move(done));
                // Not cancellable: the answer arrives whatever the panel does meanwhile.
                return cancellable ? call : CallHandle();
            },
            [this](const Payment &payment) { shown << payment.impUid; });
    }

    QWidget widget;
    FieldMessages messages;
    QLineEdit *impUid;
    QLabel *messageLabel = nullptr;
    RequestProgress *progress;
    ErrorPanel *errors;
    RequestLifecycle requests;
    QStringList shown;
};

const QString Paid = u"imp_200000000001"_s; // seeded by the sandbox
const QString Unknown = u"imp_999999999999"_s;

} // namespace

class TestRequestLifecycle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A panel's request area from one name: the panel finds (and tests look up) its parts.
    void forPanelMakesANamedRequestArea()
    {
        test::SandboxSessionFixture f;
        QWidget panel;
        RequestLifecycle *requests
            = RequestLifecycle::forPanel(f.session.connection(), &panel, u"refund"_s);
        QCOMPARE(requests->parent(), &panel);
        QCOMPARE(panel.findChild<RequestProgress *>(u"refundRequestProgress"_s),
                 requests->progress());
        QCOMPARE(panel.findChild<ErrorPanel *>(u"refundErrorPanel"_s), requests->errorPanel());
        QCOMPARE(requests->errorPanel()->parent(), &panel);
        QWidget alone; // the only request area where tests look: the widgets' own names
        RequestLifecycle *plain = RequestLifecycle::forPanel(f.session.connection(), &alone, {});
        QCOMPARE(plain->progress()->objectName(), u"requestProgress"_s);
        QCOMPARE(plain->errorPanel()->objectName(), u"errorPanel"_s);
        auto *layout = new QVBoxLayout(&panel);
        layout->addWidget(requests->progress());
        layout->addWidget(requests->errorPanel());
        panel.show();
        QVERIFY(requests->run<Payment>(
            u"Looking up %1…"_s.arg(Unknown),
            [](PortOneClient &client, QObject *context, PortOneClient::Done<Payment> done) {
                return client.getPayment(Unknown, false, context, std::move(done));
            },
            [](const Payment &) {}));
        QVERIFY(requests->progress()->isVisible());
        QTRY_VERIFY(!requests->isBusy());
        QVERIFY(requests->errorPanel()->isVisible()); // not found: its own error panel says so
    }

    void olderAnswerArrivingLastIsDropped()
    {
        test::SandboxSessionFixture f;
        Panel panel(f.session);
        f.server().setFaults({ .latencyMs = 700 });
        QVERIFY(panel.lookUp(Paid, false));
        // The operator moves on (another customer, another profile): the first answer is
        // superseded even though it cannot be cancelled and will still arrive.
        panel.requests.clear();
        QVERIFY(!panel.requests.isBusy());
        f.server().setFaults({});
        QVERIFY(panel.lookUp(u"imp_200000000002"_s));
        QTRY_COMPARE(panel.shown, QStringList { u"imp_200000000002"_s });
        // The older answer comes in after the newer one and is not shown.
        QTest::qWait(900);
        QCOMPARE(panel.shown, QStringList { u"imp_200000000002"_s });
        QVERIFY(!panel.errors->isVisible());
    }

    void doubleStartSendsOnce()
    {
        test::SandboxSessionFixture f;
        Panel panel(f.session);
        QVERIFY(panel.lookUp(Paid)); // the token is issued; from here one look-up, one request
        QTRY_VERIFY(!panel.requests.isBusy());
        panel.shown.clear();
        f.server().setFaults({ .latencyMs = 300 });
        const int before = f.server().requestCount();
        QSignalSpy busy(&panel.requests, &RequestLifecycle::busyChanged);
        QVERIFY(panel.lookUp(Paid));
        QVERIFY(!panel.lookUp(Paid)); // a double click
        QVERIFY(panel.requests.isBusy());
        QVERIFY(panel.progress->isVisible());
        QCOMPARE(panel.progressText(), u"Looking up %1…"_s.arg(Paid));
        QTRY_VERIFY(!panel.requests.isBusy());
        QCOMPARE(panel.shown, QStringList { Paid });
        QCOMPARE(f.server().requestCount() - before, 1);
        QCOMPARE(busy.size(), 2);
        QVERIFY(!panel.progress->isVisible());
    }

    void answersGoWhereTheOperatorLooks()
    {
        test::SandboxSessionFixture f;
        Panel panel(f.session);
        panel.impUid->setText(u"typed stays"_s);

        // Refused before sending: the message sits under the field, the error panel stays shut.
        QVERIFY(panel.lookUp(u".."_s));
        QTRY_VERIFY(!panel.requests.isBusy());
        QVERIFY(panel.messageLabel->isVisible());
        QVERIFY(!panel.messageLabel->text().isEmpty());
        QVERIFY(!panel.errors->isVisible());
        QCOMPARE(panel.impUid->text(), u"typed stays"_s);

        // PortOne's refusal: the error panel with its status and message verbatim.
        QVERIFY(panel.lookUp(Unknown));
        QTRY_VERIFY(!panel.requests.isBusy());
        QVERIFY(panel.errors->isVisible());
        QVERIFY2(panel.errors->statusText().contains(u"404"_s),
                 qPrintable(panel.errors->statusText()));
        QVERIFY(panel.shown.isEmpty());

        // Cancelled: a short notice instead of an error; the next request clears the panel.
        f.server().setFaults({ .latencyMs = 3000 });
        QVERIFY(panel.lookUp(Paid));
        QVERIFY(!panel.errors->isVisible()); // cleared when the next request starts
        panel.requests.cancel();
        QTRY_VERIFY(!panel.requests.isBusy());
        QVERIFY(!panel.errors->isVisible());
        QVERIFY(panel.progress->isVisible());
        QCOMPARE(panel.progressText(), u"Cancelled: Looking up %1"_s.arg(Paid));
        QVERIFY(panel.shown.isEmpty());
    }

    void successHandlerMayStartTheNextStep()
    {
        test::SandboxSessionFixture f;
        Panel panel(f.session);
        f.server().setFaults({ .latencyMs = 300 });
        QStringList steps;
        const auto second = [&] {
            panel.requests.run<Payment>(
                u"Step 2…"_s,
                [](PortOneClient &client, QObject *context, PortOneClient::Done<Payment> done) {
                    return client.getPayment(u"imp_200000000002"_s, false, context,
                                             std::move(done));
                },
                [&](const Payment &payment) { steps << payment.impUid; });
        };
        QVERIFY(panel.requests.run<Payment>(
            u"Step 1…"_s,
            [](PortOneClient &client, QObject *context, PortOneClient::Done<Payment> done) {
                return client.getPayment(Paid, false, context, std::move(done));
            },
            [&](const Payment &payment) {
                steps << payment.impUid;
                second();
            }));
        QTRY_COMPARE(steps.size(), 1);
        QVERIFY(panel.requests.isBusy());
        QCOMPARE(panel.progressText(), u"Step 2…"_s);
        QTRY_VERIFY(!panel.requests.isBusy());
        QCOMPARE(steps, (QStringList { Paid, u"imp_200000000002"_s }));
    }
};

QTEST_MAIN(TestRequestLifecycle)
#include "tst_request_lifecycle.moc"
