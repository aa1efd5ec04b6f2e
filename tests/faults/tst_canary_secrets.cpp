// Canary secrets, end to end: one scripted session through the main window (the Sandbox profile,
// then a saved profile on a sandbox whose imp_secret is a canary in the real keychain) types a
// distinct canary into every sensitive field, runs every flow, uses every copy action, exports
// the CSV and quits. Then every file the process could have written (its private HOME, XDG and
// TMPDIR folders, the settings, the export, its own log output) and every text it put on the
// clipboard is searched for the canaries in UTF-8, UTF-16LE and percent-encoded form. The
// keychain must be the one place that holds the canary imp_secret.
#include "core/history/HistoryStore.h"
#include "core/profiles/SecretStore.h"
#include "sandbox/SandboxServer.h"
#include "tests/faults/CanaryValues.h"
#include "tests/faults/CanaryWidgets.h"
#include "tests/faults/FaultEndpoints.h"
#include "tests/faults/MessageCapture.h"
#include "tests/support/CanarySearch.h"
#include "tests/ui/UiTestSupport.h"
#include "ui/AppSettings.h"
#include "ui/MainWindow.h"
#include "ui/benepia/BenepiaWorkspace.h"
#include "ui/billingkeys/BillingKeysWorkspace.h"
#include "ui/certification/CertificationWorkspace.h"
#include "ui/common/ChannelPicker.h"
#include "ui/payments/PaymentsWorkspace.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace portone;
using namespace portone::test;
using namespace portone::test::canary;
using namespace Qt::StringLiterals;

namespace {

QString capturePath()
{
    return qEnvironmentVariable("PORTONE_CANARY_ROOT") + u"/output/messages.log"_s;
}

} // namespace

class TestCanarySecrets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scriptedSessionLeavesNoCanary();
    void cleanupTestCase();

private:
    // The session's steps; each may fail the test.
    void openCanaryProfile();
    void certification();
    void billingKeys();
    void benepia();
    void payments();

    // Every "Copy" button shown under root, clicked.
    void copyEverything(QWidget *root)
    {
        for (QToolButton *copy : root->findChildren<QToolButton *>()) {
            if (copy->objectName().startsWith(u"copyButton_"_s) && copy->isVisible()) {
                QTest::mouseClick(copy, Qt::LeftButton);
                ++m_copies;
            }
        }
    }
    template<typename W> W *showWorkspace(int index)
    {
        m_window->selectWorkspace(index);
        auto *page = qobject_cast<W *>(m_window->workspace(index));
        if (!page)
            qFatal("workspace %d is not the expected one", index);
        return page;
    }

    QString m_root;
    QString m_dataDirectory;
    std::optional<MessageCapture> m_capture;
    std::unique_ptr<QSettings> m_settings;
    BuiltInSandbox m_builtInSandbox;
    std::unique_ptr<DeskSession> m_session;
    std::unique_ptr<MainWindow> m_window;
    ScriptedPrompts m_prompts;
    sandbox::SandboxServer m_backend;
    QString m_keychainService;
    QString m_profileId;
    QString m_otp;
    QStringList m_clipboardTexts;
    int m_copies = 0;
};

void TestCanarySecrets::initTestCase()
{
    m_root = qEnvironmentVariable("PORTONE_CANARY_ROOT");
    QVERIFY2(m_root.endsWith(u"/canary"_s),
             "run through ctest: PORTONE_CANARY_ROOT, HOME, XDG_* and TMPDIR");
    QVERIFY(QDir(m_root).removeRecursively()); // what an earlier run left
    for (const char *variable :
         { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "TMPDIR" }) {
        QVERIFY2(qEnvironmentVariable(variable).startsWith(m_root), variable);
        QVERIFY(QDir().mkpath(qEnvironmentVariable(variable)));
    }
    QVERIFY(QDir().mkpath(m_root + u"/output"_s));
    QFile::remove(capturePath());
    QCOMPARE(QDir::tempPath(), QDir(qEnvironmentVariable("TMPDIR")).canonicalPath());
    m_capture.emplace(capturePath());
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this,
            [this] { m_clipboardTexts << QApplication::clipboard()->text(); });
    QApplication::setOrganizationName(u"PortOneDesk"_s); // as main() does
    QApplication::setApplicationName(u"portone-desk"_s);
    m_keychainService = u"PortOne Desk canary %1"_s.arg(QCoreApplication::applicationPid());
}

