#pragma once

#include "core/api/ApiError.h"
#include "core/api/SubscriptionModels.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QToolButton;
class QVBoxLayout;

namespace portone {

class Clock;
class FieldMessages;

// The payments of one schedule request, one row each: date and time in the operator's time
// zone (its Korean time beside it, UNIX seconds in the tool tip), amount in won (shown with
// group separators), order name and merchant_uid (generated from the clock, editable). Rows are
// added and removed; each field's message appears right under it, keyed by the names the core
// rules report ("schedules[1].merchant_uid"); nothing typed is ever cut or replaced.
class ScheduleRowsEditor : public QWidget
{
    Q_OBJECT

public:
    ScheduleRowsEditor(const Clock &clock, QWidget *parent = nullptr);

    // One fresh row (tomorrow at the next full hour), every message cleared.
    void reset();
    void addRow();
    void removeRow(int row);
    int rowCount() const { return int(m_rows.size()); }

    // The payments as they will be sent; an amount that is not a whole number of won is sent as
    // 0 (and reported by parseErrors()).
    QList<ScheduledPayment> payments() const;
    // The amounts that cannot be read, keyed like the rules' messages.
    FieldErrors parseErrors() const;
    // Shows each message under its field (the first failing input gets the focus); the others
    // are cleared. Messages of fields without a row go to the line under the rows.
    void showErrors(const FieldErrors &errors);
    void clearErrors();

    QDateTimeEdit *timeEdit(int row) const;
    QLineEdit *amountEdit(int row) const;
    QLineEdit *nameEdit(int row) const;
    QLineEdit *merchantUidEdit(int row) const;
    QWidget *lastInput() const;

Q_SIGNALS:
    void changed(); // a row added or removed, or any field edited

private:
    struct Row
    {
        QWidget *box = nullptr;
        QDateTimeEdit *time = nullptr;
        QLabel *korean = nullptr;
        QLineEdit *amount = nullptr;
        QLineEdit *name = nullptr;
        QLineEdit *merchantUid = nullptr;
        QToolButton *remove = nullptr;
        QList<QLabel *> messages; // under time, amount, name, merchant_uid
    };
    Row makeRow(const QDateTime &at, const QString &name);
    QString nextMerchantUid();
    void renumber();
    void updateKoreanTime(const Row &row);

    const Clock &m_clock;
    QList<Row> m_rows;
    QVBoxLayout *m_rowsLayout;
    QLabel *m_generalMessage;
    QPointer<FieldMessages> m_messages;
    int m_generated = 0;
};

} // namespace portone
