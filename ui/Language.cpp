#include "ui/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace portone {

QString chooseLanguage(const QString &override, const QString &systemLocaleName)
{
    if (override == u"ko" || override == u"en")
        return override;
    return systemLocaleName.startsWith(u"ko") ? QStringLiteral("ko") : QStringLiteral("en");
}

QLocale uiLocale(const QString &language, const QLocale &system)
{
    if (QLocale(language).language() == system.language())
        return system; // the system's own formats (en_GB dates stay day-first)
    return language == u"ko" ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                             : QLocale(QLocale::English, QLocale::UnitedStates);
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    // Numbers, amounts and dates follow the UI language (QLocale() everywhere in ui/).
    QLocale::setDefault(uiLocale(language, QLocale::system()));
    // Parented to the app: they live as long as it does, no global state of ours.
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *appTranslator = new QTranslator(&app);
    if (!appTranslator->load(QStringLiteral(":/i18n/portone-desk_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(appTranslator);
    return true;
}

} // namespace portone