void TestCanarySecrets::openCanaryProfile()
{
    // The Sandbox profile first, as on a first start.
    QVERIFY(m_window->openProfile(AppSettings::SandboxProfileId));
    QVERIFY(m_builtInSandbox.server());
    QVERIFY(m_backend.listen() != 0); // the built-in one stops when the profile changes
    m_backend.addAccount({ impKey, impSecret });
    m_backend.addBenepiaAccount(benepiaUser, benepiaPassword, 90000);

    // A saved profile on a sandbox; its secret goes to the keychain, as the dialog does.
    Profile profile;
    profile.name = u"Canary"_s;
    profile.impKey = impKey;
    profile.baseUrl = m_backend.baseUrl();
    QVERIFY(m_session->profiles().add(profile).isEmpty());
    m_profileId = profile.id;
    std::optional<bool> written;
    m_session->secrets().writeSecret(m_profileId, impSecret, this,
                                     [&written](const SecretOutcome &error) { written = !error; });
    QVERIFY(waitFor([&written] { return written.has_value(); }, 10000));
    QVERIFY2(*written, "the keychain refused the canary secret");
    QVERIFY(m_window->openProfile(m_profileId));
    QCOMPARE(m_session->activeProfile().id, m_profileId);
}

void TestCanarySecrets::certification()
{
    auto *page = showWorkspace<CertificationWorkspace>(0);
    QVERIFY(waitFor([&] { return find<ChannelPicker>(page, u"channelComboBox"_s)->count() > 0; }));
    type(page, u"nameLineEdit"_s, certName);
    type(page, u"phoneLineEdit"_s, certPhone);
    type(page, u"birthLineEdit"_s, certBirth);
    type(page, u"genderDigitLineEdit"_s, certGenderDigit);
    // The OTP request copied as curl the moment it is recorded (a look-up that ends later would
    // be the last request): its gender digit is masked there.
    auto *copyCurl = m_window->findChild<QAction *>(u"copyLastRequestAsCurlAction"_s);
    const QMetaObject::Connection copier = connect(
        m_session->client(), &PortOneClient::requestFinished, this, [&](const RequestTrace &t) {
            if (t.operation == u"requestOTP"_s && copyCurl->isEnabled()) {
                copyCurl->trigger();
                ++m_copies;
            }
        });
    click(page, u"requestOtpButton"_s);
    QVERIFY(waitFor([&] { return page->step() == CertificationWorkspace::Step::Confirm; }));
    disconnect(copier);
    QVERIFY2(m_clipboardTexts.value(m_copies - 1).contains(u"\"gender_digit\""_s),
             qPrintable(m_clipboardTexts.value(m_copies - 1)));
    click(page, u"copyImpUidButton"_s);
    ++m_copies;
    const QString impUid = find<QLineEdit>(page, u"impUidLineEdit"_s)->text();
    m_otp = m_backend.otpFor(impUid);
    QCOMPARE(m_otp.size(), 6);
    type(page, u"otpLineEdit"_s, m_otp);
    click(page, u"confirmOtpButton"_s);
    QVERIFY(waitFor([&] { return page->step() == CertificationWorkspace::Step::Result; }));
    QTest::mouseClick(find<QPushButton>(page, u"revealCiDiButton"_s), Qt::LeftButton);
    copyEverything(find(page, u"otpResultPanel"_s));

    find<QTabWidget>(page, u"certificationSectionsTabWidget"_s)->setCurrentIndex(1);
    type(page, u"lookupImpUidLineEdit"_s, impUid);
    click(page, u"lookUpCertificationButton"_s);
    QVERIFY(waitFor([&] { return !page->isBusy(); }));
    copyEverything(find(page, u"lookupResultPanel"_s));
    m_prompts.answers = { true };
    click(page, u"deleteCertificationButton"_s);
    QVERIFY(waitFor([&] { return !page->isBusy(); }));
}

