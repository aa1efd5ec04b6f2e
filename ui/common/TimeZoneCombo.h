#pragma once

#include <QComboBox>
#include <QTimeZone>

namespace portone {

// The time zone a range of whole days is read in: Korea (the default; PortOne's own), this
// computer's zone, or UTC.
class TimeZoneCombo : public QComboBox
{
    Q_OBJECT

public:
    explicit TimeZoneCombo(QWidget *parent = nullptr);

    QTimeZone timeZone() const;
    // Korea has no daylight saving time: a fixed UTC+9 where the system has no zone database.
    static QTimeZone korea();
};

} // namespace portone
