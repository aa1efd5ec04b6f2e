#include "ui/billingkeys/schedule/ScheduleRowsEditor.h"

#include "core/util/Clock.h"
#include "ui/billingkeys/schedule/ScheduleTexts.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/Icons.h"
#include "ui/common/LocaleFormat.h"
#include "ui/payments/RefundFields.h"

#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portone {

namespace {

// The widths of the columns, shared by the header and every row so that they line up.
constexpr int TimeWidth = 150;
constexpr int KoreanWidth = 150;
constexpr int AmountWidth = 100;
constexpr int MerchantUidWidth = 230;
constexpr int RemoveWidth = 28;

enum RowCell
{
    RowTimeCell,
    RowKoreanCell,
    RowAmountCell,
    RowNameCell,
    RowMerchantUidCell,
    RowRemoveCell,
};

QGridLayout *columns(QWidget *box)
{
    auto *grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(2);
    grid->setColumnStretch(RowNameCell, 1);
    return grid;
}

// Every cell of a column as wide as the column, in the header as in the rows.
void fixWidth(QWidget *cell, int column)
{
    const int widths[] = { TimeWidth, KoreanWidth, AmountWidth, 0, MerchantUidWidth, RemoveWidth };
    if (widths[column] > 0)
        cell->setFixedWidth(widths[column]);
}

const QString FieldNames[] = { u"schedule_at"_s, u"amount"_s, u"name"_s, u"merchant_uid"_s };

} // namespace

