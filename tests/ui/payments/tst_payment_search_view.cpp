// The Payments workspace's Search tab against the built-in sandbox (a few hundred payments
// seeded over the last year): the table fills page by page with a running count, Cancel keeps
// what arrived, a row opens the detail, a profile switch ends a search without a word, and
// "Export to CSV…" writes a complete file or one named as incomplete. Also "All payments of
// this merchant_uid" from the look-up.
#include "core/api/PaymentCsvFile.h"
#include "core/util/Csv.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/ResultView.h"
#include "ui/payments/PaymentSearchView.h"
#include "ui/payments/PaymentTableModel.h"
#include "ui/payments/PaymentsWorkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace portone;
using namespace portone::test;

namespace {

constexpr int BenchmarkPayments = 300;

struct SearchScreen
{
    SearchScreen()
        : workspace(f.session)
    {
        f.server().seedBenchmarkPayments(BenchmarkPayments);
        workspace.resize(1280, 820);
        workspace.show();
        child<QTabWidget>(workspace, "paymentsTabs")->setCurrentIndex(1);
        view = child<PaymentSearchView>(workspace, "paymentSearchView");
        // The last year, in Korean days, so that every seeded payment is in range.
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(9 * 3600)).date();
        child<QDateEdit>(*view, "searchFromDateEdit")->setDate(today.addDays(-366));
        child<QDateEdit>(*view, "searchToDateEdit")->setDate(today.addDays(1));
    }

