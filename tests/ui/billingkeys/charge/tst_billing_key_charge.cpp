// "Charge now" from a billing key's detail, against the in-process sandbox: a paid charge and a
// declined card in Korean and English, the amount in words as it is typed, validation next to
// the fields, a super billing key's channel, a read-only profile, a refusal, a double click,
// and a charge whose answer never arrives (the acceptance test of issue 13).
#include "tests/ui/billingkeys/charge/ChargeTestSupport.h"

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;

class TestBillingKeyCharge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paidChargeShowsImpUid_data();
    void paidChargeShowsImpUid();
    void declinedCardShowsPortOnesReason_data();
    void declinedCardShowsPortOnesReason();
    void validationKeepsWhatWasTyped();
    void superKeyChargesThroughTheChosenChannel();
    void readOnlyProfileCannotCharge();
    void refusalShowsStatusCodeAndMessage();
    void doubleClickChargesOnce();
    void timeoutKeepsTheMerchantUidAndTheLookUpSettlesIt_data();
    void timeoutKeepsTheMerchantUidAndTheLookUpSettlesIt();
};

void TestBillingKeyCharge::paidChargeShowsImpUid_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("paid");
    QTest::newRow("ko") << u"ko"_s << u"12,000원 (만 이천 원)"_s << u"결제 완료"_s;
    QTest::newRow("en") << u"en"_s << u"₩12,000 (만 이천 원)"_s << u"Paid: "_s;
}

void TestBillingKeyCharge::paidChargeShowsImpUid()
{
    QFETCH(QString, language);
    QFETCH(QString, words);
    QFETCH(QString, paid);
    const auto translation = translatedInto(language);
    ChargeScreen s;
    s.openCharge(u"customer_1234"_s);
    const QString merchantUid = s.merchantUid();
    QVERIFY2(merchantUid.startsWith(u"desk_charge_"_s), qPrintable(merchantUid));
    s.type(u"chargeAmountLineEdit"_s, u"12"_s);
    QCOMPARE(s.words()->text(), language == u"ko"_s ? u"12원 (십이 원)"_s : u"₩12 (십이 원)"_s);
    s.fill(u"12000"_s, u"3월 정기구독"_s);
    QCOMPARE(s.words()->text(), words);
    s.shot(u"charge-form-"_s + language);

    s.f.prompts.answers = { true };
    s.click(u"sendChargeButton"_s);
    QTRY_VERIFY(s.idle() && s.result()->isVisible());
    const ConfirmationRequest asked = s.f.prompts.asked.constLast();
    for (const QString &named :
         { u"김민준 (customer_1234)"_s, u"************1238"_s, words, merchantUid, u"MID "_s })
        QVERIFY2(asked.text.contains(named), qPrintable(asked.text));
    QVERIFY2(s.result()->text().startsWith(paid), qPrintable(s.result()->text()));
    QVERIFY2(s.result()->text().contains(words), qPrintable(s.result()->text()));
    QVERIFY(s.result()->text().contains(u"imp_uid imp_"_s));
    QVERIFY(s.result()->text().contains(merchantUid));

    const QList<HistoryRecord> sent = s.chargeRequests();
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().body->value(u"merchant_uid"_s).toString(), merchantUid);
    QCOMPARE(sent.first().body->value(u"amount"_s).toDouble(), 12000.0);
    QVERIFY(!sent.first().body->contains(u"card_quota"_s)); // a lump sum is the default
    QVERIFY(!sent.first().body->contains(u"channel_key"_s)); // a normal key's own channel
    const AuditEntry audit = s.f.session.auditLog().entries().constLast();
    QCOMPARE(audit.action, AuditAction::BillingKeyCharged);
    QCOMPARE(audit.outcome, u"ok"_s);
    QVERIFY(audit.targets.contains(u"customer_1234"_s) && audit.targets.contains(merchantUid));
    QVERIFY2(audit.detail.contains(u"status paid"_s), qPrintable(audit.detail));
    QVERIFY(s.merchantUid() != merchantUid); // the next charge is a new order
    s.shot(u"charge-paid-"_s + language);

    // Back in the details, the key's payments are asked again: 45 seeded and this one.
    s.click(u"closeChargeButton"_s);
    s.find<QTabWidget>(u"billingKeyDetailTabWidget"_s)->setCurrentIndex(1);
    auto *page = s.find<QLabel>(u"paymentsPageLabel"_s);
    QTRY_VERIFY2(page->text().contains(u"46"_s), qPrintable(page->text()));
}

