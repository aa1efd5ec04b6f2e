// The first-start page: each big button says what the operator wants.
#include "ui/profiles/WelcomePage.h"

#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace portone;

class TestWelcomePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buttonsEmitTheirSignals();
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

QTEST_MAIN(TestWelcomePage)
#include "tst_welcome_page.moc"
