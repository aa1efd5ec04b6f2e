// The first-start page: each big button says what the operator wants.
#include "../UiTestSupport.h"
#include "ui/Workspaces.h"
#include "ui/profiles/WelcomePage.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace portone;

class TestWelcomePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buttonsEmitTheirSignals();
    void summaryNamesEveryWorkspace_data();
    void summaryNamesEveryWorkspace();
};

void TestWelcomePage::buttonsEmitTheirSignals()
{
    WelcomePage page;
    page.resize(1000, 640);
    page.show();
    QSignalSpy sandbox(&page, &WelcomePage::sandboxRequested);
    QSignalSpy addProfile(&page, &WelcomePage::addProfileRequested);
    auto *sandboxButton = page.findChild<QPushButton *>(QStringLiteral("trySandboxButton"));
    auto *addButton = page.findChild<QPushButton *>(QStringLiteral("addProfileButton"));
    QVERIFY(sandboxButton && addButton);
    QVERIFY(!sandboxButton->accessibleName().isEmpty());
    QVERIFY(!addButton->accessibleDescription().isEmpty());

    QTest::mouseClick(sandboxButton, Qt::LeftButton);
    QCOMPARE(sandbox.count(), 1);
    QCOMPARE(addProfile.count(), 0);
    QTest::mouseClick(addButton, Qt::LeftButton);
    QCOMPARE(addProfile.count(), 1);
    QCOMPARE(sandbox.count(), 1);

    const QString shots = qEnvironmentVariable("PORTONE_SHOTS_DIR");
    if (!shots.isEmpty())
        page.grab().save(shots + QStringLiteral("/profiles-welcome.png"));
}

void TestWelcomePage::summaryNamesEveryWorkspace_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("English") << QStringLiteral("en");
    QTest::newRow("Korean") << QStringLiteral("ko");
}

// A newcomer reads what the desk does before choosing: every workspace is named, in the words
// of its navigation title.
void TestWelcomePage::summaryNamesEveryWorkspace()
{
    QFETCH(QString, language);
    const auto translated = test::translatedInto(language);
    WelcomePage page;
    const QString summary
        = page.findChild<QLabel *>(QStringLiteral("welcomeSummaryLabel"))->text().toLower();
    const QList<WorkspaceEntry> entries = workspaceEntries();
    QCOMPARE(entries.size(), 6);
    for (const WorkspaceEntry &entry : entries)
        QVERIFY2(summary.contains(entry.title.toLower()), qPrintable(entry.title + u'|' + summary));
}

QTEST_MAIN(TestWelcomePage)
#include "tst_welcome_page.moc"
