// The UI half of the fault matrix: a representative action of every workspace (certification OTP
// request, billing-key look-up and registration, Benepia payment, payment look-up and search) × the
// faults the sandbox injects, through the real widgets. Each case checks what the ErrorPanel shows
// (HTTP status, PortOne code, its message verbatim, the explanation of that kind of failure), that
// the workspace is usable again and a second request succeeds once the fault is cleared, that
// nothing typed is lost except the fields the app wipes on purpose, and that a state-changing
// request goes out once however often the operator clicks or presses Enter.
#include "core/api/PortOneClient.h"
#include "tests/faults/EchoedCanaries.h"
#include "tests/faults/FaultEndpoints.h"
#include "tests/faults/FaultUiActions.h"
#include "tests/support/CanarySearch.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/benepia/BenepiaWorkspace.h"
#include "ui/billingkeys/BillingKeysWorkspace.h"
#include "ui/certification/CertificationWorkspace.h"
#include "ui/common/ChannelPicker.h"
#include "ui/common/ErrorPanel.h"
#include "ui/payments/PaymentsWorkspace.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <functional>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

enum class UiFault
{
    Expired401,
    Twice401,
    Server500,
    ApiCode200,
    Gateway403,
    MalformedJson,
    Timeout,
    Dropped
};

// What the panel must say for a fault: its status line, PortOne's message, and the
// explanation of that kind of failure (with the unknown-outcome sentence when it applies).
struct Shown
{
    QString status;
    QString message; // empty: the technical detail is shown instead; not compared
    Kind kind = Kind::Network;
};

