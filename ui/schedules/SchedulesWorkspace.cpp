#include "ui/schedules/SchedulesWorkspace.h"

#include "core/api/ScheduleCsv.h"
#include "ui/DeskSession.h"
#include "ui/common/Announce.h"
#include "ui/common/EmptyStateHint.h"
#include "ui/common/ErrorPanel.h"
#include "ui/common/Icons.h"
#include "ui/common/Prompts.h"
#include "ui/schedules/ScheduleActions.h"
#include "ui/schedules/ScheduleRangeForm.h"
#include "ui/schedules/ScheduleTableModel.h"

#include <QCheckBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimeZone>
#include <QVBoxLayout>
#include <tuple>

namespace portone {

const int SchedulesWorkspace::MaxRowsListed = 50'000;

SchedulesWorkspace::SchedulesWorkspace(DeskSession &session, QWidget *parent)
    : Workspace(session, parent)
    , m_form(new ScheduleRangeForm(session.clock(), this))
    , m_errorPanel(new ErrorPanel(this))
    , m_outcomeLabel(new QLabel(this))
    , m_cancelButton(new QPushButton(appIcon(AppIcon::Cancel), tr("Cancel"), this))
    , m_progressBar(new QProgressBar(this))
    , m_countLabel(new QLabel(this))
    , m_exportButton(new QPushButton(appIcon(AppIcon::Export), tr("Export CSV…"), this))
    , m_personalCheck(new QCheckBox(tr("Include personal data"), this))
    , m_model(new ScheduleTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_table(new QTableView(this))
    , m_actions(new ScheduleActions(
          session, [this] { return ScheduleTableModel::selectedSchedules(m_table); }, this))
{
    setObjectName(QStringLiteral("schedulesWorkspace"));
    auto *heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()), this);
    const std::tuple<QWidget *, const char *, QString> named[] = {
        { m_cancelButton, "cancelSchedulesButton", tr("Cancel the listing") },
        { m_progressBar, "schedulesProgressBar", tr("Listing progress") },
        { m_countLabel, "schedulesCountLabel", tr("Schedules listed so far") },
        { m_errorPanel, "schedulesErrorPanel", QString() },
        { m_outcomeLabel, "schedulesOutcomeLabel", tr("Listing outcome") },
        { m_exportButton, "exportSchedulesButton", QString() },
        { m_personalCheck, "exportPersonalCheckBox", QString() },
        { m_table, "schedulesTableView", tr("Scheduled payments of every customer") },
    };
    for (const auto &[widget, name, accessibleName] : named) {
        widget->setObjectName(QLatin1String(name));
        if (!accessibleName.isEmpty())
            widget->setAccessibleName(accessibleName);
    }
    m_outcomeLabel->setWordWrap(true);
    m_outcomeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportButton->setToolTip(tr("Writes the listed schedules, in the table's order, to a CSV "
                                  "file."));
    m_personalCheck->setToolTip(
        tr("Also export customer_id and the buyer's name, email, phone, address and postcode"));
    ScheduleTableModel::showIn(m_table, m_proxy, m_model);
    m_table->horizontalHeader()->setStretchLastSection(true);
    EmptyStateHint::install(m_table,
                            tr("Nothing listed yet. Choose the days and a status, then "
                               "press Load."));

    auto *bar = new QHBoxLayout;
    const QList<QWidget *> barParts { m_cancelButton, m_progressBar, m_countLabel, m_exportButton,
                                      m_personalCheck };
    for (QWidget *part : barParts)
        bar->addWidget(part, part == m_progressBar ? 1 : 0);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_form);
    layout->addLayout(bar);
    layout->addWidget(m_errorPanel);
    layout->addWidget(m_outcomeLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_actions); // on the selected rows, whichever their customers

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, m_actions,
            &ScheduleActions::selectionChanged);
    connect(m_actions, &ScheduleActions::scheduleRefreshed, m_model,
            &ScheduleTableModel::replaceSchedule);
    connect(m_actions, &ScheduleActions::busyChanged, this,
            [this] { setRunning(m_search && m_search->isRunning()); });
    connect(m_exportButton, &QPushButton::clicked, this, &SchedulesWorkspace::chooseExportFile);
    connect(m_cancelButton, &QPushButton::clicked, this, &SchedulesWorkspace::cancel);
    connect(m_form, &ScheduleRangeForm::loadRequested, this, &SchedulesWorkspace::load);
    connect(&session, &DeskSession::activeProfileChanged, this,
            &SchedulesWorkspace::resetForProfile);
    resetForProfile();
}

QString SchedulesWorkspace::pageTitle()
{
    return tr("Schedules");
}

bool SchedulesWorkspace::isBusy() const
{
    return (m_search && m_search->isRunning()) || m_actions->isBusy();
}

void SchedulesWorkspace::load()
{
    if (isBusy() || !session().client())
        return;
    const std::optional<ScheduleSweepRequest> request = m_form->request();
    if (!request)
        return;
    m_errorPanel->clear();
    m_outcomeLabel->clear();
    m_model->clear();
    m_listingEnd.reset();
    m_stoppedAtLimit = false;
    m_search = std::make_unique<ScheduleSearch>(session().client());
    connect(m_search.get(), &ScheduleSearch::pageArrived, this, &SchedulesWorkspace::onPage);
    connect(m_search.get(), &ScheduleSearch::progressChanged, this,
            &SchedulesWorkspace::onProgress);
    connect(m_search.get(), &ScheduleSearch::finished, this, &SchedulesWorkspace::onFinished);
    setRunning(true);
    m_progressBar->setRange(0, 0);
    m_countLabel->setText(tr("%n schedule(s) so far", nullptr, 0));
    m_search->start(*request);
}

