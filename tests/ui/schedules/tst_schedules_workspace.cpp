// The Schedules workspace against the built-in sandbox: schedules of several customers, made
// through the client, listed over 3-month windows into a sortable table with a running count;
// the CSV export of what is listed, with and without personal data; Cancel half-way, after
// which the export is named and reported as incomplete.
#include "core/api/PortOneClient.h"
#include "core/util/Csv.h"
#include "tests/support/Capture.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/common/ErrorPanel.h"
#include "ui/schedules/ScheduleTableModel.h"
#include "ui/schedules/SchedulesWorkspace.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace portone;
using namespace portone::test;

namespace {

constexpr int Seeded = 12;
const QStringList Customers { u"customer_1234"_s, u"sbx_cust_0003"_s, u"super_customer_0001"_s };

struct SchedulesScreen
{
    SchedulesScreen()
        : workspace(f.session)
        // From seven months ahead (past the sandbox's own schedules), in Korean days.
        , firstDay(
              QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(9 * 3600)).date().addMonths(7))
    {
        workspace.resize(1280, 820);
        workspace.show();
        child<QDateEdit>(workspace, "scheduleFromDateEdit")->setDate(firstDay);
        child<QDateEdit>(workspace, "scheduleToDateEdit")->setDate(firstDay.addMonths(14));
    }

    // Twelve schedules, every 37 days from noon (KST) of the first day, taking turns among three
    // customers, each scheduled through the client as an operator's script would.
    bool seed()
    {
        const QDateTime noon(firstDay, QTime(12, 0), QTimeZone(9 * 3600));
        for (int c = 0; c < Customers.size(); ++c) {
            ScheduleRequest request;
            request.customerUid = Customers.at(c);
            for (int k = c; k < Seeded; k += int(Customers.size())) {
                ScheduledPayment payment;
                payment.order.merchantUid = u"view_%1"_s.arg(k + 1, 2, 10, QChar(u'0'));
                payment.order.amount = 1000 * (k + 1);
                payment.order.name
                    = k == 4 ? u"=HYPERLINK(\"x\")"_s : u"정기구독 %1회차"_s.arg(k + 1);
                payment.order.buyerEmail = u"buyer%1@example.com"_s.arg(k + 1);
                payment.scheduleAt = noon.addDays(37 * k);
                request.schedules << payment;
            }
            Capture<QList<Schedule>> made;
            f.session.client()->schedulePayments(request, &context, made.callback());
            if (!made.wait() || !made.result().ok())
                return false;
        }
        return true;
    }

    QAbstractItemModel *table() const
    {
        return child<QTableView>(workspace, "schedulesTableView")->model();
    }
    QString cell(int row, int column) const
    {
        return table()->index(row, column).data().toString();
    }
    QStringList columnCells(int column) const
    {
        QStringList out;
        for (int row = 0; row < table()->rowCount(); ++row)
            out << cell(row, column);
        return out;
    }
    QString outcome() const { return child<QLabel>(workspace, "schedulesOutcomeLabel")->text(); }
    QString count() const { return child<QLabel>(workspace, "schedulesCountLabel")->text(); }
    QPushButton *button(const char *name) const { return child<QPushButton>(workspace, name); }
    void click(const char *name) const { QTest::mouseClick(button(name), Qt::LeftButton); }
    void exportTo(const QString &path, bool personal)
    {
        child<QCheckBox>(workspace, "exportPersonalCheckBox")->setChecked(personal);
        f.prompts.savePaths = { path };
        click("exportSchedulesButton");
    }
    // PORTONE_SHOT_DIR=/tmp/shots: schedules-<language>.png, what the operator sees.
    void shot(const QString &language)
    {
        if (const QString dir = qEnvironmentVariable("PORTONE_SHOT_DIR"); !dir.isEmpty())
            workspace.grab().save(u"%1/schedules-%2.png"_s.arg(dir, language));
    }

    SandboxSessionFixture f;
    mutable SchedulesWorkspace workspace;
    QDate firstDay;
    QObject context;
};

QList<QStringList> csvRows(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? csv::parse(file.readAll()) : QList<QStringList>();
}

} // namespace

