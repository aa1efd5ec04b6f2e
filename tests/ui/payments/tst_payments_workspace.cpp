#include "tests/ui/UiTestSupport.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/ResultView.h"
#include "ui/payments/PaymentTableModel.h"
#include "ui/payments/PaymentsWorkspace.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace portone;
using namespace Qt::StringLiterals;

namespace {

// The Payments page on its own, against the sandbox, as an operator uses it.
struct PaymentsScreen
{
    PaymentsScreen()
        : workspace(fixture.session)
    {
        workspace.resize(1100, 760);
        workspace.show();
    }

    template<typename T> T *find(const QString &name) const
    {
        return workspace.findChild<T *>(name);
    }
    QAbstractItemModel *table() const { return find<QTableView>(u"paymentsTableView"_s)->model(); }
    QString cell(int row, int column) const
    {
        return table()->index(row, column).data().toString();
    }
    ErrorPanel *errorPanel() const { return find<ErrorPanel>(u"errorPanel"_s); }
    ResultView *detail() const { return find<ResultView>(u"resultView"_s); }
    QPushButton *lookupButton() const { return find<QPushButton>(u"lookupButton"_s); }
    QLabel *outcome() const { return find<QLabel>(u"outcomeLabel"_s); }

    void openTab(int index) const
    {
        auto *bar = find<QTabBar>(u"lookupModeTabBar"_s);
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->tabRect(index).center());
        QCOMPARE(bar->currentIndex(), index);
    }
    void lookUpImpUid(const QString &impUid) const
    {
        openTab(0);
        auto *edit = find<QLineEdit>(u"impUidLineEdit"_s);
        edit->clear();
        QTest::keyClicks(edit, impUid);
        QTest::mouseClick(lookupButton(), Qt::LeftButton);
    }
    void pasteIds(const QString &text) const
    {
        openTab(2);
        auto *edit = find<QPlainTextEdit>(u"idsPlainTextEdit"_s);
        edit->clear();
        edit->setFocus();
        QApplication::clipboard()->setText(text);
        QTest::keySequence(edit, QKeySequence::Paste);
    }

    test::SandboxSessionFixture fixture;
    PaymentsWorkspace workspace;
};

} // namespace

class TestPaymentsWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void singleImpUidLookupFillsRowAndDetail();
    void tabOrderFollowsTheForm();
    void maskedCardNumberIsShownAsReturned();
    void merchantUidLookupWithStatusFilter();
    void testPaymentNeedsIncludeSandbox();
    void multipleLookupListsMissingIdsByName();
    void partialAnswerWithCodeListsTheRestAsNotLookedUp();
    void pastedListIsCleanedAndCounted();
    void moreThan100IdsAreRefusedBeforeSending();
    void serverErrorShowsPanelAndStaysUsable();
    void malformedBodyShowsParseError();
    void escapeCancelsSlowRequest();
};

