// "Test connection" and the server a stored secret belongs to, through the profiles dialog with
// the real Secret Service and the in-process sandbox:
// - the two steps are reported apart: a server whose GET /users/pg fails (the sandbox faulted,
//   or a loopback server without that route) does not make accepted keys look refused;
// - a saved profile pointed at another server needs its imp_secret typed again, and "Test
//   connection" never sends the stored secret there (a second loopback server counts the token
//   requests it receives);
// - the request timeouts are edited under "Advanced" and saved with the profile.
#include "tests/faults/FaultServer.h"
#include "tests/ui/UiTestSupport.h"
#include "tests/ui/profiles/ProfilesDialogDriver.h"
#include "ui/common/ErrorPanel.h"

#include <QSpinBox>

using namespace portone;
using namespace portone::test;

class TestProfileConnection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = keychainProblem();
        if (!problem.isEmpty() && qEnvironmentVariableIsSet("PORTONE_REQUIRE_KEYCHAIN"))
            QFAIL(qPrintable(problem));
        if (!problem.isEmpty())
            QSKIP(qPrintable(problem));
    }

    void channelListFailureKeepsKeysAccepted_data()
    {
        QTest::addColumn<int>("failure");
        QTest::addColumn<QString>("status");
        QTest::newRow("sandbox 500 on GET") << 0 << QStringLiteral("HTTP 500");
        QTest::newRow("gateway 403 on GET") << 1 << QStringLiteral("HTTP 403");
        QTest::newRow("no /users/pg (404)") << 2 << QStringLiteral("HTTP 404");
    }
    void channelListFailureKeepsKeysAccepted()
    {
        QFETCH(int, failure);
        QFETCH(QString, status);
        SandboxSessionFixture f;
        // A server without /users/pg: getToken relayed to the sandbox, everything else 404.
        FaultServer noChannels(f.server().baseUrl());
        QVERIFY(noChannels.start());
        noChannels.answerCanned(404, R"({"statusCode":404,"message":"Cannot GET /users/pg"})");
        ProfilesDialog dialog(f.session);
        dialog.show();
        ProfilesDialogDriver ui { dialog };
        ui.fillNew(QStringLiteral("Keys fine"), SandboxImpKey, SandboxSecret,
                   (failure == 2 ? noChannels.baseUrl() : f.server().baseUrl()).toString());
        if (failure < 2) {
            sandbox::SandboxFaults faults; // getToken is a POST: only the channel list fails
            faults.onlyMethod = QStringLiteral("GET");
            faults.serverError = failure == 0;
            faults.gatewayForbidden = failure == 1;
            f.server().setFaults(faults);
        }
        ui.click("testConnectionButton");
        QTRY_VERIFY(ui.labelShown("channelResultLabel"));
        QCOMPARE(ui.labelText("connectionResultLabel"),
                 QStringLiteral("imp_key and imp_secret accepted (token issued)."));
        const QString channels = ui.labelText("channelResultLabel");
        QVERIFY2(channels.startsWith(QStringLiteral("Channel list (GET /users/pg) not available: "))
                     && channels.contains(status) && channels.contains(QStringLiteral("accepted")),
                 qPrintable(channels));
        QVERIFY(dialog.findChild<ErrorPanel *>(QStringLiteral("connectionErrorPanel"))->isHidden());
        QCOMPARE(ui.channels()->rowCount(), 0);
        QVERIFY(ui.get<QPushButton>("testConnectionButton")->isEnabled());
        if (failure == 2)
            QCOMPARE(noChannels.requestCount(), 1); // the channel list reached it
        ui.shoot(QStringLiteral("profiles-channels-unavailable"));
    }

    void changedAddressNeverGetsTheStoredSecret()
    {
        SandboxSessionFixture f;
        FaultServer other(f.server().baseUrl()); // relays getToken: the secret would work there
        QVERIFY(other.start());
        other.answerCanned(200, R"({"code":0,"message":null,"response":[]})");
        ProfilesDialog dialog(f.session);
        dialog.show();
        ProfilesDialogDriver ui { dialog };
        const QString id = ui.addSaved(f.session, QStringLiteral("Moved"), f.server().baseUrl());
        QVERIFY(!id.isEmpty());
        QVERIFY(!ui.labelShown("imp_secretMessageLabel"));

        ui.retype("baseUrlLineEdit", other.baseUrl().toString());
        // Said next to the secret field, as soon as the address is another server.
        QVERIFY(ui.labelShown("imp_secretMessageLabel"));
        QVERIFY(
            ui.labelText("imp_secretMessageLabel").contains(QStringLiteral("type the imp_secret")));
        ui.click("testConnectionButton");
        QVERIFY(ui.labelShown("connectionResultLabel"));
        QVERIFY(ui.labelText("connectionResultLabel")
                    .contains(QStringLiteral("Type the "
                                             "imp_secret")));
        QVERIFY(ui.labelShown("imp_secretMessageLabel"));
        ui.shoot(QStringLiteral("profiles-server-changed"));
        QTest::qWait(300); // anything sent would have arrived by now
        QCOMPARE(other.tokenRequestCount(), 0);

        ui.click("saveProfileButton"); // not without the secret
        QVERIFY(ui.labelShown("imp_secretMessageLabel"));
        QCOMPARE(f.session.profiles().findById(id)->baseUrl, f.server().baseUrl());
        QTest::qWait(300);
        QCOMPARE(other.tokenRequestCount(), 0);

        // Back to the saved address: no secret needed.
        ui.retype("baseUrlLineEdit", f.server().baseUrl().toString());
        QVERIFY(!ui.labelShown("imp_secretMessageLabel"));

        // With the secret typed, the test runs and the profile saves with its new address.
        ui.retype("baseUrlLineEdit", other.baseUrl().toString());
        ui.retype("impSecretLineEdit", SandboxSecret);
        QVERIFY(!ui.labelShown("imp_secretMessageLabel"));
        ui.click("testConnectionButton");
        QTRY_COMPARE(ui.labelText("connectionResultLabel"),
                     QStringLiteral("imp_key and imp_secret accepted (token issued)."));
        QCOMPARE(other.tokenRequestCount(), 1); // the typed secret, not the stored one
        ui.click("saveProfileButton");
        QTRY_COMPARE_WITH_TIMEOUT(
            ui.secretStatus(), QStringLiteral("A secret is stored in the keychain."), KeychainWait);
        QCOMPARE(f.session.profiles().findById(id)->baseUrl, other.baseUrl());
        QVERIFY(!ui.labelShown("imp_secretMessageLabel"));
    }

    void timeoutsEditableInAdvanced()
    {
        SandboxSessionFixture f;
        ProfilesDialog dialog(f.session);
        dialog.show();
        ProfilesDialogDriver ui { dialog };
        ui.fillNew(QStringLiteral("Patient"), SandboxImpKey, SandboxSecret,
                   f.server().baseUrl().toString()); // opens "Advanced"
        auto *lookup = ui.get<QSpinBox>("lookupTimeoutSpinBox");
        auto *pg = ui.get<QSpinBox>("pgTimeoutSpinBox");
        QVERIFY(lookup->isVisible() && pg->isVisible());
        QCOMPARE(lookup->value(), Profile::DefaultLookupTimeoutSeconds);
        QCOMPARE(pg->value(), Profile::DefaultPgTimeoutSeconds);
        QCOMPARE(lookup->minimum(), Profile::MinTimeoutSeconds);
        QCOMPARE(pg->maximum(), Profile::MaxPgTimeoutSeconds);
        lookup->setFocus();
        lookup->selectAll();
        QTest::keyClicks(lookup, QStringLiteral("25"));
        pg->setFocus();
        pg->selectAll();
        QTest::keyClicks(pg, QStringLiteral("180"));
        ui.click("saveProfileButton");
        QTRY_COMPARE_WITH_TIMEOUT(
            ui.secretStatus(), QStringLiteral("A secret is stored in the keychain."), KeychainWait);
        const QString id = f.session.profiles().findByName(QStringLiteral("Patient"))->id;
        const auto saved = f.session.profiles().findById(id);
        QCOMPARE(saved->lookupTimeoutSeconds, 25);
        QCOMPARE(saved->pgTimeoutSeconds, 180);

        ui.click("addProfileButton"); // the form goes back to the defaults, then shows them
        QCOMPARE(pg->value(), Profile::DefaultPgTimeoutSeconds);
        ui.select(QStringLiteral("Patient"));
        QCOMPARE(lookup->value(), 25);
        QCOMPARE(pg->value(), 180);
        QVERIFY(lookup->isVisible()); // not the defaults: "Advanced" opens by itself
    }
};

QTEST_MAIN(TestProfileConnection)
#include "tst_profile_connection.moc"
