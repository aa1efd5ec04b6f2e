#include "UiTestSupport.h"
#include "core/api/PortOneClient.h"
#include "core/auth/TokenManager.h"
#include "tests/support/Capture.h"
#include "ui/AppSettings.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/common/ChannelPicker.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/RequestProgress.h"
#include "ui/common/ResultView.h"
#include "ui/common/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <functional>
#include <optional>

using namespace portone;
using namespace Qt::StringLiterals;

// The main window as an operator meets it, against the in-process sandbox over loopback.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstStartOffersSandbox();
    void shortcutsSwitchWorkspaces();
    void nothingIsSentBeforeTheFirstFrame();
    void rememberedProfileAndWorkspace();
    void liveProfileShowsBand();
    void leavingTheSandboxProfileStopsTheSandbox();
    void tokenStateAndLastRequest();
    void koreanCatalogueIsUsed();
    void failuresShowTheErrorPanelAndKeepTheWindowUsable();
    void longProgressTextKeepsTheNavigationWidth();
    void closingWithAPaymentOnTheWireAsks();
    void languageFollowsSystemUnlessOverridden_data();
    void languageFollowsSystemUnlessOverridden();
    void choosingALanguageSaysWhenItApplies();
};

namespace {

struct Blank
{
    Blank()
        : settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat)
        , session(settings, dir.filePath(QStringLiteral("data")), &builtInSandbox,
                  QStringLiteral("PortOne Desk MW test %1").arg(QCoreApplication::applicationPid()))
    { }
    QTemporaryDir dir;
    QSettings settings;
    BuiltInSandbox builtInSandbox;
    DeskSession session;
};

} // namespace

void TestMainWindow::firstStartOffersSandbox()
{
    Blank blank;
    MainWindow window(blank.session, blank.settings);
    window.show();
    window.showWelcome();
    QVERIFY(window.isShowingWelcome());
    QCOMPARE(window.windowTitle(), QStringLiteral("PortOne Desk"));

    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("trySandboxButton")),
                      Qt::LeftButton);
    QVERIFY(!window.isShowingWelcome());
    QVERIFY(blank.session.hasActiveProfile());
    QVERIFY(blank.session.activeProfile().builtInSandbox);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("Sandbox")));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("profileModeLabel"))->text(),
             QStringLiteral("TEST"));
    QCOMPARE(AppSettings(blank.settings).lastProfileId(), AppSettings::SandboxProfileId);
}

void TestMainWindow::shortcutsSwitchWorkspaces()
{
    test::SandboxSessionFixture f;
    MainWindow window(f.session, f.settings);
    window.show();
    window.showWorkspaces();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.workspaceCount(), 6);
    // Start-up builds the page on show only; the navigation lists all six by title.
    QCOMPARE(window.findChildren<Workspace *>().size(), 1);
    const auto *navigation
        = window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    QCOMPARE(navigation->count(), 6);
    QCOMPARE(navigation->item(5)->text(), QStringLiteral("History"));
    const QStringList titles { QStringLiteral("Certification"), QStringLiteral("Billing keys"),
                               QStringLiteral("Benepia"),       QStringLiteral("Payments"),
                               QStringLiteral("Schedules"),     QStringLiteral("History") };
    for (int index = 0; index < 6; ++index) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + index), Qt::ControlModifier);
        QCOMPARE(window.currentWorkspace(), window.workspace(index));
        QCOMPARE(window.currentWorkspace()->title(), titles.at(index));
        QCOMPARE(navigation->item(index)->text(), titles.at(index));
    }
    QCOMPARE(window.findChildren<Workspace *>().size(), 6);
    // The planned workspaces say what is coming instead of showing an empty page.
    window.selectWorkspace(1);
    QVERIFY(window.currentWorkspace()->findChild<QLabel *>() != nullptr);
    QCOMPARE(AppSettings(f.settings).lastWorkspace(), 1);
}