void TestPaymentsWorkspace::singleImpUidLookupFillsRowAndDetail()
{
    PaymentsScreen s;
    QCOMPARE(s.table()->rowCount(), 0);
    s.lookUpImpUid(u"imp_200000000001"_s);
    QTRY_COMPARE(s.table()->rowCount(), 1);
    QCOMPARE(s.cell(0, PaymentTableModel::ImpUidColumn), u"imp_200000000001"_s);
    QCOMPARE(s.cell(0, PaymentTableModel::MerchantUidColumn), u"order_20240101_0001"_s);
    QCOMPARE(s.cell(0, PaymentTableModel::StatusColumn), u"Paid"_s);
    QCOMPARE(s.cell(0, PaymentTableModel::AmountColumn), u"9,900"_s);
    QCOMPARE(s.cell(0, PaymentTableModel::CurrencyColumn), u"KRW"_s);
    QCOMPARE(s.cell(0, PaymentTableModel::BuyerNameColumn), u"이서연"_s);
    QVERIFY(!s.cell(0, PaymentTableModel::PaidAtColumn).isEmpty());
    QVERIFY(s.table()
                ->index(0, PaymentTableModel::PaidAtColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .endsWith(u"UTC"_s));
    QVERIFY(!s.errorPanel()->isVisible());

    // The detail pane shows the selected payment, with copy buttons for its ids.
    QCOMPARE(s.detail()->value(u"imp_uid"_s), u"imp_200000000001"_s);
    QCOMPARE(s.detail()->value(u"merchant_uid"_s), u"order_20240101_0001"_s);
    QCOMPARE(s.detail()->value(u"Status"_s), u"Paid"_s);
    QTest::mouseClick(s.find<QToolButton>(u"copyButton_merchant_uid"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"order_20240101_0001"_s);
    QVERIFY(s.find<QLabel>(u"receiptUrlLabel"_s)
                ->text()
                .contains(u"href=\"https://sandbox.portone.local/receipt/imp_200000000001\""_s));
    QVERIFY(s.detail()->rawText().contains(u"\"imp_uid\": \"imp_200000000001\""_s));
    QCOMPARE(s.outcome()->text(), u"Found payment imp_200000000001."_s);
}

void TestPaymentsWorkspace::tabOrderFollowsTheForm()
{
    PaymentsScreen s;
    QApplication::setActiveWindow(&s.workspace);
    QVERIFY(QTest::qWaitForWindowActive(&s.workspace));
    auto *edit = s.find<QLineEdit>(u"impUidLineEdit"_s);
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), s.find<QCheckBox>(u"includeSandboxCheckBox"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), s.lookupButton());

    s.openTab(1);
    auto *merchantUid = s.find<QLineEdit>(u"merchantUidLineEdit"_s);
    merchantUid->setFocus();
    QTest::keyClick(merchantUid, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), s.find<QComboBox>(u"statusComboBox"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), s.find<QComboBox>(u"sortingComboBox"_s));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), s.lookupButton());
}

void TestPaymentsWorkspace::maskedCardNumberIsShownAsReturned()
{
    PaymentsScreen s;
    s.lookUpImpUid(u"imp_200000000001"_s);
    QTRY_COMPARE(s.table()->rowCount(), 1);
    // PortOne masks the middle digits itself; the screen shows that value unchanged.
    QCOMPARE(s.cell(0, PaymentTableModel::CardNumberColumn), u"************1111"_s);
    QCOMPARE(s.detail()->value(u"Card number"_s), u"************1111"_s);
    // Not copyable, and never the whole number anywhere.
    QVERIFY(!s.find<QToolButton>(u"copyButton_Card number"_s));
    QVERIFY(!s.detail()->rawText().contains(u"4111111111111111"_s));
}

void TestPaymentsWorkspace::merchantUidLookupWithStatusFilter()
{
    PaymentsScreen s;
    s.openTab(1);
    auto *edit = s.find<QLineEdit>(u"merchantUidLineEdit"_s);
    auto *status = s.find<QComboBox>(u"statusComboBox"_s);
    QTest::keyClicks(edit, u"order_20240101_0001"_s);
    status->setCurrentIndex(status->findData(int(MerchantPaymentStatus::Paid)));
    QTest::keyClick(edit, Qt::Key_Return); // Enter submits
    QTRY_COMPARE(s.table()->rowCount(), 1);
    QCOMPARE(s.cell(0, PaymentTableModel::ImpUidColumn), u"imp_200000000001"_s);

    // The same order is not cancelled: PortOne answers 404, and the test-payment hint is not
    // shown (it only applies to the imp_uid lookup).
    status->setCurrentIndex(status->findData(int(MerchantPaymentStatus::Cancelled)));
    QTest::mouseClick(s.lookupButton(), Qt::LeftButton);
    QTRY_VERIFY(s.errorPanel()->isVisible());
    QVERIFY(s.errorPanel()->statusText().contains(u"HTTP 404"_s));
    QVERIFY(!s.find<QLabel>(u"testPaymentHintLabel"_s)->isVisible());
    QCOMPARE(edit->text(), u"order_20240101_0001"_s); // nothing typed is lost

    // order_retry_0001 has a failed and a paid attempt; the filter picks the failed one.
    edit->clear();
    QTest::keyClicks(edit, u"order_retry_0001"_s);
    status->setCurrentIndex(status->findData(int(MerchantPaymentStatus::Failed)));
    QTest::mouseClick(s.lookupButton(), Qt::LeftButton);
    QTRY_COMPARE(s.table()->rowCount(), 1);
    QCOMPARE(s.cell(0, PaymentTableModel::ImpUidColumn), u"imp_200000000007"_s);
    QCOMPARE(s.cell(0, PaymentTableModel::StatusColumn), u"Failed"_s);
    QVERIFY(!s.cell(0, PaymentTableModel::FailedAtColumn).isEmpty());
    QVERIFY(!s.errorPanel()->isVisible());
}

