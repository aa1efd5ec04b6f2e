// When the disk refuses a history or audit write, the operator is told: a status-bar warning
// that stays until a write of that kind succeeds again; and CI/DI is not revealed while its
// audit entry cannot be written. Real window, real files; a folder put where the audit file
// should be makes every append fail (permissions would not stop a root test run).
#include "UiTestSupport.h"
#include "core/api/PortOneClient.h"
#include "tests/support/Capture.h"
#include "ui/MainWindow.h"
#include "ui/certification/CertificationResultPanel.h"
#include "ui/common/ResultView.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace portone;
using namespace Qt::StringLiterals;

class TestStorageFailures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failedWritesWarnUntilAWriteSucceeds();
    void revealRefusedWhileTheAuditLogFails();
};

void TestStorageFailures::failedWritesWarnUntilAWriteSucceeds()
{
    test::SandboxSessionFixture f;
    MainWindow window(f.session, f.settings);
    window.show();
    window.showWorkspaces();
    auto *warning = window.findChild<QLabel *>(u"storageWarningLabel"_s);
    QVERIFY(warning);
    QVERIFY(!warning->isVisible());

    // The history folder is replaced by a file: the next request cannot be recorded.
    const QString historyFolder = f.session.history().directory();
    QVERIFY(QDir(historyFolder).removeRecursively());
    QFile blocker(historyFolder);
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    test::Capture<QList<PgChannel>> got;
    f.session.client()->getPgChannels(&window, got.callback());
    QVERIFY(got.wait());
    QTRY_VERIFY(warning->isVisible());
    QVERIFY2(warning->text().startsWith(u"The request history could not be written (The data "
                                        "folder"_s),
             qPrintable(warning->text()));

    // The audit log fails too: both are said, and the warning stays.
    const QString auditPath = f.session.auditLog().filePath();
    QVERIFY(QDir().mkpath(auditPath));
    QVERIFY(!f.session.recordAction(AuditAction::ProfileEdited, { u"x"_s }, {}, u"ok"_s));
    QVERIFY(warning->text().contains(u"The audit log could not be written"_s));
    QVERIFY(warning->text().contains(u"The request history could not be written"_s));
    QVERIFY(QDir().rmdir(auditPath));
    QVERIFY(f.session.recordAction(AuditAction::ProfileEdited, { u"x"_s }, {}, u"ok"_s));
    QVERIFY(!warning->text().contains(u"The audit log could not be written"_s));
    QVERIFY(warning->isVisible()); // the history still fails

    QVERIFY(QFile::remove(historyFolder));
    got.reset();
    f.session.client()->getPgChannels(&window, got.callback());
    QVERIFY(got.wait());
    QTRY_VERIFY(!warning->isVisible());
    QCOMPARE(f.session.storageProblem(), QString());
    QCOMPARE(QFile::permissions(historyFolder) & QFileDevice::Permissions(0x7077),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestStorageFailures::revealRefusedWhileTheAuditLogFails()
{
    test::SandboxSessionFixture f;
    CertificationResultPanel panel(f.session);
    panel.show();
    Certification certification;
    certification.impUid = u"imp_storage_1"_s;
    certification.certified = true;
    certification.uniqueKey = u"CI-CANARY-7f1e"_s;
    certification.uniqueInSite = u"DI-CANARY-7f1e"_s;
    panel.showCertification(certification);
    auto *reveal = panel.findChild<QPushButton *>(u"revealCiDiButton"_s);
    auto *refused = panel.findChild<QLabel *>(u"revealRefusedLabel"_s);
    QVERIFY(reveal && refused);
    QSignalSpy revealed(&panel, &CertificationResultPanel::personalDataRevealed);
    const auto ciShown = [&panel] {
        return panel.view()->value(CertificationResultPanel::ciLabel()) == u"CI-CANARY-7f1e"_s;
    };

    const QString auditPath = f.session.auditLog().filePath();
    QVERIFY(QDir().mkpath(auditPath)); // every append fails
    f.prompts.reasonAnswers << u"고객 본인 확인 요청"_s;
    QTest::mouseClick(reveal, Qt::LeftButton);
    QCOMPARE(f.prompts.reasonAsked.size(), 1);
    QVERIFY(!ciShown());
    QVERIFY(!panel.isPersonalDataShown());
    QCOMPARE(revealed.count(), 0);
    QVERIFY(refused->isVisible());
    QVERIFY2(refused->text().startsWith(u"Not revealed: the audit log could not be written"_s),
             qPrintable(refused->text()));

    QVERIFY(QDir().rmdir(auditPath));
    f.prompts.reasonAnswers << u"고객 본인 확인 요청"_s;
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(ciShown());
    QCOMPARE(revealed.count(), 2);
    QVERIFY(!refused->isVisible());
    const QList<AuditEntry> audit = f.session.auditLog().entries();
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.constFirst().action, AuditAction::PersonalDataRevealed);
}

QTEST_MAIN(TestStorageFailures)
#include "tst_storage_failures.moc"
