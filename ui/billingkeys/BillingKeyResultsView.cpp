#include "ui/billingkeys/BillingKeyResultsView.h"

#include "ui/DeskSession.h"
#include "ui/billingkeys/BillingKeyCsvExport.h"
#include "ui/billingkeys/BillingKeyResultsModel.h"
#include "ui/billingkeys/detail/BillingKeyDetailPanel.h"
#include "ui/billingkeys/edit/BillingKeyDeletion.h"
#include "ui/common/Announce.h"
#include "ui/common/EmptyStateHint.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/Icons.h"
#include "ui/common/OutcomeNotice.h"
#include "ui/common/ReadOnlyNotice.h"
#include "ui/common/RequestLifecycle.h"
#include "ui/common/RequestProgress.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace portone {

using Status = BillingKeyResultsModel::Status;

BillingKeyResultsView::BillingKeyResultsView(DeskSession &session, BillingKeyResultsModel &model,
                                             QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(model)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_statusFilterCombo(new QComboBox(this))
    , m_retryButton(new QPushButton(tr("Retry the missing"), this))
    , m_personalCheck(new QCheckBox(tr("Include personal data"), this))
    , m_exportButton(new QPushButton(tr("Export CSV…"), this))
    , m_deleteButton(new QPushButton(tr("Delete selected…"), this))
    , m_deletionLabel(new QLabel(this))
    , m_outcomeNotice(new OutcomeNotice(tr("Look up this customer_uid"), this))
    , m_table(new QTableView(this))
    , m_detail(new BillingKeyDetailPanel(session, this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
{
    // The deletion's requests: created before the deletion, so they go (and their answers are
    // dropped with them) before it does.
    auto *deletionRequests
        = RequestLifecycle::forPanel(session.connection(), this, QStringLiteral("deletion"));
    m_deletion = new BillingKeyDeletion(session, *deletionRequests, this);
    m_statusFilterCombo->setObjectName(QStringLiteral("statusFilterComboBox"));
    m_statusFilterCombo->setAccessibleName(tr("Show"));
    m_statusFilterCombo->addItem(tr("All"), QString());
    m_statusFilterCombo->addItem(tr("Found"), BillingKeyResultsModel::statusCode(Status::Found));
    m_statusFilterCombo->addItem(tr("Not found or no access"),
                                 BillingKeyResultsModel::statusCode(Status::Missing));
    m_statusFilterCombo->addItem(tr("Failed"), BillingKeyResultsModel::statusCode(Status::Failed));
    m_retryButton->setObjectName(QStringLiteral("retryMissingButton"));
    m_retryButton->setIcon(appIcon(AppIcon::Refresh));
    m_retryButton->setAccessibleName(m_retryButton->text());
    m_retryButton->setToolTip(tr("Look up the not found and failed customer_uids again"));
    m_personalCheck->setObjectName(QStringLiteral("includePersonalCheckBox"));
    m_personalCheck->setAccessibleName(m_personalCheck->text());
    m_personalCheck->setToolTip(
        tr("Also export customer name, phone, email, address and postcode"));
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_exportButton->setIcon(appIcon(AppIcon::Export));
    m_exportButton->setAccessibleName(m_exportButton->text());
    m_deleteButton->setObjectName(QStringLiteral("deleteSelectedButton"));
    m_deleteButton->setIcon(appIcon(AppIcon::Delete));
    m_deleteButton->setAccessibleName(m_deleteButton->text());
    m_deletionLabel->setObjectName(QStringLiteral("deletionSummaryLabel"));
    m_deletionLabel->setAccessibleName(tr("Deletion result"));
    m_deletionLabel->setWordWrap(true);
    m_deletionLabel->hide();
    m_outcomeNotice->label()->setObjectName(QStringLiteral("deletionOutcomeNoticeLabel"));
    m_outcomeNotice->lookUpButton()->setObjectName(QStringLiteral("lookUpDeletedKeyButton"));
    m_detail->setObjectName(QStringLiteral("billingKeyDetailPanel"));

    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(BillingKeyResultsModel::SortRole);
    m_proxy->setFilterRole(BillingKeyResultsModel::StatusCodeRole);
    m_proxy->setFilterKeyColumn(BillingKeyResultsModel::StatusColumn);
    m_table->setObjectName(QStringLiteral("resultsTableView"));
    m_table->setAccessibleName(tr("Look-up results"));
    m_table->setModel(m_proxy);
    EmptyStateHint::install(m_table,
                            tr("No billing keys looked up yet. Paste or type customer_uids above "
                               "(one per line), or import a CSV file, then press Look up."));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // arrival order until the operator sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setWordWrap(false); // one line per key, however long the PG list
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<std::pair<int, int>> widths {
        { BillingKeyResultsModel::CustomerUidColumn, 170 },
        { BillingKeyResultsModel::StatusColumn, 160 },
        { BillingKeyResultsModel::CardNumberColumn, 170 },
        { BillingKeyResultsModel::PgColumn, 170 },
        { BillingKeyResultsModel::CustomerNameColumn, 120 },
        { BillingKeyResultsModel::RegisteredColumn, 150 },
        { BillingKeyResultsModel::UpdatedColumn, 150 },
    };
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);

    auto *actions = new QHBoxLayout;
    auto *showLabel = new QLabel(tr("Show:"), this);
    showLabel->setBuddy(m_statusFilterCombo);
    actions->addWidget(showLabel);
    actions->addWidget(m_statusFilterCombo);
    actions->addWidget(m_retryButton);
    actions->addStretch();
    auto *readOnly = new ReadOnlyNotice(session, this);
    actions->addWidget(readOnly->guard(m_deleteButton));
    actions->addWidget(m_personalCheck);
    actions->addWidget(m_exportButton);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(actions);
    topLayout->addWidget(readOnly);
    topLayout->addWidget(deletionRequests->progress());
    topLayout->addWidget(m_deletionLabel);
    topLayout->addWidget(deletionRequests->errorPanel());
    topLayout->addWidget(m_outcomeNotice);
    topLayout->addWidget(m_table, 1);
    m_splitter->setObjectName(QStringLiteral("billingKeyResultsSplitter"));
    m_splitter->addWidget(top);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 600, 400 }); // scaled to the available height; the table first
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    setTabOrder(m_statusFilterCombo, m_retryButton);
    setTabOrder(m_retryButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_personalCheck);
    setTabOrder(m_personalCheck, m_exportButton);
    setTabOrder(m_exportButton, m_table);

    connect(m_statusFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString code = m_statusFilterCombo->currentData().toString();
        m_proxy->setFilterRegularExpression(
            code.isEmpty() ? QString() : u'^' + QRegularExpression::escape(code) + u'$');
    });
    connect(m_retryButton, &QPushButton::clicked, this, [this] {
        const QStringList ids
            = m_model.customerUids(Status::Missing) + m_model.customerUids(Status::Failed);
        if (!ids.isEmpty())
            Q_EMIT lookUpAgainRequested(ids);
    });
    connect(m_exportButton, &QPushButton::clicked, this, &BillingKeyResultsView::chooseExportFile);
    connect(m_deleteButton, &QPushButton::clicked, this,
            [this] { deleteKeys(selectedCustomerUids()); });
    connect(m_detail, &BillingKeyDetailPanel::deleteRequested, this,
            [this](const QString &uid) { deleteKeys({ uid }); });
    connect(m_deletion, &BillingKeyDeletion::progress, this,
            [this](int done, int total, const QString &message) {
                m_deletionLabel->setText(
                    tr("Deleting %1 of %2: %3").arg(done).arg(total).arg(message));
                announceStatus(m_deletionLabel, m_deletionLabel->text());
                m_deletionLabel->show();
            });
    connect(m_deletion, &BillingKeyDeletion::finished, this,
            &BillingKeyResultsView::onDeletionFinished);
    connect(m_deletion, &BillingKeyDeletion::outcomeUnknown, this,
            &BillingKeyResultsView::showOutcomeUnknown);
    connect(m_outcomeNotice->lookUpButton(), &QPushButton::clicked, this, [this] {
        m_outcomeNotice->hide();
        Q_EMIT lookUpAgainRequested({ m_unknownUid });
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        showCurrentRow();
        updateActions();
    });
    connect(&m_model, &QAbstractItemModel::rowsInserted, this,
            &BillingKeyResultsView::updateActions);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &BillingKeyResultsView::updateActions);
    connect(&m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                updateActions();
                // Only when the shown key itself changed (re-showing reloads its tabs).
                const QModelIndexList rows = m_table->selectionModel()->selectedRows();
                if (rows.size() != 1)
                    return;
                const int shown = m_proxy->mapToSource(rows.first()).row();
                if (shown >= topLeft.row() && shown <= bottomRight.row())
                    showCurrentRow();
            });
    updateActions();
}

