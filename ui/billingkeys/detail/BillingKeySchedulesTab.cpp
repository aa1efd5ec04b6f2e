#include "ui/billingkeys/detail/BillingKeySchedulesTab.h"

#include "core/util/ScheduleWindows.h"
#include "ui/DeskSession.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/Icons.h"
#include "ui/common/LocaleFormat.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/common/RequestProgress.h"
#include "ui/schedules/ScheduleActions.h"
#include "ui/schedules/ScheduleTableModel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

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
    , m_model(new ScheduleTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
{
    m_requests = RequestLifecycle::forPanel(session.connection(), this, {}, m_fieldMessages);
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
    m_table->setObjectName(QStringLiteral("schedulesTableView"));
    m_table->setAccessibleName(tr("Scheduled payments"));
    ScheduleTableModel::showIn(m_table, m_proxy, m_model);
    m_table->sortByColumn(ScheduleTableModel::ScheduledAtColumn, Qt::AscendingOrder);
    m_table->setColumnHidden(ScheduleTableModel::CustomerUidColumn, true); // the tab's customer
    m_actions = new ScheduleActions(
        session, [this] { return ScheduleTableModel::selectedSchedules(m_table); }, this);

    auto *form = new QFormLayout;
    m_fieldMessages->addRow(form, QStringLiteral("from"), tr("From:"), m_fromEdit);
    m_fieldMessages->addRow(form, QStringLiteral("to"), tr("To (exclusive):"), m_toEdit);
    m_fieldMessages->addRow(form, QStringLiteral("schedule-status"), tr("Status:"), m_statusCombo,
                            m_loadButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_requests->progress());
    layout->addWidget(m_requests->errorPanel());
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_actions);
    setTabOrder(m_fromEdit, m_toEdit);
    setTabOrder(m_toEdit, m_statusCombo);
    setTabOrder(m_statusCombo, m_loadButton);

    connect(m_loadButton, &QPushButton::clicked, this, &BillingKeySchedulesTab::load);
    connect(m_requests, &RequestLifecycle::busyChanged, this, [this](bool busy) {
        m_actions->setBlocked(busy);
        updateLoadButton();
    });
    connect(m_actions, &ScheduleActions::busyChanged, this,
            &BillingKeySchedulesTab::updateLoadButton);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, m_actions,
            &ScheduleActions::selectionChanged);
    connect(m_actions, &ScheduleActions::scheduleRefreshed, m_model,
            &ScheduleTableModel::replaceSchedule);
    setCustomerUid({});
}

void BillingKeySchedulesTab::setCustomerUid(const QString &customerUid)
{
    m_requests->clear();
    m_customerUid = customerUid;
    m_model->clear();
    m_fieldMessages->clear();
    m_actions->setCustomerUid(customerUid);
    m_summaryLabel->setText(customerUid.isEmpty() ? QString()
                                                  : tr("Choose a range and press Load."));
    updateLoadButton();
}

void BillingKeySchedulesTab::updateLoadButton()
{
    m_loadButton->setEnabled(!m_customerUid.isEmpty() && !isBusy());
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
    m_model->clear();
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
            m_model->clear();
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

// Every window in: the table shows them at once (a schedule listed twice once), sorted by time.
void BillingKeySchedulesTab::finishLoading()
{
    m_model->setSchedules(m_collected);
    m_collected.clear();
    m_table->resizeColumnsToContents();
    m_actions->selectionChanged();
    const QString requests = m_windows.size() == 1
        ? tr("1 request")
        : tr("%1 requests (3 months each at most)").arg(m_windows.size());
    const int count = m_model->rowCount();
    m_summaryLabel->setText(
        count == 0 ? tr("No scheduled payments in this range (%1).").arg(requests)
                   : tr("%1 scheduled payments, sorted by time (%2).").arg(count).arg(requests));
}

void BillingKeySchedulesTab::cancel()
{
    m_requests->cancel();
    m_actions->cancel();
}

bool BillingKeySchedulesTab::isBusy() const
{
    return m_requests->isBusy() || m_actions->isBusy();
}

} // namespace portone
