#include "ui/billingkeys/BillingKeyIdInput.h"

#include "core/util/Csv.h"
#include "ui/billingkeys/CsvColumnDialog.h"
#include "ui/common/Icons.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QVBoxLayout>

namespace portone {

BillingKeyIdInput::BillingKeyIdInput(QWidget *parent)
    : QWidget(parent)
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
    static const QRegularExpression separators(QStringLiteral("[\\r\\n,\\t]"));
    QStringList out;
    QSet<QString> seen;
    int repeated = 0;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString id = part.trimmed();
        if (id.isEmpty())
            continue;
        if (seen.contains(id)) {
            ++repeated;
            continue;
        }
        seen.insert(id);
        out << id;
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

QString BillingKeyIdInput::importCsv(const QString &path, int column, bool firstRowIsHeader)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not read %1: %2").arg(path, file.errorString());
    const QStringList imported
        = csv::column(csv::parse(file.readAll()), column, firstRowIsHeader ? 1 : 0);
    if (imported.isEmpty())
        return tr("The chosen column of %1 holds no customer_uids.").arg(path);
    QString text = m_idsEdit->toPlainText().trimmed();
    if (!text.isEmpty())
        text += u'\n';
    // Kept as typed lines: the id field stays the one place the operator edits the list.
    m_idsEdit->setPlainText(text + imported.join(u'\n'));
    return {};
}

void BillingKeyIdInput::chooseCsvFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import customer_uids"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Q_EMIT importFailed(tr("Could not read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QList<QStringList> rows = csv::parse(file.read(64 * 1024));
    if (rows.isEmpty()) {
        Q_EMIT importFailed(tr("%1 is empty.").arg(path));
        return;
    }
    CsvColumnDialog dialog(rows.first(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const QString problem = importCsv(path, dialog.column(), dialog.firstRowIsHeader());
        !problem.isEmpty())
        Q_EMIT importFailed(problem);
}

} // namespace portone