void TestMainWindow::nothingIsSentBeforeTheFirstFrame()
{
    // As main() starts: the profile is active and the window shown before the event loop runs.
    // The first request of a profile starts by fetching a token, so the token state tells
    // whether anything was sent (or the keychain asked for a secret).
    test::SandboxSessionFixture f;
    MainWindow window(f.session, f.settings);
    window.show();
    const auto tokenStatus = [&f] { return f.session.tokens()->state().status; };
    QCOMPARE(tokenStatus(), TokenState::Status::NoToken);

    struct FirstFrame : QObject
    {
        std::function<TokenState::Status()> status;
        std::optional<TokenState::Status> statusWhilePainting;
        bool eventFilter(QObject *, QEvent *event) override
        {
            if (event->type() == QEvent::Paint && !statusWhilePainting)
                statusWhilePainting = status();
            return false;
        }
    } firstFrame;
    firstFrame.status = tokenStatus;
    window.installEventFilter(&firstFrame);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(firstFrame.statusWhilePainting.has_value());
    QCOMPARE(*firstFrame.statusWhilePainting, TokenState::Status::NoToken);

    // Right after it, the channel list loads: a token, then GET /users/pg.
    auto *picker = window.currentWorkspace()->findChild<QComboBox *>(u"channelComboBox"_s);
    QVERIFY(picker);
    QTRY_VERIFY(picker->count() > 0);
    QCOMPARE(tokenStatus(), TokenState::Status::Valid);
    QCOMPARE(f.server().requestCount(), 2);
}

void TestMainWindow::rememberedProfileAndWorkspace()
{
    test::SandboxSessionFixture f;
    {
        MainWindow window(f.session, f.settings);
        window.selectWorkspace(3);
        window.show();
        window.close();
    }
    QVERIFY(!AppSettings(f.settings).windowGeometry().isEmpty());
    MainWindow again(f.session, f.settings);
    QCOMPARE(again.currentWorkspace(), again.workspace(3));
}

void TestMainWindow::liveProfileShowsBand()
{
    test::SandboxSessionFixture f;
    Profile live;
    live.name = QStringLiteral("본점 실결제");
    live.impKey = QStringLiteral("imp_live_key");
    // A live profile is https only (nothing listens there: no request is needed here).
    live.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:9"));
    live.tierCode = QStringLiteral("ABC");
    live.live = true;
    QVERIFY(f.session.profiles().add(live).isEmpty());

    MainWindow window(f.session, f.settings);
    window.show();
    QVERIFY(window.openProfile(live.id));
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("liveBandLabel"))->isVisible());
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("profileModeLabel"))->text(),
             QStringLiteral("LIVE"));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("profileTierLabel"))->text(),
             QStringLiteral("Tier ABC"));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("본점 실결제")));

    auto *combo = window.findChild<QComboBox *>(QStringLiteral("profileComboBox"));
    QCOMPARE(combo->count(), 2);
    QVERIFY(window.openProfile(AppSettings::SandboxProfileId));
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("liveBandLabel"))->isVisible());
    QCOMPARE(combo->currentData().toString(), AppSettings::SandboxProfileId);
}

namespace {

bool acceptsConnections(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(2000);
}

} // namespace

// Its port is open only while the Sandbox profile is active.
void TestMainWindow::leavingTheSandboxProfileStopsTheSandbox()
{
    test::SandboxSessionFixture f;
    const quint16 port = f.server().port();
    QVERIFY(acceptsConnections(port));
    Profile saved;
    saved.name = QStringLiteral("Merchant");
    saved.impKey = sandbox::SandboxServer::defaultAccount().impKey;
    saved.baseUrl = f.backend.baseUrl();
    QVERIFY(f.session.profiles().add(saved).isEmpty());
    MainWindow window(f.session, f.settings);
    window.show();

    QVERIFY(window.openProfile(saved.id));
    QVERIFY(!f.builtInSandbox.server());
    QVERIFY(!acceptsConnections(port));

    QVERIFY(window.openProfile(AppSettings::SandboxProfileId));
    QVERIFY(f.builtInSandbox.server());
    QVERIFY(acceptsConnections(f.server().port()));
    QCOMPARE(f.session.activeProfile().baseUrl, f.server().baseUrl());
    test::Capture<QList<PgChannel>> channels; // the fresh sandbox answers
    f.session.client()->getPgChannels(&window, channels.callback());
    QVERIFY(channels.wait());
    QVERIFY(channels.result().ok());
}

