// The UI half of the fault matrix for the screens that move money or change what PortOne will
// charge (charge now, schedule payments, cancel selected, change time, retry, reschedule,
// refund) × the faults an operator must read right: a refusal (a gateway's 403, a rate
// limiter's 429, a 400 that echoes the request) says nothing was applied; a 500 after sending,
// a dropped connection, no answer in time or an unreadable 200 say "outcome unknown" and offer
// the look-up that settles it. In every case the request left once, nothing asked again, and
// the sandbox applied nothing.
#include "core/api/PortOneClient.h"
#include "tests/faults/EchoedCanaries.h"
#include "tests/faults/MoneyUiActions.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/OutcomeNotice.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;

namespace {

enum class MoneyFault
{
    GatewayForbidden,
    TooManyRequests,
    EchoRequest,
    ServerError,
    Dropped,
    Hang,
    MalformedJson
};

constexpr std::chrono::milliseconds kTimeout { 300 };

bool outcomeUnknown(MoneyFault fault)
{
    return fault >= MoneyFault::ServerError;
}

sandbox::SandboxFaults faultsFor(MoneyFault fault, const QString &method)
{
    return { .serverError = fault == MoneyFault::ServerError,
             .malformedJson = fault == MoneyFault::MalformedJson,
             .dropConnection = fault == MoneyFault::Dropped,
             .hang = fault == MoneyFault::Hang,
             .gatewayForbidden = fault == MoneyFault::GatewayForbidden,
             .echoRequest = fault == MoneyFault::EchoRequest,
             .onlyMethod = method,
             .tooManyRequests = fault == MoneyFault::TooManyRequests ? 5 : 0 };
}

} // namespace

Q_DECLARE_METATYPE(MoneyFault)

class TestFaultUiMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultShownAndNotResent_data();
    void faultShownAndNotResent();
};

void TestFaultUiMoney::faultShownAndNotResent_data()
{
    QTest::addColumn<int>("actionIndex");
    QTest::addColumn<MoneyFault>("fault");
    const QList<std::pair<MoneyFault, const char *>> faults {
        { MoneyFault::GatewayForbidden, "non-envelope 403" },
        { MoneyFault::TooManyRequests, "429" },
        { MoneyFault::EchoRequest, "400 echoing the request" },
        { MoneyFault::ServerError, "500" },
        { MoneyFault::Dropped, "dropped" },
        { MoneyFault::Hang, "timeout" },
        { MoneyFault::MalformedJson, "malformed json" },
    };
    const QList<MoneyAction> actions = moneyActions();
    for (qsizetype a = 0; a < actions.size(); ++a) {
        for (const auto &[fault, faultName] : faults)
            QTest::addRow("%s × %s", qPrintable(actions.at(a).name), faultName) << int(a) << fault;
    }
}

