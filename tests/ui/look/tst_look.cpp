#include "../UiTestSupport.h"
#include "core/api/ApiError.h"
#include "ui/AppSettings.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"
#include "ui/common/Announce.h"
#include "ui/common/EmptyStateHint.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/LocaleFormat.h"
#include "ui/common/OutcomeNotice.h"
#include "ui/common/RequestProgress.h"
#include "ui/common/Workspace.h"

#include <QLabel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace portone;
using namespace Qt::StringLiterals;

// The look and behaviour around the workspaces: the formats of the UI locale, splitters that
// survive a restart, empty views that say what to do, and status changes that reach assistive
// technology. That every window fits small screens is tst_window_fit.
class TestLook : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void amountsAndTimesFollowTheUiLocale();
    void uiLocaleFollowsTheChosenLanguage();
    void splittersAreRememberedAcrossRestarts();
    void emptyTablesSayWhatToDoFirst();
    void statusChangesAreAnnounced();
    void serverTextIsShownAsPlainText();
};

void TestLook::cleanup()
{
    QLocale::setDefault(QLocale::c());
}

void TestLook::amountsAndTimesFollowTheUiLocale()
{
    QLocale::setDefault(QLocale(QLocale::Korean, QLocale::SouthKorea));
    QCOMPARE(formatAmount(50000, u"KRW"_s), u"50,000원"_s);
    QCOMPARE(formatNumber(1234567), u"1,234,567"_s);
    const QDateTime time(QDate(2026, 3, 7), QTime(14, 5, 9));
    const QString korean = formatLocalTime(time);
    QVERIFY2(korean.contains(u"2026"_s) && korean.contains(u"05:09"_s), qPrintable(korean));
    QVERIFY2(korean.contains(u"오후"_s), qPrintable(korean)); // Korean: 오후 2:05:09

    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(formatAmount(50000, u"KRW"_s), u"₩50,000"_s);
    QCOMPARE(formatAmount(-1500, u"KRW"_s), u"-₩1,500"_s);
    QCOMPARE(formatAmount(12.5, u"usd"_s), u"12.50 USD"_s);
    QCOMPARE(formatLocalTime(time), u"3/7/2026 2:05:09\u202fPM"_s.replace(u'\u202f', u' '));

    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(formatNumber(50000), u"50.000"_s);
    QCOMPARE(formatLocalTime(QDateTime()), u"—"_s);
}

void TestLook::uiLocaleFollowsTheChosenLanguage()
{
    const QLocale british(QLocale::English, QLocale::UnitedKingdom);
    QCOMPARE(uiLocale(u"en"_s, british), british); // the system's own English
    QCOMPARE(uiLocale(u"ko"_s, british).language(), QLocale::Korean);
    QCOMPARE(uiLocale(u"en"_s, QLocale(QLocale::Korean, QLocale::SouthKorea)).territory(),
             QLocale::UnitedStates);
}

void TestLook::splittersAreRememberedAcrossRestarts()
{
    test::SandboxSessionFixture f;
    QList<int> billingSizes, paymentSizes;
    {
        MainWindow window(f.session, f.settings);
        window.resize(1100, 760);
        window.show();
        window.showWorkspaces();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.selectWorkspace(1);
        auto *billing = window.findChild<QSplitter *>(u"billingKeyResultsSplitter"_s);
        window.selectWorkspace(3);
        auto *payments = window.findChild<QSplitter *>(u"resultsSplitter"_s);
        QVERIFY(billing && payments);
        window.selectWorkspace(1);
        QCoreApplication::processEvents();
        const QList<int> defaultBilling = billing->sizes();
        const int billingTotal = defaultBilling.first() + defaultBilling.last();
        billing->setSizes(
            { defaultBilling.first() + 60, billingTotal - defaultBilling.first() - 60 });
        if (billing->sizes() == defaultBilling)
            billing->setSizes(
                { defaultBilling.first() - 60, billingTotal - defaultBilling.first() + 60 });
        window.selectWorkspace(3);
        QCoreApplication::processEvents();
        const QList<int> defaultPayments = payments->sizes();
        const int paymentsTotal = defaultPayments.first() + defaultPayments.last();
        payments->setSizes({ paymentsTotal / 3, paymentsTotal - paymentsTotal / 3 });
        billingSizes = billing->sizes();
        paymentSizes = payments->sizes();
        QVERIFY2(billingSizes != defaultBilling, qPrintable(QString::number(billingTotal)));
        QVERIFY(paymentSizes != defaultPayments);
        window.close();
    }
    f.settings.sync();
    QVERIFY(!AppSettings(f.settings)
                 .splitterState(u"billingKeysWorkspace/billingKeyResultsSplitter"_s)
                 .isEmpty());
    QVERIFY(
        !AppSettings(f.settings).splitterState(u"paymentsWorkspace/resultsSplitter"_s).isEmpty());

    MainWindow restarted(f.session, f.settings);
    restarted.show();
    restarted.showWorkspaces();
    QVERIFY(QTest::qWaitForWindowExposed(&restarted));
    restarted.selectWorkspace(1);
    QCOMPARE(restarted.findChild<QSplitter *>(u"billingKeyResultsSplitter"_s)->sizes(),
             billingSizes);
    restarted.selectWorkspace(3);
    QCOMPARE(restarted.findChild<QSplitter *>(u"resultsSplitter"_s)->sizes(), paymentSizes);
}