void BillingKeyResultsView::setLookupRunning(bool running)
{
    m_lookupRunning = running;
    updateActions();
}

void BillingKeyResultsView::updateActions()
{
    const bool deleting = m_deletion->isBusy();
    const bool idle = !m_lookupRunning && !deleting;
    m_retryButton->setEnabled(
        idle && (m_model.count(Status::Missing) + m_model.count(Status::Failed)) > 0);
    m_exportButton->setEnabled(m_model.rowCount() > 0);
    m_deleteButton->setEnabled(idle && !selectedCustomerUids().isEmpty());
    m_outcomeNotice->lookUpButton()->setEnabled(idle);
}

QStringList BillingKeyResultsView::selectedCustomerUids() const
{
    QStringList out;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows()) {
        const auto &row = m_model.row(m_proxy->mapToSource(index).row());
        if (row.status == Status::Found)
            out << row.customerUid;
    }
    return out;
}

void BillingKeyResultsView::showCurrentRow()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.size() != 1) {
        m_detail->clear();
        return;
    }
    const auto &row = m_model.row(m_proxy->mapToSource(rows.first()).row());
    if (row.key)
        m_detail->showKey(*row.key);
    else
        m_detail->clear();
}

void BillingKeyResultsView::clearDetail()
{
    m_table->clearSelection();
    m_detail->clear();
}

