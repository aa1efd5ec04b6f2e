#include "core/api/PortOneClient.h"
#include "ui/ConnectionPage.h"
#include "ui/DeskSession.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTableWidget>
#include <QTest>

using namespace portone;

// The window as an operator sees it, against the in-process sandbox over loopback.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsSandboxProfileAndChannels();
    void escapeCancelsRunningRequest();
};

void TestMainWindow::showsSandboxProfileAndChannels()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    DeskSession session(settings);
    QCOMPARE(session.startSandbox(), QString());
    MainWindow window(session);
    window.show();

    QVERIFY(window.windowTitle().contains(QStringLiteral("Sandbox")));
    QCOMPARE(window.findChild<QLabel *>(QStringLiteral("profileModeLabel"))->text(),
             QStringLiteral("TEST"));
    const auto *address = window.findChild<QLabel *>(QStringLiteral("addressLabel"));
    QVERIFY(address->text().startsWith(QStringLiteral("http://127.0.0.1:")));

    auto *table = window.findChild<QTableWidget *>(QStringLiteral("channelTableWidget"));
    QCOMPARE(table->rowCount(), 0);
    QTest::mouseClick(window.findChild<QPushButton *>(QStringLiteral("checkConnectionButton")),
                      Qt::LeftButton);
    QTRY_VERIFY(table->rowCount() > 0);
    QVERIFY(window.findChild<QLabel *>(QStringLiteral("resultLabel"))
                ->text()
                .startsWith(QStringLiteral("Connected.")));
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("tokenStatusLabel"))
                    ->text()
                    .startsWith(QStringLiteral("Token: valid until")));
    QTRY_VERIFY(window.findChild<QLabel *>(QStringLiteral("lastRequestLabel"))
                    ->text()
                    .contains(QStringLiteral("GET /users/pg — ok (HTTP 200")));
}

void TestMainWindow::escapeCancelsRunningRequest()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    DeskSession session(settings);
    QCOMPARE(session.startSandbox(), QString());
    MainWindow window(session);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    ConnectionPage *page = window.connectionPage();
    page->checkConnection();
    QVERIFY(page->isBusy());
    QTest::keyClick(&window, Qt::Key_Escape);
    QTRY_VERIFY(!page->isBusy());
    const QString result = window.findChild<QLabel *>(QStringLiteral("resultLabel"))->text();
    QVERIFY2(result.contains(QStringLiteral("cancelled")), qPrintable(result));
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("checkConnectionButton"))->isEnabled());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