void TestPaymentsWorkspace::testPaymentNeedsIncludeSandbox()
{
    PaymentsScreen s;
    auto *hint = s.find<QLabel>(u"testPaymentHintLabel"_s);
    s.lookUpImpUid(u"imp_200000000006"_s);
    QTRY_VERIFY(s.errorPanel()->isVisible());
    QVERIFY(s.errorPanel()->statusText().contains(u"HTTP 404"_s));
    QCOMPARE(s.errorPanel()->messageText(), u"존재하지 않는 결제정보입니다."_s);
    QVERIFY(hint->isVisible());
    QVERIFY(hint->text().contains(u"Include test payments"_s));
    QCOMPARE(s.table()->rowCount(), 0);

    auto *includeSandbox = s.find<QCheckBox>(u"includeSandboxCheckBox"_s);
    QTest::mouseClick(includeSandbox, Qt::LeftButton, {}, QPoint(8, includeSandbox->height() / 2));
    QVERIFY(includeSandbox->isChecked());
    QTest::keyClick(s.find<QLineEdit>(u"impUidLineEdit"_s), Qt::Key_Return);
    QTRY_COMPARE(s.table()->rowCount(), 1);
    QCOMPARE(s.cell(0, PaymentTableModel::MerchantUidColumn), u"order_sandbox_0001"_s);
    QCOMPARE(s.detail()->value(u"Test payment"_s), u"Yes"_s);
    QVERIFY(!s.errorPanel()->isVisible());
    QVERIFY(!hint->isVisible());
}

void TestPaymentsWorkspace::multipleLookupListsMissingIdsByName()
{
    PaymentsScreen s;
    s.pasteIds(u"imp_200000000001\nimp_200000000003\nimp_999999999998\n"
               "imp_200000000004\nimp_999999999999\n"_s);
    QTest::mouseClick(s.lookupButton(), Qt::LeftButton);
    QTRY_COMPARE(s.table()->rowCount(), 3);
    auto *missing = s.find<QListWidget>(u"notFoundListWidget"_s);
    QTRY_VERIFY(missing->isVisible());
    QCOMPARE(missing->count(), 2);
    QCOMPARE(missing->item(0)->text(), u"imp_999999999998"_s);
    QCOMPARE(missing->item(1)->text(), u"imp_999999999999"_s);
    QCOMPARE(s.find<QLabel>(u"notFoundTitleLabel"_s)->text(), u"Not found (2)"_s);
    QVERIFY(s.outcome()->text().contains(u"Found 3 of 5 payments"_s));
    QVERIFY(!s.errorPanel()->isVisible());
    QTest::mouseClick(s.find<QPushButton>(u"copyNotFoundButton"_s), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), u"imp_999999999998\nimp_999999999999"_s);

    // Sortable: by amount, ascending (35,000 < 89,000 > 9,900 as text, but not as numbers).
    auto *view = s.find<QTableView>(u"paymentsTableView"_s);
    view->sortByColumn(PaymentTableModel::AmountColumn, Qt::AscendingOrder);
    QCOMPARE(s.cell(0, PaymentTableModel::AmountColumn), u"9,900"_s);
    QCOMPARE(s.cell(2, PaymentTableModel::AmountColumn), u"89,000"_s);
    // Selecting a row shows that payment in the detail pane.
    view->selectRow(2);
    QCOMPARE(s.detail()->value(u"imp_uid"_s), u"imp_200000000004"_s);
    QCOMPARE(s.detail()->value(u"Status"_s), u"Cancelled"_s);

    // None found at all (404): every id listed.
    s.pasteIds(u"imp_000000000001, imp_000000000002"_s);
    QTest::mouseClick(s.lookupButton(), Qt::LeftButton);
    QTRY_COMPARE(missing->count(), 2);
    QCOMPARE(s.table()->rowCount(), 0);
    QCOMPARE(missing->item(0)->text(), u"imp_000000000001"_s);
}