    QAbstractItemModel *table() const
    {
        return child<QTableView>(*view, "searchTableView")->model();
    }
    QString cell(int row, int column) const
    {
        return table()->index(row, column).data().toString();
    }
    QString count() const { return child<QLabel>(*view, "searchCountLabel")->text(); }
    QString outcome() const { return child<QLabel>(*view, "searchOutcomeLabel")->text(); }
    ErrorPanel *errors() const { return child<ErrorPanel>(*view, "searchErrorPanel"); }
    void click(const char *name) const
    {
        QTest::mouseClick(child<QPushButton>(*view, name), Qt::LeftButton);
    }
    void slowDown(int ms) { f.server().setFaults({ .latencyMs = ms }); }
    // PORTONE_SHOT_DIR=/tmp/shots: saves what the operator sees, to look at by eye.
    void shot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("PORTONE_SHOT_DIR");
        if (dir.isEmpty())
            return;
        QTest::qWait(50);
        workspace.grab().save(dir + u"/payment-search-"_s + name + u".png"_s);
    }

    SandboxSessionFixture f;
    PaymentsWorkspace workspace;
    PaymentSearchView *view = nullptr;
};

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestPaymentSearchView : public QObject
{
    Q_OBJECT

private:
    // Searches the last year; the table grows page by page (one page per 90-day window here).
    void fillsAsPagesArrive(const QString &language, const QString &foundText)
    {
        const auto translation = translatedInto(language);
        SearchScreen s;
        QList<int> rowCounts;
        QStringList counts;
        QObject context;
        connect(s.table(), &QAbstractItemModel::rowsInserted, &context,
                [&] { rowCounts << s.table()->rowCount(); });
        s.slowDown(60);
        s.click("searchButton");
        QVERIFY(s.view->isBusy());
        QVERIFY(!child<QPushButton>(*s.view, "searchButton")->isEnabled());
        QVERIFY(child<QPushButton>(*s.view, "cancelSearchButton")->isEnabled());
        QTRY_VERIFY(!rowCounts.isEmpty());
        counts << s.count(); // the running count while pages are still coming
        QTRY_VERIFY(!s.view->isBusy());
        QVERIFY(rowCounts.size() >= 3);
        QVERIFY(std::is_sorted(rowCounts.begin(), rowCounts.end()));
        const int total = s.table()->rowCount();
        QVERIFY(total >= BenchmarkPayments + 120);
        QCOMPARE(rowCounts.last(), total);
        QVERIFY2(counts.first() != s.count(), qPrintable(counts.first()));
        QCOMPARE(s.outcome(), foundText.arg(QLocale().toString(total)));
        QVERIFY(s.count().startsWith(QLocale().toString(total)));
        QVERIFY(!s.errors()->isVisible());
        s.shot(language); // the README's payment-search-<language>.png
    }

private Q_SLOTS:
    void fillsAsPagesArriveEnglish() { fillsAsPagesArrive(u"en"_s, u"Found %1 payments."_s); }
    void fillsAsPagesArriveKorean() { fillsAsPagesArrive(u"ko"_s, u"결제 %1건을 찾았습니다."_s); }

    // A payment found by the search is refunded from its detail like one looked up, and its row
    // shows the payment as PortOne has it afterwards.
    void aFoundPaymentIsRefundedFromItsDetail()
    {
        SearchScreen s;
        s.click("searchButton");
        QTRY_VERIFY(!s.view->isBusy());
        auto *table = child<QTableView>(*s.view, "searchTableView");
        int row = 0;
        while (row < s.table()->rowCount()
               && (s.cell(row, PaymentTableModel::StatusColumn)
                       != PaymentTableModel::statusText(u"paid"_s)
                   || s.cell(row, PaymentTableModel::MethodColumn)
                       != PaymentTableModel::methodText(u"card"_s)))
            ++row;
        QVERIFY(row < s.table()->rowCount());
        const QString impUid = s.cell(row, PaymentTableModel::ImpUidColumn);
        table->selectRow(row);
        QCOMPARE(child<ResultView>(*s.view, "resultView")->value(u"imp_uid"_s), impUid);
        auto *refund = child<QPushButton>(*s.view, "refundButton");
        QVERIFY(refund->isEnabled());
        QTest::mouseClick(refund, Qt::LeftButton);
        QVERIFY(child<QWidget>(*s.view, "refundFormPage")->isVisible());
        auto *reason = child<QLineEdit>(*s.view, "refundReasonLineEdit");
        QTest::keyClicks(reason, u"customer request"_s);
        s.f.prompts.answers = { true };
        QTest::mouseClick(child<QPushButton>(*s.view, "sendRefundButton"), Qt::LeftButton);
        QTRY_COMPARE(s.cell(row, PaymentTableModel::StatusColumn),
                     PaymentTableModel::statusText(u"cancelled"_s));
        QCOMPARE(s.cell(row, PaymentTableModel::ImpUidColumn), impUid);
        QVERIFY(child<QLabel>(*s.view, "refundResultLabel")->isVisible());
    }

    void selectingARowShowsItsDetail()
    {
        SearchScreen s;
        s.click("searchButton");
        QTRY_VERIFY(!s.view->isBusy());
        auto *table = child<QTableView>(*s.view, "searchTableView");
        const QModelIndex third = table->model()->index(2, PaymentTableModel::ImpUidColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(third).center());
        QCOMPARE(child<ResultView>(*s.view, "resultView")->value(u"imp_uid"_s),
                 third.data().toString());
        // Sorting by a header keeps the selection on the same payment.
        table->sortByColumn(PaymentTableModel::AmountColumn, Qt::DescendingOrder);
        QCOMPARE(child<ResultView>(*s.view, "resultView")->value(u"imp_uid"_s),
                 table->currentIndex()
                     .siblingAtColumn(PaymentTableModel::ImpUidColumn)
                     .data()
                     .toString());
    }

    void cancelKeepsWhatArrived()
    {
        const auto english = translatedInto(u"en"_s);
        SearchScreen s;
        s.slowDown(300);
        s.click("searchButton");
        QTRY_VERIFY(s.table()->rowCount() > 0);
        s.click("cancelSearchButton");
        QVERIFY(!s.view->isBusy());
        const int kept = s.table()->rowCount();
        QVERIFY(kept < BenchmarkPayments + 120); // the last window was still on the wire
        QCOMPARE(s.outcome(), u"Search cancelled after %1 payments; those are shown."_s.arg(kept));
        QVERIFY(!s.errors()->isVisible());
        QVERIFY(child<QPushButton>(*s.view, "searchButton")->isEnabled());
        QTest::qWait(350); // an answer still on the wire adds nothing
        QCOMPARE(s.table()->rowCount(), kept);
    }

    void failureKeepsWhatArrivedAndShowsTheError()
    {
        SearchScreen s;
        QObject context;
        connect(s.table(), &QAbstractItemModel::rowsInserted, &context,
                [&] { s.f.server().setFaults({ .serverError = true }); });
        s.click("searchButton");
        QTRY_VERIFY(!s.view->isBusy());
        QVERIFY(s.table()->rowCount() > 0);
        QVERIFY(s.errors()->isVisible());
        QVERIFY(s.errors()->statusText().contains(u"HTTP 500"_s));
        QVERIFY(s.outcome().startsWith(u"The search stopped on the error above"_s));
    }

    void profileSwitchMidSearchCancelsQuietly()
    {
        SearchScreen s;
        s.slowDown(400);
        s.click("searchButton");
        QVERIFY(s.workspace.isBusy());
        QVERIFY(s.f.session.confirmLeavingCallsInFlight(&s.workspace)); // nothing state-changing
        QVERIFY(s.f.prompts.asked.isEmpty());
        QCOMPARE(s.f.session.startSandbox(), QString());
        QVERIFY(!s.workspace.isBusy());
        QVERIFY(!s.errors()->isVisible());
        QCOMPARE(s.outcome(), QString());
        QCOMPARE(s.table()->rowCount(), 0);
        QTest::qWait(450);
        QCOMPARE(s.table()->rowCount(), 0);
        QVERIFY(!s.errors()->isVisible());
        QVERIFY(child<QPushButton>(*s.view, "searchButton")->isEnabled());
    }

    void exportCompleteEnglishAndKorean()
    {
        for (const QString &language : { u"en"_s, u"ko"_s }) {
            const auto translation = translatedInto(language);
            SearchScreen s;
            const QString path = s.f.dir.filePath(u"payments-"_s + language + u".csv"_s);
            s.f.prompts.savePaths << path;
            child<QCheckBox>(*s.view, "exportPersonalCheckBox")->setChecked(language == u"ko");
            s.click("exportSearchButton");
            QCOMPARE(s.f.prompts.saveAsked.size(), 1);
            QVERIFY(s.f.prompts.saveAsked.first().suggestedName.startsWith(u"payments-"_s));
            QTRY_VERIFY(!s.view->isBusy());
            const QList<QStringList> rows = csv::parse(contents(path));
            const int written = int(rows.size()) - 1;
            QVERIFY(written >= BenchmarkPayments + 120);
            QCOMPARE(rows.first(), PaymentCsvFile::header(language == u"ko"));
            QCOMPARE(s.table()->rowCount(), 0); // the export does not fill the table
            const QString file = QDir::toNativeSeparators(path);
            if (language == u"en")
                QCOMPARE(s.outcome(),
                         u"Export complete: %1 payments in %2."_s.arg(written).arg(file));
            else
                QCOMPARE(s.outcome(),
                         u"내보내기 완료: 결제 %1건을 %2에 저장했습니다."_s.arg(written).arg(file));
            QVERIFY(!QFile::exists(PaymentCsvFile::incompletePath(path)));
        }
    }

    void exportCancelledIsMarkedIncomplete()
    {
        for (const QString &language : { u"en"_s, u"ko"_s }) {
            const auto translation = translatedInto(language);
            SearchScreen s;
            const QString path = s.f.dir.filePath(u"cut.csv"_s);
            s.f.prompts.savePaths << path;
            s.slowDown(300);
            s.click("exportSearchButton");
            QVERIFY(s.view->isBusy());
            QTRY_VERIFY(csv::parse(contents(PaymentCsvFile::incompletePath(path))).size() > 1);
            s.click("cancelSearchButton");
            QVERIFY(!s.view->isBusy());
            QVERIFY(!QFile::exists(path));
            const QString incomplete = PaymentCsvFile::incompletePath(path);
            const int written = int(csv::parse(contents(incomplete)).size()) - 1;
            QVERIFY(written > 0);
            const QString file = QDir::toNativeSeparators(incomplete);
            if (language == u"en")
                QCOMPARE(s.outcome(),
                         u"Export cancelled. The file is INCOMPLETE: %1 holds only the "
                         "first %2 payments."_s.arg(file)
                             .arg(written));
            else
                QCOMPARE(s.outcome(),
                         u"내보내기를 취소했습니다. 파일이 완전하지 않습니다: %1에는 앞의 "
                         "결제 %2건만 들어 있습니다."_s.arg(file)
                             .arg(written));
            QVERIFY(!s.errors()->isVisible());

            // The same export, not cut short: the incomplete file had fewer payments.
            s.slowDown(0);
            s.f.prompts.savePaths << path;
            s.click("exportSearchButton");
            QTRY_VERIFY(!s.view->isBusy());
            QVERIFY(written < int(csv::parse(contents(path)).size()) - 1);
        }
    }

    void declinedFileDialogSendsNothing()
    {
        SearchScreen s;
        const int before = s.f.server().requestCount();
        s.click("exportSearchButton"); // no answer scripted: the dialog is cancelled
        QCOMPARE(s.f.prompts.saveAsked.size(), 1);
        QVERIFY(!s.view->isBusy());
        QCOMPARE(s.f.server().requestCount(), before);
    }

    void allPaymentsOfAMerchantUidFromTheLookUp()
    {
        const auto english = translatedInto(u"en"_s);
        SearchScreen s;
        child<QTabWidget>(s.workspace, "paymentsTabs")->setCurrentIndex(0);
        auto *modes = child<QTabBar>(s.workspace, "lookupModeTabBar");
        modes->setCurrentIndex(1);
        auto *edit = child<QLineEdit>(s.workspace, "merchantUidLineEdit");
        QTest::keyClicks(edit, u"order_retry_0001"_s);
        auto *all = child<QPushButton>(s.workspace, "allPaymentsButton");
        QVERIFY(!all->isVisible());
        QTest::mouseClick(child<QPushButton>(s.workspace, "lookupButton"), Qt::LeftButton);
        QTRY_VERIFY(all->isVisible());
        auto *table = child<QTableView>(s.workspace, "paymentsTableView");
        QCOMPARE(table->model()->rowCount(), 1);
        QTest::mouseClick(all, Qt::LeftButton);
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(child<QLabel>(s.workspace, "outcomeLabel")->text(),
                 u"merchant_uid order_retry_0001 has 2 payments."_s);
        QStringList statuses;
        for (int row = 0; row < 2; ++row)
            statuses
                << table->model()->index(row, PaymentTableModel::StatusColumn).data().toString();
        statuses.sort();
        QCOMPARE(statuses, QStringList({ u"Failed"_s, u"Paid"_s }));
        QVERIFY(!all->isVisible()); // shown again after the next merchant_uid look-up
    }
};

QTEST_MAIN(TestPaymentSearchView)
#include "tst_payment_search_view.moc"
