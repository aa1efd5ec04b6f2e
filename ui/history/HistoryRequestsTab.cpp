#include "ui/history/HistoryRequestsTab.h"

#include "core/history/CurlCommand.h"
#include "core/history/HistoryStore.h"
#include "ui/DeskSession.h"
#include "ui/history/HistoryTableModel.h"
#include "ui/history/HistoryText.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>
#include <memory>

using namespace Qt::StringLiterals;

namespace portone {

HistoryRequestsTab::HistoryRequestsTab(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new HistoryTableModel(this))
    , m_filter(new HistoryFilterModel(this))
    , m_profileCombo(new QComboBox(this))
    , m_areaCombo(new QComboBox(this))
    , m_outcomeCombo(new QComboBox(this))
    , m_fromEdit(new QDateEdit(this))
    , m_toEdit(new QDateEdit(this))
    , m_searchEdit(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_detail(new QPlainTextEdit(this))
    , m_copyCurlButton(new QPushButton(tr("Copy as curl"), this))
    , m_exportButton(new QPushButton(tr("Export CSV…"), this))
    , m_retentionSpin(new QSpinBox(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(u"historyRequestsTab"_s);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(Qt::UserRole);
    m_profileCombo->setObjectName(u"historyProfileComboBox"_s);
    m_profileCombo->addItem(tr("All profiles"), QString());
    m_areaCombo->setObjectName(u"historyAreaComboBox"_s);
    m_areaCombo->addItem(tr("All workspaces"), QString());
    for (const QString &area : HistoryText::areaIds())
        m_areaCombo->addItem(HistoryText::area(area), area);
    m_outcomeCombo->setObjectName(u"historyOutcomeComboBox"_s);
    m_outcomeCombo->addItem(tr("All outcomes"), QString());
    for (const QString &outcome : HistoryText::outcomeIds())
        m_outcomeCombo->addItem(HistoryText::outcome(outcome), outcome);
    const QDate today = m_session.clock().now().toLocalTime().date();
    for (QDateEdit *edit : { m_fromEdit, m_toEdit }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    }
    m_fromEdit->setObjectName(u"historyFromDateEdit"_s);
    m_toEdit->setObjectName(u"historyToDateEdit"_s);
    m_fromEdit->setDate(today.addDays(-m_session.historyRetentionDays()));
    m_toEdit->setDate(today);
    m_searchEdit->setObjectName(u"historySearchLineEdit"_s);
    m_searchEdit->setClearButtonEnabled(true);
    m_searchEdit->setPlaceholderText(tr("imp_uid, customer_uid, merchant_uid, path, parameter…"));

    m_table->setObjectName(u"historyTableView"_s);
    m_table->setTabKeyNavigation(false); // arrows move between rows; Tab leaves the table
    m_table->setAccessibleName(tr("Recorded requests"));
    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(HistoryTableModel::Time, Qt::DescendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const std::pair<int, int> widths[] = {
        { HistoryTableModel::Time, 135 },      { HistoryTableModel::Profile, 100 },
        { HistoryTableModel::Tier, 45 },       { HistoryTableModel::Area, 100 },
        { HistoryTableModel::Method, 65 },     { HistoryTableModel::Path, 240 },
        { HistoryTableModel::HttpStatus, 50 }, { HistoryTableModel::Code, 50 },
        { HistoryTableModel::Message, 190 },   { HistoryTableModel::Duration, 70 },
        { HistoryTableModel::Outcome, 80 },
    };
    for (const auto &[column, width] : widths)
        m_table->setColumnWidth(column, width);

    m_detail->setObjectName(u"historyDetailTextEdit"_s);
    m_detail->setAccessibleName(tr("Request detail"));
    m_detail->setReadOnly(true);
    m_detail->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_detail->setPlaceholderText(tr("Select a request to see what was sent (masked) and what "
                                    "PortOne answered."));
    m_copyCurlButton->setObjectName(u"copyCurlButton"_s);
    m_copyCurlButton->setToolTip(tr("Copies a curl command that repeats this request, with "
                                    "$PORTONE_TOKEN and placeholders instead of secrets."));
    m_exportButton->setObjectName(u"exportHistoryButton"_s);
    m_exportButton->setAccessibleName(tr("Export the requests shown to CSV"));
    m_retentionSpin->setObjectName(u"historyRetentionSpinBox"_s);
    m_retentionSpin->setRange(1, 3650);
    m_retentionSpin->setSuffix(tr(" days"));
    m_retentionSpin->setValue(m_session.historyRetentionDays());
    m_statusLabel->setObjectName(u"historyStatusLabel"_s);
    buildLayout();

    // One lambda per filter: calling the setter through a captured pointer to member made
    // ASan (GCC 12) report a stack-buffer-underflow in the slot.
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setProfileId(m_profileCombo->currentData().toString());
        updateStatus();
    });
    connect(m_areaCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setArea(m_areaCombo->currentData().toString());
        updateStatus();
    });
    connect(m_outcomeCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setOutcome(m_outcomeCombo->currentData().toString());
        updateStatus();
    });
    connect(m_fromEdit, &QDateEdit::dateChanged, this, &HistoryRequestsTab::applyDates);
    connect(m_toEdit, &QDateEdit::dateChanged, this, &HistoryRequestsTab::applyDates);
    connect(m_searchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setSearchText(text);
        updateStatus();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryRequestsTab::showSelected);
    connect(m_copyCurlButton, &QPushButton::clicked, this, &HistoryRequestsTab::copyCurl);
    connect(m_exportButton, &QPushButton::clicked, this, &HistoryRequestsTab::chooseExportFile);
    connect(m_retentionSpin, &QSpinBox::editingFinished, this, [this] {
        if (m_retentionSpin->value() == m_session.historyRetentionDays())
            return;
        m_session.setHistoryRetentionDays(m_retentionSpin->value());
        m_fromEdit->setDate(
            m_session.clock().now().toLocalTime().date().addDays(-m_retentionSpin->value()));
        reload();
    });
    connect(&m_session.history(), &HistoryStore::recordAppended, this,
            &HistoryRequestsTab::onAppended);
    applyDates();
    showSelected();
}

