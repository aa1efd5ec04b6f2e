#include "ui/payments/PaymentSearchForm.h"

#include "core/util/Clock.h"
#include "ui/common/FieldMessages.h"
#include "ui/common/Icons.h"
#include "ui/common/TimeZoneCombo.h"
#include "ui/payments/PaymentLookupForm.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace portone {

PaymentSearchForm::PaymentSearchForm(const Clock &clock, QWidget *parent)
    : QWidget(parent)
    , m_messages(new FieldMessages(this))
    , m_statusCombo(new QComboBox(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_zoneCombo(new TimeZoneCombo(this))
    , m_sortingCombo(new QComboBox(this))
    , m_searchButton(new QPushButton(appIcon(AppIcon::LookUp), tr("Search"), this))
{
    m_statusCombo->setObjectName(QStringLiteral("searchStatusComboBox"));
    m_statusCombo->addItem(tr("All statuses (all)"), int(PaymentStatusFilter::All));
    m_statusCombo->addItem(tr("Not paid (ready)"), int(PaymentStatusFilter::Ready));
    m_statusCombo->addItem(tr("Paid (paid)"), int(PaymentStatusFilter::Paid));
    m_statusCombo->addItem(tr("Cancelled (cancelled)"), int(PaymentStatusFilter::Cancelled));
    m_statusCombo->addItem(tr("Failed (failed)"), int(PaymentStatusFilter::Failed));
    m_statusCombo->setToolTip(tr("PortOne matches the range against the time of each payment's "
                                 "status: started for ready, paid, cancelled or failed."));

    for (QDateEdit *edit : { m_fromEdit, m_toEdit }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_fromEdit->setObjectName(QStringLiteral("searchFromDateEdit"));
    m_toEdit->setObjectName(QStringLiteral("searchToDateEdit"));
    m_zoneCombo->setObjectName(QStringLiteral("searchZoneComboBox"));
    const QDate today = clock.now().toTimeZone(TimeZoneCombo::korea()).date();
    setRange(today.addDays(-29), today);

    m_sortingCombo->setObjectName(QStringLiteral("searchSortingComboBox"));
    PaymentLookupForm::addSortings(m_sortingCombo);
    m_searchButton->setObjectName(QStringLiteral("searchButton"));
    m_searchButton->setDefault(true);

    auto *range = new QWidget(this);
    auto *rangeLayout = new QHBoxLayout(range);
    rangeLayout->setContentsMargins(0, 0, 0, 0);
    rangeLayout->addWidget(m_fromEdit);
    rangeLayout->addWidget(new QLabel(QStringLiteral("–"), range));
    rangeLayout->addWidget(m_toEdit);
    rangeLayout->addStretch(1);
    m_fromEdit->setAccessibleName(tr("From (first day)"));
    m_toEdit->setAccessibleName(tr("To (last day)"));

    // The choices keep their own width, at the left; the note below the days uses the row.
    for (QComboBox *combo :
         { m_statusCombo, static_cast<QComboBox *>(m_zoneCombo), m_sortingCombo })
        combo->setMaximumWidth(combo->sizeHint().width());

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_messages->addRow(form, QStringLiteral("payment_status"), tr("Status:"), m_statusCombo);
    auto *rangeNote = new QLabel(
        tr("Whole days, both included. Any length: PortOne is asked 90 days at a time."), this);
    rangeNote->setWordWrap(true);
    m_messages->addRow(form, QStringLiteral("to"), tr("Days:"), range, nullptr, rangeNote);
    m_messages->addRow(form, QStringLiteral("zone"), tr("Time zone:"), m_zoneCombo);
    m_messages->addRow(form, QStringLiteral("sorting"), tr("Sorting:"), m_sortingCombo,
                       m_searchButton);

    connect(m_searchButton, &QPushButton::clicked, this, &PaymentSearchForm::searchRequested);
    for (QDateEdit *edit : { m_fromEdit, m_toEdit })
        connect(edit, &QDateEdit::dateChanged, this,
                [this] { m_messages->set(QStringLiteral("to"), std::nullopt); });
    QWidget *order[]
        = { m_statusCombo, m_fromEdit, m_toEdit, m_zoneCombo, m_sortingCombo, m_searchButton };
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
}

QTimeZone PaymentSearchForm::timeZone() const
{
    return m_zoneCombo->timeZone();
}

std::optional<PaymentSearchCriteria> PaymentSearchForm::criteria()
{
    const QDate from = m_fromEdit->date();
    const QDate to = m_toEdit->date();
    if (to < from) {
        m_messages->show(
            { { QStringLiteral("to"), tr("The last day must be on or after the first day.") } });
        return std::nullopt;
    }
    m_messages->clear();
    PaymentSearchCriteria criteria;
    criteria.status = PaymentStatusFilter(m_statusCombo->currentData().toInt());
    const QTimeZone zone = timeZone();
    criteria.from = QDateTime(from, QTime(0, 0), zone);
    criteria.to = QDateTime(to.addDays(1), QTime(0, 0), zone).addSecs(-1);
    criteria.sorting = PaymentSorting(m_sortingCombo->currentData().toInt());
    return criteria;
}

void PaymentSearchForm::setRange(const QDate &from, const QDate &to)
{
    m_fromEdit->setDate(from);
    m_toEdit->setDate(to);
}

void PaymentSearchForm::setRunning(bool running)
{
    m_running = running;
    updateButton();
}

void PaymentSearchForm::setClientAvailable(bool available)
{
    m_clientAvailable = available;
    updateButton();
}

void PaymentSearchForm::updateButton()
{
    m_searchButton->setEnabled(!m_running && m_clientAvailable);
}

} // namespace portone
