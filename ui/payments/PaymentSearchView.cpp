#include "ui/payments/PaymentSearchView.h"

#include "ui/DeskSession.h"
#include "ui/common/Announce.h"
#include "ui/common/EmptyStateHint.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/Icons.h"
#include "ui/common/Prompts.h"
#include "ui/payments/PaymentDetailPanel.h"
#include "ui/payments/PaymentSearchForm.h"
#include "ui/payments/PaymentTableModel.h"
#include "ui/payments/RefundPane.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace portone {

// The table keeps every row it shows (with its raw answer, a few KB each): beyond this many the
// count goes on and the export writes them all, but the table stops growing.
const int PaymentSearchView::MaxRowsShown = 10'000;

PaymentSearchView::PaymentSearchView(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_form(new PaymentSearchForm(session.clock(), this))
    , m_cancelButton(new QPushButton(appIcon(AppIcon::Cancel), tr("Cancel"), this))
    , m_progressBar(new QProgressBar(this))
    , m_countLabel(new QLabel(this))
    , m_errorPanel(new ErrorPanel(this))
    , m_outcomeLabel(new QLabel(this))
    , m_exportButton(new QPushButton(appIcon(AppIcon::Export), tr("Export to CSV…"), this))
    , m_personalCheck(new QCheckBox(tr("Include personal data (buyer name, email, phone, "
                                       "address)"),
                                    this))
    , m_model(new PaymentTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_refundPane(new RefundPane(session, this))
    , m_detailPanel(m_refundPane->detailPanel())
{
    setObjectName(QStringLiteral("paymentSearchView"));
    m_cancelButton->setObjectName(QStringLiteral("cancelSearchButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the search or export"));
    m_progressBar->setObjectName(QStringLiteral("searchProgressBar"));
    m_progressBar->setAccessibleName(tr("Search progress"));
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_progressBar->setFormat(QString());
    m_countLabel->setObjectName(QStringLiteral("searchCountLabel"));
    m_countLabel->setAccessibleName(tr("Payments found so far"));
    m_errorPanel->setObjectName(QStringLiteral("searchErrorPanel"));
    m_outcomeLabel->setObjectName(QStringLiteral("searchOutcomeLabel"));
    m_outcomeLabel->setAccessibleName(tr("Search outcome"));
    m_outcomeLabel->setWordWrap(true);
    m_outcomeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_personalCheck->setObjectName(QStringLiteral("exportPersonalCheckBox"));
    m_exportButton->setObjectName(QStringLiteral("exportSearchButton"));
    m_exportButton->setToolTip(tr("Runs this search again straight into a CSV file, page by "
                                  "page: every payment found, not only those in the table."));

    m_table->setObjectName(QStringLiteral("searchTableView"));
    m_table->setAccessibleName(tr("Payments found by the search"));
    PaymentTableModel::showIn(m_table, m_proxy, m_model);
    EmptyStateHint::install(m_table,
                            tr("No search yet. Choose a status and the days, then press Search."));

    auto *status = new QHBoxLayout;
    status->addWidget(m_cancelButton);
    status->addWidget(m_progressBar, 1);
    status->addWidget(m_countLabel);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportButton);
    exportRow->addWidget(m_personalCheck);
    exportRow->addStretch(1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("searchSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(m_refundPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 560, 460 });
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form);
    layout->addLayout(status);
    layout->addWidget(m_errorPanel);
    layout->addWidget(m_outcomeLabel);
    layout->addLayout(exportRow);
    layout->addWidget(splitter, 1);

    connect(m_form, &PaymentSearchForm::searchRequested, this, &PaymentSearchView::search);
    connect(m_cancelButton, &QPushButton::clicked, this, &PaymentSearchView::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, &PaymentSearchView::exportToCsv);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PaymentSearchView::showSelectedPayment);
    connect(m_refundPane, &RefundPane::paymentLookedUp, m_model,
            &PaymentTableModel::replacePayment);
    connect(&session, &DeskSession::activeProfileChanged, this,
            &PaymentSearchView::resetForProfile);
    resetForProfile();
}

// The jobs are ended without their signals: nothing to report on a closing view.
PaymentSearchView::~PaymentSearchView()
{
    if (m_export)
        disconnect(m_export.get(), nullptr, this, nullptr);
    if (m_search)
        disconnect(m_search.get(), nullptr, this, nullptr);
    if (m_export)
        m_export->cancel(); // closes the file, named as incomplete
}

void PaymentSearchView::search()
{
    if (isBusy() || !m_session.client())
        return;
    const std::optional<PaymentSearchCriteria> criteria = m_form->criteria();
    if (!criteria)
        return;
    m_errorPanel->clear();
    m_detailPanel->clear();
    m_model->clear();
    m_outcomeLabel->clear();
    m_search = std::make_unique<PaymentSearch>(m_session.client());
    connect(m_search.get(), &PaymentSearch::pageArrived, this, &PaymentSearchView::onPage);
    connect(m_search.get(), &PaymentSearch::progressChanged, this, &PaymentSearchView::onProgress);
    connect(m_search.get(), &PaymentSearch::finished, this, &PaymentSearchView::onSearchFinished);
    setRunning(true);
    onProgress(0, -1);
    m_search->start(*criteria);
}

void PaymentSearchView::exportToCsv()
{
    if (isBusy() || !m_session.client())
        return;
    const std::optional<PaymentSearchCriteria> criteria = m_form->criteria();
    if (!criteria)
        return;
    const QString suggested
        = QStringLiteral("payments-%1-%2.csv")
              .arg(criteria->from.toTimeZone(m_form->timeZone()).toString(u"yyyyMMdd"),
                   criteria->to.toTimeZone(m_form->timeZone()).toString(u"yyyyMMdd"));
    const std::optional<QString> path = m_session.prompts().chooseFileToSave(
        this, { tr("Export payments"), tr("CSV files (*.csv)"), suggested });
    if (!path)
        return;
    m_errorPanel->clear();
    m_export = std::make_unique<PaymentExport>(m_session.client());
    connect(m_export.get(), &PaymentExport::progressChanged, this, &PaymentSearchView::onProgress);
    connect(m_export.get(), &PaymentExport::finished, this, &PaymentSearchView::onExportFinished);
    if (!m_export->start(*criteria, *path, m_personalCheck->isChecked())) {
        showOutcome(tr("Could not write %1: %2")
                        .arg(QDir::toNativeSeparators(PaymentCsvFile::incompletePath(*path)),
                             m_export->openProblem()));
        m_export.reset();
        return;
    }
    setRunning(true);
    onProgress(0, -1);
    showOutcome(tr("Exporting to %1…").arg(QDir::toNativeSeparators(*path)));
}

void PaymentSearchView::onPage(const QList<Payment> &payments)
{
    const int room = MaxRowsShown - m_model->rowCount();
    if (room <= 0)
        return;
    const bool first = m_model->rowCount() == 0;
    m_model->appendPayments(payments.mid(0, room));
    if (first) {
        m_table->resizeColumnsToContents();
        m_table->selectRow(0);
    }
}

void PaymentSearchView::onProgress(qint64 received, int expected)
{
    if (expected < 0) {
        m_progressBar->setRange(0, 0); // windows still unanswered: the total is not known yet
    } else {
        m_progressBar->setRange(0, std::max(expected, 1));
        m_progressBar->setValue(int(std::min<qint64>(received, expected)));
        m_progressBar->setFormat(QStringLiteral("%p%"));
    }
    m_countLabel->setText(countText(received, expected));
}

QString PaymentSearchView::countText(qint64 received, int expected) const
{
    if (expected < 0)
        return tr("%n payment(s) so far", nullptr, int(received));
    return tr("%1 of %n payment(s)", nullptr, expected).arg(QLocale().toString(received));
}

void PaymentSearchView::onSearchFinished(PaymentSearch::End end)
{
    setRunning(false);
    const int received = m_search->received();
    const std::optional<ApiError> failure = m_search->failure();
    if (end == PaymentSearch::End::Failed && failure && failure->kind == ApiError::Kind::Cancelled)
        end = PaymentSearch::End::Cancelled;
    onProgress(received, end == PaymentSearch::End::Finished ? received : m_search->expected());
    QString text;
    switch (end) {
    case PaymentSearch::End::Finished:
        text = tr("Found %n payment(s).", nullptr, received);
        break;
    case PaymentSearch::End::Cancelled:
        text = tr("Search cancelled after %n payment(s); those are shown.", nullptr, received);
        break;
    case PaymentSearch::End::Failed:
        m_errorPanel->showError(*failure);
        text = tr("The search stopped on the error above after %n payment(s); those are shown.",
                  nullptr, received);
        break;
    }
    if (received > MaxRowsShown)
        text += u' '
            + tr("The table shows the first %1; export to CSV for all of them.")
                  .arg(QLocale().toString(MaxRowsShown));
    showOutcome(text);
}

void PaymentSearchView::onExportFinished(const PaymentExport::Outcome &outcome)
{
    setRunning(false);
    const QString file = QDir::toNativeSeparators(outcome.path);
    const int rows = int(outcome.rows);
    if (outcome.complete) {
        onProgress(rows, rows);
        showOutcome(tr("Export complete: %n payment(s) in %1.", nullptr, rows).arg(file));
        return;
    }
    const bool cancelled = outcome.end == PaymentSearch::End::Cancelled
        || (outcome.failure && outcome.failure->kind == ApiError::Kind::Cancelled);
    if (outcome.failure && !cancelled)
        m_errorPanel->showError(*outcome.failure);
    QString why = cancelled ? tr("Export cancelled.") : tr("Export stopped on the error above.");
    if (!outcome.writeProblem.isEmpty())
        why = tr("Export stopped: the file could not be written (%1).").arg(outcome.writeProblem);
    showOutcome(
        why + u' '
        + tr("The file is INCOMPLETE: %1 holds only the first %n payment(s).", nullptr, rows)
              .arg(file));
}

void PaymentSearchView::cancel()
{
    if (m_search && m_search->isRunning())
        m_search->cancel();
    if (m_export && m_export->isRunning())
        m_export->cancel();
    m_refundPane->cancel();
}

bool PaymentSearchView::isBusy() const
{
    return (m_search && m_search->isRunning()) || (m_export && m_export->isRunning())
        || m_refundPane->isBusy();
}

// Another merchant's results are dropped, and a running search or export ends without a word:
// the operator chose to leave. An export's file is closed, named as incomplete.
void PaymentSearchView::resetForProfile()
{
    if (m_search) {
        disconnect(m_search.get(), nullptr, this, nullptr);
        m_search.reset();
    }
    if (m_export) {
        disconnect(m_export.get(), nullptr, this, nullptr);
        m_export->cancel();
        m_export.reset();
    }
    setRunning(false);
    m_model->clear();
    m_detailPanel->clear();
    m_refundPane->reconnect();
    m_errorPanel->clear();
    m_outcomeLabel->clear();
    m_countLabel->clear();
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_progressBar->setFormat(QString());
    m_form->setClientAvailable(m_session.client() != nullptr);
    if (!m_session.client())
        showOutcome(tr("No profile is active. Choose a profile to search payments."));
}

void PaymentSearchView::setRunning(bool running)
{
    m_form->setRunning(running);
    m_cancelButton->setEnabled(running);
    const bool available = m_session.client() != nullptr;
    m_exportButton->setEnabled(!running && available);
    m_personalCheck->setEnabled(!running);
}

void PaymentSearchView::showSelectedPayment()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (current.isValid())
        m_detailPanel->showPayment(m_model->payment(current.row()));
    else
        m_detailPanel->clear();
}

void PaymentSearchView::showOutcome(const QString &text)
{
    m_outcomeLabel->setText(text);
    announceStatus(m_outcomeLabel, text);
}

} // namespace portone
