#include "tests/support/Capture.h"
#include "tests/ui/billingkeys/BillingKeysTestSupport.h"
#include "ui/billingkeys/detail/BillingKeyDetailPanel.h"
#include "ui/common/RequestProgress.h"
#include "ui/common/ResultView.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;

namespace {

template<typename W> W *child(QWidget *parent, const QString &name)
{
    W *widget = parent->findChild<W *>(name);
    if (!widget)
        qFatal("no widget %s", qPrintable(name));
    return widget;
}

QStringList column(QTableWidget *table, int col)
{
    QStringList values;
    for (int row = 0; row < table->rowCount(); ++row)
        values << (table->item(row, col) ? table->item(row, col)->text() : QString());
    return values;
}

QStringList column(QTableView *table, int col)
{
    QStringList values;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        values << table->model()->index(row, col).data().toString();
    return values;
}

// PORTONE_SHOTS=/tmp/shots saves what the operator sees.
void shot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("PORTONE_SHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    widget->grab().save(dir + u"/billingkey-detail-"_s + name + u".png"_s);
}

} // namespace

class TestBillingKeyDetail : public QObject
{
    Q_OBJECT

    struct Screen
    {
        SandboxSessionFixture f;
        BillingKeyDetailPanel panel { f.session };
        Screen()
        {
            panel.resize(1000, 720);
            panel.show();
        }
        BillingKey fetch(const QString &uid) { return fetchBillingKey(f.session, &panel, uid); }
        QTabWidget *tabs() { return child<QTabWidget>(&panel, u"billingKeyDetailTabWidget"_s); }
        QWidget *schedulesTab() { return child<QWidget>(&panel, u"billingKeySchedulesTab"_s); }
        QTableView *schedules() { return child<QTableView>(&panel, u"schedulesTableView"_s); }
        int scheduleRows() { return schedules()->model()->rowCount(); }
        void loadSchedules() { QTest::mouseClick(loadButton(), Qt::LeftButton); }
        QPushButton *loadButton() { return child<QPushButton>(&panel, u"loadSchedulesButton"_s); }
    };

private Q_SLOTS:
    void showsEveryFieldOfANormalKey()
    {
        Screen s;
        QVERIFY(!child<QPushButton>(&s.panel, u"deleteBillingKeyButton"_s)->isEnabled());
        s.panel.showKey(s.fetch(u"customer_1234"_s));
        auto *view = child<ResultView>(&s.panel, u"resultView"_s);
        QCOMPARE(view->value(u"customer_uid"_s), u"customer_1234"_s);
        QCOMPARE(view->value(u"Card number (masked)"_s), u"************1238"_s);
        QCOMPARE(view->value(u"Customer name"_s), u"김민준"_s);
        QCOMPARE(view->value(u"customer_id (member id)"_s), u"member_1000"_s);
        QCOMPARE(view->value(u"Test channel"_s), u"Yes"_s);
        QVERIFY(!view->value(u"PG"_s).isEmpty());
        QVERIFY(!view->value(u"MID (pg_id)"_s).isEmpty());
        QVERIFY(!view->value(u"Card type"_s).isEmpty());
        QVERIFY(view->value(u"Registered"_s) != u"—"_s);
        QVERIFY(!child<QTableWidget>(&s.panel, u"succeededChannelsTableWidget"_s)->isVisible());
        QVERIFY(child<QLabel>(&s.panel, u"billingKeyTitleLabel"_s)
                    ->text()
                    .contains(u"customer_1234"_s));
        shot(&s.panel, u"fields"_s);
    }

    void pagesThroughThePayments()
    {
        Screen s;
        const BillingKey key = s.fetch(u"customer_1234"_s);
        const int before = s.f.server().requestCount();
        s.panel.showKey(key);
        QTest::qWait(50);
        QCOMPARE(s.f.server().requestCount(), before); // payments tab not shown yet
        auto *table = child<QTableWidget>(&s.panel, u"billingKeyPaymentsTableWidget"_s);
        auto *page = child<QLabel>(&s.panel, u"paymentsPageLabel"_s);
        auto *next = child<QPushButton>(&s.panel, u"nextPaymentsPageButton"_s);
        auto *previous = child<QPushButton>(&s.panel, u"previousPaymentsPageButton"_s);
        s.tabs()->setCurrentIndex(1);
        QTRY_COMPARE(page->text(), u"Page 1 · total 45"_s);
        QCOMPARE(table->rowCount(), 20);
        QVERIFY(!previous->isEnabled());
        QVERIFY(column(table, 4).first().startsWith(u"imp_1"_s));
        QVERIFY(column(table, 1).first().contains(u"9,900"_s));
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(page->text(), u"Page 2 · total 45"_s);
        QTRY_VERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_COMPARE(page->text(), u"Page 3 · total 45"_s);
        QCOMPARE(table->rowCount(), 5);
        QVERIFY(!next->isEnabled());
        shot(&s.panel, u"payments"_s);
        QTRY_VERIFY(previous->isEnabled());
        QTest::mouseClick(previous, Qt::LeftButton);
        QTRY_COMPARE(page->text(), u"Page 2 · total 45"_s);
        QCOMPARE(table->rowCount(), 20);
        // Showing the tab again does not reload it.
        const int loaded = s.f.server().requestCount();
        s.tabs()->setCurrentIndex(0);
        s.tabs()->setCurrentIndex(1);
        QTest::qWait(100);
        QCOMPARE(s.f.server().requestCount(), loaded);
    }