void TestBillingKeyCharge::declinedCardShowsPortOnesReason_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("declined");
    QTest::newRow("ko") << u"ko"_s << u"결제되지 않았습니다"_s;
    QTest::newRow("en") << u"en"_s << u"nothing was charged"_s;
}

void TestBillingKeyCharge::declinedCardShowsPortOnesReason()
{
    QFETCH(QString, language);
    QFETCH(QString, declined);
    const auto translation = translatedInto(language);
    ChargeScreen s;
    s.openCharge(sandbox::SandboxServer::declinedCustomerUid());
    const QString merchantUid = s.merchantUid();
    s.fill(u"55,000"_s, u"연간 이용권"_s);
    auto *quota = s.find<QComboBox>(u"cardQuotaComboBox"_s);
    QVERIFY(quota->isEnabled()); // 50,000 and more
    quota->setCurrentIndex(2); // 3 months
    s.f.prompts.answers = { true };
    s.click(u"sendChargeButton"_s);
    QTRY_VERIFY(s.idle() && s.result()->isVisible());
    const QString text = s.result()->text();
    QVERIFY2(text.contains(declined), qPrintable(text));
    QVERIFY2(text.contains(sandbox::SandboxServer::declineReason()), qPrintable(text));
    QVERIFY(!s.errors()->isVisible()); // code 0: not a refusal of the call
    QCOMPARE(s.chargeRequests().constLast().body->value(u"card_quota"_s).toInt(), 3);
    QCOMPARE(s.f.session.auditLog().entries().constLast().outcome, u"failed"_s);
    QCOMPARE(s.merchantUid(), merchantUid); // nothing was charged: the order stays
    s.shot(u"charge-declined-"_s + language);
}

void TestBillingKeyCharge::validationKeepsWhatWasTyped()
{
    const auto translation = translatedInto(u"en"_s);
    ChargeScreen s;
    s.openCharge(u"customer_5678"_s);
    auto *quota = s.find<QComboBox>(u"cardQuotaComboBox"_s);
    s.type(u"chargeAmountLineEdit"_s, u"12,000x"_s);
    QVERIFY(!s.fieldMessage(u"amount"_s).isEmpty()); // said while typing
    QVERIFY(!s.words()->isVisible());
    QVERIFY(!quota->isEnabled()); // installments from 50,000 only
    s.type(u"chargeTaxFreeLineEdit"_s, u"20000"_s);
    const int before = s.f.server().requestCount();
    s.click(u"sendChargeButton"_s);
    QCOMPARE(s.fieldMessage(u"amount"_s), u"Enter a whole number of won, e.g. 12,000."_s);
    QVERIFY(!s.fieldMessage(u"name"_s).isEmpty());
    QVERIFY(s.f.prompts.asked.isEmpty());
    QCOMPARE(s.find<QLineEdit>(u"chargeAmountLineEdit"_s)->text(), u"12,000x"_s);

    s.type(u"chargeAmountLineEdit"_s, u"12,000"_s);
    s.click(u"sendChargeButton"_s);
    QVERIFY2(s.fieldMessage(u"tax_free"_s).contains(u"12,000"_s),
             qPrintable(s.fieldMessage(u"tax_free"_s)));
    QCOMPARE(s.find<QLineEdit>(u"chargeTaxFreeLineEdit"_s)->text(), u"20000"_s);
    s.type(u"chargeMerchantUidLineEdit"_s, QString(41, u'm'));
    QVERIFY(!s.fieldMessage(u"merchant_uid"_s).isEmpty()); // typing stopped at 40
    QCOMPARE(s.merchantUid().size(), 40);
    QVERIFY(s.f.prompts.asked.isEmpty());
    QCOMPARE(s.f.server().requestCount(), before); // nothing sent
    s.type(u"chargeAmountLineEdit"_s, u"50000"_s);
    QVERIFY(quota->isEnabled());
}