class TestSchedulesWorkspace : public QObject
{
    Q_OBJECT

private:
    void listsEveryCustomer(const QString &language, const QString &foundText,
                            const QString &exportedText)
    {
        const auto translation = translatedInto(language);
        SchedulesScreen s;
        QVERIFY(s.seed());
        QList<int> rowCounts;
        connect(s.table(), &QAbstractItemModel::rowsInserted, &s.context,
                [&] { rowCounts << s.table()->rowCount(); });
        s.f.server().setFaults({ .latencyMs = 40 });
        s.click("loadSchedulesButton");
        QVERIFY(s.workspace.isBusy());
        QVERIFY(!s.button("loadSchedulesButton")->isEnabled());
        QVERIFY(s.button("cancelSchedulesButton")->isEnabled());
        QVERIFY(!s.button("exportSchedulesButton")->isEnabled());
        QTRY_VERIFY(!s.workspace.isBusy());
        s.f.server().setFaults({});

        // The five 3-month windows filled the table one after another, oldest first.
        QVERIFY2(rowCounts.size() >= 4, qPrintable(QString::number(rowCounts.size())));
        QCOMPARE(s.table()->rowCount(), Seeded);
        const QStringList customers = s.columnCells(ScheduleTableModel::CustomerUidColumn);
        QCOMPARE(QSet<QString>(customers.cbegin(), customers.cend()),
                 QSet<QString>(Customers.cbegin(), Customers.cend()));
        QCOMPARE(s.cell(0, ScheduleTableModel::MerchantUidColumn), u"view_01"_s);
        QCOMPARE(s.outcome(), foundText.arg(Seeded));
        QVERIFY(s.count().contains(QString::number(Seeded)));
        auto *progress = child<QProgressBar>(s.workspace, "schedulesProgressBar");
        QCOMPARE(progress->value(), progress->maximum());
        QVERIFY(!child<ErrorPanel>(s.workspace, "schedulesErrorPanel")->isVisible());
        s.shot(language); // the README's schedules-<language>.png

        // Sorted by amount, largest first: the export follows the table's order.
        auto *view = child<QTableView>(s.workspace, "schedulesTableView");
        view->sortByColumn(ScheduleTableModel::AmountColumn, Qt::DescendingOrder);
        QCOMPARE(s.cell(0, ScheduleTableModel::MerchantUidColumn), u"view_12"_s);
        QCOMPARE(s.cell(Seeded - 1, ScheduleTableModel::MerchantUidColumn), u"view_01"_s);
        const QStringList tableOrder = s.columnCells(ScheduleTableModel::MerchantUidColumn);

        const QString plain = s.f.dir.filePath(u"schedules.csv"_s);
        s.exportTo(plain, false);
        QCOMPARE(s.outcome(), exportedText.arg(Seeded).arg(plain));
        QFile raw(plain);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        QVERIFY(raw.readAll().startsWith(csv::byteOrderMark()));
        QList<QStringList> rows = csvRows(plain);
        QCOMPARE(rows.size(), Seeded + 1);
        const QStringList header = rows.takeFirst();
        QVERIFY(header.contains(u"customer_uid"_s));
        QVERIFY(!header.contains(u"buyer_email"_s));
        QVERIFY(!header.contains(u"buyer_name"_s));
        const qsizetype merchantUid = header.indexOf(u"merchant_uid"_s);
        const qsizetype name = header.indexOf(u"name"_s);
        QStringList fileOrder;
        for (const QStringList &row : std::as_const(rows)) {
            fileOrder << row.at(merchantUid);
            QVERIFY(!row.join(u',').contains(u"@example.com"_s));
            if (row.at(merchantUid) == u"view_05"_s)
                QCOMPARE(row.at(name), u"'=HYPERLINK(\"x\")"_s); // the formula guard
        }
        QCOMPARE(fileOrder, tableOrder);

        const QString personal = s.f.dir.filePath(u"schedules-personal.csv"_s);
        s.exportTo(personal, true);
        rows = csvRows(personal);
        QCOMPARE(rows.size(), Seeded + 1);
        const qsizetype email = rows.first().indexOf(u"buyer_email"_s);
        QVERIFY(email > 0);
        QCOMPARE(rows.at(1).at(email), u"buyer12@example.com"_s);
    }

private Q_SLOTS:
    void listsEveryCustomerEnglish()
    {
        listsEveryCustomer(u"en"_s, u"Found %1 schedules."_s, u"Exported %1 schedules to %2."_s);
    }
    void listsEveryCustomerKorean()
    {
        listsEveryCustomer(u"ko"_s, u"예약 결제 %1건을 찾았습니다."_s,
                           u"예약 결제 %1건을 %2 파일로 내보냈습니다."_s);
    }

