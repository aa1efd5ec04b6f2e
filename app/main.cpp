#include "app/FirstPaintQuit.h"
#include "ui/AppSettings.h"
#include "ui/DeskSession.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <cstdio>

using namespace portone;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PortOneDesk"));
    QApplication::setApplicationName(QStringLiteral("portone-desk"));
    QApplication::setApplicationDisplayName(QStringLiteral("PortOne Desk"));
    QApplication::setApplicationVersion(QStringLiteral(PORTONE_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Desktop console for the PortOne V1 REST API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QStringLiteral("Start on the built-in Sandbox profile (no keys needed)."));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QStringLiteral("Open the saved profile named NAME."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption language(
        QStringLiteral("lang"),
        QStringLiteral("User interface language: ko or en (default: the system's)."),
        QStringLiteral("ko|en"));
    // For the start-up benchmark (tests/bench/startup_bench.py); not shown in --help.
    QCommandLineOption quitAfterFirstPaint(QStringLiteral("quit-after-first-paint"),
                                           QStringLiteral("Quit once the window has painted."));
    quitAfterFirstPaint.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({ sandbox, profile, language, quitAfterFirstPaint });
    parser.process(app);
    if (parser.isSet(language) && parser.value(language) != u"ko"
        && parser.value(language) != u"en") {
        std::fputs("portone-desk: --lang takes ko or en.\n", stderr);
        return 2;
    }

    QSettings settings;
    AppSettings preferences(settings);
    const QString uiLanguage
        = chooseLanguage(parser.isSet(language) ? parser.value(language) : preferences.language(),
                         QLocale::system().name());
    installTranslations(app, uiLanguage);

    DeskSession session(settings);
    MainWindow window(session, settings);
    if (parser.isSet(quitAfterFirstPaint))
        new FirstPaintQuit(&window);
    window.show();

    if (parser.isSet(sandbox)) {
        window.openProfile(AppSettings::SandboxProfileId);
    } else if (parser.isSet(profile)) {
        const auto found = session.profiles().findByName(parser.value(profile));
        if (!found || !window.openProfile(found->id))
            QMessageBox::warning(&window, QApplication::applicationDisplayName(),
                                 QApplication::translate("main", "There is no profile named “%1”.")
                                     .arg(parser.value(profile)));
    } else if (const QString last = preferences.lastProfileId(); !last.isEmpty()) {
        window.openProfile(last);
    }
    if (!session.hasActiveProfile())
        window.showWelcome();
    return QApplication::exec();
}