ScheduleRowsEditor::ScheduleRowsEditor(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_clock(clock)
    , m_rowsLayout(new QVBoxLayout)
    , m_generalMessage(FieldMessages::makeMessageLabel(this))
{
    setObjectName(u"scheduleRowsEditor"_s);
    m_generalMessage->setObjectName(u"scheduleGeneralMessageLabel"_s);
    auto *header = new QWidget(this);
    QGridLayout *grid = columns(header);
    const QStringList titles { tr("Date and time (your time zone)"),
                               tr("Korean time"),
                               tr("Amount (KRW)"),
                               tr("Order name (name)"),
                               u"merchant_uid"_s,
                               QString() };
    for (int column = 0; column < titles.size(); ++column) {
        auto *title = new QLabel(titles.at(column), header);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        title->setWordWrap(true);
        title->setAlignment(Qt::AlignLeft | Qt::AlignBottom);
        fixWidth(title, column);
        grid->addWidget(title, 0, column);
    }
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(header);
    layout->addLayout(m_rowsLayout);
    layout->addWidget(m_generalMessage);
    layout->addStretch(1);
    reset();
}

void ScheduleRowsEditor::reset()
{
    while (!m_rows.isEmpty())
        delete m_rows.takeLast().box;
    addRow();
}

void ScheduleRowsEditor::addRow()
{
    QDateTime at;
    QString name;
    if (m_rows.isEmpty()) {
        const QDateTime now = m_clock.now().toLocalTime();
        at = QDateTime(now.date().addDays(1), QTime(now.time().hour(), 0));
    } else {
        const Row &last = m_rows.constLast();
        at = last.time->dateTime().addMonths(1);
        name = last.name->text();
    }
    m_rows << makeRow(at, name);
    renumber();
    m_rows.constLast().amount->setFocus();
    Q_EMIT changed();
}

void ScheduleRowsEditor::removeRow(int row)
{
    if (row < 0 || row >= m_rows.size() || m_rows.size() == 1)
        return;
    m_rows.takeAt(row).box->deleteLater();
    renumber();
    Q_EMIT changed();
}

ScheduleRowsEditor::Row ScheduleRowsEditor::makeRow(const QDateTime &at, const QString &name)
{
    Row row;
    row.box = new QWidget(this);
    QGridLayout *grid = columns(row.box);
    row.time = new QDateTimeEdit(at, row.box);
    row.time->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    row.time->setCalendarPopup(true);
    row.korean = new QLabel(row.box);
    row.amount = new QLineEdit(row.box);
    row.amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    row.amount->setPlaceholderText(formatNumber(9900));
    row.name = new QLineEdit(name, row.box);
    row.merchantUid = new QLineEdit(nextMerchantUid(), row.box);
    row.remove = new QToolButton(row.box);
    row.remove->setIcon(appIcon(AppIcon::Delete));
    row.remove->setToolTip(tr("Remove this payment"));
    const QList<QWidget *> inputs { row.time, row.amount, row.name, row.merchantUid };
    const int columnOf[] = { RowTimeCell, RowAmountCell, RowNameCell, RowMerchantUidCell };
    grid->addWidget(row.time, 0, RowTimeCell);
    grid->addWidget(row.korean, 0, RowKoreanCell);
    grid->addWidget(row.amount, 0, RowAmountCell);
    grid->addWidget(row.name, 0, RowNameCell);
    grid->addWidget(row.merchantUid, 0, RowMerchantUidCell);
    grid->addWidget(row.remove, 0, RowRemoveCell);
    fixWidth(row.time, RowTimeCell);
    fixWidth(row.korean, RowKoreanCell);
    fixWidth(row.amount, RowAmountCell);
    fixWidth(row.merchantUid, RowMerchantUidCell);
    fixWidth(row.remove, RowRemoveCell);
    for (int i = 0; i < inputs.size(); ++i) {
        QLabel *message = FieldMessages::makeMessageLabel(row.box);
        row.messages << message;
        grid->addWidget(message, 1, columnOf[i], 1, i == 0 ? 2 : 1);
    }
    m_rowsLayout->addWidget(row.box);
    row.box->show(); // at once, not on the layout's next event

    QWidget *box = row.box;
    const auto rowIndex = [this, box] {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).box == box)
                return i;
        }
        return -1;
    };
    connect(row.time, &QDateTimeEdit::dateTimeChanged, this, [this, rowIndex] {
        const int i = rowIndex();
        if (i >= 0) {
            updateKoreanTime(m_rows.at(i));
            m_rows.at(i).messages.at(0)->hide();
        }
        Q_EMIT changed();
    });
    const QList<QLineEdit *> lines { row.amount, row.name, row.merchantUid };
    for (int i = 0; i < lines.size(); ++i) {
        connect(lines.at(i), &QLineEdit::textEdited, this, [this, rowIndex, i] {
            if (const int r = rowIndex(); r >= 0)
                m_rows.at(r).messages.at(i + 1)->hide();
            Q_EMIT changed();
        });
    }
    connect(row.amount, &QLineEdit::editingFinished, this, [this, rowIndex] {
        const int r = rowIndex();
        if (r < 0)
            return;
        QLineEdit *amount = m_rows.at(r).amount;
        if (const auto value = parseWholeAmount(amount->text()))
            amount->setText(formatNumber(double(*value))); // 9900 -> 9,900
    });
    connect(row.remove, &QToolButton::clicked, this, [this, rowIndex] { removeRow(rowIndex()); });
    updateKoreanTime(row);
    return row;
}

// Unique within the form, and across forms as far as the clock's milliseconds go.
QString ScheduleRowsEditor::nextMerchantUid()
{
    ++m_generated;
    return u"sched_%1_%2"_s.arg(m_clock.now().toUTC().toString(u"yyyyMMddHHmmsszzz"_s))
        .arg(m_generated);
}

