#include "ui/billingkeys/BillingKeyIdInput.h"

#include "core/util/Csv.h"
#include "ui/DeskSession.h"
#include "ui/common/Icons.h"
#include "ui/common/OffThread.h"

#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

namespace portone {

BillingKeyIdInput::BillingKeyIdInput(DeskSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_idsEdit(new QPlainTextEdit(this))
    , m_importButton(new QPushButton(tr("Import CSV…"), this))
    , m_countLabel(new QLabel(this))
{
    m_idsEdit->setObjectName(QStringLiteral("customerUidsTextEdit"));
    m_idsEdit->setAccessibleName(tr("customer_uids to look up"));
    m_idsEdit->setPlaceholderText(
        tr("One customer_uid per line, or separated by commas or tabs (paste a spreadsheet "
           "column)"));
    m_idsEdit->setTabChangesFocus(true);
    m_idsEdit->setMinimumHeight(60);
    m_idsEdit->setMaximumHeight(110); // the results table gets the room
    m_importButton->setObjectName(QStringLiteral("importCsvButton"));
    m_importButton->setIcon(appIcon(AppIcon::Import));
    m_importButton->setAccessibleName(tr("Import customer_uids from a CSV file"));
    m_countLabel->setObjectName(QStringLiteral("idCountLabel"));
    m_countLabel->setAccessibleName(tr("Number of customer_uids"));

    auto *side = new QVBoxLayout;
    side->addWidget(m_importButton);
    side->addWidget(m_countLabel);
    side->addStretch();
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_idsEdit, 1);
    layout->addLayout(side);

    connect(m_idsEdit, &QPlainTextEdit::textChanged, this, &BillingKeyIdInput::updateCount);
    connect(m_importButton, &QPushButton::clicked, this, &BillingKeyIdInput::chooseCsvFile);
    updateCount();
}

QStringList BillingKeyIdInput::parseIds(const QString &text, int *duplicates)
{
    // A plain scan: this runs on every change of a field that may hold 100,000 ids.
    QStringList out;
    QSet<QStringView> seen;
    int repeated = 0;
    const QStringView all(text);
    qsizetype start = 0;
    for (qsizetype i = 0; i <= all.size(); ++i) {
        if (i < all.size()) {
            const QChar c = all.at(i);
            if (c != u'\r' && c != u'\n' && c != u',' && c != u'\t')
                continue;
        }
        const QStringView id = all.mid(start, i - start).trimmed();
        start = i + 1;
        if (id.isEmpty())
            continue;
        if (seen.contains(id)) {
            ++repeated;
            continue;
        }
        seen.insert(id);
        out << id.toString();
    }
    if (duplicates)
        *duplicates = repeated;
    return out;
}

QStringList BillingKeyIdInput::ids() const
{
    return parseIds(m_idsEdit->toPlainText());
}

void BillingKeyIdInput::setIds(const QStringList &ids)
{
    m_idsEdit->setPlainText(ids.join(u'\n'));
}

void BillingKeyIdInput::updateCount()
{
    int duplicates = 0;
    const int count = int(parseIds(m_idsEdit->toPlainText(), &duplicates).size());
    QString text = tr("%n customer_uid(s)", nullptr, count);
    if (duplicates > 0)
        text += u'\n' + tr("%n duplicate(s) removed", nullptr, duplicates);
    m_countLabel->setText(text);
    Q_EMIT idsChanged(count);
}

QString BillingKeyIdInput::importProblemText(const csv::ColumnImport &import, const QString &path,
                                             const csv::ImportLimits &limits)
{
    using Problem = csv::ColumnImport::Problem;
    switch (import.problem) {
    case Problem::None:
        break;
    case Problem::Unreadable:
        return tr("Could not read %1: %2").arg(path, import.detail);
    case Problem::TooLarge:
        return tr("%1 is larger than %2, the most PortOne Desk imports at once. Split it into "
                  "smaller files.")
            .arg(path, QLocale().formattedDataSize(limits.maxBytes, 0, QLocale::DataSizeIecFormat));
    case Problem::TooManyRows:
        return tr("%1 has more than %L2 rows, the most PortOne Desk imports at once. Split it "
                  "into smaller files.")
            .arg(path)
            .arg(limits.maxRows);
    case Problem::EmptyColumn:
        return tr("The chosen column of %1 holds no customer_uids.").arg(path);
    }
    return {};
}

void BillingKeyIdInput::setImporting(bool importing)
{
    m_importing = importing;
    m_importButton->setEnabled(!importing);
    m_idsEdit->setReadOnly(importing);
    updateCount();
    if (importing)
        m_countLabel->setText(tr("Reading the file…"));
}

void BillingKeyIdInput::fail(const QString &message)
{
    setImporting(false);
    Q_EMIT importFailed(message);
}

void BillingKeyIdInput::importCsv(const QString &path, int column, bool firstRowIsHeader)
{
    setImporting(true);
    const csv::ImportLimits limits = m_limits;
    runOffThread<csv::ColumnImport>(
        this,
        [path, column, firstRowIsHeader, limits] {
            return csv::importColumn(path, column, firstRowIsHeader, limits);
        },
        [this, path, limits](const csv::ColumnImport &import) {
            if (import.problem != csv::ColumnImport::Problem::None)
                fail(importProblemText(import, path, limits));
            else
                appendImported(std::make_shared<const QStringList>(import.values), 0);
        });
}

void BillingKeyIdInput::appendImported(const std::shared_ptr<const QStringList> &ids,
                                       qsizetype from)
{
    // Kept as typed lines: the id field stays the one place the operator edits the list. A few
    // thousand lines per turn of the event loop, so that a large file never holds the window.
    constexpr qsizetype LinesPerTurn = 2000;
    const qsizetype count = std::min(LinesPerTurn, ids->size() - from);
    QString text = ids->mid(from, count).join(u'\n');
    if (!m_idsEdit->document()->lastBlock().text().trimmed().isEmpty())
        text.prepend(u'\n');
    QTextCursor end(m_idsEdit->document());
    end.movePosition(QTextCursor::End);
    {
        const QSignalBlocker quiet(m_idsEdit); // counted once, at the end
        end.insertText(text);
    }
    if (from + count < ids->size()) {
        QTimer::singleShot(0, this,
                           [this, ids, next = from + count] { appendImported(ids, next); });
        return;
    }
    setImporting(false);
    Q_EMIT importFinished(int(ids->size()));
}

void BillingKeyIdInput::chooseCsvFile()
{
    const std::optional<QString> chosen = m_session.prompts().chooseFileToOpen(
        this, { tr("Import customer_uids"), tr("CSV files (*.csv *.txt);;All files (*)") });
    if (!chosen)
        return;
    const QString &path = *chosen;
    setImporting(true);
    const csv::ImportLimits limits = m_limits;
    // The first row, for the column dialog; a file over the size limit is refused here already.
    runOffThread<csv::ColumnImport>(
        this,
        [path, limits] {
            csv::ColumnImport first;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                first.problem = csv::ColumnImport::Problem::Unreadable;
                first.detail = file.errorString();
            } else if (file.size() > limits.maxBytes) {
                first.problem = csv::ColumnImport::Problem::TooLarge;
            } else {
                const QList<QStringList> rows = csv::parse(file.read(64 * 1024));
                first.values = rows.value(0);
            }
            return first;
        },
        [this, path, limits](const csv::ColumnImport &first) {
            if (first.problem != csv::ColumnImport::Problem::None) {
                fail(importProblemText(first, path, limits));
                return;
            }
            setImporting(false);
            if (first.values.isEmpty()) {
                Q_EMIT importFailed(tr("%1 is empty.").arg(path));
                return;
            }
            if (const std::optional<CsvColumnChoice> choice
                = m_session.prompts().chooseCsvColumn(this, first.values))
                importCsv(path, choice->column, choice->firstRowIsHeader);
        });
}

} // namespace portone
