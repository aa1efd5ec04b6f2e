#pragma once

#include <QIcon>
#include <QList>

namespace portone {

// The app's workspace and action icons (resources/icons/ui, drawn for the app), drawn in the
// palette's text colour by ThemedIconEngine.
enum class AppIcon
{
    Certification,
    BillingKeys,
    Benepia,
    Payments,
    Schedules,
    History,
    LookUp,
    Send,
    Confirm,
    Add,
    Delete,
    Pay,
    Cancel,
    Copy,
    Export,
    Import,
    Refresh,
    Profiles,
    Reveal,
};

QIcon appIcon(AppIcon icon);
QString appIconFile(AppIcon icon); // ":/icons/look-up.svg"
QList<AppIcon> allAppIcons();

} // namespace portone