void TestMainWindow::tokenStateAndLastRequest()
{
    test::SandboxSessionFixture f;
    MainWindow window(f.session, f.settings);
    window.show();
    window.showWorkspaces();
    auto *token = window.findChild<QLabel *>(QStringLiteral("tokenStatusLabel"));
    QCOMPARE(token->text(), QStringLiteral("Token: none yet"));

    test::Capture<QList<PgChannel>> got;
    f.session.client()->getPgChannels(&window, got.callback());
    QVERIFY(got.wait());
    QTRY_VERIFY(token->text().startsWith(QStringLiteral("Token: valid until")));
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("lastRequestLabel"))
                    ->text()
                    .contains(QStringLiteral("GET /users/pg — ok (HTTP 200")));

    // 401 mid-session: the token is refreshed silently and the call still succeeds.
    f.server().expireAllTokens();
    got.reset();
    f.session.client()->getPgChannels(&window, got.callback());
    QVERIFY(got.wait());
    QVERIFY(got.result().ok());
    QCOMPARE(f.server().tokenRequestCount(), 2);
}

// Through the Payments workspace, as an operator would: a reply that never comes, a 500 and a
// body that is not JSON each show the error panel, and the next lookup works.
void TestMainWindow::failuresShowTheErrorPanelAndKeepTheWindowUsable()
{
    test::SandboxSessionFixture f;
    f.session.setRequestTimeout(std::chrono::milliseconds(400));
    QCOMPARE(f.session.startSandbox(), QString());
    MainWindow window(f.session, f.settings);
    window.show();
    window.showWorkspaces();
    window.selectWorkspace(3);
    Workspace *payments = window.currentWorkspace();
    auto *id = payments->findChild<QLineEdit *>(QStringLiteral("impUidLineEdit"));
    auto *panel = payments->findChild<ErrorPanel *>(QStringLiteral("errorPanel"));
    QVERIFY(id && panel);
    id->setText(QStringLiteral("imp_200000000001"));

    const auto lookUpExpectingError = [&](const sandbox::SandboxFaults &faults,
                                          const QString &expected) {
        f.server().setFaults(faults);
        payments->submit();
        QTRY_VERIFY(!payments->isBusy() && panel->isVisible());
        QVERIFY2(panel->explanationText().contains(expected), qPrintable(panel->explanationText()));
        QCOMPARE(id->text(), QStringLiteral("imp_200000000001"));
    };
    sandbox::SandboxFaults hang;
    hang.hang = true;
    lookUpExpectingError(hang, QStringLiteral("did not answer in time"));
    sandbox::SandboxFaults serverError;
    serverError.serverError = true;
    lookUpExpectingError(serverError, QStringLiteral("internal error"));
    sandbox::SandboxFaults malformed;
    malformed.malformedJson = true;
    lookUpExpectingError(malformed, QStringLiteral("could not be read"));

    f.server().setFaults({});
    payments->submit();
    QTRY_VERIFY(!payments->isBusy() && !panel->isVisible());
}

void TestMainWindow::koreanCatalogueIsUsed()
{
    const auto korean = test::translatedInto(QStringLiteral("ko"));
    test::SandboxSessionFixture f;
    MainWindow window(f.session, f.settings);
    const auto *navigation
        = window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("본인인증"));
    QCOMPARE(navigation->item(1)->text(), QStringLiteral("빌링키"));
    QCOMPARE(navigation->item(3)->text(), QStringLiteral("결제 조회"));
}

