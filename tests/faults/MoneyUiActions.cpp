#include "tests/faults/MoneyUiActions.h"

#include "tests/ui/billingkeys/charge/ChargeTestSupport.h"
#include "tests/ui/billingkeys/schedule/ScheduleTestSupport.h"
#include "tests/ui/payments/RefundTestSupport.h"
#include "tests/ui/schedules/ScheduleActionsTestSupport.h"

using namespace Qt::StringLiterals;

namespace portone::test {

namespace {

const QString kCustomer = u"customer_1234"_s;

// With a timeout: the session's client answers within it, from a fresh sandbox on.
void shortenTimeout(SandboxSessionFixture &f, std::optional<std::chrono::milliseconds> timeout)
{
    if (!timeout)
        return;
    f.session.setRequestTimeout(*timeout);
    if (!f.session.startSandbox().isEmpty())
        qFatal("the sandbox did not start again");
}

MoneyScreen screenOf(std::shared_ptr<void> owner, SandboxSessionFixture *f, QWidget *root,
                     const QString &button, const QString &errorPanel)
{
    MoneyScreen m;
    m.owner = std::move(owner);
    m.f = f;
    m.root = root;
    m.button = button;
    m.errorPanel = errorPanel;
    return m;
}

MoneyScreen openCharge(std::optional<std::chrono::milliseconds> timeout)
{
    auto s = std::make_shared<ChargeScreen>(timeout);
    s->openCharge(kCustomer);
    s->fill(u"12,000"_s, u"3월 정기구독"_s);
    const QString merchantUid = s->merchantUid();
    MoneyScreen m = screenOf(s, &s->f, s->find<QWidget>(u"chargePane"_s), u"sendChargeButton"_s,
                             u"chargeErrorPanel"_s);
    m.idle = [screen = s.get()] { return screen->idle(); };
    m.serverState = [screen = s.get(), merchantUid] {
        Capture<Payment> got;
        screen->f.session.client()->findPaymentByMerchantUid(
            merchantUid, MerchantPaymentStatus::Any, std::nullopt, screen->panel.get(),
            got.callback());
        return got.wait() && got.result().ok() ? got.value().status : u"none"_s;
    };
    m.sentValue = merchantUid;
    m.noticeNames = merchantUid;
    return m;
}

MoneyScreen openSchedule(std::optional<std::chrono::milliseconds> timeout)
{
    auto s = std::make_shared<ScheduleScreen>();
    shortenTimeout(s->f, timeout);
    s->start();
    s->open(kCustomer);
    s->fill(0, u"3000"_s, u"plan"_s);
    const QString merchantUid = s->rows()->merchantUidEdit(0)->text();
    MoneyScreen m = screenOf(s, &s->f, s->form, u"sendScheduleButton"_s, u"scheduleErrorPanel"_s);
    m.idle = [screen = s.get()] { return screen->idle(); };
    m.serverState = [screen = s.get(), merchantUid] {
        const std::optional<Schedule> found = screen->schedule(merchantUid);
        return found ? found->scheduleStatus : u"none"_s;
    };
    m.sentValue = merchantUid;
    m.noticeNames = kCustomer;
    return m;
}

// An action on one listed schedule of customer_1234: upcoming, or failed (past).
MoneyScreen openScheduleAction(std::optional<std::chrono::milliseconds> timeout,
                               const QString &button, const QString &merchantUid, bool past)
{
    auto s = std::make_shared<SchedulesScreen>();
    shortenTimeout(s->f, timeout);
    s->open(kCustomer, past ? -200 : 0, past ? 0 : 100);
    s->select({ merchantUid });
    QDateTime inFiveDays = QDateTime::currentDateTime().addDays(5);
    inFiveDays.setTime(QTime(inFiveDays.time().hour(), inFiveDays.time().minute()));
    s->timeEdit()->setDateTime(inFiveDays); // whole minutes, as sent
    MoneyScreen m = screenOf(s, &s->f, &s->tab, button, u"scheduleActionErrorPanel"_s);
    m.idle = [screen = s.get()] { return !screen->tab.isBusy(); };
    m.serverState = [screen = s.get(), merchantUid] {
        const Schedule now = screen->onServer(merchantUid);
        return QStringList { now.scheduleStatus, now.paymentStatus,
                             now.scheduleAt.toString(Qt::ISODate) }
            .join(u' ');
    };
    // In the body: the merchant_uids to cancel, or the new time (a retry has no body).
    if (button == u"cancelSelectedSchedulesButton"_s)
        m.sentValue = merchantUid;
    else if (button != u"retryScheduleButton"_s)
        m.sentValue = QString::number(s->timeEdit()->dateTime().toSecsSinceEpoch());
    m.noticeNames = merchantUid;
    return m;
}

// A full refund of a paid virtual account, to the account typed.
MoneyScreen openRefund(std::optional<std::chrono::milliseconds> timeout)
{
    auto s = std::make_shared<RefundScreen>();
    shortenTimeout(s->f, timeout);
    const QString imp = u"imp_200000000010"_s;
    s->lookUp(imp);
    s->openRefund();
    auto *banks = s->find<QComboBox>(u"refundBankComboBox"_s);
    if (!QTest::qWaitFor([&] { return s->idle() && banks->count() > 0; }))
        qFatal("no banks");
    banks->setCurrentIndex(banks->findData(u"004"_s));
    s->type(u"refundReasonLineEdit"_s, u"단순 변심"_s);
    s->type(u"refundAccountLineEdit"_s, u"110-4873-925561"_s);
    s->type(u"refundTelLineEdit"_s, u"010-9876-5432"_s);
    MoneyScreen m = screenOf(s, &s->f, s->find<QWidget>(u"refundPane"_s), u"sendRefundButton"_s,
                             u"refundErrorPanel"_s);
    m.idle = [screen = s.get()] { return screen->idle(); };
    m.serverState = [screen = s.get(), imp] {
        Capture<Payment> got;
        screen->f.session.client()->getPayment(imp, false, &screen->workspace, got.callback());
        if (!got.wait() || !got.result().ok())
            qFatal("could not look %s up", qPrintable(imp));
        return u"%1 %2"_s.arg(got.value().status).arg(got.value().cancelAmount);
    };
    m.sentValue = imp;
    m.noticeNames = imp;
    m.personal = { { u"refund_account"_s, u"110-4873-925561"_s },
                   { u"refund_tel"_s, u"010-9876-5432"_s } };
    return m;
}

} // namespace

QList<MoneyAction> moneyActions()
{
    QList<MoneyAction> all { { u"charge now"_s, u"POST"_s, &openCharge },
                             { u"schedule payments"_s, u"POST"_s, &openSchedule } };
    const QString upcoming = u"sched_customer_1234_07"_s;
    const QString failed = u"sched_customer_1234_02"_s;
    struct OnSchedule
    {
        const char *name;
        const char *method;
        QString button;
        QString merchantUid;
        bool past;
    };
    const QList<OnSchedule> onSchedules {
        { "cancel selected", "POST", u"cancelSelectedSchedulesButton"_s, upcoming, false },
        { "change time", "PUT", u"changeScheduleTimeButton"_s, upcoming, false },
        { "retry", "POST", u"retryScheduleButton"_s, failed, true },
        { "reschedule", "POST", u"rescheduleButton"_s, failed, true },
    };
    for (const OnSchedule &action : onSchedules) {
        all << MoneyAction { QString::fromLatin1(action.name), QString::fromLatin1(action.method),
                             [action](std::optional<std::chrono::milliseconds> timeout) {
                                 return openScheduleAction(timeout, action.button,
                                                           action.merchantUid, action.past);
                             } };
    }
    all << MoneyAction { u"refund"_s, u"POST"_s, &openRefund };
    return all;
}

} // namespace portone::test