HistoryRequestsTab::~HistoryRequestsTab()
{
    if (m_loader) {
        m_loader->wait();
        delete m_loader.data();
    }
}

void HistoryRequestsTab::buildLayout()
{
    auto *filters = new QHBoxLayout;
    const auto add = [this, filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        field->setAccessibleName(text.chopped(1));
        filters->addWidget(label);
        filters->addWidget(field);
    };
    add(tr("Profile:"), m_profileCombo);
    add(tr("Workspace:"), m_areaCombo);
    add(tr("Outcome:"), m_outcomeCombo);
    add(tr("From:"), m_fromEdit);
    add(tr("To:"), m_toEdit);
    filters->addStretch();
    auto *search = new QHBoxLayout;
    auto *searchLabel = new QLabel(tr("Search:"), this);
    searchLabel->setBuddy(m_searchEdit);
    m_searchEdit->setAccessibleName(tr("Search ids, path and parameters"));
    search->addWidget(searchLabel);
    search->addWidget(m_searchEdit, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_copyCurlButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_statusLabel, 1);
    auto *retentionLabel = new QLabel(tr("Keep the request history for:"), this);
    retentionLabel->setBuddy(m_retentionSpin);
    m_retentionSpin->setAccessibleName(retentionLabel->text());
    buttons->addWidget(retentionLabel);
    buttons->addWidget(m_retentionSpin);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(search);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
}

