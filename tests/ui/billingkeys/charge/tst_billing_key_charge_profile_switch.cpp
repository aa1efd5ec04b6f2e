// A charge on the wire when the operator goes on to another profile: its outcome is unknown, and
// the notice with the look-up by merchant_uid stays. The look-up is offered only on the profile
// that sent the charge (another merchant's merchant_uid names another payment, or none), and
// nothing can be charged there with this merchant's key; back on the charge's profile, the
// look-up asks that profile and settles it.
#include "tests/ui/billingkeys/charge/ChargeTestSupport.h"

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;

class TestBillingKeyChargeProfileSwitch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unknownOutcomeWaitsForItsProfile_data();
    void unknownOutcomeWaitsForItsProfile();
};

void TestBillingKeyChargeProfileSwitch::unknownOutcomeWaitsForItsProfile_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("sentWith"); // %1: the charge's profile
    QTest::addColumn<QString>("settled");
    QTest::newRow("ko") << u"ko"_s << u"이 청구는 <b>%1</b> 프로필로 보냈습니다"_s
                        << u"merchant_uid %1인 결제가 없습니다"_s;
    QTest::newRow("en") << u"en"_s << u"It was sent with the profile <b>%1</b>"_s
                        << u"No payment with merchant_uid %1"_s;
}

void TestBillingKeyChargeProfileSwitch::unknownOutcomeWaitsForItsProfile()
{
    QFETCH(QString, language);
    QFETCH(QString, sentWith);
    QFETCH(QString, settled);
    const auto translation = translatedInto(language);
    ChargeScreen s;
    const Profile charging = s.f.session.activeProfile();
    s.openCharge(u"customer_1234"_s);
    const QString merchantUid = s.merchantUid();
    s.fill(u"12,000"_s, u"3월 정기구독"_s);
    s.f.server().setFaults({ .latencyMs = 1500, .onlyMethod = u"POST"_s });
    s.f.prompts.answers = { true };
    s.click(u"sendChargeButton"_s);
    QTRY_VERIFY(!s.f.session.connection().stateChangesInFlight().isEmpty());

    s.f.prompts.answers = { true }; // go on without the answer
    QVERIFY(s.f.session.confirmLeavingCallsInFlight(s.panel.get()));
    QVERIFY(s.f.openSavedProfile(u"다른 가맹점"_s, false));
    QVERIFY(s.idle());
    auto *notice = s.find<QLabel>(u"outcomeNoticeLabel"_s);
    auto *lookUp = s.find<QPushButton>(u"lookUpChargeButton"_s);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(merchantUid), qPrintable(notice->text()));
    const QString elsewhere = sentWith.arg(charging.name);
    QVERIFY2(notice->text().contains(elsewhere), qPrintable(notice->text()));
    QVERIFY(!lookUp->isEnabled()); // not against another merchant
    QVERIFY(!s.find<QPushButton>(u"sendChargeButton"_s)->isEnabled());
    QVERIFY(s.find<QLineEdit>(u"chargeMerchantUidLineEdit"_s)->isReadOnly());
    s.shot(u"charge-unknown-other-profile-"_s + language);

    QCOMPARE(s.f.session.startSandbox(), QString()); // back on the charge's profile
    QVERIFY(notice->isVisible());
    QVERIFY2(!notice->text().contains(elsewhere), qPrintable(notice->text()));
    QVERIFY(lookUp->isEnabled());
    QVERIFY(s.find<QPushButton>(u"sendChargeButton"_s)->isEnabled());
    s.shot(u"charge-unknown-back-"_s + language);
    QTest::mouseClick(lookUp, Qt::LeftButton);
    // The sandbox started anew has no payment: the look-up's answer settles it either way.
    QTRY_VERIFY(s.idle() && !notice->isVisible());
    QVERIFY2(s.result()->text().contains(settled.arg(merchantUid)), qPrintable(s.result()->text()));
    // One look-up, sent to the charge's profile, none to the other.
    const QList<HistoryRecord> lookUps = s.requests(u"getPaymentByMerchantUid"_s);
    QCOMPARE(lookUps.size(), 1);
    QVERIFY(lookUps[0].path.contains(merchantUid));
    QCOMPARE(lookUps[0].profileName, charging.name);
    QCOMPARE(lookUps[0].origin, s.f.server().baseUrl().toString(QUrl::StripTrailingSlash));
    QCOMPARE(s.chargeRequests().size(), 1);
}

QTEST_MAIN(TestBillingKeyChargeProfileSwitch)
#include "tst_billing_key_charge_profile_switch.moc"