// A Benepia payment's progress names the amount, the member and the merchant_uid, a long line:
// it wraps inside the form, and neither the window nor its navigation list changes width while
// the request runs (the list once shrank to a sliver with a horizontal scroll bar).
void TestMainWindow::longProgressTextKeepsTheNavigationWidth()
{
    test::SandboxSessionFixture f;
    MainWindow window(f.session, f.settings);
    window.resize(1093, 544); // 1366×768 at 125 %, less a panel and a title bar
    window.show();
    window.showWorkspaces();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectWorkspace(2);
    Workspace *page = window.currentWorkspace();
    QTRY_VERIFY(!page->findChild<ChannelPicker *>(QStringLiteral("payChannelComboBox"))
                     ->channelKey()
                     .isEmpty());
    page->findChild<QTabWidget *>(QStringLiteral("benepiaTabWidget"))->setCurrentIndex(1);
    QCoreApplication::processEvents();
    const auto *navigation
        = window.findChild<QListWidget *>(QStringLiteral("navigationListWidget"));
    const int navigationWidth = navigation->width();
    const int windowWidth = window.width();

    const auto fill = [page](const char *name, const QString &text) {
        auto *line = page->findChild<QLineEdit *>(QString::fromLatin1(name));
        QVERIFY2(line, name);
        line->setFocus();
        line->selectAll();
        QTest::keyClicks(line, text);
    };
    fill("payUserLineEdit", QStringLiteral("benepia_test"));
    fill("payPasswordLineEdit", QStringLiteral("benepia1234"));
    fill("amountLineEdit", QStringLiteral("1000"));
    fill("orderNameLineEdit", QStringLiteral("Welfare mall gift voucher, spring season"));
    fill("merchantUidLineEdit",
         QStringLiteral("order-2026-12-05-spring-welfare-voucher-0000001234"));
    f.server().setFaults(sandbox::SandboxFaults { .latencyMs = 1500 });
    f.prompts.answers = { true };
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("payButton")), Qt::LeftButton);
    QVERIFY(page->isBusy());
    auto *form = page->findChild<QWidget *>(QStringLiteral("paymentForm"));
    auto *progress = form->findChild<RequestProgress *>();
    const auto *progressLabel = form->findChild<QLabel *>(QStringLiteral("progressLabel"));
    QTRY_VERIFY(progressLabel->isVisible());
    QVERIFY(progressLabel->text().contains(QStringLiteral("merchant_uid")));
    QTest::qWait(50); // let the layout settle
    QCOMPARE(navigation->width(), navigationWidth);
    QCOMPARE(window.width(), windowWidth);
    QVERIFY(!navigation->horizontalScrollBar()->isVisible());
    // Nor does the page grow wider than its place (it would scroll sideways).
    const auto *frame
        = window.findChild<QScrollArea *>(QStringLiteral("benepiaWorkspaceScrollArea"));
    QVERIFY(frame);
    QVERIFY(!frame->horizontalScrollBar()->isVisible());
    QVERIFY(page->minimumSizeHint().width() <= frame->viewport()->width());
    QVERIFY(progress->width() <= page->width());
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), 10000);
    QCOMPARE(navigation->width(), navigationWidth);
}