    void defaultRangeLoadsTheUpcomingSchedules()
    {
        Screen s;
        s.panel.showKey(s.fetch(u"customer_1234"_s));
        s.tabs()->setCurrentIndex(2);
        const int before = s.f.server().requestCount();
        s.loadSchedules();
        QTRY_VERIFY(s.scheduleRows() > 0);
        QCOMPARE(s.f.server().requestCount(), before + 1);
        QVERIFY(s.scheduleRows() >= 3);
        for (const QString &status : column(s.schedules(), 1))
            QCOMPARE(status, u"Scheduled"_s);
        QVERIFY(column(s.schedules(), 2).first().contains(u"9,900"_s));
        shot(&s.panel, u"schedules"_s);
    }

    void sevenMonthsTakeThreeRequestsMergedInOrder()
    {
        Screen s;
        s.panel.showKey(s.fetch(u"customer_1234"_s));
        s.tabs()->setCurrentIndex(2);
        auto *from = child<QDateTimeEdit>(&s.panel, u"scheduleFromDateTimeEdit"_s);
        auto *to = child<QDateTimeEdit>(&s.panel, u"scheduleToDateTimeEdit"_s);
        const QDateTime start = QDateTime::currentDateTime().addDays(-200);
        from->setDateTime(start);
        to->setDateTime(start.addMonths(7));
        const int before = s.f.server().requestCount();
        s.loadSchedules();
        QTRY_VERIFY(s.scheduleRows() > 0);
        QCOMPARE(s.f.server().requestCount(), before + 3);
        // Seeded monthly (every 30 days) from 6 "months" ago: -6 … 0 fall in the range.
        const QStringList merchantUids = column(s.schedules(), 4);
        QCOMPARE(merchantUids.size(), 7);
        QCOMPARE(QSet<QString>(merchantUids.begin(), merchantUids.end()).size(), 7);
        QStringList sorted = merchantUids;
        sorted.sort(); // sched_customer_1234_00 … _06: by time
        QCOMPARE(merchantUids, sorted);
        QVERIFY(
            child<QLabel>(&s.panel, u"schedulesSummaryLabel"_s)->text().contains(u"3 requests"_s));

        // Status filter: executed only, then revoked only.
        auto *status = child<QComboBox>(&s.panel, u"scheduleStatusComboBox"_s);
        status->setCurrentIndex(2);
        s.loadSchedules();
        QTRY_COMPARE(s.scheduleRows(), 5);
        for (const QString &text : column(s.schedules(), 1))
            QCOMPARE(text, u"Executed"_s);
        status->setCurrentIndex(3);
        s.loadSchedules();
        QTRY_COMPARE(s.scheduleRows(), 1);
        QCOMPARE(column(s.schedules(), 1).first(), u"Revoked"_s);
        QCOMPARE(column(s.schedules(), 4).first(), u"sched_customer_1234_04"_s);
    }

    // The spec's plain array says nothing of further pages: the tab asks for the next one until
    // a page comes back short (issue 15, item 5; it used to stop after the first 20).
    void plainArrayPagesAreFollowedToTheEnd()
    {
        Screen s;
        QVERIFY(s.f.server().options().schedulesAsPlainArray); // the spec's shape by default
        const QDateTime now = QDateTime::currentDateTime();
        s.f.server().addScheduleSeries(u"customer_1234"_s, u"many"_s, now.addDays(1), 45,
                                       std::chrono::hours(24));
        s.panel.showKey(s.fetch(u"customer_1234"_s));
        s.tabs()->setCurrentIndex(2);
        child<QDateTimeEdit>(&s.panel, u"scheduleFromDateTimeEdit"_s)->setDateTime(now);
        child<QDateTimeEdit>(&s.panel, u"scheduleToDateTimeEdit"_s)->setDateTime(now.addDays(50));
        const int before = s.f.server().requestCount();
        s.loadSchedules();
        QTRY_VERIFY(s.scheduleRows() > 0);
        const QStringList merchantUids = column(s.schedules(), 4);
        for (int i = 1; i <= 45; ++i)
            QVERIFY2(merchantUids.contains(u"many_%1"_s.arg(i, 4, 10, QChar(u'0'))),
                     qPrintable(QString::number(i)));
        QCOMPARE(merchantUids.size(), 47); // and the seeded ones in an hour and in 30 days
        QCOMPARE(s.f.server().requestCount(), before + 3); // 20 + 20 + 7: the short page ends it
    }

