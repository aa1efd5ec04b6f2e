// The bar: its controls, which of them the selection allows, and what every action shares (the
// audit entry, an unknown outcome, the result line). The actions and the look-ups that settle an
// unknown outcome are in ScheduleActionsSend.cpp.
#include "ui/schedules/ScheduleActions.h"

#include "core/api/ScheduleSweep.h"
#include "ui/DeskSession.h"
#include "ui/common/Announce.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/Icons.h"
#include "ui/common/OutcomeNotice.h"
#include "ui/common/ReadOnlyNotice.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/common/RequestProgress.h"
#include "ui/schedules/ScheduleActionTexts.h"
#include "ui/schedules/ScheduleTableModel.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portone {

namespace {

QPushButton *actionButton(const QString &text, const QString &objectName, AppIcon icon,
                          QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setIcon(appIcon(icon));
    return button;
}

} // namespace

ScheduleActions::ScheduleActions(DeskSession &session, Selection selection, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_selection(std::move(selection))
    , m_fieldMessages(new FieldMessages(this))
    , m_outcomeNotice(new OutcomeNotice(tr("Look the schedules up"), this))
    , m_resultLabel(new QLabel(this))
    , m_hintLabel(new QLabel(this))
    , m_koreanTimeLabel(new QLabel(this))
    , m_timeEdit(new QDateTimeEdit(this))
    , m_cancelButton(actionButton(tr("Cancel selected…"), u"cancelSelectedSchedulesButton"_s,
                                  AppIcon::Cancel, this))
    , m_changeTimeButton(
          actionButton(tr("Change time…"), u"changeScheduleTimeButton"_s, AppIcon::Refresh, this))
    , m_retryButton(actionButton(tr("Retry now…"), u"retryScheduleButton"_s, AppIcon::Pay, this))
    , m_rescheduleButton(
          actionButton(tr("Reschedule…"), u"rescheduleButton"_s, AppIcon::Send, this))
    , m_cancelAllButton(actionButton(tr("Cancel every schedule of this customer…"),
                                     u"cancelAllSchedulesButton"_s, AppIcon::Delete, this))
{
    setObjectName(u"scheduleActions"_s);
    m_requests = RequestLifecycle::forPanel(session.connection(), this, u"scheduleAction"_s,
                                            m_fieldMessages);
    m_outcomeNotice->setObjectName(u"scheduleOutcomeNotice"_s);
    m_outcomeNotice->lookUpButton()->setObjectName(u"lookUpSchedulesButton"_s);
    m_resultLabel->setObjectName(u"scheduleActionResultLabel"_s);
    m_resultLabel->setAccessibleName(tr("Result of the schedule action"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->hide();
    m_hintLabel->setObjectName(u"scheduleActionHintLabel"_s);
    m_hintLabel->setWordWrap(true);
    m_koreanTimeLabel->setObjectName(u"newScheduleTimeKoreanLabel"_s);
    m_timeEdit->setObjectName(u"newScheduleTimeEdit"_s);
    m_timeEdit->setCalendarPopup(true);
    m_timeEdit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    m_timeEdit->setMaximumWidth(220);
    m_timeEdit->setToolTip(tr("The new time, in this computer's time zone (%1)")
                               .arg(QDateTime::currentDateTime().timeZoneAbbreviation()));
    m_cancelButton->setToolTip(tr("Cancel the selected scheduled payments (only those)"));
    m_cancelAllButton->setToolTip(
        tr("Cancel every payment still scheduled for this billing key, in any range"));
    m_retryButton->setToolTip(tr("Charge a failed or cancelled scheduled payment now"));
    m_rescheduleButton->setToolTip(tr("Schedule a failed or cancelled payment again"));

    setToolTip(tr("Select scheduled payments to cancel them, or one to change its time; select a "
                  "failed or cancelled one to retry or reschedule it."));
    auto *buttons = new QWidget(this);
    layOut(buttons, m_requests->progress(), m_requests->errorPanel());

    connect(m_cancelButton, &QPushButton::clicked, this, &ScheduleActions::cancelSelected);
    connect(m_cancelAllButton, &QPushButton::clicked, this, &ScheduleActions::cancelAllOfCustomer);
    connect(m_changeTimeButton, &QPushButton::clicked, this, &ScheduleActions::changeTime);
    connect(m_retryButton, &QPushButton::clicked, this, &ScheduleActions::retryNow);
    connect(m_rescheduleButton, &QPushButton::clicked, this, &ScheduleActions::reschedule);
    connect(m_outcomeNotice->lookUpButton(), &QPushButton::clicked, this,
            &ScheduleActions::lookUpUnknown);
    connect(m_timeEdit, &QDateTimeEdit::dateTimeChanged, this, [this](QDateTime time) {
        time.setTime(QTime(time.time().hour(), time.time().minute())); // what is sent
        m_koreanTimeLabel->setText(ScheduleTableModel::koreanTimeToolTip(time));
        m_fieldMessages->set(u"schedule_at"_s, std::nullopt);
    });
    connect(m_requests, &RequestLifecycle::busyChanged, this, [this](bool busy) {
        updateButtons();
        Q_EMIT busyChanged(busy);
    });
    connect(&session, &DeskSession::activeProfileChanged, this, &ScheduleActions::updateButtons);
    m_timeEdit->setDateTime(m_session.clock().now().toLocalTime().addDays(1));
    setCustomerUid({});
}

ScheduleActions::~ScheduleActions() = default;

void ScheduleActions::layOut(QWidget *buttons, QWidget *progress, QWidget *errorPanel)
{
    auto *readOnly = new ReadOnlyNotice(m_session, this);
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_cancelButton);
    row->addWidget(m_retryButton);
    row->addStretch();
    row->addWidget(m_cancelAllButton);
    auto *timeRow = new QHBoxLayout;
    timeRow->setContentsMargins(0, 0, 0, 0);
    timeRow->addWidget(m_timeEdit);
    timeRow->addWidget(m_changeTimeButton);
    timeRow->addWidget(m_rescheduleButton);
    timeRow->addWidget(m_koreanTimeLabel);
    timeRow->addStretch();
    auto *timeRowWidget = new QWidget(buttons);
    timeRowWidget->setLayout(timeRow);
    m_timeRow = new QWidget(buttons);
    m_timeRow->setObjectName(u"newScheduleTimeRow"_s);
    auto *form = new QFormLayout(m_timeRow);
    form->setContentsMargins(0, 0, 0, 0);
    m_fieldMessages->addRow(form, u"schedule_at"_s, tr("New time:"), timeRowWidget);
    auto *buttonsLayout = new QVBoxLayout(buttons);
    buttonsLayout->setContentsMargins(0, 0, 0, 0);
    buttonsLayout->setSpacing(2); // two rows of buttons under a table: the window's height is short
    buttonsLayout->addLayout(row);
    buttonsLayout->addWidget(m_timeRow);
    m_timeEdit->setAccessibleName(tr("New time"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(readOnly);
    layout->addWidget(readOnly->guard(buttons));
    layout->addWidget(m_hintLabel);
    layout->addWidget(progress);
    layout->addWidget(errorPanel);
    layout->addWidget(m_outcomeNotice);
    layout->addWidget(m_resultLabel);
    setTabOrder(m_cancelButton, m_retryButton);
    setTabOrder(m_retryButton, m_cancelAllButton);
    setTabOrder(m_cancelAllButton, m_timeEdit);
    setTabOrder(m_timeEdit, m_changeTimeButton);
    setTabOrder(m_changeTimeButton, m_rescheduleButton);
}

bool ScheduleActions::canCancel(const Schedule &schedule)
{
    return schedule.scheduleStatus == u"scheduled";
}

bool ScheduleActions::canChangeTime(const Schedule &schedule, const QDateTime &now)
{
    return canCancel(schedule) && schedule.scheduleAt > now;
}

bool ScheduleActions::canRetry(const Schedule &schedule)
{
    return schedule.scheduleStatus == u"revoked"
        || (schedule.scheduleStatus == u"executed" && schedule.paymentStatus == u"failed");
}

void ScheduleActions::setCustomerUid(const QString &customerUid)
{
    m_customerUid = customerUid;
    m_cancelAllButton->setVisible(!customerUid.isEmpty());
    reset();
}

void ScheduleActions::setBlocked(bool blocked)
{
    m_blocked = blocked;
    updateButtons();
}

bool ScheduleActions::isBusy() const
{
    return m_confirming || m_requests->isBusy();
}

void ScheduleActions::cancel()
{
    m_requests->cancel();
}

void ScheduleActions::reset()
{
    if (isBusy())
        return; // a sent call's answer is shown where it was sent
    m_requests->clear();
    m_fieldMessages->clear();
    m_unknown.reset();
    m_outcomeNotice->hide();
    m_resultLabel->hide();
    updateButtons();
}

void ScheduleActions::selectionChanged()
{
    const QList<Schedule> chosen = m_selection();
    if (chosen.size() == 1) {
        const Schedule &schedule = chosen.first();
        const QDateTime now = m_session.clock().now();
        // The picker starts at the schedule's time, or a day from now for a failed one.
        m_timeEdit->setDateTime(
            (canChangeTime(schedule, now) ? schedule.scheduleAt : now.addDays(1)).toLocalTime());
    }
    updateButtons();
}

void ScheduleActions::updateButtons()
{
    const QList<Schedule> chosen = m_selection ? m_selection() : QList<Schedule> {};
    const QDateTime now = m_session.clock().now();
    const bool idle = !isBusy() && !m_blocked && m_session.allowsChanges();
    const bool one = chosen.size() == 1;
    const bool allScheduled = !chosen.isEmpty() && !pendingLookUp(chosen)
        && std::all_of(chosen.cbegin(), chosen.cend(), &canCancel);
    m_cancelButton->setEnabled(idle && allScheduled);
    const bool settled = !pendingLookUp(chosen);
    m_changeTimeButton->setEnabled(idle && one && settled && canChangeTime(chosen.first(), now));
    m_retryButton->setEnabled(idle && one && settled && canRetry(chosen.first()));
    m_rescheduleButton->setEnabled(idle && one && settled && canRetry(chosen.first()));
    m_timeEdit->setEnabled(idle && one);
    // The new time's row is there when one schedule that can take a new time is selected.
    m_timeRow->setVisible(one && (canChangeTime(chosen.first(), now) || canRetry(chosen.first())));
    m_koreanTimeLabel->setEnabled(m_timeEdit->isEnabled());
    m_cancelAllButton->setEnabled(idle && !m_customerUid.isEmpty());
    m_outcomeNotice->lookUpButton()->setEnabled(!isBusy() && m_session.hasActiveProfile());
    m_cancelButton->setText(chosen.size() > 1
                                ? tr("Cancel %n selected…", nullptr, int(chosen.size()))
                                : tr("Cancel selected…"));
    QString hint;
    if (!settled)
        hint = tr("The outcome of the last action on the selection is unknown: look the "
                  "schedules up first.");
    else if (!allScheduled && std::any_of(chosen.cbegin(), chosen.cend(), &canCancel))
        hint = tr("Only payments still scheduled can be cancelled: the selection also holds "
                  "executed or cancelled ones.");
    m_hintLabel->setText(hint); // only for a selection that disables what it seems to allow
    m_hintLabel->setVisible(!hint.isEmpty() && m_session.allowsChanges());
}

bool ScheduleActions::confirm(const ConfirmationRequest &request)
{
    m_confirming = true;
    updateButtons();
    const bool confirmed = m_session.prompts().confirm(this, request);
    m_confirming = false;
    updateButtons();
    return confirmed;
}

std::optional<QDateTime> ScheduleActions::newTime()
{
    QDateTime time = m_timeEdit->dateTime();
    time.setTime(QTime(time.time().hour(), time.time().minute()));
    if (time <= m_session.clock().now()) {
        m_fieldMessages->set(u"schedule_at"_s,
                             tr("Choose a time in the future (it is %1 now).")
                                 .arg(ScheduleActionTexts::time(m_session.clock().now())));
        return std::nullopt;
    }
    m_fieldMessages->set(u"schedule_at"_s, std::nullopt);
    return time;
}

void ScheduleActions::record(const Sent &sent, const ApiError *error, const QString &detail)
{
    QStringList targets = sent.merchantUids;
    if (!sent.customerUid.isEmpty())
        targets.prepend(sent.customerUid);
    if (detail.isEmpty()) {
        m_session.recordResult(sent.action, targets, sent.reason, error);
        return;
    }
    m_session.recordAction(sent.action, targets, sent.reason, DeskSession::outcomeOf(error),
                           detail);
}

// A retry's entry says whether money moved: paid "ok", declined "failed", any other status
// "unknown".
void ScheduleActions::recordRetry(const Sent &sent, const ChargeResult &result)
{
    const QString outcome = result.paid() ? u"ok"_s
        : result.declined()               ? u"failed"_s
                                          : u"unknown"_s;
    QString detail = u"status "_s + result.payment.status;
    if (!result.payment.impUid.isEmpty())
        detail += u" · imp_uid "_s + result.payment.impUid;
    if (result.declined())
        detail += u" · "_s + result.failReason();
    m_session.recordAction(sent.action, sent.merchantUids, sent.reason, outcome, detail);
}

void ScheduleActions::started()
{
    m_resultLabel->hide();
    m_fieldMessages->clear();
}

bool ScheduleActions::pendingLookUp(const QList<Schedule> &chosen) const
{
    return m_unknown && std::any_of(chosen.cbegin(), chosen.cend(), [this](const Schedule &s) {
               return m_unknown->merchantUids.contains(s.merchantUid);
           });
}

// The one selected schedule, when one is selected, the action allows it and no outcome of
// it is unknown.
std::optional<Schedule> ScheduleActions::chosenOne(bool (*allows)(const Schedule &)) const
{
    const QList<Schedule> chosen = m_selection();
    if (chosen.size() != 1 || !allows(chosen.first()) || pendingLookUp(chosen))
        return std::nullopt;
    return chosen.first();
}

// A refusal stays in the error panel; a lost answer also gets the notice with the look-up.
bool ScheduleActions::failed(const Sent &sent, const ApiError &error)
{
    if (error.kind == ApiError::Kind::Validation || error.kind == ApiError::Kind::ReadOnly)
        return false; // nothing was sent
    record(sent, &error);
    if (error.outcomeUnknown) {
        Sent unknown = sent;
        if (m_unknown) { // an earlier one is still to be looked up: both are
            unknown.merchantUids = m_unknown->merchantUids + sent.merchantUids;
            unknown.what = m_unknown->what + u"; "_s + sent.what;
        }
        m_unknown = unknown;
        m_outcomeNotice->label()->setText(
            ScheduleActionTexts::unknown(unknown.what, unknown.merchantUids));
        m_outcomeNotice->show();
        updateButtons(); // no action on those rows before the look-up
    }
    return false; // the error panel shows status, code and message
}

// The owner's table shows them (a direct connection), then the buttons follow their status.
void ScheduleActions::refreshed(const QList<Schedule> &schedules)
{
    for (const Schedule &schedule : schedules)
        Q_EMIT scheduleRefreshed(schedule);
    updateButtons();
}

void ScheduleActions::showResult(const QString &text, bool good)
{
    m_resultLabel->setStyleSheet(
        good ? u"QLabel { background: #e8f5e9; border: 1px solid #81c784; border-radius: 3px; "
               "padding: 4px; color: #1b3d1f; }"_s
             : u"QLabel { background: #fdecea; border: 1px solid #e57373; border-radius: 3px; "
               "padding: 4px; color: #5f2120; }"_s);
    m_resultLabel->setText(text);
    m_resultLabel->show();
    if (good)
        announceStatus(m_resultLabel, text);
    else
        announceAlert(m_resultLabel, text);
}

} // namespace portone