void TestBillingKeyCharge::superKeyChargesThroughTheChosenChannel()
{
    const auto translation = translatedInto(u"en"_s);
    ChargeScreen s;
    s.openCharge(u"super_customer_0001"_s);
    auto *picker = s.find<QComboBox>(u"chargeChannelPicker"_s);
    QVERIFY(picker->isVisible());
    QTRY_COMPARE(picker->count(), 3); // any channel, and the two where the key was issued
    QCOMPARE(picker->currentData().toString(), QString());
    QStringList keys;
    for (int i = 1; i < picker->count(); ++i)
        keys << picker->itemData(i).toString();
    QCOMPARE(keys, QStringList({ u"channel-key-sbx-nice"_s, u"channel-key-sbx-kcp"_s }));
    picker->setCurrentIndex(2);
    s.fill(u"9,900"_s, u"슈퍼 빌링키 결제"_s);
    s.f.prompts.answers = { true };
    s.click(u"sendChargeButton"_s);
    QTRY_VERIFY(s.idle() && s.result()->isVisible());
    QVERIFY2(s.f.prompts.asked.constLast().text.contains(u"channel-key-sbx-kcp"_s),
             qPrintable(s.f.prompts.asked.constLast().text));
    QCOMPARE(s.chargeRequests().constLast().body->value(u"channel_key"_s).toString(),
             u"channel-key-sbx-kcp"_s);
    QVERIFY(s.result()->text().startsWith(u"Paid: "_s));
}

void TestBillingKeyCharge::readOnlyProfileCannotCharge()
{
    ChargeScreen s;
    QVERIFY(s.f.openSavedProfile(u"고객지원 (read-only)"_s, true));
    Capture<BillingKey> got;
    s.f.session.client()->getBillingKey(u"customer_1234"_s, s.panel.get(), got.callback());
    QVERIFY(got.wait() && got.result().ok());
    s.panel->showKey(got.value());
    auto *charge = s.find<QPushButton>(u"chargeBillingKeyButton"_s);
    QVERIFY(!charge->isEnabled());
    QTest::mouseClick(charge, Qt::LeftButton);
    QVERIFY(!s.find<QWidget>(u"chargePane"_s)->isVisible());
    QVERIFY(!s.find<QPushButton>(u"sendChargeButton"_s)->isEnabled());
    QVERIFY(s.f.prompts.asked.isEmpty());
}

void TestBillingKeyCharge::refusalShowsStatusCodeAndMessage()
{
    const auto translation = translatedInto(u"en"_s);
    ChargeScreen s;
    s.openCharge(u"customer_1234"_s);
    s.fill(u"3,000"_s, u"추가 결제"_s);
    s.f.server().setFaults({ .gatewayForbidden = true, .onlyMethod = u"POST"_s });
    s.f.prompts.answers = { true };
    s.click(u"sendChargeButton"_s);
    QTRY_VERIFY(s.idle() && s.errors()->isVisible());
    QVERIFY2(s.errors()->statusText().contains(u"403"_s), qPrintable(s.errors()->statusText()));
    QCOMPARE(s.errors()->messageText(), u"Forbidden resource"_s);
    QVERIFY(!s.find<QWidget>(u"outcomeNoticeLabel"_s)->isVisible()); // refused: nothing charged
    QCOMPARE(s.f.session.auditLog().entries().constLast().outcome, u"failed"_s);
    QCOMPARE(s.find<QLineEdit>(u"chargeAmountLineEdit"_s)->text(), u"3,000"_s);
}

void TestBillingKeyCharge::doubleClickChargesOnce()
{
    ChargeScreen s;
    s.openCharge(u"customer_kim"_s);
    s.fill(u"1,000"_s, u"추가 결제"_s);
    s.f.server().setFaults({ .latencyMs = 200, .onlyMethod = u"POST"_s });
    s.f.prompts.answers = { true, true };
    const int before = s.f.server().requestCount();
    auto *send = s.find<QPushButton>(u"sendChargeButton"_s);
    QTest::mouseDClick(send, Qt::LeftButton);
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(!send->isEnabled());
    QTRY_VERIFY(s.idle() && s.result()->isVisible());
    QCOMPARE(s.f.server().requestCount(), before + 1);
    QCOMPARE(s.f.prompts.asked.size(), 1);
    QCOMPARE(s.chargeRequests().size(), 1);
}

