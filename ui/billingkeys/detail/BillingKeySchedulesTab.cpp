#include "ui/billingkeys/detail/BillingKeySchedulesTab.h"

#include "core/util/ScheduleWindows.h"
#include "ui/DeskSession.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/Icons.h"
#include "ui/common/LocaleFormat.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/common/RequestProgress.h"
#include "ui/common/ResultView.h"
#include "ui/payments/PaymentTableModel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTableWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace portone {

namespace {

constexpr int kMaxWindows = 8; // 2 years: more would be a request storm

QDateTimeEdit *makeDateTimeEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(objectName);
    edit->setCalendarPopup(true);
    edit->setMaximumWidth(220);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    return edit;
}

QString scheduleStatusText(const QString &status)
{
    if (status == u"scheduled")
        return BillingKeySchedulesTab::tr("Scheduled");
    if (status == u"executed")
        return BillingKeySchedulesTab::tr("Executed");
    if (status == u"revoked")
        return BillingKeySchedulesTab::tr("Revoked");
    return status;
}

} // namespace

BillingKeySchedulesTab::BillingKeySchedulesTab(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_fromEdit(makeDateTimeEdit(QStringLiteral("scheduleFromDateTimeEdit"), this))
    , m_toEdit(makeDateTimeEdit(QStringLiteral("scheduleToDateTimeEdit"), this))
    , m_statusCombo(new QComboBox(this))
    , m_loadButton(new QPushButton(tr("Load"), this))
    , m_fieldMessages(new FieldMessages(this))
    , m_summaryLabel(new QLabel(this))
    , m_table(new QTableWidget(0, 8, this))
{
    auto *progress = new RequestProgress(this);
    auto *errorPanel = new ErrorPanel(this);
    m_requests
        = new RequestLifecycle(session.connection(), progress, errorPanel, m_fieldMessages, this);
    setObjectName(QStringLiteral("billingKeySchedulesTab"));
    const QDateTime now = m_session.clock().now().toLocalTime();
    m_fromEdit->setDateTime(now);
    m_toEdit->setDateTime(now.addMonths(3));
    m_statusCombo->setObjectName(QStringLiteral("scheduleStatusComboBox"));
    m_statusCombo->setMaximumWidth(220);
    m_statusCombo->addItem(tr("Any status"));
    m_statusCombo->addItem(tr("Scheduled"), int(ScheduleStatus::Scheduled));
    m_statusCombo->addItem(tr("Executed"), int(ScheduleStatus::Executed));
    m_statusCombo->addItem(tr("Revoked"), int(ScheduleStatus::Revoked));
    m_loadButton->setObjectName(QStringLiteral("loadSchedulesButton"));
    m_loadButton->setIcon(appIcon(AppIcon::LookUp));
    m_loadButton->setAccessibleName(tr("Load the scheduled payments"));
    m_loadButton->setToolTip(
        tr("Ranges longer than 3 months are loaded as several requests, one after another."));
    m_summaryLabel->setObjectName(QStringLiteral("schedulesSummaryLabel"));
    m_summaryLabel->setAccessibleName(tr("Schedules summary"));
    m_summaryLabel->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("schedulesTableWidget"));
    m_table->setAccessibleName(tr("Scheduled payments"));
    m_table->setHorizontalHeaderLabels({ tr("Scheduled at"), tr("Status"), tr("Amount"),
                                         tr("Order name"), QStringLiteral("merchant_uid"),
                                         QStringLiteral("imp_uid"), tr("Payment status"),
                                         tr("Failure reason") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *form = new QFormLayout;
    m_fieldMessages->addRow(form, QStringLiteral("from"), tr("From:"), m_fromEdit);
    m_fieldMessages->addRow(form, QStringLiteral("to"), tr("To (exclusive):"), m_toEdit);
    m_fieldMessages->addRow(form, QStringLiteral("schedule-status"), tr("Status:"), m_statusCombo,
                            m_loadButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(progress);
    layout->addWidget(errorPanel);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_statusCombo);
    setTabOrder(m_statusCombo, m_loadButton);

    connect(m_loadButton, &QPushButton::clicked, this, &BillingKeySchedulesTab::load);
    connect(m_requests, &RequestLifecycle::busyChanged, this,
            [this](bool busy) { m_loadButton->setEnabled(!busy); });
    setCustomerUid({});
}

void BillingKeySchedulesTab::setCustomerUid(const QString &customerUid)
{
    m_requests->clear();
    m_customerUid = customerUid;
    m_collected.clear();
    m_table->setRowCount(0);
    m_fieldMessages->clear();
    m_summaryLabel->setText(customerUid.isEmpty() ? QString()
                                                  : tr("Choose a range and press Load."));
    m_loadButton->setEnabled(!customerUid.isEmpty());
}

void BillingKeySchedulesTab::load()
{
    if (isBusy() || m_customerUid.isEmpty() || !m_session.client())
        return;
    m_requests->clear();
    m_fieldMessages->clear();
    const QDateTime from = m_fromEdit->dateTime();
    const QDateTime to = m_toEdit->dateTime();
    if (to <= from) {
        m_fieldMessages->set(QStringLiteral("to"), tr("The end must be after the start."));
        return;
    }
    m_windows = splitScheduleRange(from, to);
    if (m_windows.size() > kMaxWindows) {
        m_fieldMessages->set(QStringLiteral("to"),
                             tr("Choose a range of at most 24 months (%1 requests would be "
                                "needed).")
                                 .arg(m_windows.size()));
        return;
    }
    m_status.reset();
    if (m_statusCombo->currentData().isValid())
        m_status = ScheduleStatus(m_statusCombo->currentData().toInt());
    m_windowIndex = 0;
    m_page = 1;
    m_paging.reset();
    m_collected.clear();
    requestCurrent();
}

void BillingKeySchedulesTab::requestCurrent()
{
    ScheduleQuery query;
    query.customerUid = m_customerUid;
    query.from = m_windows.at(m_windowIndex).first;
    query.to = m_windows.at(m_windowIndex).second;
    query.status = m_status;
    query.page = m_page;
    QString what
        = tr("Window %1 of %2: loading schedules…").arg(m_windowIndex + 1).arg(m_windows.size());
    if (m_page > 1)
        what = tr("Window %1 of %2: loading schedules (page %3)…")
                   .arg(m_windowIndex + 1)
                   .arg(m_windows.size())
                   .arg(m_page);
    m_requests->run<SchedulePage>(
        what,
        [query](PortOneClient &client, QObject *context, PortOneClient::Done<SchedulePage> done) {
            return client.getSchedules(query, context, std::move(done));
        },
        [this](const SchedulePage &page) { onPage(page); },
        [this](const ApiError &error) {
            m_table->setRowCount(0);
            const bool cancelled = error.kind == ApiError::Kind::Cancelled;
            m_summaryLabel->setText((cancelled ? tr("Cancelled at window %1 of %2; nothing shown.")
                                               : tr("Window %1 of %2 failed; nothing shown."))
                                        .arg(m_windowIndex + 1)
                                        .arg(m_windows.size()));
            return cancelled; // the summary says it; any other failure is shown as usual
        });
}

// The next page or window is the next step: the progress line stays up with its text.
void BillingKeySchedulesTab::onPage(const SchedulePage &page)
{
    m_collected.append(page.list);
    if (const int next = m_paging.nextPage(page, m_page); next > 0) {
        m_page = next;
    } else if (m_windowIndex + 1 < m_windows.size()) {
        ++m_windowIndex;
        m_page = 1;
        m_paging.reset();
    } else {
        finishLoading();
        return;
    }
    requestCurrent();
}

void BillingKeySchedulesTab::finishLoading()
{
    // Windows do not overlap, but a schedule could be listed twice across pages: keep one.
    QSet<QString> seen;
    QList<Schedule> unique;
    for (const Schedule &schedule : std::as_const(m_collected)) {
        const QString identity = scheduleIdentity(schedule);
        if (!seen.contains(identity)) {
            seen.insert(identity);
            unique.append(schedule);
        }
    }
    std::stable_sort(unique.begin(), unique.end(), [](const Schedule &a, const Schedule &b) {
        return a.scheduleAt < b.scheduleAt;
    });
    m_collected = unique;
    showSchedules();
}

void BillingKeySchedulesTab::showSchedules()
{
    m_table->setRowCount(int(m_collected.size()));
    for (int i = 0; i < m_collected.size(); ++i) {
        const Schedule &schedule = m_collected.at(i);
        m_table->setItem(
            i, 0, tableItem(displayTime(schedule.scheduleAt), utcToolTip(schedule.scheduleAt)));
        m_table->setItem(i, 1,
                         tableItem(scheduleStatusText(schedule.scheduleStatus),
                                   QStringLiteral("schedule_status: ") + schedule.scheduleStatus));
        auto *amount = tableItem(formatAmount(schedule.amount, schedule.currency));
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(i, 2, amount);
        m_table->setItem(i, 3, tableItem(schedule.name));
        m_table->setItem(i, 4, tableItem(schedule.merchantUid));
        m_table->setItem(i, 5, tableItem(schedule.impUid));
        m_table->setItem(i, 6,
                         tableItem(schedule.paymentStatus.isEmpty()
                                       ? QString()
                                       : PaymentTableModel::statusText(schedule.paymentStatus)));
        m_table->setItem(i, 7, tableItem(schedule.failReason));
    }
    m_table->resizeColumnsToContents();
    const QString requests = m_windows.size() == 1
        ? tr("1 request")
        : tr("%1 requests (3 months each at most)").arg(m_windows.size());
    m_summaryLabel->setText(m_collected.isEmpty()
                                ? tr("No scheduled payments in this range (%1).").arg(requests)
                                : tr("%1 scheduled payments, sorted by time (%2).")
                                      .arg(m_collected.size())
                                      .arg(requests));
}

void BillingKeySchedulesTab::cancel()
{
    m_requests->cancel();
}

bool BillingKeySchedulesTab::isBusy() const
{
    return m_requests->isBusy();
}

} // namespace portone
