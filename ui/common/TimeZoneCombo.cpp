#include "ui/common/TimeZoneCombo.h"

namespace portone {

namespace {

enum class Zone
{
    Korea,
    ThisComputer,
    Utc
};

} // namespace

TimeZoneCombo::TimeZoneCombo(QWidget *parent)
    : QComboBox(parent)
{
    addItem(tr("Korea (KST, UTC+9)"), int(Zone::Korea));
    addItem(tr("This computer's time zone"), int(Zone::ThisComputer));
    addItem(tr("UTC"), int(Zone::Utc));
}

QTimeZone TimeZoneCombo::timeZone() const
{
    switch (Zone(currentData().toInt())) {
    case Zone::Korea:
        return korea();
    case Zone::ThisComputer:
        return QTimeZone::systemTimeZone();
    case Zone::Utc:
        break;
    }
    return QTimeZone::utc();
}

QTimeZone TimeZoneCombo::korea()
{
    QTimeZone seoul(QByteArrayLiteral("Asia/Seoul"));
    return seoul.isValid() ? seoul : QTimeZone(9 * 60 * 60);
}

} // namespace portone