void TestBillingKeyCharge::timeoutKeepsTheMerchantUidAndTheLookUpSettlesIt_data()
{
    QTest::addColumn<bool>("hang");
    QTest::addColumn<QString>("settled");
    // The sandbox charges the card, then answers after the client gave up.
    QTest::newRow("latency") << false << u"Paid: "_s;
    // The sandbox never handles the request: nothing was charged.
    QTest::newRow("hang") << true << u"No payment with merchant_uid"_s;
}

void TestBillingKeyCharge::timeoutKeepsTheMerchantUidAndTheLookUpSettlesIt()
{
    QFETCH(bool, hang);
    QFETCH(QString, settled);
    const auto translation = translatedInto(u"en"_s);
    ChargeScreen s(std::chrono::milliseconds(400));
    s.openCharge(u"customer_1234"_s);
    const QString merchantUid = s.merchantUid();
    s.fill(u"12,000"_s, u"3월 정기구독"_s);
    s.f.server().setFaults({ .latencyMs = hang ? 0 : 1500, .hang = hang, .onlyMethod = u"POST"_s });
    s.f.prompts.answers = { true };
    s.click(u"sendChargeButton"_s);
    auto *notice = s.find<QLabel>(u"outcomeNoticeLabel"_s);
    QTRY_VERIFY(s.idle() && notice->isVisible());
    QVERIFY2(notice->text().contains(u"Outcome unknown"_s) && notice->text().contains(merchantUid),
             qPrintable(notice->text()));
    // The cause once, in its own words, and the notice's own advice instead of the explanation's.
    QVERIFY2(notice->text().contains(u"(PortOne did not answer in time)"_s)
                 && !notice->text().contains(u"it was not resent"_s),
             qPrintable(notice->text()));
    QCOMPARE(s.f.session.auditLog().entries().constLast().outcome, u"unknown"_s);
    // The merchant_uid cannot be replaced while the outcome is unknown.
    QVERIFY(s.find<QLineEdit>(u"chargeMerchantUidLineEdit"_s)->isReadOnly());
    QVERIFY(!s.find<QPushButton>(u"newChargeMerchantUidButton"_s)->isEnabled());
    QVERIFY(!s.find<QPushButton>(u"closeChargeButton"_s)->isHidden());
    s.click(u"closeChargeButton"_s);
    QVERIFY(s.find<QWidget>(u"chargePane"_s)->isVisible()); // the notice stays until settled
    QCOMPARE(s.f.prompts.asked.size(), 1); // never resent by itself
    QCOMPARE(s.chargeRequests().size(), 1);

    s.f.server().setFaults({});
    int sent = 1;
    if (!hang) {
        // Charging again from the form sends the same merchant_uid, which PortOne refuses.
        s.f.prompts.answers = { true };
        s.click(u"sendChargeButton"_s);
        QTRY_VERIFY(s.idle() && s.errors()->isVisible());
        QVERIFY2(s.errors()->messageText().contains(merchantUid),
                 qPrintable(s.errors()->messageText()));
        QVERIFY(notice->isVisible());
        sent = 2;
    }
    auto *lookUp = s.find<QPushButton>(u"lookUpChargeButton"_s);
    QCOMPARE(lookUp->text(), u"Look up merchant_uid %1"_s.arg(merchantUid));
    QTest::mouseClick(lookUp, Qt::LeftButton);
    QTRY_VERIFY(s.idle() && !notice->isVisible());
    QVERIFY2(s.result()->text().startsWith(settled), qPrintable(s.result()->text()));
    QVERIFY(s.result()->text().contains(merchantUid));
    QVERIFY(!s.find<QLineEdit>(u"chargeMerchantUidLineEdit"_s)->isReadOnly());
    // Every charge that left the desk carried the one merchant_uid.
    for (const HistoryRecord &request : s.chargeRequests())
        QCOMPARE(request.body->value(u"merchant_uid"_s).toString(), merchantUid);
    QCOMPARE(s.chargeRequests().size(), sent);
    s.shot(u"charge-settled-"_s + QString::fromLatin1(QTest::currentDataTag()));
}

QTEST_MAIN(TestBillingKeyCharge)
#include "tst_billing_key_charge.moc"
