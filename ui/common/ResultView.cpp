#include "ui/common/ResultView.h"

#include "core/util/Redaction.h"
#include "ui/common/Icons.h"
#include "ui/common/LocaleFormat.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace portone {

QString displayTime(const QDateTime &time)
{
    return formatLocalTime(time);
}

QString utcToolTip(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                          : QString();
}

ResultRow resultRow(const QString &label, const QString &value, bool copyable,
                    const QString &toolTip)
{
    return ResultRow { label, value, copyable, toolTip };
}

ResultRow timeRow(const QString &label, const QDateTime &time)
{
    return ResultRow { label, displayTime(time), false, utcToolTip(time) };
}

QTableWidgetItem *tableItem(const QString &text, const QString &toolTip)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setToolTip(toolTip.isEmpty() ? text : toolTip);
    return cell;
}

ResultView::ResultView(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_raw(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("resultView"));
    m_table->setObjectName(QStringLiteral("resultTableWidget"));
    m_table->setAccessibleName(tr("Result"));
    m_table->horizontalHeader()->hide();
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setWordWrap(true);
    m_raw->setObjectName(QStringLiteral("rawJsonTextEdit"));
    m_raw->setAccessibleName(tr("Raw answer (masked)"));
    m_raw->setReadOnly(true);
    m_raw->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_tabs->addTab(m_table, tr("Details"));
    m_tabs->addTab(m_raw, tr("Raw JSON (masked)"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void ResultView::setRows(const QList<ResultRow> &rows)
{
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const ResultRow &entry = rows.at(row);
        auto *label = new QTableWidgetItem(entry.label);
        QFont bold = label->font();
        bold.setBold(true);
        label->setFont(bold);
        auto *value = new QTableWidgetItem(entry.value);
        // A long unbroken value (a CI, a URL) is elided in the cell: the tip shows it whole.
        value->setToolTip(entry.toolTip.isEmpty() ? entry.value : entry.toolTip);
        value->setFlags(value->flags() | Qt::ItemIsSelectable);
        m_table->setItem(row, 0, label);
        m_table->setItem(row, 1, value);
        m_table->removeCellWidget(row, 2);
        if (entry.copyable && !entry.value.isEmpty()) {
            auto *copy = new QToolButton(m_table);
            copy->setText(tr("Copy"));
            copy->setIcon(appIcon(AppIcon::Copy));
            copy->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
            copy->setObjectName(QStringLiteral("copyButton_") + entry.label);
            copy->setAccessibleName(tr("Copy %1").arg(entry.label));
            const QString text = entry.value;
            const QString name = entry.label;
            connect(copy, &QToolButton::clicked, this, [this, text, name] {
                QApplication::clipboard()->setText(text);
                Q_EMIT copied(name);
            });
            m_table->setCellWidget(row, 2, copy);
        }
    }
    m_table->resizeRowsToContents();
}

void ResultView::setRawJson(const QJsonObject &raw)
{
    m_raw->setPlainText(QString::fromUtf8(
        QJsonDocument(redaction::redactObject(raw)).toJson(QJsonDocument::Indented)));
}

void ResultView::clear()
{
    m_table->setRowCount(0);
    m_raw->clear();
}

QString ResultView::value(const QString &label) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->text() == label)
            return m_table->item(row, 1)->text();
    }
    return {};
}

void ResultView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_table->resizeRowsToContents();
}

void ResultView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_table->resizeRowsToContents();
}

QString ResultView::rawText() const
{
    return m_raw->toPlainText();
}

QLabel *successLabel(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setStyleSheet(QStringLiteral("QLabel { background: #e8f5e9; border: 1px solid #81c784; "
                                        "border-radius: 3px; padding: 4px; color: #1b3d1f; }"));
    label->hide();
    return label;
}

} // namespace portone
