// Scheduling payments for a billing key from its detail, against the in-process sandbox: two
// rows make two schedules, and the checks of the spec are shown next to the field that is wrong.
#include "tests/ui/billingkeys/schedule/ScheduleTestSupport.h"
#include "ui/billingkeys/schedule/ScheduleTexts.h"

#include <QTabWidget>
#include <QTableView>

using namespace portone;
using portone::test::child;
using namespace Qt::StringLiterals;

class TestSchedulePayments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void twoRowsCreateTwoSchedules_data() { test::addLanguages(); }
    void twoRowsCreateTwoSchedules();
    void checksAreShownNextToTheFields_data() { test::addLanguages(); }
    void checksAreShownNextToTheFields();
};

void TestSchedulePayments::twoRowsCreateTwoSchedules()
{
    QFETCH(QString, language);
    const auto translation = test::translatedInto(language);
    const bool korean = language == u"ko";
    test::ScheduleScreen s;
    s.open(u"customer_1234"_s);
    QCOMPARE(s.rows()->rowCount(), 1);
    s.fill(0, u"12000"_s, korean ? u"월 구독료"_s : u"Monthly plan"_s);
    QCOMPARE(s.rows()->amountEdit(0)->text(), u"12,000"_s);
    s.click(u"addScheduleRowButton"_s);
    QCOMPARE(s.rows()->rowCount(), 2);
    // The next row: a month later, the same order name, its own merchant_uid.
    QCOMPARE(s.rows()->timeEdit(1)->dateTime(), s.rows()->timeEdit(0)->dateTime().addMonths(1));
    QCOMPARE(s.rows()->nameEdit(1)->text(), s.rows()->nameEdit(0)->text());
    const QString first = s.rows()->merchantUidEdit(0)->text();
    const QString second = s.rows()->merchantUidEdit(1)->text();
    QVERIFY(first != second && first.size() <= 40 && second.size() <= 40);
    s.fill(1, u"9,900"_s, s.rows()->nameEdit(0)->text());

    // The times in Korean time, with UNIX seconds in the tool tip; the preview is the body.
    const QDateTime at = s.rows()->timeEdit(0)->dateTime();
    auto *korean0 = child<QLabel>(*s.form, "scheduleKoreanTimeLabel0");
    QVERIFY2(korean0->text().endsWith(u" KST"_s), qPrintable(korean0->text()));
    QVERIFY(korean0->toolTip().contains(QString::number(at.toSecsSinceEpoch())));
    const QString preview = s.preview()->toPlainText();
    QVERIFY2(preview.contains(u"\"schedule_at\": %1"_s.arg(at.toSecsSinceEpoch())),
             qPrintable(preview));
    QVERIFY(preview.contains(u"\"merchant_uid\": \"%1\""_s.arg(second)));
    QVERIFY(preview.contains(u"\"amount\": 9900"_s));
    QVERIFY(preview.contains(u"\"customer_uid\": \"customer_1234\""_s));
    s.shot(u"schedule-form-"_s + language);

    s.f.prompts.answers = { true };
    s.click(u"sendScheduleButton"_s);
    QTRY_VERIFY(s.idle() && s.result()->isVisible());
    QCOMPARE(s.f.prompts.asked.size(), 1);
    const ConfirmationRequest asked = s.f.prompts.asked.first();
    QVERIFY2(asked.text.contains(u"customer_1234"_s), qPrintable(asked.text));
    QVERIFY(asked.text.contains(korean ? u"21,900원"_s : u"₩21,900"_s));
    QVERIFY(asked.text.contains(ScheduleTexts::koreanTime(at)));
    QVERIFY(asked.text.contains(ScheduleTexts::koreanTime(at.addMonths(1))));
    QCOMPARE(asked.acceptText, korean ? u"결제 2건 예약"_s : u"Schedule 2 payments"_s);
    QCOMPARE(s.sent(u"schedule"_s), 1);
    QVERIFY2(s.result()->text().contains(korean ? u"2건"_s : u"Scheduled 2 payments"_s),
             qPrintable(s.result()->text()));

    // PortOne has both; the audit names them; the Schedules tab of the key shows them.
    QCOMPARE(s.schedule(first)->scheduleStatus, u"scheduled"_s);
    QCOMPARE(s.schedule(second)->amount, 9900.0);
    const AuditEntry audit = s.f.session.auditLog().entries().constLast();
    QCOMPARE(audit.action, AuditAction::PaymentsScheduled);
    QCOMPARE(audit.outcome, u"ok"_s);
    QCOMPARE(audit.targets, (QStringList { u"customer_1234"_s, first, second }));
    auto *tabs = child<QTabWidget>(s.panel, "billingKeyDetailTabWidget");
    QCOMPARE(tabs->currentWidget()->objectName(), u"billingKeySchedulesTab"_s);
    auto *table = child<QTableView>(s.panel, "schedulesTableView");
    const auto listed = [table](const QString &merchantUid) {
        const QAbstractItemModel *model = table->model();
        int cells = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                cells += model->index(row, column).data().toString() == merchantUid ? 1 : 0;
        return cells;
    };
    QTRY_COMPARE(listed(first), 1);
    QCOMPARE(listed(second), 1);
    // The form starts again with one fresh row: sending it again cannot repeat these two.
    QCOMPARE(s.rows()->rowCount(), 1);
    QVERIFY(s.rows()->merchantUidEdit(0)->text() != first);
}