void TestCanarySecrets::billingKeys()
{
    auto *page = showWorkspace<BillingKeysWorkspace>(1);
    find<QTabWidget>(page, u"billingKeysTabWidget"_s)->setCurrentIndex(1);
    QVERIFY(waitFor(
        [&] { return find<ChannelPicker>(page, u"channelPickerComboBox"_s)->count() > 0; }));
    type(page, u"customerUidLineEdit"_s, u"canary_cust_01"_s);
    type(page, u"cardNumberLineEdit"_s, cardNumber);
    type(page, u"expiryLineEdit"_s, expiry);
    type(page, u"birthLineEdit"_s, cardBirth);
    type(page, u"pwd2DigitLineEdit"_s, pwd2Digit);
    type(page, u"cvcLineEdit"_s, cvc);
    click(page, u"registerButton"_s);
    QWidget *form = find(page, u"billingKeyRegisterForm"_s);
    auto *heading = find<QLabel>(form, u"resultHeadingLabel"_s);
    QVERIFY(waitFor([&] { return heading->isVisible(); }));
    QVERIFY2(heading->text().contains(u"Registered"_s), qPrintable(heading->text()));
    copyEverything(form);

    find<QTabWidget>(page, u"billingKeysTabWidget"_s)->setCurrentIndex(0);
    auto *ids = find<QPlainTextEdit>(page, u"customerUidsTextEdit"_s);
    ids->setFocus();
    ids->clear();
    QTest::keyClicks(ids, u"canary_cust_01"_s);
    QTest::keyClick(ids, Qt::Key_Return);
    QTest::keyClicks(ids, u"customer_1234"_s);
    click(page, u"lookUpButton"_s);
    auto *table = find<QTableView>(page, u"resultsTableView"_s);
    QVERIFY(waitFor([&] { return table->model()->rowCount() >= 2 && !page->isBusy(); }));
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        table->selectRow(row);
        QTest::qWait(20);
        copyEverything(find(page, u"billingKeyDetailPanel"_s));
    }
    find<QCheckBox>(page, u"includePersonalCheckBox"_s)->setChecked(true);
    const QString csv = QDir::temp().filePath(u"billing-keys.csv"_s);
    m_prompts.savePaths = { csv };
    click(page, u"exportCsvButton"_s);
    QVERIFY(QFile::exists(csv));
}

void TestCanarySecrets::benepia()
{
    auto *page = showWorkspace<BenepiaWorkspace>(2);
    auto *tabs = find<QTabWidget>(page, u"benepiaTabWidget"_s);
    tabs->setCurrentIndex(0);
    QVERIFY(
        waitFor([&] { return find<ChannelPicker>(page, u"checkChannelComboBox"_s)->count() > 0; }));
    type(page, u"checkUserLineEdit"_s, benepiaUser);
    type(page, u"checkPasswordLineEdit"_s, benepiaPassword);
    click(page, u"checkPointsButton"_s);
    QVERIFY(
        waitFor([&] { return find<QLabel>(page, u"balanceLabel"_s)->text() == u"90,000 P"_s; }));

    tabs->setCurrentIndex(1);
    QVERIFY(
        waitFor([&] { return find<ChannelPicker>(page, u"payChannelComboBox"_s)->count() > 0; }));
    type(page, u"payUserLineEdit"_s, benepiaUser);
    type(page, u"payPasswordLineEdit"_s, benepiaPassword);
    type(page, u"amountLineEdit"_s, u"1500"_s);
    type(page, u"orderNameLineEdit"_s, u"카나리아 주문"_s);
    m_prompts.answers = { true };
    click(page, u"payButton"_s);
    QWidget *result = find(page, u"paymentResultView"_s);
    QVERIFY(waitFor([&] { return result->isVisible(); }));
    copyEverything(find(page, u"paymentResult"_s));
}

void TestCanarySecrets::payments()
{
    auto *page = showWorkspace<PaymentsWorkspace>(3);
    type(page, u"impUidLineEdit"_s, u"imp_200000000001"_s);
    click(page, u"lookupButton"_s);
    auto *table = find<QTableView>(page, u"paymentsTableView"_s);
    QVERIFY(waitFor([&] { return table->model()->rowCount() > 0 && !page->isBusy(); }));
    table->selectRow(0);
    QTest::qWait(20);
    copyEverything(find(page, u"paymentDetailPanel"_s));

    // Several ids, one missing: the "copy the ids not found" action.
    find<QTabBar>(page, u"lookupModeTabBar"_s)->setCurrentIndex(2);
    auto *ids = find<QPlainTextEdit>(page, u"idsPlainTextEdit"_s);
    ids->setFocus();
    QTest::keyClicks(ids, u"imp_200000000001"_s);
    QTest::keyClick(ids, Qt::Key_Return);
    QTest::keyClicks(ids, u"imp_canary_missing"_s);
    click(page, u"lookupButton"_s);
    auto *copyMissing = find<QPushButton>(page, u"copyNotFoundButton"_s);
    QVERIFY(waitFor([&] { return copyMissing->isVisible() && !page->isBusy(); }));
    QTest::mouseClick(copyMissing, Qt::LeftButton);
    ++m_copies;
}

