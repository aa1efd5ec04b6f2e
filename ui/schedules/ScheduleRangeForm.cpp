#include "ui/schedules/ScheduleRangeForm.h"

#include "core/util/Clock.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/Icons.h"
#include "ui/common/TimeZoneCombo.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace portone {

ScheduleRangeForm::ScheduleRangeForm(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_loadButton(new QPushButton(appIcon(AppIcon::LookUp), tr("Load"), this))
    , m_statusCombo(new QComboBox(this))
    , m_zoneCombo(new TimeZoneCombo(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_messages(new FieldMessages(this))
{
    m_statusCombo->setObjectName(QStringLiteral("scheduleStatusComboBox"));
    m_statusCombo->addItem(tr("All statuses"));
    m_statusCombo->addItem(tr("Scheduled (scheduled)"), int(ScheduleStatus::Scheduled));
    m_statusCombo->addItem(tr("Executed (executed)"), int(ScheduleStatus::Executed));
    m_statusCombo->addItem(tr("Revoked (revoked)"), int(ScheduleStatus::Revoked));
    m_zoneCombo->setObjectName(QStringLiteral("scheduleZoneComboBox"));
    m_loadButton->setObjectName(QStringLiteral("loadSchedulesButton"));
    m_loadButton->setDefault(true);
    m_loadButton->setAccessibleName(tr("Load the scheduled payments"));

    auto *days = new QWidget(this);
    auto *daysLayout = new QHBoxLayout(days);
    daysLayout->setContentsMargins(0, 0, 0, 0);
    const std::pair<QDateEdit *, const char *> edits[]
        = { { m_fromEdit, "scheduleFromDateEdit" }, { m_toEdit, "scheduleToDateEdit" } };
    for (const auto &[edit, name] : edits) {
        edit->setObjectName(QLatin1String(name));
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        if (edit == m_toEdit)
            daysLayout->addWidget(new QLabel(QStringLiteral("–"), days));
        daysLayout->addWidget(edit);
        connect(edit, &QDateEdit::dateChanged, this,
                [this] { m_messages->set(QStringLiteral("to"), std::nullopt); });
    }
    daysLayout->addStretch(1);
    m_fromEdit->setAccessibleName(tr("First day"));
    m_toEdit->setAccessibleName(tr("Last day"));
    // Korea's today and the next three months: the schedules still to come.
    const QDate today = clock.now().toTimeZone(TimeZoneCombo::korea()).date();
    m_fromEdit->setDate(today);
    m_toEdit->setDate(today.addMonths(3));

    for (QComboBox *combo : { m_statusCombo, static_cast<QComboBox *>(m_zoneCombo) })
        combo->setMaximumWidth(combo->sizeHint().width());
    auto *note = new QLabel(tr("Whole days, both included, by the time each payment is "
                               "scheduled for. Any length: PortOne is asked 3 months at a time."),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_messages->addRow(form, QStringLiteral("schedule_status"), tr("Status:"), m_statusCombo);
    m_messages->addRow(form, QStringLiteral("to"), tr("Days:"), days, nullptr, note);
    m_messages->addRow(form, QStringLiteral("zone"), tr("Time zone:"), m_zoneCombo, m_loadButton);

    connect(m_loadButton, &QPushButton::clicked, this, &ScheduleRangeForm::loadRequested);
    setTabOrder(m_statusCombo, m_fromEdit);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_zoneCombo);
    setTabOrder(m_zoneCombo, m_loadButton);
}

std::optional<ScheduleSweepRequest> ScheduleRangeForm::request()
{
    if (m_toEdit->date() < m_fromEdit->date()) {
        m_messages->show(
            { { QStringLiteral("to"), tr("The last day must be on or after the first day.") } });
        return std::nullopt;
    }
    m_messages->clear();
    ScheduleSweepRequest request;
    const QTimeZone zone = timeZone();
    request.from = QDateTime(m_fromEdit->date(), QTime(0, 0), zone);
    request.to = QDateTime(m_toEdit->date().addDays(1), QTime(0, 0), zone);
    if (m_statusCombo->currentData().isValid())
        request.status = ScheduleStatus(m_statusCombo->currentData().toInt());
    request.limit = 1000;
    return request;
}

void ScheduleRangeForm::allowLoading(bool allowed)
{
    m_loadButton->setEnabled(allowed);
}

QTimeZone ScheduleRangeForm::timeZone() const
{
    return m_zoneCombo->timeZone();
}

} // namespace portone