void TestSchedulePayments::checksAreShownNextToTheFields()
{
    QFETCH(QString, language);
    const auto translation = test::translatedInto(language);
    const bool korean = language == u"ko";
    test::ScheduleScreen s;
    s.open(u"customer_1234"_s);
    s.click(u"addScheduleRowButton"_s);
    const QString longName = QString(41, u'가'); // name: maxLength 40
    s.fill(0, u"5,000"_s, longName);
    s.fill(1, u"5,000"_s, u"plan"_s);
    s.rows()->timeEdit(0)->setDateTime(QDateTime::currentDateTime().addSecs(-3600));
    const QString taken = s.rows()->merchantUidEdit(0)->text();
    s.type(s.rows()->merchantUidEdit(1), taken); // the same merchant_uid twice
    s.f.prompts.answers = { true };
    s.click(u"sendScheduleButton"_s);

    QVERIFY(s.f.prompts.asked.isEmpty()); // nothing asked, nothing sent
    QCOMPARE(s.sent(u"schedule"_s), 0);
    QLabel *past = s.message(u"schedules[0].schedule_at"_s);
    QLabel *name = s.message(u"schedules[0].name"_s);
    QLabel *duplicate = s.message(u"schedules[1].merchant_uid"_s);
    QVERIFY2(past->isVisible(), qPrintable(past->text()));
    QVERIFY2(name->isVisible(), qPrintable(name->text()));
    QVERIFY2(duplicate->isVisible(), qPrintable(duplicate->text()));
    QVERIFY2(past->text().contains(korean ? u"이후"_s : u"in the future"_s),
             qPrintable(past->text()));
    QVERIFY2(name->text().contains(u"40"_s) && name->text().contains(u"41"_s),
             qPrintable(name->text()));
    QVERIFY2(duplicate->text().contains(taken), qPrintable(duplicate->text()));
    QVERIFY(!s.message(u"schedules[1].name"_s)->isVisible());
    QVERIFY(!s.message(u"schedules[0].merchant_uid"_s)->isVisible());
    QCOMPARE(s.rows()->nameEdit(0)->text(), longName); // nothing typed is lost
    QCOMPARE(s.rows()->merchantUidEdit(1)->text(), taken);
    QCOMPARE(s.rows()->amountEdit(0)->text(), u"5,000"_s);
    s.shot(u"schedule-form-checks-"_s + language);

    // A message goes as soon as its field is edited. Exactly the spec's limits: 40 characters
    // and a 40-character merchant_uid are sent.
    s.type(s.rows()->nameEdit(0), QString(40, u'가'));
    QVERIFY(!name->isVisible());
    QVERIFY(past->isVisible());
    s.rows()->timeEdit(0)->setDateTime(QDateTime::currentDateTime().addDays(2));
    s.type(s.rows()->merchantUidEdit(1), u"m"_s.repeated(40));
    s.type(s.rows()->amountEdit(1), u"5천원"_s);
    s.click(u"sendScheduleButton"_s);
    QVERIFY(s.message(u"schedules[1].amount"_s)->isVisible());
    QCOMPARE(s.sent(u"schedule"_s), 0);
    s.type(s.rows()->amountEdit(1), u"5000원"_s);
    s.click(u"sendScheduleButton"_s);
    QTRY_VERIFY(s.idle() && s.result()->isVisible());
    QCOMPARE(s.sent(u"schedule"_s), 1);
    QVERIFY(s.schedule(u"m"_s.repeated(40)).has_value());
}

QTEST_MAIN(TestSchedulePayments)
#include "tst_schedule_payments.moc"