void ScheduleRowsEditor::renumber()
{
    delete m_messages;
    m_messages = new FieldMessages(this);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        const QString number = QString::number(i + 1);
        row.box->setObjectName(u"scheduleRow%1"_s.arg(i));
        row.time->setObjectName(u"scheduleTimeEdit%1"_s.arg(i));
        row.korean->setObjectName(u"scheduleKoreanTimeLabel%1"_s.arg(i));
        row.amount->setObjectName(u"scheduleAmountLineEdit%1"_s.arg(i));
        row.name->setObjectName(u"scheduleNameLineEdit%1"_s.arg(i));
        row.merchantUid->setObjectName(u"scheduleMerchantUidLineEdit%1"_s.arg(i));
        row.remove->setObjectName(u"removeScheduleRowButton%1"_s.arg(i));
        row.time->setAccessibleName(tr("Payment %1: date and time").arg(number));
        row.amount->setAccessibleName(tr("Payment %1: amount in won").arg(number));
        row.name->setAccessibleName(tr("Payment %1: order name").arg(number));
        row.merchantUid->setAccessibleName(tr("Payment %1: merchant_uid").arg(number));
        row.remove->setAccessibleName(tr("Remove payment %1").arg(number));
        row.remove->setEnabled(m_rows.size() > 1);
        const QList<QWidget *> inputs { row.time, row.amount, row.name, row.merchantUid };
        for (int f = 0; f < inputs.size(); ++f) {
            const QString field = u"schedules[%1].%2"_s.arg(i).arg(FieldNames[f]);
            row.messages.at(f)->setObjectName(field + u"MessageLabel"_s);
            m_messages->add(field, inputs.at(f), row.messages.at(f));
        }
    }
    m_messages->add(u"schedules"_s, m_rows.isEmpty() ? nullptr : m_rows.first().time,
                    m_generalMessage);
}

void ScheduleRowsEditor::updateKoreanTime(const Row &row)
{
    const QDateTime at = row.time->dateTime();
    row.korean->setText(ScheduleTexts::koreanTime(at));
    const QString unix = ScheduleTexts::unixToolTip(at);
    row.korean->setToolTip(unix);
    row.time->setToolTip(unix);
}

QList<ScheduledPayment> ScheduleRowsEditor::payments() const
{
    QList<ScheduledPayment> out;
    for (const Row &row : m_rows) {
        ScheduledPayment payment;
        payment.scheduleAt = row.time->dateTime();
        payment.order.amount = double(parseWholeAmount(row.amount->text()).value_or(0));
        payment.order.currency = u"KRW"_s;
        payment.order.name = row.name->text().trimmed();
        payment.order.merchantUid = row.merchantUid->text().trimmed();
        out << payment;
    }
    return out;
}

FieldErrors ScheduleRowsEditor::parseErrors() const
{
    FieldErrors errors;
    for (int i = 0; i < m_rows.size(); ++i) {
        const QString text = m_rows.at(i).amount->text();
        if (!text.trimmed().isEmpty() && !parseWholeAmount(text))
            errors << FieldError { u"schedules[%1].amount"_s.arg(i),
                                   tr("Enter a whole amount in won, e.g. 9,900.") };
    }
    return errors;
}

void ScheduleRowsEditor::showErrors(const FieldErrors &errors)
{
    FieldErrors shown;
    QStringList general;
    for (const FieldError &error : errors) {
        const bool rowField
            = std::any_of(std::cbegin(FieldNames), std::cend(FieldNames), [&](const QString &name) {
                  return error.field.startsWith(u"schedules[") && error.field.endsWith(u'.' + name);
              });
        if (rowField)
            shown << error;
        else
            general << u"%1: %2"_s.arg(error.field, error.message);
    }
    if (!general.isEmpty())
        shown << FieldError { u"schedules"_s, general.join(u'\n') };
    m_messages->show(shown);
}

void ScheduleRowsEditor::clearErrors()
{
    m_messages->clear();
}

QDateTimeEdit *ScheduleRowsEditor::timeEdit(int row) const
{
    return m_rows.at(row).time;
}

QLineEdit *ScheduleRowsEditor::amountEdit(int row) const
{
    return m_rows.at(row).amount;
}

QLineEdit *ScheduleRowsEditor::nameEdit(int row) const
{
    return m_rows.at(row).name;
}

QLineEdit *ScheduleRowsEditor::merchantUidEdit(int row) const
{
    return m_rows.at(row).merchantUid;
}

QWidget *ScheduleRowsEditor::lastInput() const
{
    return m_rows.constLast().remove;
}

} // namespace portone
