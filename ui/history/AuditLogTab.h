#pragma once

#include "core/history/AuditLog.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace portone {

class DeskSession;

// The "Audit log" tab of the History workspace: every operator action (time, OS user,
// profile, Tier, action, targets, reason, outcome), "Verify chain" with a plain answer, and
// CSV export. New entries appear as they are recorded.
class AuditLogTab : public QWidget
{
    Q_OBJECT

public:
    AuditLogTab(DeskSession &session, QWidget *parent = nullptr);

    void reload();
    // Verifies the hash chain and shows the result; returns it for tests.
    AuditLog::Verification verifyChain();
    QString verificationText() const;
    QTableWidget *table() const { return m_table; }

    // The sentence shown for a verification (entries: as read, to name a broken entry's time).
    static QString describe(const AuditLog::Verification &result, const QList<AuditEntry> &entries);

private:
    static QString describeChain(const AuditLog::Verification &result,
                                 const QList<AuditEntry> &entries);
    static QString brokenEntry(const AuditLog::Verification &result,
                               const QList<AuditEntry> &entries);
    void addRow(const AuditEntry &entry);
    void chooseExportFile();
    QString exportCsv(const QString &path) const; // an error sentence, or empty

    DeskSession &m_session;
    QTableWidget *m_table;
    QPushButton *m_verifyButton;
    QPushButton *m_exportButton;
    QLabel *m_resultLabel;
};

} // namespace portone
