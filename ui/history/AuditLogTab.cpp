#include "ui/history/AuditLogTab.h"

#include "ui/DeskSession.h"
#include "ui/history/HistoryText.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace portone {

namespace {

const QString okStyle = u"QLabel { background: #e8f5e9; border: 1px solid #66bb6a; "
                        "border-radius: 3px; padding: 6px; color: #1b5e20; }"_s;
const QString warningStyle = u"QLabel { background: #fff4e0; border: 1px solid #e0a040; "
                             "border-radius: 3px; padding: 6px; color: #5d4000; }"_s;
const QString errorStyle = u"QLabel { background: #fdecea; border: 1px solid #e57373; "
                           "border-radius: 3px; padding: 6px; color: #5f2120; "
                           "font-weight: bold; }"_s;

} // namespace

AuditLogTab::AuditLogTab(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, 9, this))
    , m_verifyButton(new QPushButton(tr("Verify chain"), this))
    , m_exportButton(new QPushButton(tr("Export CSV…"), this))
    , m_resultLabel(new QLabel(this))
{
    setObjectName(u"auditLogTab"_s);
    auto *intro = new QLabel(tr("Every state-changing action, every CI/DI reveal and every "
                                "profile change, with the reason given. Each entry is chained "
                                "to the one before it by a hash, so an edited or removed entry "
                                "is detected."),
                             this);
    intro->setWordWrap(true);
    m_table->setObjectName(u"auditTableWidget"_s);
    m_table->setTabKeyNavigation(false); // arrows move between rows; Tab leaves the table
    m_table->setAccessibleName(tr("Audit log entries"));
    m_table->setHorizontalHeaderLabels({ tr("Time"), tr("OS user"), tr("Profile"), tr("Tier"),
                                         tr("Action"), tr("Targets"), tr("Reason"), tr("Outcome"),
                                         tr("Detail") });
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int widths[] = { 150, 90, 120, 50, 160, 200, 200, 80 };
    for (int column = 0; column < 8; ++column)
        m_table->setColumnWidth(column, widths[column]);

    m_verifyButton->setObjectName(u"verifyChainButton"_s);
    m_verifyButton->setAccessibleName(tr("Verify the audit log's hash chain"));
    m_exportButton->setObjectName(u"exportAuditButton"_s);
    m_exportButton->setAccessibleName(tr("Export the audit log to CSV"));
    m_resultLabel->setObjectName(u"verifyResultLabel"_s);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->hide();

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_verifyButton);
    buttons->addWidget(m_exportButton);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_resultLabel);
    layout->addLayout(buttons);

    connect(m_verifyButton, &QPushButton::clicked, this, [this] { verifyChain(); });
    connect(m_exportButton, &QPushButton::clicked, this, &AuditLogTab::chooseExportFile);
    connect(&m_session.auditLog(), &AuditLog::entryRecorded, this, [this](const AuditEntry &e) {
        addRow(e);
        m_resultLabel->hide(); // the last verification no longer covers every entry
    });
}

void AuditLogTab::reload()
{
    m_table->setRowCount(0);
    const QList<AuditEntry> entries = m_session.auditLog().entries();
    for (const AuditEntry &entry : entries)
        addRow(entry);
}

// Newest first, as in the Requests tab.
void AuditLogTab::addRow(const AuditEntry &entry)
{
    m_table->insertRow(0);
    const QString outcome = HistoryText::outcome(entry.outcome);
    const QStringList cells { HistoryText::localTime(entry.time),
                              entry.osUser,
                              HistoryText::profile(entry.profileName, entry.live),
                              entry.tierCode,
                              HistoryText::action(entry.action),
                              entry.targets.join(u", "_s),
                              entry.reason,
                              outcome,
                              entry.detail };
    for (int column = 0; column < cells.size(); ++column) {
        auto *item = new QTableWidgetItem(cells.at(column));
        item->setToolTip(column == 0 ? entry.time.toUTC().toString(Qt::ISODateWithMs)
                                     : cells.at(column));
        if (column == 7 && entry.outcome != u"ok")
            item->setForeground(QColor(entry.outcome == u"failed" ? 0xc62828 : 0xb26a00));
        m_table->setItem(0, column, item);
    }
}

QString AuditLogTab::describe(const AuditLog::Verification &result,
                              const QList<AuditEntry> &entries)
{
    const QString text = describeChain(result, entries);
    if (!result.keyed)
        return text + u' '
            + tr("The log is unkeyed (%1): only its hash chain was checked, so a chain rewritten "
                 "from the start would not be noticed.")
                  .arg(result.unkeyedReason.isEmpty() ? tr("the keychain has not answered yet")
                                                      : result.unkeyedReason);
    if (result.unkeyedEntries > 0 && result.keyedEntries == 0)
        return text + u' '
            + tr("The log is unkeyed, legacy: its %1 entries were written before it was keyed.")
                  .arg(result.unkeyedEntries);
    if (result.unkeyedEntries > 0)
        return text + u' '
            + tr("%1 entries carry the keychain key's HMAC and match it; %2 were written without "
                 "it (before the log was keyed, or while the keychain was unavailable).")
                  .arg(result.keyedEntries)
                  .arg(result.unkeyedEntries);
    return text + u' ' + tr("Every entry carries the keychain key's HMAC and matches it.");
}

