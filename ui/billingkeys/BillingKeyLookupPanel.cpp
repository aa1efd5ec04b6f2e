#include "ui/billingkeys/BillingKeyLookupPanel.h"

#include "core/api/BillingKeyBatchLookup.h"
#include "ui/DeskSession.h"
#include "ui/billingkeys/BillingKeyIdInput.h"
#include "ui/billingkeys/BillingKeyResultsModel.h"
#include "ui/billingkeys/BillingKeyResultsView.h"
#include "ui/common/Announce.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/Icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace portone {

using Status = BillingKeyResultsModel::Status;

BillingKeyLookupPanel::BillingKeyLookupPanel(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new BillingKeyResultsModel(this))
    , m_idInput(new BillingKeyIdInput(session, this))
    , m_lookUpButton(new QPushButton(tr("Look up"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_progressBar(new QProgressBar(this))
    , m_countsLabel(new QLabel(this))
    , m_errorPanel(new ErrorPanel(this))
    , m_results(new BillingKeyResultsView(session, *m_model, this))
{
    m_lookUpButton->setObjectName(QStringLiteral("lookUpButton"));
    m_lookUpButton->setIcon(appIcon(AppIcon::LookUp));
    m_lookUpButton->setAccessibleName(tr("Look up billing keys"));
    m_lookUpButton->setAccessibleDescription(
        tr("Looks up every customer_uid in the field above (Enter)"));
    m_lookUpButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelLookupButton"));
    m_cancelButton->setIcon(appIcon(AppIcon::Cancel));
    m_cancelButton->setAccessibleName(tr("Cancel the look-up"));
    m_progressBar->setObjectName(QStringLiteral("lookupProgressBar"));
    m_progressBar->setAccessibleName(tr("Look-up progress"));
    showIdleProgress();
    m_countsLabel->setObjectName(QStringLiteral("lookupCountsLabel"));
    m_countsLabel->setAccessibleName(tr("Found and missing counts"));
    m_errorPanel->setObjectName(QStringLiteral("lookupErrorPanel"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_lookUpButton);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_progressBar, 1);
    buttons->addWidget(m_countsLabel);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("customer_uids:"), this));
    layout->addWidget(m_idInput);
    layout->addLayout(buttons);
    layout->addWidget(m_errorPanel);
    layout->addWidget(m_results, 1);
    setTabOrder(m_idInput, m_lookUpButton);
    setTabOrder(m_lookUpButton, m_cancelButton);

    connect(m_lookUpButton, &QPushButton::clicked, this, &BillingKeyLookupPanel::lookUp);
    connect(m_cancelButton, &QPushButton::clicked, this, &BillingKeyLookupPanel::cancel);
    connect(m_idInput, &BillingKeyIdInput::idsChanged, this, [this](int count) {
        m_lookUpButton->setEnabled(count > 0 && !isLookupRunning() && !m_idInput->isImporting());
    });
    connect(m_idInput, &BillingKeyIdInput::importFailed, this,
            [this](const QString &message) { m_countsLabel->setText(message); });
    connect(m_results, &BillingKeyResultsView::lookUpAgainRequested, this,
            &BillingKeyLookupPanel::lookUpAgain);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &BillingKeyLookupPanel::updateCounts);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BillingKeyLookupPanel::updateCounts);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BillingKeyLookupPanel::updateCounts);
    // Results of another merchant are dropped on a profile switch.
    connect(&m_session, &DeskSession::activeProfileChanged, this,
            &BillingKeyLookupPanel::resetForProfile);
    setRunning(false);
    m_lookUpButton->setEnabled(false);
    updateCounts();
}

BillingKeyLookupPanel::~BillingKeyLookupPanel() = default;

void BillingKeyLookupPanel::lookUp()
{
    if (isLookupRunning() || m_idInput->isImporting())
        return;
    const QStringList ids = m_idInput->ids();
    if (ids.isEmpty())
        return;
    m_results->clearDetail();
    m_model->clear();
    run(ids);
}

void BillingKeyLookupPanel::lookUpAgain(const QStringList &customerUids)
{
    if (customerUids.isEmpty() || isLookupRunning())
        return;
    run(customerUids);
}

void BillingKeyLookupPanel::run(const QStringList &customerUids)
{
    m_errorPanel->clear();
    m_lookup = std::make_unique<BillingKeyBatchLookup>(m_session.client());
    BillingKeyBatchLookup *lookup = m_lookup.get();
    connect(lookup, &BillingKeyBatchLookup::batchFinished, this,
            [this](const QList<BillingKey> &found, const QStringList &missing) {
                m_model->setFound(found);
                m_model->setMissing(missing);
            });
    connect(lookup, &BillingKeyBatchLookup::batchFailed, this,
            [this](const QStringList &ids, const ApiError &error) {
                m_model->setFailed(ids, error);
                m_errorPanel->showError(error);
            });
    connect(lookup, &BillingKeyBatchLookup::progressChanged, this, [this](int done, int total) {
        m_progressBar->setRange(0, total);
        m_progressBar->setValue(done);
    });
    connect(lookup, &BillingKeyBatchLookup::paused, this, [this](int seconds) {
        m_progressBar->setFormat(
            tr("%v / %m · PortOne asked to slow down (HTTP 429): resuming in %n second(s)…",
               nullptr, seconds));
        announceStatus(m_progressBar, m_progressBar->text());
    });
    connect(lookup, &BillingKeyBatchLookup::resumed, this,
            [this] { m_progressBar->setFormat(tr("%v / %m")); });
    connect(lookup, &BillingKeyBatchLookup::finished, this, &BillingKeyLookupPanel::onFinished);
    m_progressBar->setFormat(tr("%v / %m"));
    m_progressBar->setRange(0, int(customerUids.size()));
    m_progressBar->setValue(0);
    setRunning(true);
    lookup->start(customerUids);
}

void BillingKeyLookupPanel::onFinished(bool cancelled)
{
    setRunning(false);
    if (cancelled)
        m_countsLabel->setText(m_countsLabel->text() + u' ' + tr("(cancelled)"));
    announceStatus(m_countsLabel, m_countsLabel->text());
}

void BillingKeyLookupPanel::cancel()
{
    if (m_lookup)
        m_lookup->cancel();
    m_results->cancel();
}

bool BillingKeyLookupPanel::isLookupRunning() const
{
    return m_lookup && m_lookup->isRunning();
}

bool BillingKeyLookupPanel::isBusy() const
{
    return isLookupRunning() || m_results->isBusy();
}

void BillingKeyLookupPanel::showRegisteredKey(const BillingKey &key)
{
    m_model->setFound({ key });
}

void BillingKeyLookupPanel::updateCounts()
{
    m_countsLabel->setText(tr("Found: %1 · Not found or no access: %2 · Failed: %3")
                               .arg(m_model->count(Status::Found))
                               .arg(m_model->count(Status::Missing))
                               .arg(m_model->count(Status::Failed)));
}

void BillingKeyLookupPanel::setRunning(bool running)
{
    m_lookUpButton->setEnabled(!running && !m_idInput->isImporting()
                               && !m_idInput->ids().isEmpty());
    m_cancelButton->setEnabled(running);
    m_results->setLookupRunning(running);
}

void BillingKeyLookupPanel::resetForProfile()
{
    cancel();
    m_lookup.reset();
    m_results->clearDetail();
    m_model->clear();
    m_errorPanel->clear();
    showIdleProgress();
}

// Before the first look-up there is nothing to count: an empty bar, no "0 / 1".
void BillingKeyLookupPanel::showIdleProgress()
{
    m_progressBar->setFormat(QString());
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
}

} // namespace portone