void SchedulesWorkspace::cancel()
{
    if (m_search && m_search->isRunning())
        m_search->cancel();
    m_actions->cancel();
}

void SchedulesWorkspace::onPage(const QList<Schedule> &schedules)
{
    m_model->appendSchedules(schedules.mid(0, MaxRowsListed - m_model->rowCount()));
    // The columns follow the rows while they are few; a long listing is measured at its end.
    if (m_model->rowCount() <= 2000)
        m_table->resizeColumnsToContents();
    if (m_model->rowCount() >= MaxRowsListed) {
        m_stoppedAtLimit = true;
        m_search->cancel();
    }
}

void SchedulesWorkspace::onProgress(int received, int windowsDone, int windowCount)
{
    m_progressBar->setRange(0, std::max(windowCount, 1));
    m_progressBar->setValue(windowsDone);
    m_progressBar->setFormat(
        tr("Window %1 of %2 (3 months each)").arg(windowsDone).arg(windowCount));
    m_countLabel->setText(tr("%n schedule(s) so far", nullptr, received));
}

void SchedulesWorkspace::onFinished(ScheduleSearch::End end)
{
    setRunning(false);
    m_listingEnd = end;
    const int listed = m_model->rowCount();
    m_countLabel->setText(tr("%n schedule(s)", nullptr, listed));
    QString text;
    switch (end) {
    case ScheduleSearch::End::Finished:
        m_progressBar->setValue(m_progressBar->maximum());
        text = tr("Found %n schedule(s).", nullptr, listed);
        break;
    case ScheduleSearch::End::Cancelled:
        text = m_stoppedAtLimit
            ? tr("The listing stopped at %1 schedules, the most the table holds; choose fewer "
                 "days or a status for the rest.")
                  .arg(QLocale().toString(listed))
            : tr("Listing cancelled after %n schedule(s); those are shown.", nullptr, listed);
        break;
    case ScheduleSearch::End::Failed:
        if (m_search->failure())
            m_errorPanel->showError(*m_search->failure());
        text = tr("The listing stopped on the error above after %n schedule(s); those are shown.",
                  nullptr, listed);
        break;
    }
    if (end != ScheduleSearch::End::Finished && listed > 0)
        text += u' ' + tr("An export of them is marked incomplete.");
    showOutcome(text);
    m_table->resizeColumnsToContents(); // QHeaderView measures the first 1000 rows at most
    m_actions->selectionChanged();
}

QList<Schedule> SchedulesWorkspace::listedInTableOrder() const
{
    QList<Schedule> listed;
    listed.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        listed << m_model->schedule(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    return listed;
}

void SchedulesWorkspace::chooseExportFile()
{
    if (isBusy() || m_model->rowCount() == 0)
        return;
    const std::optional<ScheduleSweepRequest> request = m_form->request();
    QString suggested = QStringLiteral("schedules.csv");
    if (request)
        suggested
            = QStringLiteral("schedules-%1-%2.csv")
                  .arg(
                      request->from.toTimeZone(m_form->timeZone()).toString(u"yyyyMMdd"),
                      request->to.addSecs(-1).toTimeZone(m_form->timeZone()).toString(u"yyyyMMdd"));
    const std::optional<QString> path = session().prompts().chooseFileToSave(
        this, { tr("Export schedules"), tr("CSV files (*.csv)"), suggested });
    if (path)
        exportTo(*path);
}

void SchedulesWorkspace::exportTo(const QString &path)
{
    const bool complete = m_listingEnd == ScheduleSearch::End::Finished;
    const QList<Schedule> listed = listedInTableOrder();
    const schedulecsv::Written written
        = schedulecsv::writeFile(path, listed, m_personalCheck->isChecked(), complete);
    const QString file = QDir::toNativeSeparators(written.path);
    if (!written.problem.isEmpty()) {
        showOutcome(tr("Could not write %1: %2").arg(file, written.problem));
        return;
    }
    const int rows = int(listed.size());
    if (complete)
        showOutcome(tr("Exported %n schedule(s) to %1.", nullptr, rows).arg(file));
    else
        showOutcome(tr("The listing was not complete: %1 holds only the %n schedule(s) listed, "
                       "and its name says it is INCOMPLETE.",
                       nullptr, rows)
                        .arg(file));
}

// Another merchant's schedules are dropped, and a running listing ends without a word: the
// operator chose to leave.
void SchedulesWorkspace::resetForProfile()
{
    if (m_search) {
        disconnect(m_search.get(), nullptr, this, nullptr);
        m_search.reset();
    }
    m_listingEnd.reset();
    m_actions->reset();
    setRunning(false);
    m_model->clear();
    m_errorPanel->clear();
    m_outcomeLabel->clear();
    m_countLabel->clear();
    m_progressBar->setRange(0, 1);
    m_progressBar->setValue(0);
    m_progressBar->setFormat(QString());
    if (!session().client())
        showOutcome(tr("No profile is active. Choose a profile to list schedules."));
}

// running: a listing; the actions' calls also keep a new listing from starting.
void SchedulesWorkspace::setRunning(bool running)
{
    m_form->allowLoading(!running && !m_actions->isBusy() && session().client() != nullptr);
    m_cancelButton->setEnabled(running);
    m_exportButton->setEnabled(!running && m_model->rowCount() > 0);
    m_actions->setBlocked(running);
}

void SchedulesWorkspace::showOutcome(const QString &text)
{
    m_outcomeLabel->setText(text);
    announceStatus(m_outcomeLabel, text);
}

} // namespace portone