// A 207 whose code is not 0: the payments found are shown, the others are "not looked up"
// (PortOne's failure, verbatim, in the error panel), not "not found" (issue 15, item 4).
void TestPaymentsWorkspace::partialAnswerWithCodeListsTheRestAsNotLookedUp()
{
    PaymentsScreen s;
    s.fixture.server().setOptions({ .partialLookupsWithCode = true });
    s.pasteIds(u"imp_200000000001\nimp_999999999998\nimp_200000000004\n"_s);
    QTest::mouseClick(s.lookupButton(), Qt::LeftButton);
    QTRY_COMPARE(s.table()->rowCount(), 2);
    auto *failed = s.find<QListWidget>(u"notLookedUpListWidget"_s);
    QTRY_VERIFY(failed->isVisible());
    QCOMPARE(failed->count(), 1);
    QCOMPARE(failed->item(0)->text(), u"imp_999999999998"_s);
    QVERIFY(!s.find<QListWidget>(u"notFoundListWidget"_s)->isVisible());
    QVERIFY2(s.outcome()->text().contains(u"could not look up 1"_s),
             qPrintable(s.outcome()->text()));
    QVERIFY(s.errorPanel()->isVisible());
    QVERIFY2(s.errorPanel()->statusText().contains(u"HTTP 207"_s),
             qPrintable(s.errorPanel()->statusText()));
    QVERIFY(s.errorPanel()->messageText().startsWith(u"일부 결제건을 찾지 못하였습니다."_s));
    QVERIFY(s.errorPanel()->explanationText().contains(u"only some of the ids"_s));

    s.fixture.server().setOptions({}); // the next answer clears it all
    QTest::mouseClick(s.lookupButton(), Qt::LeftButton);
    QTRY_VERIFY(s.find<QListWidget>(u"notFoundListWidget"_s)->isVisible());
    QVERIFY(!failed->isVisible());
    QVERIFY(!s.errorPanel()->isVisible());
}

void TestPaymentsWorkspace::pastedListIsCleanedAndCounted()
{
    PaymentsScreen s;
    s.pasteIds(u"order_20240101_0001\n\n  order_20240101_0002, order_20240101_0001\n"
               "order_20240101_0003 ,, \n\n"_s);
    QCOMPARE(s.find<QLabel>(u"idCountLabel"_s)->text(), u"3 id(s) will be looked up."_s);
    QTest::mouseClick(s.find<QRadioButton>(u"merchantUidsRadioButton"_s), Qt::LeftButton);
    const int before = s.fixture.server().requestCount();
    QTest::mouseClick(s.lookupButton(), Qt::LeftButton);
    QTRY_COMPARE(s.table()->rowCount(), 3);
    QVERIFY(s.fixture.server().requestCount() > before);
    QCOMPARE(s.cell(1, PaymentTableModel::ImpUidColumn), u"imp_200000000002"_s);
    QCOMPARE(s.cell(1, PaymentTableModel::StatusColumn), u"Not paid"_s);
    QVERIFY(!s.find<QListWidget>(u"notFoundListWidget"_s)->isVisible());
}

void TestPaymentsWorkspace::moreThan100IdsAreRefusedBeforeSending()
{
    PaymentsScreen s;
    QStringList ids;
    for (int i = 1; i <= 101; ++i)
        ids << u"imp_3%1"_s.arg(i, 11, 10, QChar(u'0'));
    s.pasteIds(ids.join(u'\n'));
    auto *message = s.find<QLabel>(u"idsMessageLabel"_s);
    QVERIFY(message->isVisible()); // as soon as it is pasted
    QVERIFY(message->text().contains(u"at most 100"_s));
    QCOMPARE(s.find<QLabel>(u"idCountLabel"_s)->text(), u"101 id(s) will be looked up."_s);

    const int before = s.fixture.server().requestCount();
    QTest::mouseClick(s.lookupButton(), Qt::LeftButton);
    QTest::qWait(200);
    QCOMPARE(s.fixture.server().requestCount(), before);
    QVERIFY(!s.workspace.isBusy());
    QVERIFY(message->isVisible());
    QCOMPARE(s.find<QPlainTextEdit>(u"idsPlainTextEdit"_s)->toPlainText(), ids.join(u'\n'));

    // Removing one id clears the message.
    auto *edit = s.find<QPlainTextEdit>(u"idsPlainTextEdit"_s);
    edit->moveCursor(QTextCursor::End);
    for (int i = 0; i < int(ids.last().size()); ++i)
        QTest::keyClick(edit, Qt::Key_Backspace);
    QVERIFY(!message->isVisible());
}