void TestFaultUiMoney::faultShownAndNotResent()
{
    QFETCH(int, actionIndex);
    QFETCH(MoneyFault, fault);
    const auto translation = translatedInto(u"en"_s);
    const MoneyAction action = moneyActions().at(actionIndex);
    // Only a row that waits for the timeout restarts the sandbox with a short one.
    const MoneyScreen s
        = action.open(fault == MoneyFault::Hang ? std::optional(kTimeout) : std::nullopt);
    if (QTest::currentTestFailed())
        return;
    const QString before = s.serverState();
    auto *panel = s.find<ErrorPanel>(s.errorPanel);
    auto *notice = s.root->findChild<OutcomeNotice *>();
    QVERIFY(notice && !notice->isVisible() && !panel->isVisible());
    const qsizetype audited = s.f->session.auditLog().entries().size();

    s.f->prompts.answers = { true, true };
    s.f->server().setFaults(faultsFor(fault, action.method));
    const int sentBefore = s.f->server().requestCount();
    const qsizetype recordedBefore = s.f->session.history().load().size();
    auto *button = s.find<QPushButton>(s.button);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(QTest::qWaitFor([&] { return s.idle() && (panel->isVisible() || notice->isVisible()); },
                            5000));
    const int received = s.f->server().requestCount() - sentBefore;
    s.f->server().setFaults({});
    // What the sandbox received: the state-changing request once (never again by itself), and
    // the look-ups the screen makes around it (a refund's balance after a refusal).
    int changes = 0;
    int lookUps = 0;
    for (const HistoryRecord &record : s.f->session.history().load().mid(recordedBefore))
        ++(record.method == action.method.toLatin1() ? changes : lookUps);
    QCOMPARE(changes, 1);
    QCOMPARE(received - lookUps, 1);
    QCOMPARE(s.f->prompts.asked.size(), 1);
    QCOMPARE(s.serverState(), before); // the sandbox applies no faulted request
    const QList<AuditEntry> audit = s.f->session.auditLog().entries();
    QCOMPARE(audit.size(), audited + 1);

    if (outcomeUnknown(fault)) {
        QVERIFY(notice->isVisible());
        QVERIFY2(notice->label()->text().contains(u"Outcome unknown"_s),
                 qPrintable(notice->label()->text()));
        QVERIFY2(notice->label()->text().contains(s.noticeNames),
                 qPrintable(notice->label()->text()));
        QCOMPARE(audit.constLast().outcome, u"unknown"_s);
        // The look-up settles it: nothing was applied, and the notice goes.
        QPushButton *lookUp = notice->lookUpButton();
        QVERIFY(lookUp->isVisible() && lookUp->isEnabled());
        QTest::mouseClick(lookUp, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return s.idle() && !notice->isVisible(); }, 5000));
        QCOMPARE(s.f->prompts.asked.size(), 1);
        return;
    }
    // Refused: the server's words, nothing applied, no unknown outcome.
    QVERIFY(panel->isVisible());
    QVERIFY(!notice->isVisible());
    QCOMPARE(audit.constLast().outcome, u"failed"_s);
    QVERIFY2(!panel->explanationText().contains(u"unknown"_s, Qt::CaseInsensitive),
             qPrintable(panel->explanationText()));
    ApiError explained;
    switch (fault) {
    case MoneyFault::GatewayForbidden:
        QCOMPARE(panel->statusText(), u"HTTP 403"_s);
        QCOMPARE(panel->messageText(), u"Forbidden resource"_s);
        explained.kind = ApiError::Kind::Auth;
        QCOMPARE(panel->explanationText(), explained.explanation());
        QVERIFY(panel->explanationText().contains(u"nothing was applied"_s));
        break;
    case MoneyFault::TooManyRequests:
        QCOMPARE(panel->statusText(), u"HTTP 429"_s);
        QVERIFY2(panel->explanationText().startsWith(u"Too many requests"_s),
                 qPrintable(panel->explanationText()));
        break;
    default: {
        QVERIFY2(panel->statusText().startsWith(u"HTTP 400"_s), qPrintable(panel->statusText()));
        const QString message = panel->messageText();
        QVERIFY2(message.startsWith(u"입력하신 정보를 확인할 수 없습니다: "_s)
                     && message.contains(s.sentValue), // empty when nothing is in the body
                 qPrintable(message));
        const QList<Canary> typed = echoedCanaries(s.personal);
        const QStringList notShown = notShownIn(message, typed);
        QVERIFY2(notShown.isEmpty(), qPrintable(notShown.join(u", "_s) + u": "_s + message));
        QStringList files;
        const QList<CanaryHit> hits = searchTree(s.f->dir.filePath(u"data"_s), typed, &files);
        QVERIFY2(hits.isEmpty(), qPrintable(describe(hits)));
        QVERIFY2(files.size() >= 2, qPrintable(files.join(u", "_s))); // history and audit log
        break;
    }
    }
}

QTEST_MAIN(TestFaultUiMoney)
#include "tst_fault_ui_money.moc"
