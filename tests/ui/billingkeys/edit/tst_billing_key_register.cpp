#include "core/api/PortOneClient.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/billingkeys/edit/BillingKeyRegisterForm.h"
#include "ui/common/ChannelPicker.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/ResultView.h"

#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace portone;
using namespace portone::test;

namespace {

QStringList &capturedLog()
{
    static QStringList lines; // written only by the message handler of one test
    return lines;
}

const QString canaryCard = QStringLiteral("4111111111111111");
const QString canaryExpiry = QStringLiteral("2030-12");
const QString canaryBirth = QStringLiteral("900101");
const QString canaryPwd = QStringLiteral("12");
const QString canaryCvc = QStringLiteral("123");

} // namespace

// Acts like an operator on the registration form against the in-process sandbox.
class TestBillingKeyRegister : public QObject
{
    Q_OBJECT

private:
    struct Screen
    {
        SandboxSessionFixture f;
        BillingKeyRegisterForm form { f.session };
        QList<RequestTrace> traces;

        Screen()
        {
            QObject::connect(f.session.client(), &PortOneClient::requestFinished, &form,
                             [this](const RequestTrace &trace) { traces << trace; });
            form.resize(1100, 900);
            form.show();
        }
        template<typename T> T *find(const char *name)
        {
            T *widget = form.findChild<T *>(QString::fromLatin1(name));
            if (!widget)
                qFatal("no widget %s", name);
            return widget;
        }
        QLineEdit *edit(const char *name) { return find<QLineEdit>(name); }
        void type(const char *name, const QString &text)
        {
            edit(name)->clear();
            QTest::keyClicks(edit(name), text);
        }
        QString message(const char *field)
        {
            auto *label = find<QLabel>((QByteArray(field) + "MessageLabel").constData());
            return label->isHidden() ? QString() : label->text();
        }
        int operations(const QString &operation) const
        {
            return int(std::count_if(traces.cbegin(), traces.cend(), [&](const RequestTrace &t) {
                return t.operation == operation;
            }));
        }
        void fillValidCard()
        {
            type("cardNumberLineEdit", canaryCard);
            type("expiryLineEdit", canaryExpiry);
            type("birthLineEdit", canaryBirth);
            type("pwd2DigitLineEdit", canaryPwd);
            type("cvcLineEdit", canaryCvc);
        }
        void waitForChannels()
        {
            QTRY_VERIFY(find<ChannelPicker>("channelPickerComboBox")->count() > 0);
        }
        void clickRegister()
        {
            QTest::mouseClick(find<QPushButton>("registerButton"), Qt::LeftButton);
        }
        void verifySensitiveEmpty()
        {
            for (const char *name : { "cardNumberLineEdit", "expiryLineEdit", "birthLineEdit",
                                      "pwd2DigitLineEdit", "cvcLineEdit" })
                QVERIFY2(edit(name)->text().isEmpty(), name);
        }
    };

private Q_SLOTS:
    void everyValidationFailureIsShownAndNothingIsSent()
    {
        Screen s;
        s.waitForChannels();
        s.type("customerUidLineEdit", QStringLiteral("desk_test_invalid_01"));
        s.type("cardNumberLineEdit", QStringLiteral("4111111111111112"));
        // Grouped in fours as typed, digits only.
        QCOMPARE(s.edit("cardNumberLineEdit")->text(), QStringLiteral("4111 1111 1111 1112"));
        // Live: a wrong checksum is said as soon as the number is long enough.
        QVERIFY(!s.message("card_number").isEmpty());
        s.type("expiryLineEdit", QStringLiteral("2020-13"));
        QVERIFY(!s.message("expiry").isEmpty());
        s.type("birthLineEdit", QStringLiteral("12345"));
        s.type("pwd2DigitLineEdit", QStringLiteral("1"));
        s.type("cvcLineEdit", QStringLiteral("12"));
        // maxLength from the spec: nothing longer than 200 characters can be typed.
        s.type("customerEmailLineEdit", QString(210, u'a'));
        QCOMPARE(s.edit("customerEmailLineEdit")->text().size(), 200);
        QCOMPARE(s.edit("customerUidLineEdit")->maxLength(), 80);
        QCOMPARE(s.edit("customerNameLineEdit")->maxLength(), 20);
        QCOMPARE(s.edit("customerPostcodeLineEdit")->maxLength(), 8);

        const int before = s.f.server().requestCount();
        s.clickRegister();
        QVERIFY(!s.message("card_number").isEmpty());
        QVERIFY(!s.message("expiry").isEmpty());
        QVERIFY(!s.message("birth").isEmpty());
        QVERIFY(!s.message("pwd_2digit").isEmpty());
        QVERIFY(!s.message("cvc").isEmpty());
        QTest::qWait(100);
        QCOMPARE(s.f.server().requestCount(), before);
        QVERIFY(!s.form.isBusy());
        // Nothing typed is lost.
        QCOMPARE(s.edit("cardNumberLineEdit")->text(), QStringLiteral("4111 1111 1111 1112"));
        QCOMPARE(s.edit("birthLineEdit")->text(), QStringLiteral("12345"));
        QCOMPARE(s.edit("customerUidLineEdit")->text(), QStringLiteral("desk_test_invalid_01"));

        // Fixing everything clears the messages and registers.
        s.fillValidCard();
        QVERIFY(s.message("card_number").isEmpty());
        s.type("customerEmailLineEdit", QStringLiteral("kim@example.com"));
        QSignalSpy registered(&s.form, &BillingKeyRegisterForm::registered);
        s.clickRegister();
        QTRY_COMPARE(registered.size(), 1);
        QCOMPARE(registered.first().first().value<BillingKey>().customerUid(),
                 QStringLiteral("desk_test_invalid_01"));
        s.verifySensitiveEmpty();
        QVERIFY(s.f.prompts.asked.isEmpty()); // a fresh uid needs no overwrite confirmation
    }