void HistoryRequestsTab::reload()
{
    if (m_loader) {
        m_reloadAgain = true;
        return;
    }
    m_arrivedWhileLoading.clear();
    auto result = std::make_shared<QList<HistoryRecord>>();
    const QString directory = m_session.history().directory();
    const HistoryStore::Options options = m_session.history().options();
    // Reading many files can take a while: a store of its own on a worker thread.
    QThread *thread = QThread::create([directory, options, result] {
        const HistoryStore store(directory, options);
        *result = store.load();
    });
    m_loader = thread;
    connect(thread, &QThread::finished, this, [this, thread, result] {
        thread->deleteLater();
        onLoaded(std::move(*result));
    });
    m_statusLabel->setText(tr("Loading the request history…"));
    thread->start();
}

void HistoryRequestsTab::onLoaded(QList<HistoryRecord> records)
{
    // Records that arrived while the files were read: keep those the reader did not see.
    const qsizetype tail = qMax<qsizetype>(0, records.size() - 200);
    for (const HistoryRecord &arrived : std::as_const(m_arrivedWhileLoading)) {
        const QJsonObject json = arrived.toJson();
        bool seen = false;
        for (qsizetype i = records.size() - 1; i >= tail && !seen; --i)
            seen = records.at(i).toJson() == json;
        if (!seen)
            records << arrived;
    }
    m_arrivedWhileLoading.clear();
    for (const HistoryRecord &record : std::as_const(records))
        addProfileChoice(record);
    m_model->setRecords(std::move(records));
    m_loader.clear();
    updateStatus();
    showSelected();
    Q_EMIT loaded();
    if (std::exchange(m_reloadAgain, false))
        reload();
}

void HistoryRequestsTab::onAppended(const HistoryRecord &record)
{
    if (m_loader) {
        m_arrivedWhileLoading << record;
        return;
    }
    // Past midnight, a range that ended "today" follows the new day.
    const QDate day = record.time.toLocalTime().date();
    if (m_toEdit->date() == day.addDays(-1))
        m_toEdit->setDate(day);
    addProfileChoice(record);
    m_model->append(record);
    updateStatus();
}

void HistoryRequestsTab::addProfileChoice(const HistoryRecord &record)
{
    if (m_profileCombo->findData(record.profileId) < 0)
        m_profileCombo->addItem(record.profileName, record.profileId);
}

void HistoryRequestsTab::applyDates()
{
    m_filter->setDateRange(m_fromEdit->date(), m_toEdit->date());
    updateStatus();
}

void HistoryRequestsTab::updateStatus()
{
    if (isLoading())
        return;
    m_statusLabel->setText(
        tr("%1 of %2 requests shown").arg(m_filter->rowCount()).arg(m_model->rowCount()));
    m_exportButton->setEnabled(m_filter->rowCount() > 0);
}

std::optional<HistoryRecord> HistoryRequestsTab::selectedRecord() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->record(m_filter->mapToSource(rows.constFirst()).row());
}

void HistoryRequestsTab::showSelected()
{
    const std::optional<HistoryRecord> record = selectedRecord();
    m_detail->setPlainText(record ? HistoryText::detail(*record) : QString());
    m_copyCurlButton->setEnabled(record.has_value());
}

void HistoryRequestsTab::copyCurl()
{
    if (const std::optional<HistoryRecord> record = selectedRecord())
        QApplication::clipboard()->setText(curl::commandFor(*record));
}

QString HistoryRequestsTab::exportCsv(const QString &path) const
{
    QList<HistoryRecord> rows;
    for (int i = 0; i < m_filter->rowCount(); ++i)
        rows << m_model->record(m_filter->mapToSource(m_filter->index(i, 0)).row());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(path, file.errorString());
    file.write(HistoryText::requestsCsv(rows));
    if (!file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

void HistoryRequestsTab::chooseExportFile()
{
    const std::optional<QString> path = m_session.prompts().chooseFileToSave(
        this,
        { tr("Export the request history"), tr("CSV files (*.csv)"), u"portone-requests.csv"_s });
    if (!path)
        return;
    const QString problem = exportCsv(*path);
    m_statusLabel->setText(problem.isEmpty() ? tr("Exported to %1.").arg(*path) : problem);
}

} // namespace portone
