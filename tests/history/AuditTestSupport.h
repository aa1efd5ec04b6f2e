#pragma once

#include "core/history/AuditLog.h"

#include <QFile>
#include <QList>
#include <QTest>

// Shared by the audit log suites: entries to record and the file's lines as bytes.
namespace portone::test {

inline AuditEntry auditEntryFor(int number)
{
    AuditEntry e;
    e.profileId = QStringLiteral("p-1");
    e.profileName = QStringLiteral("상점 A");
    e.live = true;
    e.tierCode = QStringLiteral("ABC");
    e.action = number % 2 ? AuditAction::BillingKeyDeleted : AuditAction::OtpRequested;
    e.targets = { QStringLiteral("customer_%1").arg(number) };
    e.reason = QStringLiteral("고객 요청 %1").arg(number);
    e.outcome = QStringLiteral("ok");
    e.detail = QStringLiteral("HTTP 200 · code 0");
    return e;
}

// Records auditEntryFor(first) to auditEntryFor(last); the first failure's reason, or empty.
inline QString recordEntries(AuditLog &log, int first, int last)
{
    for (int i = first; i <= last; ++i) {
        if (!log.record(auditEntryFor(i)))
            return log.lastError().isEmpty() ? QStringLiteral("failed") : log.lastError();
    }
    return {};
}

inline QList<QByteArray> readFileLines(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QByteArray> lines = file.readAll().split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

inline bool writeFileLines(const QString &path, const QList<QByteArray> &lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(lines.join('\n') + '\n') > 0;
}

} // namespace portone::test