void TestPaymentsWorkspace::serverErrorShowsPanelAndStaysUsable()
{
    PaymentsScreen s;
    s.lookUpImpUid(u"imp_200000000002"_s);
    QTRY_COMPARE(s.table()->rowCount(), 1);

    sandbox::SandboxFaults faults;
    faults.serverError = true;
    s.fixture.server().setFaults(faults);
    s.lookUpImpUid(u"imp_200000000003"_s);
    QTRY_VERIFY(s.errorPanel()->isVisible());
    QVERIFY2(s.errorPanel()->statusText().contains(u"HTTP 500"_s),
             qPrintable(s.errorPanel()->statusText()));
    QVERIFY(!s.errorPanel()->explanationText().isEmpty());
    QVERIFY(!s.workspace.isBusy());
    QVERIFY(s.lookupButton()->isEnabled());

    s.fixture.server().setFaults({});
    QTest::mouseClick(s.lookupButton(), Qt::LeftButton);
    QTRY_COMPARE(s.table()->rowCount(), 1);
    QCOMPARE(s.cell(0, PaymentTableModel::ImpUidColumn), u"imp_200000000003"_s);
    QVERIFY(!s.errorPanel()->isVisible());
}

void TestPaymentsWorkspace::malformedBodyShowsParseError()
{
    PaymentsScreen s;
    s.lookUpImpUid(u"imp_200000000002"_s);
    QTRY_COMPARE(s.table()->rowCount(), 1);

    sandbox::SandboxFaults faults;
    faults.malformedJson = true;
    s.fixture.server().setFaults(faults);
    s.lookUpImpUid(u"imp_200000000001"_s);
    QTRY_VERIFY(s.errorPanel()->isVisible());
    ApiError parse;
    parse.kind = ApiError::Kind::Parse;
    QCOMPARE(s.errorPanel()->explanationText(), parse.explanation());
    QVERIFY(s.lookupButton()->isEnabled());
}

void TestPaymentsWorkspace::escapeCancelsSlowRequest()
{
    PaymentsScreen s;
    sandbox::SandboxFaults faults;
    faults.latencyMs = 4000;
    s.fixture.server().setFaults(faults);
    s.lookUpImpUid(u"imp_200000000001"_s);
    QVERIFY(s.workspace.isBusy());
    QVERIFY(s.find<QWidget>(u"requestProgress"_s)->isVisible());
    QVERIFY(!s.lookupButton()->isEnabled());
    // A second Enter while it runs sends nothing more.
    s.workspace.submit();

    s.workspace.cancelRunningRequest(); // what the main window does on Esc
    QTRY_VERIFY_WITH_TIMEOUT(!s.workspace.isBusy(), 1000);
    QVERIFY(s.outcome()->text().contains(u"cancelled"_s));
    QVERIFY(!s.errorPanel()->isVisible());
    QVERIFY(s.lookupButton()->isEnabled());
    QCOMPARE(s.table()->rowCount(), 0);
    QCOMPARE(s.find<QLineEdit>(u"impUidLineEdit"_s)->text(), u"imp_200000000001"_s);

    // The progress bar's own Cancel button does the same.
    QTest::mouseClick(s.lookupButton(), Qt::LeftButton);
    QVERIFY(s.workspace.isBusy());
    QTest::mouseClick(s.find<QPushButton>(u"cancelRequestButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!s.workspace.isBusy(), 1000);
}

QTEST_MAIN(TestPaymentsWorkspace)
#include "tst_payments_workspace.moc"