void TestCanarySecrets::scriptedSessionLeavesNoCanary()
{
    m_settings = std::make_unique<QSettings>(); // the app's own location, under XDG_CONFIG_HOME
    m_dataDirectory = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    m_session = std::make_unique<DeskSession>(*m_settings, m_dataDirectory, &m_builtInSandbox,
                                              m_keychainService);
    m_session->setPrompts(&m_prompts);
    m_window = std::make_unique<MainWindow>(*m_session, *m_settings);
    m_window->resize(1280, 860);
    m_window->show();

    openCanaryProfile();
    if (QTest::currentTestFailed())
        return;
    certification();
    billingKeys();
    benepia();
    payments();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_session->activeProfile().id, m_profileId); // every flow ran on the canary profile
    QVERIFY2(m_copies >= 10, qPrintable(QString::number(m_copies)));
    QCOMPARE(m_clipboardTexts.size(), m_copies);
    const QString settingsFile = m_settings->fileName();

    // Quit: the window and the session go, the settings are written.
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QCoreApplication::processEvents();
    QVERIFY2(settingsFile.startsWith(m_root), qPrintable(settingsFile));
    QVERIFY(QFile::exists(settingsFile));

    const QList<Canary> searched = canaries(m_otp);
    QStringList files;
    QList<CanaryHit> hits = searchTree(m_root, searched, &files);
    for (qsizetype i = 0; i < m_clipboardTexts.size(); ++i)
        hits += searchBytes(m_clipboardTexts.at(i).toUtf8(), searched, u"clipboard #%1"_s.arg(i));
    // The raw OTP too, where an unrelated 6-digit number cannot be.
    for (qsizetype i = 0; i < m_clipboardTexts.size(); ++i) {
        if (m_clipboardTexts.at(i).contains(m_otp))
            hits.append({ u"otp"_s, u"clipboard #%1"_s.arg(i), u"utf-8"_s });
    }
    QVERIFY(files.contains(settingsFile));
    QVERIFY(files.contains(capturePath()));
    QVERIFY(files.contains(QDir::temp().filePath(u"billing-keys.csv"_s)));
    QFile log(capturePath());
    QVERIFY(log.open(QIODevice::ReadOnly));
    QVERIFY2(log.readAll().contains("getToken"), "the log capture saw nothing");
    QVERIFY2(hits.isEmpty(), qPrintable(describe(hits)));
    // The one-digit canary is searched above only beside its name; the recorded OTP request
    // shows where it went: its gender_digit field holds the mask.
    QStringList genderDigits;
    for (const HistoryRecord &record : HistoryStore(m_dataDirectory + u"/history"_s).load()) {
        if (record.operation == u"requestOTP"_s && record.body)
            genderDigits << record.body->value(u"gender_digit"_s).toString();
    }
    QCOMPARE(genderDigits, QStringList { u"*"_s });
    qInfo("searched %lld files and %lld clipboard texts for %lld canary forms: none found",
          static_cast<long long>(files.size()), static_cast<long long>(m_clipboardTexts.size()),
          static_cast<long long>(searched.size()));
}

void TestCanarySecrets::cleanupTestCase()
{
    if (m_profileId.isEmpty())
        return;
    // The keychain holds the canary imp_secret (and is the only place: see the search above).
    SecretStore secrets(m_keychainService);
    std::optional<QString> stored;
    secrets.readSecret(m_profileId, this, [&stored](const SecretResult<QString> &result) {
        stored = result.ok() ? result.value() : QString();
    });
    QVERIFY(waitFor([&stored] { return stored.has_value(); }, 10000));
    QCOMPARE(*stored, impSecret);
    const QString secretTool = QStandardPaths::findExecutable(u"secret-tool"_s);
    if (!secretTool.isEmpty()) {
        QProcess search;
        search.start(secretTool, { u"search"_s, u"--all"_s, u"server"_s, m_keychainService });
        QVERIFY(search.waitForFinished(10000));
        const QByteArray out = search.readAllStandardOutput() + search.readAllStandardError();
        QVERIFY2(out.contains(impSecret.toUtf8()), out.constData());
    }
    std::optional<bool> deleted;
    secrets.deleteSecret(m_profileId, this,
                         [&deleted](const SecretOutcome &error) { deleted = !error; });
    QVERIFY(waitFor([&deleted] { return deleted.has_value(); }, 10000));
    m_capture.reset();
}

QTEST_MAIN(TestCanarySecrets)
#include "tst_canary_secrets.moc"
