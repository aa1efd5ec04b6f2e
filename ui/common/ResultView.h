#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTabWidget;
class QTableWidget;
class QTableWidgetItem;

namespace portone {

struct ResultRow
{
    QString label;
    QString value;
    bool copyable = false; // ids: a copy button copies exactly `value`
    QString toolTip; // e.g. the UTC time behind a local time
};

// A result pane: a key/value table with copy buttons for ids, and the raw answer as JSON with
// every sensitive and personal field masked (core redaction). Copying never includes a
// sensitive value: only rows marked copyable can be copied, and the raw view is redacted.
class ResultView : public QWidget
{
    Q_OBJECT

public:
    explicit ResultView(QWidget *parent = nullptr);

    void setRows(const QList<ResultRow> &rows);
    void setRawJson(const QJsonObject &raw); // redacted before display
    void clear();

    QString value(const QString &label) const; // for tests
    QString rawText() const;

Q_SIGNALS:
    void copied(const QString &label);

protected:
    // Row heights depend on the width the values wrap to: measured again when it is known.
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QTabWidget *m_tabs;
    QTableWidget *m_table;
    QPlainTextEdit *m_raw;
};

// Local time for display, with the UTC time as tool tip; "—" when invalid.
QString displayTime(const QDateTime &time);
QString utcToolTip(const QDateTime &time);
ResultRow resultRow(const QString &label, const QString &value, bool copyable = false,
                    const QString &toolTip = {});
ResultRow timeRow(const QString &label, const QDateTime &time); // local time, UTC in the tip
// A read-only table cell whose tool tip shows the whole text (or `toolTip`).
QTableWidgetItem *tableItem(const QString &text, const QString &toolTip = {});
// The green line that says what an action did (selectable, wrapping), hidden until given text.
QLabel *successLabel(const QString &objectName, const QString &accessibleName, QWidget *parent);

} // namespace portone