    void registersAFreshUidAndWipesTheCard()
    {
        Screen s;
        s.waitForChannels();
        QTest::mouseClick(s.find<QPushButton>("generateCustomerUidButton"), Qt::LeftButton);
        const QString uid = s.edit("customerUidLineEdit")->text();
        QVERIFY(!uid.isEmpty());
        s.fillValidCard();
        QSignalSpy registered(&s.form, &BillingKeyRegisterForm::registered);
        s.clickRegister();
        s.clickRegister(); // a double click cannot send twice
        QTRY_COMPARE(registered.size(), 1);
        QTest::qWait(100);
        QCOMPARE(s.operations(QStringLiteral("customer_save")), 1);
        s.verifySensitiveEmpty();
        auto *result = s.find<ResultView>("resultView");
        QCOMPARE(result->value(QStringLiteral("customer_uid")), uid);
        QVERIFY(result->value(QStringLiteral("Card number")).endsWith(QStringLiteral("1111")));
        QVERIFY(!result->value(QStringLiteral("Card number")).contains(canaryCard));
        QCOMPARE(s.edit("customerUidLineEdit")->text(), uid); // the uid stays
    }

    void overwriteGuardAsksBeforeReplacing()
    {
        Screen s;
        s.waitForChannels();
        s.type("customerUidLineEdit", QStringLiteral("customer_1234"));
        s.fillValidCard();
        s.f.prompts.answers = { false };
        s.clickRegister();
        QTRY_COMPARE(s.f.prompts.asked.size(), 1);
        QTRY_VERIFY(!s.form.isBusy());
        const ConfirmationRequest asked = s.f.prompts.asked.first();
        QVERIFY(asked.title.contains(QStringLiteral("customer_1234")));
        QVERIFY2(asked.text.contains(QStringLiteral("************1238")), qPrintable(asked.text));
        QVERIFY(asked.text.contains(QStringLiteral("REPLACES")));
        QVERIFY(asked.text.contains(QStringLiteral("does NOT revoke")));
        QCOMPARE(s.operations(QStringLiteral("customer_save")), 0);
        // Declined: nothing sent, nothing typed lost.
        QCOMPARE(s.edit("cardNumberLineEdit")->text(), QStringLiteral("4111 1111 1111 1111"));

        s.f.prompts.answers = { true };
        QSignalSpy registered(&s.form, &BillingKeyRegisterForm::registered);
        s.clickRegister();
        QTRY_COMPARE(registered.size(), 1);
        QCOMPARE(s.f.prompts.asked.size(), 2);
        QCOMPARE(s.operations(QStringLiteral("customer_save")), 1);
        const BillingKey key = registered.first().first().value<BillingKey>();
        QVERIFY(
            std::get<NormalBillingKey>(key.shape).card.cardNumber.endsWith(QStringLiteral("1111")));
        s.verifySensitiveEmpty();
    }

    void superBillingKeyShowsTheFailedChannel()
    {
        Screen s;
        s.waitForChannels();
        s.type("customerUidLineEdit", QStringLiteral("desk_test_super_01"));
        s.type("channelGroupIdLineEdit", QStringLiteral("group_sbx_01"));
        s.fillValidCard();
        QSignalSpy registered(&s.form, &BillingKeyRegisterForm::registered);
        s.clickRegister();
        QTRY_COMPARE(registered.size(), 1);
        const BillingKey key = registered.first().first().value<BillingKey>();
        QVERIFY(key.isSuper());
        auto *result = s.find<ResultView>("resultView");
        const QString failed = result->value(QStringLiteral("Failed 1"));
        QVERIFY2(failed.contains(QStringLiteral("ksnet")), qPrintable(failed));
        QVERIFY(failed.contains(QStringLiteral("PG_PROVIDER")));
        QVERIFY(!result->value(QStringLiteral("Succeeded 2 · PG provider")).isEmpty());
        QCOMPARE(result->value(QStringLiteral("Channel group")), QStringLiteral("group_sbx_01"));
        s.find<QWidget>("resultView")
            ->grab()
            .save(QStringLiteral("/tmp/shots/billingkey-register-super-result.png"));
        s.form.grab().save(QStringLiteral("/tmp/shots/billingkey-register-super.png"));
    }