bool BillingKeyResultsView::isBusy() const
{
    return m_detail->isBusy() || m_deletion->isBusy();
}

void BillingKeyResultsView::cancel()
{
    m_detail->cancel();
    m_deletion->cancel();
}

QString BillingKeyResultsView::exportCsv(const QString &path) const
{
    QList<int> rows;
    for (int i = 0; i < m_proxy->rowCount(); ++i)
        rows << m_proxy->mapToSource(m_proxy->index(i, 0)).row();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(path, file.errorString());
    file.write(billingKeysCsv(m_model, rows, m_personalCheck->isChecked()));
    if (!file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

void BillingKeyResultsView::chooseExportFile()
{
    const std::optional<QString> path = m_session.prompts().chooseFileToSave(
        this,
        { tr("Export billing keys"), tr("CSV files (*.csv)"), QStringLiteral("billing-keys.csv") });
    if (!path)
        return;
    const QString problem = exportCsv(*path);
    m_deletionLabel->setText(problem.isEmpty() ? tr("Exported to %1.").arg(*path) : problem);
    announceStatus(m_deletionLabel, m_deletionLabel->text());
    m_deletionLabel->show();
}

void BillingKeyResultsView::deleteKeys(const QStringList &customerUids)
{
    if (customerUids.isEmpty() || m_lookupRunning || m_deletion->isBusy())
        return; // guarded in code as well as by the disabled button
    m_deletionLabel->hide();
    m_outcomeNotice->hide();
    m_deletion->start(customerUids);
    updateActions();
}

// Kept through a profile switch (going on without the answer ends the deletion this way): the
// operator has to settle it, and the look-up asks the profile then active.
void BillingKeyResultsView::showOutcomeUnknown(const QString &customerUid)
{
    m_unknownUid = customerUid;
    m_outcomeNotice->label()->setText(
        tr("<b>Outcome unknown</b> — the deletion of billing key <b>%1</b> was sent, but its "
           "answer never arrived: the key may or may not be gone. Look it up before deleting it "
           "again.")
            .arg(customerUid.toHtmlEscaped()));
    m_outcomeNotice->show();
}

void BillingKeyResultsView::onDeletionFinished(const QStringList &deleted,
                                               const QStringList &notDeleted,
                                               const QString &summary)
{
    m_model.setMissing(deleted); // re-checked by the deletion: 404 now
    m_deletionLabel->setText(summary);
    announceStatus(m_deletionLabel, m_deletionLabel->text());
    m_deletionLabel->setVisible(!summary.isEmpty());
    updateActions();
    if (!notDeleted.isEmpty())
        Q_EMIT lookUpAgainRequested(notDeleted);
}

} // namespace portone