// Closing the window while a Benepia payment from its form is on the wire asks first: "wait"
// keeps the window open and the answer is shown on the form; "go on" closes it, and the call is
// recorded once as an unknown outcome in history and in the audit log (issue 12, acceptance).
void TestMainWindow::closingWithAPaymentOnTheWireAsks()
{
    test::SandboxSessionFixture f;
    MainWindow window(f.session, f.settings);
    window.resize(1200, 800);
    window.show();
    window.showWorkspaces();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.selectWorkspace(2); // Benepia
    QWidget &page = *window.currentWorkspace();
    using test::child;
    QTRY_COMPARE(child<ChannelPicker>(page, "payChannelComboBox")->channelKey(),
                 u"channel-key-sbx-benepia"_s);
    child<QTabWidget>(page, "benepiaTabWidget")->setCurrentIndex(1);
    const auto type = [&](const char *name, const QString &text) {
        auto *edit = child<QLineEdit>(page, name);
        edit->clear();
        QTest::keyClicks(edit, text);
    };
    const auto pay = [&] {
        type("payPasswordLineEdit", u"benepia1234"_s);
        QString merchantUid = child<QLineEdit>(page, "merchantUidLineEdit")->text();
        f.prompts.answers = { true }; // the payment's own confirmation
        QTest::mouseClick(child<QPushButton>(page, "payButton"), Qt::LeftButton);
        return merchantUid;
    };
    type("payUserLineEdit", u"benepia_test"_s);
    type("amountLineEdit", u"700"_s);
    type("orderNameLineEdit", u"closing order"_s);
    f.server().setFaults({ .latencyMs = 1500, .onlyMethod = u"POST"_s });

    const QString waited = pay();
    QTRY_VERIFY(!f.session.connection().stateChangesInFlight().isEmpty());
    f.prompts.answers = { false }; // wait
    QVERIFY(!window.close());
    QVERIFY(window.isVisible());
    QVERIFY(f.prompts.asked.constLast().text.contains(waited));
    auto *result = child<ResultView>(page, "paymentResultView");
    QTRY_VERIFY_WITH_TIMEOUT(result->isVisible(), 5000);
    QCOMPARE(result->value(u"merchant_uid"_s), waited);

    const QString abandoned = pay();
    QTRY_VERIFY(!f.session.connection().stateChangesInFlight().isEmpty());
    f.prompts.answers = { true }; // go on
    QVERIFY(window.close());
    const HistoryRecord last = f.session.history().load().constLast();
    QCOMPARE(last.operation, u"payBenepiaPoint"_s);
    QCOMPARE(last.outcome, RequestTrace::Outcome::Unknown);
    const AuditEntry audit = f.session.auditLog().entries().constLast();
    QCOMPARE(audit.action, AuditAction::BenepiaPaid);
    QCOMPARE(audit.outcome, u"unknown"_s);
    QVERIFY(audit.targets.contains(abandoned));
    f.server().setFaults({});
}

void TestMainWindow::languageFollowsSystemUnlessOverridden_data()
{
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("system");
    QTest::addColumn<QString>("expected");
    QTest::newRow("korean system") << QString() << QStringLiteral("ko_KR") << QStringLiteral("ko");
    QTest::newRow("english system") << QString() << QStringLiteral("en_US") << QStringLiteral("en");
    QTest::newRow("other system") << QString() << QStringLiteral("de_DE") << QStringLiteral("en");
    QTest::newRow("override en") << QStringLiteral("en") << QStringLiteral("ko_KR")
                                 << QStringLiteral("en");
    QTest::newRow("override ko") << QStringLiteral("ko") << QStringLiteral("C")
                                 << QStringLiteral("ko");
}

void TestMainWindow::languageFollowsSystemUnlessOverridden()
{
    QFETCH(QString, override);
    QFETCH(QString, system);
    QFETCH(QString, expected);
    QCOMPARE(chooseLanguage(override, system), expected);
}

// View › Language saves the choice and tells, through the prompts, that it applies at the
// next start.
void TestMainWindow::choosingALanguageSaysWhenItApplies()
{
    test::SandboxSessionFixture f;
    MainWindow window(f.session, f.settings);
    QAction *english = nullptr;
    const auto actions = window.findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text() == u"English"_s)
            english = action;
    }
    QVERIFY(english);
    english->trigger();
    QCOMPARE(AppSettings(f.settings).language(), u"en"_s);
    QCOMPARE(f.prompts.told.size(), 1);
    const Notice told = f.prompts.told.first();
    QVERIFY(told.kind == Notice::Kind::Information);
    QCOMPARE(told.title, u"Language"_s);
    QCOMPARE(told.text, u"The new language applies the next time PortOne Desk starts."_s);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
