#include "ui/common/Icons.h"

#include "ui/common/ThemedIconEngine.h"

#include <QFile>

namespace portone {

QString appIconFile(AppIcon icon)
{
    const char *name = "";
    switch (icon) {
    case AppIcon::Certification:
        name = "certification";
        break;
    case AppIcon::BillingKeys:
        name = "billing-keys";
        break;
    case AppIcon::Benepia:
        name = "benepia";
        break;
    case AppIcon::Payments:
        name = "payments";
        break;
    case AppIcon::Schedules:
        name = "schedules";
        break;
    case AppIcon::History:
        name = "history";
        break;
    case AppIcon::LookUp:
        name = "look-up";
        break;
    case AppIcon::Send:
        name = "send";
        break;
    case AppIcon::Confirm:
        name = "confirm";
        break;
    case AppIcon::Add:
        name = "add";
        break;
    case AppIcon::Delete:
        name = "delete";
        break;
    case AppIcon::Pay:
        name = "pay";
        break;
    case AppIcon::Cancel:
        name = "cancel";
        break;
    case AppIcon::Copy:
        name = "copy";
        break;
    case AppIcon::Export:
        name = "export";
        break;
    case AppIcon::Import:
        name = "import";
        break;
    case AppIcon::Refresh:
        name = "refresh";
        break;
    case AppIcon::Profiles:
        name = "profiles";
        break;
    case AppIcon::Reveal:
        name = "reveal";
        break;
    }
    return QStringLiteral(":/icons/%1.svg").arg(QLatin1String(name));
}

QIcon appIcon(AppIcon icon)
{
    QFile file(appIconFile(icon));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QIcon(new ThemedIconEngine(file.readAll()));
}

QList<AppIcon> allAppIcons()
{
    QList<AppIcon> icons;
    for (int i = int(AppIcon::Certification); i <= int(AppIcon::Reveal); ++i)
        icons << AppIcon(i);
    return icons;
}

} // namespace portone
