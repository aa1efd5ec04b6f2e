#pragma once

#include "core/api/PaymentSearch.h"

#include <QTimeZone>
#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QPushButton;

namespace portone {

class Clock;
class FieldMessages;
class TimeZoneCombo;

// What to search: a status, a range of whole days in the operator's time zone (Korea by
// default; this computer's zone or UTC on request), and a sorting. Any length: the search
// splits it into PortOne's 90-day windows.
class PaymentSearchForm : public QWidget
{
    Q_OBJECT

public:
    PaymentSearchForm(const Clock &clock, QWidget *parent = nullptr);

    // The range as asked (from the first second of `from` to the last of `to`, in the zone
    // chosen), or nullopt after showing what to correct next to the fields.
    std::optional<PaymentSearchCriteria> criteria();
    void setRange(const QDate &from, const QDate &to);
    void setRunning(bool running);
    void setClientAvailable(bool available);
    QTimeZone timeZone() const;

Q_SIGNALS:
    void searchRequested();

private:
    void updateButton();

    FieldMessages *m_messages;
    QComboBox *m_statusCombo;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    TimeZoneCombo *m_zoneCombo;
    QComboBox *m_sortingCombo;
    QPushButton *m_searchButton;
    bool m_running = false;
    bool m_clientAvailable = true;
};

} // namespace portone
