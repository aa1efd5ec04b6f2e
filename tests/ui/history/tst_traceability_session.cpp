// The "Done when", as an operator would do it in the main window on the Sandbox: OTP
// request and confirm, a CI reveal with a reason, billing-key registration and deletion (with
// a reason), a Benepia payment. Then the History workspace shows every request and every
// action with its reason, the chain verifies, the CSV exports keep Korean text, and a raw byte
// search of the data folder and the settings file finds none of the canary secrets.
#include "core/api/PortOneClient.h"
#include "core/auth/TokenManager.h"
#include "tests/support/CanarySearch.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/billingkeys/BillingKeysTestSupport.h"
#include "ui/MainWindow.h"
#include "ui/certification/CertificationWorkspace.h"
#include "ui/common/ChannelPicker.h"
#include "ui/common/Workspace.h"
#include "ui/history/AuditLogTab.h"
#include "ui/history/HistoryRequestsTab.h"
#include "ui/history/HistoryTableModel.h"
#include "ui/history/HistoryWorkspace.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace portone;
using namespace portone::test;
using namespace Qt::StringLiterals;

namespace {

const QString CardNumber = u"4111111111111111"_s;
const QString Expiry = u"2031-07"_s;
const QString Birth = u"880317"_s;
const QString Pwd2Digit = u"47"_s;
const QString Cvc = u"862"_s;
const QString BenepiaPassword = u"benepia1234"_s;
const QString CustomerUid = u"desk_trace_0001"_s;

void typeInto(QWidget &root, const char *name, const QString &text)
{
    auto *edit = child<QLineEdit>(root, name);
    edit->setFocus();
    edit->clear();
    if (std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c < u'\x80'; })) {
        QTest::keyClicks(edit, text);
    } else { // Korean arrives as committed text, as from an input method
        for (const QChar ch : text)
            QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
}

void click(QWidget &root, const char *name)
{
    auto *button = child<QPushButton>(root, name);
    QVERIFY2(button->isEnabled(), name);
    QTest::mouseClick(button, Qt::LeftButton);
}

} // namespace

class TestTraceabilitySession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scriptedSandboxSessionIsTracedAndClean();
};