    void noCanaryRemainsAnywhereAfterRegistration()
    {
        // Every log line of every module, debug level included, is kept and searched below.
        QLoggingCategory::setFilterRules(QStringLiteral("portone.*=true"));
        const QtMessageHandler previous
            = qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                        const QString &message) { capturedLog() << message; });
        const auto restore = qScopeGuard([previous] {
            qInstallMessageHandler(previous);
            QLoggingCategory::setFilterRules(QString());
        });
        capturedLog().clear();

        Screen s;
        s.waitForChannels();
        s.type("customerUidLineEdit", QStringLiteral("desk_test_canary_01"));
        s.fillValidCard();
        s.form.grab().save(QStringLiteral("/tmp/shots/billingkey-register-filled.png"));
        QSignalSpy registered(&s.form, &BillingKeyRegisterForm::registered);
        s.clickRegister();
        QTRY_COMPARE(registered.size(), 1);
        s.form.grab().save(QStringLiteral("/tmp/shots/billingkey-register-result.png"));

        // Settings file bytes.
        s.f.settings.sync();
        QByteArray bytes; // every file the fixture's session wrote
        QDirIterator files(s.f.dir.path(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            bytes += file.readAll();
        }
        for (const QString &canary :
             { canaryCard, canaryExpiry, canaryBirth, QStringLiteral("4111 1111") })
            QVERIFY2(!bytes.contains(canary.toUtf8()), qPrintable(canary));

        // Widgets: no input or label holds a canary; the card inputs are empty.
        s.verifySensitiveEmpty();
        const auto edits = s.form.findChildren<QLineEdit *>();
        for (const QLineEdit *edit : edits) {
            for (const QString &canary : { canaryCard, canaryExpiry, canaryBirth })
                QVERIFY2(!edit->text().contains(canary), qPrintable(edit->objectName()));
            QVERIFY(!edit->text().contains(QStringLiteral("4111 1111")));
        }
        const auto labels = s.form.findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            for (const QString &canary : { canaryCard, canaryExpiry, canaryBirth })
                QVERIFY2(!label->text().contains(canary), qPrintable(label->text()));
        }
        auto *result = s.find<ResultView>("resultView");
        for (const QString &canary : { canaryCard, canaryExpiry, canaryBirth })
            QVERIFY(!result->rawText().contains(canary));

        // Logs: the client and token manager logged the requests, never a sensitive value.
        QVERIFY(!capturedLog().isEmpty());
        const QString log = capturedLog().join(u'\n');
        for (const QString &canary :
             { canaryCard, canaryExpiry, canaryBirth, QStringLiteral("4111 1111") })
            QVERIFY2(!log.contains(canary), qPrintable(canary));

        // Request traces: the sensitive parameters are masked.
        QVERIFY(s.operations(QStringLiteral("customer_save")) == 1);
        for (const RequestTrace &trace : std::as_const(s.traces)) {
            for (const auto &[name, value] : trace.parameters) {
                QVERIFY2(!value.contains(canaryCard), qPrintable(name));
                QVERIFY2(!value.contains(canaryExpiry), qPrintable(name));
                QVERIFY2(!value.contains(canaryBirth), qPrintable(name));
                if (name == u"pwd_2digit")
                    QVERIFY(value != canaryPwd);
                if (name == u"cvc")
                    QVERIFY(value != canaryCvc);
            }
        }
    }

    void outcomeUnknownOffersALookUpNotAResend()
    {
        Screen s;
        s.waitForChannels();
        s.type("customerUidLineEdit", QStringLiteral("desk_test_unknown_01"));
        s.fillValidCard();
        // The look-up before sending answers; the registration itself gets a 500.
        QObject::connect(s.f.session.client(), &PortOneClient::requestFinished, &s.form,
                         [&s](const RequestTrace &trace) {
                             if (trace.operation == u"customer_view") {
                                 sandbox::SandboxFaults faults;
                                 faults.serverError = true;
                                 s.f.server().setFaults(faults);
                             }
                         });
        s.clickRegister();
        auto *notice = s.find<QLabel>("outcomeNoticeLabel");
        QTRY_VERIFY(!s.find<QWidget>("outcomeNoticeFrame")->isHidden());
        QVERIFY2(notice->text().contains(QStringLiteral("Outcome unknown")),
                 qPrintable(notice->text()));
        s.verifySensitiveEmpty();
        QCOMPARE(s.operations(QStringLiteral("customer_save")), 1);
        s.f.server().setFaults({});
        QTest::mouseClick(s.find<QPushButton>("lookUpBillingKeyButton"), Qt::LeftButton);
        QTRY_VERIFY(!s.form.isBusy());
        QTRY_VERIFY(s.operations(QStringLiteral("customer_view")) >= 2);
        QCOMPARE(s.operations(QStringLiteral("customer_save")), 1); // never resent
    }
};

QTEST_MAIN(TestBillingKeyRegister)
#include "tst_billing_key_register.moc"
