#pragma once

#include "core/api/ScheduleSweep.h"

#include <QComboBox>
#include <QDateEdit>
#include <QPushButton>
#include <QWidget>
#include <optional>

namespace portone {

class Clock;
class FieldMessages;
class TimeZoneCombo;

// What the Schedules view lists: every customer's schedules whose time lies in a range of whole
// days (both included, in Korea's time by default), of one status or all. Any length: the
// listing splits it into PortOne's 3-month windows.
class ScheduleRangeForm : public QWidget
{
    Q_OBJECT

public:
    ScheduleRangeForm(const Clock &clock, QWidget *parent = nullptr);

    // From the first second of `from` to the first second after `to`, in the zone chosen, or
    // nullopt after showing what to correct next to the fields.
    std::optional<ScheduleSweepRequest> request();
    QTimeZone timeZone() const;
    // Load is offered with a connection and while nothing runs.
    void allowLoading(bool allowed);

Q_SIGNALS:
    void loadRequested();

private:
    QPushButton *m_loadButton;
    QComboBox *m_statusCombo;
    TimeZoneCombo *m_zoneCombo;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    FieldMessages *m_messages;
};

} // namespace portone
