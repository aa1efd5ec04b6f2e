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

bool installTranslations(QCoreApplication &app, const QString &language)
{
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