    void showsTheWindowsAndCancels()
    {
        Screen s;
        s.panel.showKey(s.fetch(u"customer_1234"_s));
        s.tabs()->setCurrentIndex(2);
        auto *from = child<QDateTimeEdit>(&s.panel, u"scheduleFromDateTimeEdit"_s);
        auto *to = child<QDateTimeEdit>(&s.panel, u"scheduleToDateTimeEdit"_s);
        from->setDateTime(QDateTime::currentDateTime().addMonths(-6));
        to->setDateTime(QDateTime::currentDateTime().addMonths(2));
        sandbox::SandboxFaults faults;
        faults.latencyMs = 3000;
        s.f.server().setFaults(faults);
        s.loadSchedules();
        auto *progress = child<RequestProgress>(s.schedulesTab(), u"requestProgress"_s);
        auto *label = child<QLabel>(progress, u"progressLabel"_s);
        QTRY_VERIFY(progress->isVisible());
        QVERIFY(label->text().contains(u"Window 1 of 3"_s));
        QVERIFY(s.panel.isBusy());
        QVERIFY(!s.loadButton()->isEnabled());
        shot(&s.panel, u"loading"_s);
        QTest::mouseClick(child<QPushButton>(progress, u"cancelRequestButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!s.panel.isBusy(), 1500);
        QVERIFY(
            child<QLabel>(&s.panel, u"schedulesSummaryLabel"_s)->text().contains(u"Cancelled"_s));
        QCOMPARE(s.scheduleRows(), 0);
        QVERIFY(s.loadButton()->isEnabled());

        // Payments can be cancelled the same way (Esc → cancel()).
        s.tabs()->setCurrentIndex(1);
        QTRY_VERIFY(s.panel.isBusy());
        s.panel.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!s.panel.isBusy(), 1500);
        QVERIFY(child<QLabel>(&s.panel, u"paymentsPageLabel"_s)->text().contains(u"Cancelled"_s));
        s.f.server().setFaults({});
    }

    void reversedRangeIsRefusedBeforeSending()
    {
        Screen s;
        s.panel.showKey(s.fetch(u"customer_1234"_s));
        s.tabs()->setCurrentIndex(2);
        auto *from = child<QDateTimeEdit>(&s.panel, u"scheduleFromDateTimeEdit"_s);
        auto *to = child<QDateTimeEdit>(&s.panel, u"scheduleToDateTimeEdit"_s);
        to->setDateTime(from->dateTime().addDays(-1));
        const int before = s.f.server().requestCount();
        s.loadSchedules();
        QTest::qWait(100);
        QCOMPARE(s.f.server().requestCount(), before);
        QCOMPARE(s.scheduleRows(), 0);
    }

    void superKeyShowsItsChannels()
    {
        Screen s;
        s.panel.showKey(s.fetch(u"super_customer_0001"_s));
        auto *view = child<ResultView>(&s.panel, u"resultView"_s);
        QCOMPARE(view->value(u"Channel group id"_s), u"group_sbx_01"_s);
        auto *succeeded = child<QTableWidget>(&s.panel, u"succeededChannelsTableWidget"_s);
        auto *failed = child<QTableWidget>(&s.panel, u"failedChannelsTableWidget"_s);
        QVERIFY(succeeded->isVisible());
        QCOMPARE(succeeded->rowCount(), 2);
        QCOMPARE(QSet<QString>({ succeeded->item(0, 0)->text(), succeeded->item(1, 0)->text() }),
                 QSet<QString>({ u"nice"_s, u"kcp"_s }));
        QVERIFY(succeeded->item(0, 3)->text().contains(u"****"_s));
        QCOMPARE(failed->rowCount(), 1);
        QCOMPARE(failed->item(0, 0)->text(), u"ksnet"_s);
        QCOMPARE(failed->item(0, 2)->text(), u"Refused by the PG (PG_PROVIDER)"_s);
        QCOMPARE(failed->item(0, 3)->text(),
                 u"[KSNET] 카드사 승인 거절: 테스트 채널에서 발급할 수 없는 카드입니다."_s);
        QVERIFY(child<QLabel>(&s.panel, u"billingKeyTitleLabel"_s)->text().startsWith(u"Super"_s));
        shot(&s.panel, u"super"_s);

        // A normal key afterwards hides the channel tables again.
        s.panel.showKey(s.fetch(u"customer_5678"_s));
        QVERIFY(!succeeded->isVisible());
        QVERIFY(!failed->isVisible());
    }

    void deleteButtonAsksForTheDeletion()
    {
        Screen s;
        QSignalSpy spy(&s.panel, &BillingKeyDetailPanel::deleteRequested);
        s.panel.showKey(s.fetch(u"customer_kim"_s));
        const int before = s.f.server().requestCount();
        auto *button = child<QPushButton>(&s.panel, u"deleteBillingKeyButton"_s);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), u"customer_kim"_s);
        QCOMPARE(s.f.server().requestCount(), before); // nothing deleted here
        s.panel.clear();
        QVERIFY(!button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_MAIN(TestBillingKeyDetail)
#include "tst_billing_key_detail.moc"