void TestLook::emptyTablesSayWhatToDoFirst()
{
    QStandardItemModel model;
    QTableView view;
    view.setModel(&model);
    EmptyStateHint *hint = EmptyStateHint::install(&view, u"Type an id, then press Look up."_s);
    view.resize(400, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QCOMPARE(view.accessibleDescription(), hint->text());
    const QImage empty = view.viewport()->grab().toImage();
    model.appendRow(new QStandardItem(u"imp_1"_s));
    QCOMPARE(view.accessibleDescription(), QString());
    model.clear();
    QCOMPARE(view.accessibleDescription(), hint->text());
    // The hint is painted: the empty viewport is not a blank rectangle.
    const QColor background = empty.pixelColor(2, 2);
    bool painted = false;
    for (int y = 0; y < empty.height() && !painted; ++y) {
        for (int x = 0; x < empty.width() && !painted; ++x)
            painted = empty.pixelColor(x, y) != background;
    }
    QVERIFY(painted);

    test::SandboxSessionFixture f;
    MainWindow window(f.session, f.settings);
    window.workspace(1);
    window.workspace(3);
    for (const QString &name : { u"resultsTableView"_s, u"paymentsTableView"_s }) {
        auto *table = window.findChild<QTableView *>(name);
        QVERIFY2(table, qPrintable(name));
        QVERIFY2(table->accessibleDescription().contains(u"Look up"_s), qPrintable(name));
    }
}

void TestLook::statusChangesAreAnnounced()
{
    QWidget host;
    auto *errors = new ErrorPanel(&host);
    auto *progress = new RequestProgress(&host);
    auto *notice = new OutcomeNotice(u"Look up the result"_s, &host);
    host.show();
    QVERIFY(QTest::qWaitForWindowExposed(&host));

    ApiError error;
    error.kind = ApiError::Kind::NotFound;
    error.httpStatus = 404;
    error.message = u"존재하지 않는 결제정보입니다."_s;
    errors->showError(error);
    QVERIFY(errors->accessibleDescription().contains(u"HTTP 404"_s));
    QVERIFY(errors->accessibleDescription().contains(error.message));

    auto *progressLabel = progress->findChild<QLabel *>(u"progressLabel"_s);
    progress->start(u"Looking up imp_1…"_s, {});
    QCOMPARE(progressLabel->accessibleDescription(), u"Looking up imp_1…"_s);

    notice->label()->setText(u"The outcome is unknown."_s);
    notice->show();
    QCOMPARE(notice->label()->accessibleDescription(), u"The outcome is unknown."_s);

    progress->finish();
    QCOMPARE(progressLabel->accessibleDescription(), u"Finished: Looking up imp_1…"_s);

    // In the window: the token status and the last request, after a real request.
    test::SandboxSessionFixture f;
    MainWindow window(f.session, f.settings);
    window.show();
    window.showWorkspaces();
    auto *token = window.findChild<QLabel *>(u"tokenStatusLabel"_s);
    auto *last = window.findChild<QLabel *>(u"lastRequestLabel"_s);
    QTRY_VERIFY2(last->accessibleDescription().startsWith(u"Last request:"_s),
                 qPrintable(last->accessibleDescription()));
    QCOMPARE(last->accessibleName(), u"Last request"_s);
    QTRY_VERIFY(token->accessibleDescription().startsWith(u"Token: valid until"_s));
    // The countdown ticks every second in the text, not in what a screen reader is told.
    const QString told = token->accessibleDescription();
    const QString shown = token->text();
    QTRY_VERIFY_WITH_TIMEOUT(token->text() != shown, 2500);
    QCOMPARE(token->accessibleDescription(), told);
    QCOMPARE(token->accessibleName(), u"Token status"_s);
}

// A message from the server (or an id the operator typed) that looks like markup is shown as
// the characters it is: a gateway's "<b>" or "<img>" is not rendered (issue 15, item 15). The
// outcome notices, which mark words in bold, escape what they insert instead.
void TestLook::serverTextIsShownAsPlainText()
{
    QWidget host;
    auto *errors = new ErrorPanel(&host);
    auto *progress = new RequestProgress(&host);
    host.show();
    const QString markup = u"<b>결제 실패</b><img src=\"https://example.com/x.png\"><br>다시"_s;
    QVERIFY(Qt::mightBeRichText(markup));
    ApiError error;
    error.kind = ApiError::Kind::Refused;
    error.httpStatus = 400;
    error.message = markup;
    errors->showError(error);
    progress->start(u"Looking up <i>order_1</i>…"_s, {});
    for (const QString &name : { u"errorStatusLabel"_s, u"errorMessageLabel"_s,
                                 u"errorExplanationLabel"_s, u"progressLabel"_s }) {
        auto *label = host.findChild<QLabel *>(name);
        QVERIFY2(label, qPrintable(name));
        QCOMPARE(label->textFormat(), Qt::PlainText);
    }
    QCOMPARE(host.findChild<QLabel *>(u"errorMessageLabel"_s)->text(), markup);
}

QTEST_MAIN(TestLook)
#include "tst_look.moc"
