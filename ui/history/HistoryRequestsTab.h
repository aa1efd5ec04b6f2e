#pragma once

#include "core/history/HistoryRecord.h"

#include <QList>
#include <QPointer>
#include <QWidget>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QThread;

namespace portone {

class DeskSession;
class HistoryFilterModel;
class HistoryTableModel;

// The "Requests" tab of the History workspace: every recorded request in a table (newest
// first) with filters, the masked detail of the selected one, "Copy as curl", CSV export of
// the rows shown, and the retention setting. The files are read on a worker thread; new
// requests are added as they are recorded.
class HistoryRequestsTab : public QWidget
{
    Q_OBJECT

public:
    HistoryRequestsTab(DeskSession &session, QWidget *parent = nullptr);
    ~HistoryRequestsTab() override;

    void reload();
    bool isLoading() const { return !m_loader.isNull(); }
    std::optional<HistoryRecord> selectedRecord() const;
    void copyCurl();

    HistoryTableModel *model() const { return m_model; }
    HistoryFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }

Q_SIGNALS:
    void loaded();

private:
    void buildLayout();
    void onLoaded(QList<HistoryRecord> records);
    void onAppended(const HistoryRecord &record);
    void addProfileChoice(const HistoryRecord &record);
    void showSelected();
    void chooseExportFile();
    // Writes the rows shown (filtered, in view order); an error sentence, or empty.
    QString exportCsv(const QString &path) const;
    void applyDates();
    void updateStatus();

    DeskSession &m_session;
    HistoryTableModel *m_model;
    HistoryFilterModel *m_filter;
    QComboBox *m_profileCombo;
    QComboBox *m_areaCombo;
    QComboBox *m_outcomeCombo;
    QDateEdit *m_fromEdit;
    QDateEdit *m_toEdit;
    QLineEdit *m_searchEdit;
    QTableView *m_table;
    QPlainTextEdit *m_detail;
    QPushButton *m_copyCurlButton;
    QPushButton *m_exportButton;
    QSpinBox *m_retentionSpin;
    QLabel *m_statusLabel;
    QPointer<QThread> m_loader;
    bool m_reloadAgain = false;
    QList<HistoryRecord> m_arrivedWhileLoading;
};

} // namespace portone