QString AuditLogTab::describeChain(const AuditLog::Verification &result,
                                   const QList<AuditEntry> &entries)
{
    using Problem = AuditLog::Problem;
    switch (result.kind) {
    case Problem::TailMissing:
        return tr("The audit log has been altered: entries %1 to %2 are missing at its end. Its "
                  "end was removed, or the file was replaced by an older copy. The %3 entries "
                  "before them are intact.")
            .arg(result.lastSequence + 1)
            .arg(result.anchorSequence)
            .arg(result.entries);
    case Problem::FileMissing:
        return tr("The audit log file is missing: %1 entries had been recorded in it. It was "
                  "deleted or moved.")
            .arg(result.anchorSequence);
    case Problem::FileReplaced:
        return tr("The audit log has been replaced: its entry %1 is not the entry recorded with "
                  "that number. Another log file was put in its place.")
            .arg(result.anchorSequence);
    case Problem::AnchorMissing:
        return tr("The record of the audit log's end (the anchor file beside it) is missing, so "
                  "the log's end cannot be confirmed: entries may have been removed.");
    case Problem::AnchorAltered:
        return tr("The record of the audit log's end (the anchor file beside it) has been "
                  "altered: it does not carry the keychain key's signature.");
    case Problem::None:
        break;
    default:
        return brokenEntry(result, entries);
    }
    if (result.interruptedTail)
        return tr("The last entry was interrupted by a crash while it was written (an "
                  "incomplete line at the end of the file). The %1 entries before it are "
                  "intact.")
            .arg(result.entries);
    QString text = tr("The audit log is intact: %1 entries verified.").arg(result.entries);
    if (result.interruptedLines > 0)
        text += u' '
            + tr("%1 earlier writes were cut short by a crash; the chain continues after them.")
                  .arg(result.interruptedLines);
    return text;
}

QString AuditLogTab::brokenEntry(const AuditLog::Verification &result,
                                 const QList<AuditEntry> &entries)
{
    QString when;
    for (const AuditEntry &entry : entries) {
        if (result.brokenSequence && entry.sequence == *result.brokenSequence)
            when = HistoryText::localTime(entry.time);
    }
    const QString which = result.brokenSequence
        ? tr("entry %1 (%2)")
              .arg(*result.brokenSequence)
              .arg(when.isEmpty() ? tr("line %1").arg(result.brokenLine) : when)
        : tr("line %1").arg(result.brokenLine);
    if (result.kind == AuditLog::Problem::Fork)
        return tr("The audit log forked: %1 continues the same entry as the one before it (two "
                  "windows wrote at once). The entries before it (%2) are intact.")
            .arg(which)
            .arg(result.entries);
    if (result.kind == AuditLog::Problem::HmacMismatch)
        return tr("The audit log has been altered: %1 does not carry the keychain key's HMAC. "
                  "It was rewritten by someone without the key. The entries before it (%2) are "
                  "intact.")
            .arg(which)
            .arg(result.entries);
    return tr("The audit log has been altered: %1 does not match the entries before it. "
              "It was edited, removed or reordered after it was written. The entries "
              "before it (%2) are intact.")
        .arg(which)
        .arg(result.entries);
}

AuditLog::Verification AuditLogTab::verifyChain()
{
    AuditLog::Verification result = m_session.auditLog().verify();
    m_resultLabel->setText(describe(result, m_session.auditLog().entries()));
    m_resultLabel->setStyleSheet(!result.intact                                ? errorStyle
                                     : result.interruptedTail || !result.keyed ? warningStyle
                                                                               : okStyle);
    m_resultLabel->setAccessibleName(result.intact ? tr("Verification result")
                                                   : tr("The audit log has been altered"));
    m_resultLabel->show();
    reload(); // show what is on disk now
    return result;
}

QString AuditLogTab::verificationText() const
{
    return m_resultLabel->isHidden() ? QString() : m_resultLabel->text();
}

QString AuditLogTab::exportCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("Could not write %1: %2").arg(path, file.errorString());
    file.write(HistoryText::auditCsv(m_session.auditLog().entries()));
    if (!file.commit())
        return tr("Could not write %1: %2").arg(path, file.errorString());
    return {};
}

void AuditLogTab::chooseExportFile()
{
    const std::optional<QString> path = m_session.prompts().chooseFileToSave(
        this, { tr("Export the audit log"), tr("CSV files (*.csv)"), u"portone-audit-log.csv"_s });
    if (!path)
        return;
    const QString problem = exportCsv(*path);
    m_resultLabel->setStyleSheet(problem.isEmpty() ? okStyle : errorStyle);
    m_resultLabel->setText(problem.isEmpty() ? tr("Exported to %1.").arg(*path) : problem);
    m_resultLabel->show();
}

} // namespace portone