Shown shownFor(UiFault fault)
{
    switch (fault) {
    case UiFault::Server500:
        return { u"HTTP 500 · code 1"_s,
                 u"일시적인 서버 오류가 발생했습니다. 잠시 후 다시 시도해주세요."_s, Kind::Server };
    case UiFault::Twice401:
        return { u"HTTP 401 · code -1"_s, u"Unauthorized"_s, Kind::Auth };
    case UiFault::ApiCode200:
        return { u"HTTP 200 · code 1"_s, sandbox::SandboxServer::apiCodeErrorMessage(),
                 Kind::ApiCode };
    case UiFault::Gateway403:
        return { u"HTTP 403"_s, u"Forbidden resource"_s, Kind::Auth };
    case UiFault::MalformedJson:
        return { u"HTTP 200"_s, {}, Kind::Parse };
    case UiFault::Timeout:
        return { u"No answer from PortOne"_s, {}, Kind::Timeout };
    case UiFault::Dropped:
        return { u"No answer from PortOne"_s, {}, Kind::Network };
    case UiFault::Expired401:
        break;
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(UiFault)

class TestFaultUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void faultShownAndRecovered_data();
    void faultShownAndRecovered();
    void stateChangingSentOnce_data();
    void stateChangingSentOnce();
    void echoedInputShownButNotStored_data();
    void echoedInputShownButNotStored();

private:
    // A shown workspace of the action on a fresh sandbox session, ready for input.
    void open(Screen &s, const UiAction &action)
    {
        s.f.session.setRequestTimeout(std::chrono::milliseconds(400));
        QVERIFY(s.f.session.startSandbox().isEmpty()); // applies the short timeout
        s.workspace = action.make(s.f.session);
        s.workspace->resize(1100, 800);
        s.workspace->show();
        action.ready(s);
        // A token first, so that the fault hits the action's own request.
        std::optional<bool> warm;
        s.f.session.client()->getBankCodes(s.workspace.get(),
                                           [&warm](auto result) { warm = result.ok(); });
        QVERIFY(waitFor([&warm] { return warm.has_value(); }));
        QVERIFY(*warm);
    }
    // The same, with the action's input typed.
    void openFilled(Screen &s, const UiAction &action)
    {
        open(s, action);
        if (!QTest::currentTestFailed())
            action.fill(s);
    }
    void click(Screen &s, const QString &button)
    {
        auto *pushButton = s.find<QPushButton>(button);
        QVERIFY2(pushButton->isEnabled(), qPrintable(button));
        QTest::mouseClick(pushButton, Qt::LeftButton);
    }
};

void TestFaultUi::faultShownAndRecovered_data()
{
    QTest::addColumn<int>("actionIndex");
    QTest::addColumn<UiFault>("fault");
    const QList<std::pair<UiFault, const char *>> faults {
        { UiFault::Expired401, "401 mid-session" },
        { UiFault::Twice401, "401 again after renewal" },
        { UiFault::Server500, "500" },
        { UiFault::ApiCode200, "200 code!=0" },
        { UiFault::Gateway403, "non-envelope 403" },
        { UiFault::MalformedJson, "malformed json" },
        { UiFault::Timeout, "timeout" },
        { UiFault::Dropped, "dropped" },
    };
    const QList<UiAction> actions = uiActions();
    for (qsizetype a = 0; a < actions.size(); ++a) {
        for (const auto &[fault, faultName] : faults)
            QTest::addRow("%s × %s", qPrintable(actions.at(a).name), faultName) << int(a) << fault;
    }
}

void TestFaultUi::faultShownAndRecovered()
{
    QFETCH(int, actionIndex);
    QFETCH(UiFault, fault);
    const UiAction action = uiActions().at(actionIndex);
    Screen s;
    openFilled(s, action);
    if (QTest::currentTestFailed())
        return;
    const QMap<QString, QString> typed = s.typed();
    s.f.prompts.answers = { true, true };
    const int before = s.receivedCalls();

    sandbox::SandboxFaults faults;
    faults.onlyMethod = action.faultedMethod;
    faults.serverError = fault == UiFault::Server500;
    faults.apiCodeError = fault == UiFault::ApiCode200;
    faults.unauthorized = fault == UiFault::Twice401;
    faults.gatewayForbidden = fault == UiFault::Gateway403;
    faults.malformedJson = fault == UiFault::MalformedJson;
    faults.hang = fault == UiFault::Timeout;
    faults.dropConnection = fault == UiFault::Dropped;
    if (fault == UiFault::Expired401)
        s.f.server().expireAllTokens();
    s.f.server().setFaults(faults);
    click(s, action.button);

    auto *panel = s.find<ErrorPanel>(action.errorPanel);
    if (fault == UiFault::Expired401) {
        // One refresh and one replay, invisible to the operator.
        QVERIFY(waitFor([&] { return action.succeeded(s); }));
        QVERIFY(!panel->isVisible());
        return;
    }
    QVERIFY(waitFor([&] { return panel->isVisible() && !s.workspace->isBusy(); }));
    s.shot(QString::fromUtf8(QTest::currentDataTag()).replace(u"×"_s, u"x"_s));
    const Shown shown = shownFor(fault);
    QCOMPARE(panel->statusText(), shown.status);
    if (!shown.message.isEmpty())
        QCOMPARE(panel->messageText(), shown.message);
    ApiError explained;
    explained.kind = shown.kind;
    // A 401, 403 or code != 0 is a refusal (not applied); the others lose or garble the answer.
    const bool refused = fault == UiFault::Gateway403 || fault == UiFault::Twice401
        || fault == UiFault::ApiCode200;
    explained.outcomeUnknown = action.changesState && !refused;
    QCOMPARE(panel->explanationText(), explained.explanation());
    // Look-ups are resent once by Qt when the connection drops before any answer; a refused
    // token is renewed and the call replayed once, then the second 401 is shown.
    const int atLeast = fault == UiFault::Twice401 ? 2 : 1;
    const int atMost = (!action.changesState && fault == UiFault::Dropped) || atLeast == 2 ? 2 : 1;
    // Registration checks for an existing key (GET) before it registers (POST, faulted).
    const int checks = action.name == u"billing-key registration"_s ? 1 : 0;
    const int received = s.receivedCalls() - before - checks;
    QVERIFY2(received >= atLeast && received <= atMost, qPrintable(QString::number(received)));

    // Usable again, nothing typed lost but what the app wipes by design.
    QVERIFY(!s.workspace->isBusy());
    QVERIFY(s.find<QPushButton>(action.button)->isEnabled());
    const QMap<QString, QString> after = s.typed();
    for (auto it = typed.cbegin(); it != typed.cend(); ++it) {
        if (action.wipedOnPurpose.contains(it.key()))
            QVERIFY2(after.value(it.key()).isEmpty(), qPrintable(it.key()));
        else
            QVERIFY2(after.value(it.key()) == it.value(),
                     qPrintable(it.key() + u": "_s + after.value(it.key())));
    }

    s.f.server().setFaults({});
    if (action.refill)
        action.refill(s);
    click(s, action.button);
    QVERIFY(waitFor([&] { return action.succeeded(s); }));
    QVERIFY(!panel->isVisible());
}

void TestFaultUi::stateChangingSentOnce_data()
{
    QTest::addColumn<int>("actionIndex");
    const QList<UiAction> actions = uiActions();
    for (qsizetype a = 0; a < actions.size(); ++a) {
        if (actions.at(a).changesState)
            QTest::addRow("%s", qPrintable(actions.at(a).name)) << int(a);
    }
}

void TestFaultUi::stateChangingSentOnce()
{
    QFETCH(int, actionIndex);
    const UiAction action = uiActions().at(actionIndex);
    Screen s;
    openFilled(s, action);
    if (QTest::currentTestFailed())
        return;
    s.f.prompts.answers = { true, true, true, true };
    sandbox::SandboxFaults faults;
    faults.latencyMs = 300;
    faults.onlyMethod = action.faultedMethod;
    s.f.server().setFaults(faults);
    const int before = s.receivedCalls();
    auto *button = s.find<QPushButton>(action.button);
    QTest::mouseDClick(button, Qt::LeftButton); // a double click
    QTest::mouseClick(button, Qt::LeftButton);
    s.workspace->submit(); // Enter, twice
    s.workspace->submit();
    QVERIFY(waitFor([&] { return action.succeeded(s); }));
    s.workspace->submit(); // Enter once more after the answer: the form is not refilled
    waitFor([] { return false; }, 400);
    const bool twoCallRegistration = action.name == u"billing-key registration"_s;
    QCOMPARE(s.receivedCalls() - before, twoCallRegistration ? 2 : 1);
    QVERIFY(s.f.prompts.asked.size() <= 1);
}

// A server that repeats what it was sent in its refusal: the operator sees its message
// verbatim; the history and the audit log keep it with the personal values masked (item 15).
void TestFaultUi::echoedInputShownButNotStored_data()
{
    stateChangingSentOnce_data(); // the state-changing actions
}

void TestFaultUi::echoedInputShownButNotStored()
{
    QFETCH(int, actionIndex);
    const UiAction action = uiActions().at(actionIndex);
    Screen s;
    openFilled(s, action);
    if (QTest::currentTestFailed())
        return;
    static const QStringList personal {
        u"nameLineEdit"_s,        u"phoneLineEdit"_s,  u"birthLineEdit"_s,
        u"cardNumberLineEdit"_s,  u"expiryLineEdit"_s, u"payUserLineEdit"_s,
        u"payPasswordLineEdit"_s,
    };
    QList<Canary> values;
    const QMap<QString, QString> fields = s.typed();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (personal.contains(it.key()) && it.value().size() >= 4)
            values << Canary { it.key(), it.value() };
    }
    const QList<Canary> typed = echoedCanaries(values);
    QVERIFY(!typed.isEmpty());
    s.f.prompts.answers = { true, true };
    s.f.server().setFaults({ .echoRequest = true, .onlyMethod = action.faultedMethod });
    click(s, action.button);
    auto *panel = s.find<ErrorPanel>(action.errorPanel);
    QVERIFY(waitFor([&] { return panel->isVisible(); }));
    const QStringList notShown = notShownIn(panel->messageText(), typed); // as the server wrote it
    QVERIFY2(notShown.isEmpty(),
             qPrintable(notShown.join(u", "_s) + u": "_s + panel->messageText()));

    QStringList files;
    const QList<CanaryHit> hits = searchTree(s.f.dir.filePath(u"data"_s), typed, &files);
    QVERIFY2(hits.isEmpty(), qPrintable(describe(hits)));
    QCOMPARE(files.size(), 3); // one history file, the audit log and its anchor
    QString stored;
    for (const HistoryRecord &record : s.f.session.history().load())
        stored += record.message;
    QVERIFY2(stored.contains(u"입력하신 정보를 확인할 수 없습니다"_s), qPrintable(stored));
    const QList<AuditEntry> audit = s.f.session.auditLog().entries();
    QVERIFY(!audit.isEmpty());
    QVERIFY2(audit.last().detail.contains(u"입력하신 정보를 확인할 수 없습니다"_s),
             qPrintable(audit.last().detail));
}

QTEST_MAIN(TestFaultUi)
#include "tst_fault_ui.moc"
