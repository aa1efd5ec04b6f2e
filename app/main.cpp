#include "app/BuiltInSandbox.h"
#include "app/FirstPaintQuit.h"
#include "core/history/DataFolder.h"
#include "core/util/CoreDumps.h"
#include "ui/AppSettings.h"
#include "ui/DeskSession.h"
#include "ui/Language.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <cstdio>
#include <string_view>
#include <thread>

using namespace portone;

namespace {

struct Options
{
    QCommandLineOption sandbox { QStringLiteral("sandbox"),
                                 QStringLiteral(
                                     "Start on the built-in Sandbox profile (no keys needed).") };
    QCommandLineOption profile { QStringLiteral("profile"),
                                 QStringLiteral("Open the saved profile named NAME."),
                                 QStringLiteral("NAME") };
    QCommandLineOption language { QStringLiteral("lang"),
                                  QStringLiteral(
                                      "User interface language: ko or en (default: the system's)."),
                                  QStringLiteral("ko|en") };
    // For the start-up benchmark (tests/bench/startup_bench.py); hidden from --help.
    QCommandLineOption quitAfterFirstPaint = [] {
        QCommandLineOption option(QStringLiteral("quit-after-first-paint"),
                                  QStringLiteral("Quit once the window has painted."));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        return option;
    }();
};

void describe(QCommandLineParser &parser, const Options &options)
{
    parser.setApplicationDescription(
        QStringLiteral("Desktop console for the PortOne V1 REST API."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions(
        { options.sandbox, options.profile, options.language, options.quitAfterFirstPaint });
}

// --version and --help need no display: answered before QApplication connects to one, so
// they work on a terminal without a desktop session and in scripts.
bool asksForTextOnly(int argc, char *argv[])
{
    for (int index = 1; index < argc; ++index) {
        const std::string_view arg(argv[index]);
        if (arg == "--version" || arg == "-v" || arg == "--help" || arg == "-h"
            || arg == "--help-all" || arg == "-?")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!disableCoreDumps())
        std::fputs("portone-desk: core dumps could not be disabled\n", stderr);
    QCoreApplication::setOrganizationName(QStringLiteral("PortOneDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("portone-desk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PORTONE_VERSION));
    const Options options;
    if (asksForTextOnly(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCommandLineParser parser;
        describe(parser, options);
        parser.process(app); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    // Qt's TLS backend and OpenSSL take ~10 ms to load, and the sandbox's web-socket server and
    // the first https request both need them: loaded on a worker while the window is built.
    const std::jthread tlsWarmUp([] { (void)QSslConfiguration::defaultConfiguration(); });
    QApplication::setApplicationDisplayName(QStringLiteral("PortOne Desk"));
    // The desktop file's name (Wayland app_id); on X11 WM_CLASS is "portone-desk".
    QApplication::setDesktopFileName(QStringLiteral(PORTONE_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/app/" PORTONE_APP_ID ".svg")));

    QCommandLineParser parser;
    describe(parser, options);
    const QCommandLineOption &sandbox = options.sandbox;
    const QCommandLineOption &profile = options.profile;
    const QCommandLineOption &language = options.language;
    const QCommandLineOption &quitAfterFirstPaint = options.quitAfterFirstPaint;
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
    // QSettings keeps the mode of the file it rewrites: made 0600 once, it stays private.
    if (!datafolder::makePrivateFile(settings.fileName()))
        std::fputs("portone-desk: the settings file could not be made private (0600)\n", stderr);

    // The request history and the audit log live in the user's data folder, private to them.
    const QString dataDirectory
        = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
    if (const std::optional<QString> refused = datafolder::prepare(dataDirectory)) {
        std::fprintf(stderr, "portone-desk: %s\n", qPrintable(*refused));
        // No session yet: the real prompts, directly.
        DialogPrompts().tell(
            nullptr, { Notice::Kind::Critical, QApplication::applicationDisplayName(), *refused });
        return 1;
    }
    BuiltInSandbox builtInSandbox; // started when the Sandbox profile is opened
    DeskSession session(settings, dataDirectory, &builtInSandbox);
    MainWindow window(session, settings);
    if (parser.isSet(quitAfterFirstPaint))
        new FirstPaintQuit(&window);
    window.show();

    if (parser.isSet(sandbox)) {
        window.openProfile(AppSettings::SandboxProfileId);
    } else if (parser.isSet(profile)) {
        const auto found = session.profiles().findByName(parser.value(profile));
        if (!found || !window.openProfile(found->id))
            session.prompts().tell(
                &window,
                { Notice::Kind::Warning, QApplication::applicationDisplayName(),
                  QApplication::translate("main", "There is no profile named “%1”.")
                      .arg(parser.value(profile)) });
    } else if (const QString last = preferences.lastProfileId(); !last.isEmpty()) {
        window.openProfile(last);
    }
    if (!session.hasActiveProfile())
        window.showWelcome();
    return QApplication::exec();
}