void TestTraceabilitySession::scriptedSandboxSessionIsTracedAndClean()
{
    SandboxSessionFixture f;
    MainWindow window(f.session, f.settings);
    window.resize(1250, 800);
    window.show();
    window.showWorkspaces(); // the fixture opened the Sandbox before the window existed
    QString otp;
    QString certificationImpUid;

    // 1. OTP request and confirm, then the CI revealed with a reason.
    window.selectWorkspace(0);
    QWidget &cert = *window.workspace(0);
    QTRY_VERIFY(child<ChannelPicker>(cert, "channelComboBox")->count() > 0);
    typeInto(cert, "nameLineEdit", u"홍길동"_s);
    typeInto(cert, "phoneLineEdit", u"010-1234-5678"_s);
    typeInto(cert, "birthLineEdit", Birth);
    typeInto(cert, "genderDigitLineEdit", u"1"_s);
    click(cert, "requestOtpButton");
    auto *certification = qobject_cast<CertificationWorkspace *>(&cert);
    QTRY_COMPARE(certification->step(), CertificationWorkspace::Step::Confirm);
    certificationImpUid = child<QLineEdit>(cert, "impUidLineEdit")->text();
    otp = f.server().otpFor(certificationImpUid);
    QCOMPARE(otp.size(), 6);
    typeInto(cert, "otpLineEdit", otp);
    click(cert, "confirmOtpButton");
    QTRY_COMPARE(certification->step(), CertificationWorkspace::Step::Result);
    f.prompts.reasonAnswers << u"고객 본인 확인 요청 (CS-1042)"_s;
    click(*cert.findChild<QWidget *>(u"otpResultPanel"_s), "revealCiDiButton");
    QCOMPARE(f.prompts.reasonAsked.size(), 1);

    // 2. A billing key registered, then deleted with a reason.
    window.selectWorkspace(1);
    QWidget &keys = *window.workspace(1);
    child<QTabWidget>(keys, "billingKeysTabWidget")->setCurrentIndex(1);
    QWidget &form = *keys.findChild<QWidget *>(u"billingKeyRegisterForm"_s);
    QTRY_VERIFY(child<ChannelPicker>(form, "channelPickerComboBox")->count() > 0);
    typeInto(form, "customerUidLineEdit", CustomerUid);
    typeInto(form, "cardNumberLineEdit", CardNumber);
    typeInto(form, "expiryLineEdit", Expiry);
    typeInto(form, "birthLineEdit", Birth);
    typeInto(form, "pwd2DigitLineEdit", Pwd2Digit);
    typeInto(form, "cvcLineEdit", Cvc);
    click(form, "registerButton");
    QTRY_VERIFY_WITH_TIMEOUT(!f.session.auditLog().entries().isEmpty()
                                 && f.session.auditLog().entries().constLast().action
                                     == AuditAction::BillingKeyRegistered,
                             10000);
    QCOMPARE(f.session.auditLog().entries().constLast().outcome, u"ok"_s);
    child<QTabWidget>(keys, "billingKeysTabWidget")->setCurrentIndex(0);
    pasteIds(keys, CustomerUid);
    clickLookUp(keys);
    QTRY_COMPARE(visibleRows(keys), 1);
    QTRY_VERIFY(!keys.findChild<QPushButton *>(u"lookUpButton"_s)->isHidden());
    resultsTable(keys)->selectRow(0);
    f.prompts.typedAnswers << TypedConfirmation { u"카드 분실 신고"_s, {} };
    click(keys, "deleteSelectedButton");
    QTRY_VERIFY_WITH_TIMEOUT(
        f.session.auditLog().entries().constLast().action == AuditAction::BillingKeyDeleted, 10000);

    // 3. A Benepia payment.
    window.selectWorkspace(2);
    QWidget &benepia = *window.workspace(2);
    child<QTabWidget>(benepia, "benepiaTabWidget")->setCurrentIndex(1);
    QTRY_VERIFY(child<ChannelPicker>(benepia, "payChannelComboBox")->count() > 0);
    typeInto(benepia, "payUserLineEdit", u"benepia_test"_s);
    typeInto(benepia, "payPasswordLineEdit", BenepiaPassword);
    typeInto(benepia, "amountLineEdit", u"5000"_s);
    typeInto(benepia, "orderNameLineEdit", u"점심 식권"_s);
    f.prompts.answers << true;
    click(benepia, "payButton");
    QTRY_VERIFY_WITH_TIMEOUT(
        f.session.auditLog().entries().constLast().action == AuditAction::BenepiaPaid, 10000);

    // The History workspace: every request, every action with its reason.
    window.selectWorkspace(5); // History
    auto *history = qobject_cast<HistoryWorkspace *>(window.workspace(5));
    QTRY_VERIFY(!history->requestsTab()->isLoading());
    const QList<HistoryRecord> records = f.session.history().load();
    QCOMPARE(history->requestsTab()->model()->rowCount(), int(records.size()));
    QStringList operations;
    for (const HistoryRecord &record : records)
        operations << record.operation;
    for (const QString &expected :
         { u"getToken"_s, u"requestOTP"_s, u"confirmOTP"_s, u"customer_save"_s,
           u"customer_delete"_s, u"payBenepiaPoint"_s })
        QVERIFY2(operations.contains(expected),
                 qPrintable(expected + u" not in "_s + operations.join(u", "_s)));
    history->tabs()->setCurrentIndex(1);
    AuditLogTab *audit = history->auditTab();
    QTRY_COMPARE(audit->table()->rowCount(), 6);
    QStringList actions, reasons;
    for (int row = 0; row < audit->table()->rowCount(); ++row) {
        actions << audit->table()->item(row, 4)->text();
        reasons << audit->table()->item(row, 6)->text();
    }
    QCOMPARE(
        actions,
        QStringList({ u"Benepia payment"_s, u"Billing key deleted"_s, u"Billing key registered"_s,
                      u"CI/DI revealed"_s, u"OTP confirmed"_s, u"OTP requested"_s }));
    QCOMPARE(reasons.value(1), u"카드 분실 신고"_s);
    QCOMPARE(reasons.value(3), u"고객 본인 확인 요청 (CS-1042)"_s);
    QVERIFY(audit->verifyChain().intact);
    QVERIFY2(
        audit->verificationText().startsWith(u"The audit log is intact: 6 entries verified. "_s),
        qPrintable(audit->verificationText()));
    if (const QString dir = qEnvironmentVariable("PORTONE_SHOTS_DIR"); !dir.isEmpty()) {
        QTest::qWait(50);
        window.grab().save(dir + u"/history-session-audit.png"_s);
        history->tabs()->setCurrentIndex(0);
        history->requestsTab()->table()->selectRow(0);
        QTest::qWait(50);
        window.grab().save(dir + u"/history-session-requests.png"_s);
    }

    // CSV exports (into the data folder too, so the byte search covers them): Korean intact.
    const QString data = f.dir.filePath(u"data"_s);
    f.prompts.savePaths = { data + u"/requests.csv"_s, data + u"/audit.csv"_s };
    window.selectWorkspace(5); // History
    history->tabs()->setCurrentIndex(0);
    QTest::mouseClick(history->findChild<QPushButton *>(u"exportHistoryButton"_s), Qt::LeftButton);
    history->tabs()->setCurrentIndex(1);
    QTest::mouseClick(history->findChild<QPushButton *>(u"exportAuditButton"_s), Qt::LeftButton);
    QCOMPARE(f.prompts.saveAsked.size(), 2);
    QFile requestsCsv(data + u"/requests.csv"_s);
    QVERIFY(requestsCsv.open(QIODevice::ReadOnly));
    const QByteArray requestsBytes = requestsCsv.readAll();
    QVERIFY(requestsBytes.startsWith("\xEF\xBB\xBF"));
    QVERIFY(requestsBytes.contains(u"reason=카드 분실 신고"_s.toUtf8()));
    QVERIFY(requestsBytes.contains(u"유효하지 않은 customer_uid 입니다."_s.toUtf8()));
    QFile auditCsv(data + u"/audit.csv"_s);
    QVERIFY(auditCsv.open(QIODevice::ReadOnly));
    QVERIFY(auditCsv.readAll().contains(u"카드 분실 신고"_s.toUtf8()));

    // The access token in use now, to search for it too.
    QString token;
    QObject context;
    f.session.tokens()->acquire(&context, [&token](Result<AccessToken> result) {
        token = result.ok() ? result.value().token : u"none"_s;
    });
    QTRY_VERIFY(!token.isEmpty());
    QVERIFY(token != u"none"_s);

    // Edit › Copy last request as curl: the Benepia payment, token and password left out.
    auto *copyCurl = window.findChild<QAction *>(u"copyLastRequestAsCurlAction"_s);
    QVERIFY(copyCurl && copyCurl->isEnabled());
    copyCurl->trigger();
    const QString command = QApplication::clipboard()->text();
    QVERIFY2(command.contains(u"/benepia/payment"_s), qPrintable(command));
    QVERIFY(command.contains(u"$PORTONE_TOKEN"_s));
    QVERIFY(!command.contains(token));
    QVERIFY(!command.contains(BenepiaPassword));

    // A raw byte search of every file in the data folder, and the settings file.
    f.settings.sync();
    const QList<Canary> canaries {
        { u"card number"_s, CardNumber },
        { u"card number as typed"_s, u"4111 1111 1111 1111"_s },
        { u"expiry"_s, Expiry },
        { u"birth"_s, Birth },
        { u"pwd_2digit"_s, u"\"pwd_2digit\":\"47\""_s },
        { u"pwd_2digit (form)"_s, u"pwd_2digit=47"_s },
        { u"cvc"_s, u"\"cvc\":\"862\""_s },
        { u"cvc (form)"_s, u"cvc=862"_s },
        { u"benepia password"_s, BenepiaPassword },
        { u"OTP"_s, otp },
        { u"access token"_s, token },
        { u"imp_secret"_s, sandbox::SandboxServer::defaultAccount().impSecret },
    };
    QStringList files;
    QList<CanaryHit> hits = searchTree(data, canaries, &files);
    QVERIFY(files.size() >= 4); // a history file, audit.jsonl, two exports
    QFile settingsFile(f.settings.fileName());
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    hits += searchBytes(settingsFile.readAll(), canaries, settingsFile.fileName());
    QVERIFY2(hits.isEmpty(), qPrintable(describe(hits)));
    // The masked card number (last 4 at most) is what the history keeps.
    QVERIFY(requestsBytes.contains("1111"));
}

QTEST_MAIN(TestTraceabilitySession)
#include "tst_traceability_session.moc"
