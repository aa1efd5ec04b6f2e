#include "ui/ConnectionPage.h"
#include "ui/DeskSession.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PortOneDesk"));
    QApplication::setApplicationName(QStringLiteral("portone-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PortOne Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PORTONE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop console for the PortOne V1 REST API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Start on the built-in Sandbox profile (no keys needed)."));
    parser.addOption(sandboxOption);
    parser.process(app);

    QSettings settings;
    portone::DeskSession session(settings);
    // Until merchant profiles have their screens, the built-in sandbox is the profile.
    if (const QString problem = session.startSandbox(); !problem.isEmpty()) {
        QMessageBox::critical(nullptr, QApplication::applicationDisplayName(), problem);
        return 1;
    }

    portone::MainWindow window(session);
    window.show();
    window.connectionPage()->checkConnection();
    return QApplication::exec();
}
