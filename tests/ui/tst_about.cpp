#include "UiTestSupport.h"
#include "ui/AboutDialog.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QTest>
#include <QTimer>
#include <QTranslator>

using namespace portone;

// Help › About PortOne Desk: version, Qt, licences, the API host in use, the homepage.
class TestAbout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsVersionLicenceAndHomepage();
    void apiHostFollowsTheActiveProfile();
    void helpMenuOpensIt();
    void koreanCatalogueIsUsed();
};

namespace {

QString labelText(const QWidget &dialog, const char *objectName)
{
    const auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(objectName));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(objectName));
}

// The Help menu of the main window, found by its actions' object names.
QAction *menuAction(const QMainWindow &window, const QString &objectName)
{
    const auto actions = window.menuBar()->findChildren<QAction *>(objectName);
    if (!actions.isEmpty())
        return actions.first();
    return window.findChild<QAction *>(objectName);
}

} // namespace

void TestAbout::showsVersionLicenceAndHomepage()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    DeskSession session(settings, dir.filePath(QStringLiteral("data")), nullptr,
                        QStringLiteral("PortOne Desk about test"));
    AboutDialog dialog(session);

    QCOMPARE(dialog.windowTitle(), QStringLiteral("About PortOne Desk"));
    QCOMPARE(labelText(dialog, "aboutVersionLabel"), QStringLiteral(PORTONE_VERSION));
    QVERIFY(QStringLiteral(PORTONE_VERSION).count(u'.') == 2);
    QVERIFY(labelText(dialog, "aboutQtVersionLabel").startsWith(QString::fromLatin1(qVersion())));
    QCOMPARE(labelText(dialog, "aboutApiHostLabel"), QStringLiteral("No profile active"));
    const QString licence = labelText(dialog, "aboutLicenceLabel");
    QVERIFY2(licence.contains(u"proprietary") && licence.contains(u"LGPL-3.0")
                 && licence.contains(u"BSD-3-Clause"),
             qPrintable(licence));

    const auto *homepage = dialog.findChild<QLabel *>(QStringLiteral("aboutHomepageLabel"));
    QVERIFY(homepage->text().contains(u"href=\"" PORTONE_HOMEPAGE_URL "\""));
    QVERIFY(homepage->openExternalLinks());

    // The application icon comes from the resources and renders (the SVG plugin is there).
    const auto *icon = dialog.findChild<QLabel *>(QStringLiteral("aboutIconLabel"));
    QVERIFY(!icon->pixmap().isNull());
    QVERIFY(!icon->accessibleName().isEmpty());
    const QImage image = icon->pixmap().toImage();
    QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 8).alpha(), 255);

    // Every fact is described for a screen reader.
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (label->objectName().startsWith(u"about") && label->objectName() != u"aboutIconLabel"
            && label->objectName() != u"aboutTitleLabel"
            && label->objectName() != u"aboutSummaryLabel")
            QVERIFY2(!label->accessibleDescription().isEmpty(), qPrintable(label->objectName()));
    }
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (const QString shots = qEnvironmentVariable("PORTONE_ABOUT_SCREENSHOT"); !shots.isEmpty())
        dialog.grab().save(shots);
}

void TestAbout::apiHostFollowsTheActiveProfile()
{
    test::SandboxSessionFixture f;
    const QUrl sandboxUrl = f.server().baseUrl();
    QCOMPARE(AboutDialog::apiHostText(f.session),
             QStringLiteral("127.0.0.1:%1 (built-in Sandbox)").arg(sandboxUrl.port()));

    Profile live;
    live.name = QStringLiteral("본점");
    live.impKey = QStringLiteral("imp_live_key");
    live.live = true;
    QVERIFY(f.session.profiles().add(live).isEmpty());
    QVERIFY(f.session.activateProfile(live.id));
    AboutDialog dialog(f.session);
    QCOMPARE(labelText(dialog, "aboutApiHostLabel"),
             QStringLiteral("api.iamport.kr (profile “본점”, live account)"));
}

void TestAbout::helpMenuOpensIt()
{
    test::SandboxSessionFixture f;
    MainWindow window(f.session, f.settings);
    window.show();
    QAction *about = menuAction(window, QStringLiteral("aboutAction"));
    QAction *aboutQt = menuAction(window, QStringLiteral("aboutQtAction"));
    QVERIFY(about);
    QVERIFY(aboutQt);
    QCOMPARE(about->text(), QStringLiteral("&About PortOne Desk"));
    QCOMPARE(aboutQt->text(), QStringLiteral("About &Qt"));

    QString seenHost;
    QTimer::singleShot(0, &window, [&seenHost] {
        if (auto *dialog = qobject_cast<AboutDialog *>(QApplication::activeModalWidget())) {
            seenHost = labelText(*dialog, "aboutApiHostLabel");
            dialog->reject();
        }
    });
    about->trigger(); // returns once the dialog is closed
    QVERIFY2(seenHost.contains(u"built-in Sandbox"), qPrintable(seenHost));
}

void TestAbout::koreanCatalogueIsUsed()
{
    const auto korean = test::translatedInto(QStringLiteral("ko"));
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    DeskSession session(settings, dir.filePath(QStringLiteral("data")), nullptr,
                        QStringLiteral("PortOne Desk about test"));
    AboutDialog dialog(session);
    QCOMPARE(dialog.windowTitle(), QStringLiteral("PortOne Desk 정보"));
    QCOMPARE(labelText(dialog, "aboutApiHostLabel"), QStringLiteral("활성 프로필 없음"));
    // Qt's own strings come from qtbase_ko (qt6-translations-l10n), not left in English.
    const auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("aboutButtonBox"));
    QVERIFY(buttons);
    QCOMPARE(buttons->button(QDialogButtonBox::Close)->text(), QStringLiteral("닫기"));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    if (const QString shots = qEnvironmentVariable("PORTONE_ABOUT_SCREENSHOT_KO"); !shots.isEmpty())
        dialog.grab().save(shots);
}

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
