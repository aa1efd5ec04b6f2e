#include "tests/faults/FaultUiActions.h"

#include "tests/faults/FaultEndpoints.h"
#include "ui/benepia/BenepiaWorkspace.h"
#include "ui/billingkeys/BillingKeysWorkspace.h"
#include "ui/certification/CertificationWorkspace.h"
#include "ui/common/ChannelPicker.h"
#include "ui/payments/PaymentsWorkspace.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace portone::test {

namespace {

bool channelsLoaded(Screen &s, const QString &picker)
{
    return waitFor([&] { return s.find<ChannelPicker>(picker)->count() > 0; });
}

void fillCard(Screen &s)
{
    s.type(u"cardNumberLineEdit"_s, u"4111111111111111"_s);
    s.type(u"expiryLineEdit"_s, u"2030-12"_s);
    s.type(u"birthLineEdit"_s, u"900101"_s);
    s.type(u"pwd2DigitLineEdit"_s, u"12"_s);
    s.type(u"cvcLineEdit"_s, u"123"_s);
}

} // namespace

QList<UiAction> uiActions()
{
    QList<UiAction> all;
    UiAction otp;
    otp.name = u"certification OTP request"_s;
    otp.changesState = true;
    otp.faultedMethod = u"POST"_s;
    otp.make
        = [](DeskSession &session) { return std::make_unique<CertificationWorkspace>(session); };
    otp.ready = [](Screen &s) { QVERIFY(channelsLoaded(s, u"channelComboBox"_s)); };
    otp.fill = [](Screen &s) {
        s.type(u"nameLineEdit"_s, u"홍길동"_s);
        s.type(u"phoneLineEdit"_s, u"010-1234-5678"_s);
        s.type(u"birthLineEdit"_s, u"900101"_s);
        s.type(u"genderDigitLineEdit"_s, u"1"_s);
    };
    otp.button = u"requestOtpButton"_s;
    otp.errorPanel = u"otpFlowPage/errorPanel"_s;
    otp.succeeded = [](Screen &s) {
        return static_cast<CertificationWorkspace *>(s.workspace.get())->step()
            == CertificationWorkspace::Step::Confirm;
    };
    all << otp;

    UiAction lookup;
    lookup.name = u"billing-key look-up"_s;
    lookup.faultedMethod = u"GET"_s;
    lookup.make
        = [](DeskSession &session) { return std::make_unique<BillingKeysWorkspace>(session); };
    lookup.ready = [](Screen &) {};
    lookup.fill = [](Screen &s) {
        s.typePlain(u"customerUidsTextEdit"_s, u"customer_1234\nfault_ui_missing"_s);
    };
    lookup.button = u"lookUpButton"_s;
    lookup.errorPanel = u"lookupErrorPanel"_s;
    lookup.succeeded = [](Screen &s) {
        return s.find<QTableView>(u"resultsTableView"_s)->model()->rowCount() > 0;
    };
    all << lookup;

    UiAction reg;
    reg.name = u"billing-key registration"_s;
    reg.changesState = true;
    reg.faultedMethod = u"POST"_s; // the check for an existing key (GET) still answers
    reg.make = lookup.make;
    reg.ready = [](Screen &s) {
        s.find<QTabWidget>(u"billingKeysTabWidget"_s)->setCurrentIndex(1);
        QVERIFY(channelsLoaded(s, u"channelPickerComboBox"_s));
    };
    reg.fill = [](Screen &s) {
        s.type(u"customerUidLineEdit"_s, u"fault_ui_cust_01"_s);
        fillCard(s);
    };
    reg.refill = fillCard;
    reg.button = u"registerButton"_s;
    reg.errorPanel = u"registerErrorPanel"_s;
    reg.succeeded = [](Screen &s) {
        auto *heading = s.find<QLabel>(u"billingKeyRegisterForm/resultHeadingLabel"_s);
        return heading->isVisible() && heading->text().contains(u"Registered"_s);
    };
    reg.wipedOnPurpose = { u"cardNumberLineEdit"_s, u"expiryLineEdit"_s, u"birthLineEdit"_s,
                           u"pwd2DigitLineEdit"_s, u"cvcLineEdit"_s };
    all << reg;

    UiAction pay;
    pay.name = u"Benepia payment"_s;
    pay.changesState = true;
    pay.faultedMethod = u"POST"_s;
    pay.make = [](DeskSession &session) { return std::make_unique<BenepiaWorkspace>(session); };
    pay.ready = [](Screen &s) {
        s.find<QTabWidget>(u"benepiaTabWidget"_s)->setCurrentIndex(1);
        // Both lists: no look-up of the point-check form may meet the fault.
        QVERIFY(channelsLoaded(s, u"checkChannelComboBox"_s));
        QVERIFY(channelsLoaded(s, u"payChannelComboBox"_s));
    };
    pay.fill = [](Screen &s) {
        s.type(u"payUserLineEdit"_s, u"benepia_test"_s);
        s.type(u"payPasswordLineEdit"_s, u"benepia1234"_s);
        s.type(u"amountLineEdit"_s, u"3000"_s);
        s.type(u"orderNameLineEdit"_s, u"장애 주문"_s);
    };
    pay.refill = [](Screen &s) { s.type(u"payPasswordLineEdit"_s, u"benepia1234"_s); };
    pay.button = u"payButton"_s;
    pay.errorPanel = u"paymentErrorPanel"_s;
    pay.succeeded = [](Screen &s) { return s.find(u"paymentResultView"_s)->isVisible(); };
    pay.wipedOnPurpose = { u"payPasswordLineEdit"_s };
    all << pay;

    UiAction payment;
    payment.name = u"payment look-up"_s;
    payment.faultedMethod = u"GET"_s;
    payment.make
        = [](DeskSession &session) { return std::make_unique<PaymentsWorkspace>(session); };
    payment.ready = [](Screen &) {};
    payment.fill = [](Screen &s) { s.type(u"impUidLineEdit"_s, u"imp_200000000001"_s); };
    payment.button = u"lookupButton"_s;
    payment.errorPanel = u"errorPanel"_s;
    payment.succeeded = [](Screen &s) {
        return s.find<QTableView>(u"paymentsTableView"_s)->model()->rowCount() > 0;
    };
    all << payment;

    // Several pages in one job (PaymentSearch), outside RequestLifecycle: its own error panel.
    UiAction search;
    search.name = u"payment search"_s;
    search.faultedMethod = u"GET"_s;
    search.make = payment.make;
    search.ready = [](Screen &s) { s.find<QTabWidget>(u"paymentsTabs"_s)->setCurrentIndex(1); };
    search.fill = [](Screen &) {};
    search.button = u"searchButton"_s;
    search.errorPanel = u"searchErrorPanel"_s;
    search.succeeded = [](Screen &s) {
        return s.find<QTableView>(u"searchTableView"_s)->model()->rowCount() > 0;
    };
    all << search;
    return all;
}

} // namespace portone::test