    void cancelHalfWayMarksTheExportIncomplete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancelledText");
        QTest::newRow("en") << u"en"_s
                            << u"Listing cancelled after %1 schedules; those are shown. An export "
                               "of them is marked incomplete."_s;
        QTest::newRow("ko") << u"ko"_s
                            << u"예약 결제 %1건을 불러온 뒤 취소했습니다. 불러온 예약 결제만 "
                               "표시합니다. 내보내는 파일에는 미완료 표시가 붙습니다."_s;
    }
    void cancelHalfWayMarksTheExportIncomplete()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancelledText);
        const auto translation = translatedInto(language);
        SchedulesScreen s;
        QVERIFY(s.seed());
        s.f.server().setFaults({ .latencyMs = 250 });
        s.click("loadSchedulesButton");
        QTRY_VERIFY(s.table()->rowCount() > 0);
        s.click("cancelSchedulesButton");
        QVERIFY(!s.workspace.isBusy());
        const int kept = s.table()->rowCount();
        QVERIFY(kept < Seeded); // later windows were still on the wire
        QCOMPARE(s.outcome(), cancelledText.arg(kept));
        QVERIFY(s.button("loadSchedulesButton")->isEnabled());
        QVERIFY(s.button("exportSchedulesButton")->isEnabled());
        QTest::qWait(300); // an answer still on the wire adds nothing
        QCOMPARE(s.table()->rowCount(), kept);

        const QString chosen = s.f.dir.filePath(u"cut.csv"_s);
        const QString incomplete = s.f.dir.filePath(u"cut-incomplete.csv"_s);
        s.exportTo(chosen, false);
        QVERIFY(!QFile::exists(chosen));
        QCOMPARE(csvRows(incomplete).size(), kept + 1);
        QVERIFY2(s.outcome().contains(incomplete), qPrintable(s.outcome()));
        if (language == u"en"_s)
            QVERIFY(s.outcome().contains(u"INCOMPLETE"_s));
    }

    // Rows of two customers selected together are cancelled by one unschedule; the rows show
    // them revoked. Cancelling every schedule of a customer is not offered here.
    void cancelsSelectedRowsAcrossCustomers()
    {
        const auto translation = translatedInto(u"en"_s);
        SchedulesScreen s;
        QVERIFY(s.seed());
        s.click("loadSchedulesButton");
        QTRY_VERIFY(!s.workspace.isBusy());
        QVERIFY(child<QPushButton>(s.workspace, "cancelAllSchedulesButton")->isHidden());
        auto *view = child<QTableView>(s.workspace, "schedulesTableView");
        view->selectRow(0); // view_01 of customer_1234
        view->selectionModel()->select(s.table()->index(1, 0),
                                       QItemSelectionModel::Select
                                           | QItemSelectionModel::Rows); // view_02, sbx_cust_0003
        QCOMPARE(s.cell(1, ScheduleTableModel::CustomerUidColumn), Customers.at(1));
        auto *cancelSelected = s.button("cancelSelectedSchedulesButton");
        QVERIFY(cancelSelected->isEnabled());
        s.f.prompts.answers = { true };
        QTest::mouseClick(cancelSelected, Qt::LeftButton);
        const QString revoked = ScheduleTableModel::statusText(u"revoked"_s);
        QTRY_COMPARE(s.cell(0, ScheduleTableModel::StatusColumn), revoked);
        QTRY_COMPARE(s.cell(1, ScheduleTableModel::StatusColumn), revoked);
        QCOMPARE(s.cell(2, ScheduleTableModel::StatusColumn),
                 ScheduleTableModel::statusText(u"scheduled"_s));
        QCOMPARE(s.f.prompts.asked.size(), 1);
    }

    // A read-only profile lists and exports; no action can be sent.
    void readOnlyProfileListsButCannotAct()
    {
        const auto translation = translatedInto(u"en"_s);
        SchedulesScreen s;
        QVERIFY(s.f.activateReadOnlyProfile());
        // The seeded schedules of the next months, of every seeded customer.
        const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(QTimeZone(9 * 3600)).date();
        child<QDateEdit>(s.workspace, "scheduleFromDateEdit")->setDate(today);
        child<QDateEdit>(s.workspace, "scheduleToDateEdit")->setDate(today.addMonths(6));
        s.click("loadSchedulesButton");
        QTRY_VERIFY(!s.workspace.isBusy());
        QVERIFY(s.table()->rowCount() >= 12 * 5);
        child<QTableView>(s.workspace, "schedulesTableView")->selectRow(0);
        for (const char *name : { "cancelSelectedSchedulesButton", "changeScheduleTimeButton",
                                  "retryScheduleButton", "rescheduleButton" })
            QVERIFY2(!s.button(name)->isEnabled(), name);
        const QString path = s.f.dir.filePath(u"read-only.csv"_s);
        s.exportTo(path, false);
        QCOMPARE(csvRows(path).size(), s.table()->rowCount() + 1);
    }
};

QTEST_MAIN(TestSchedulesWorkspace)
#include "tst_schedules_workspace.moc"
