#pragma once

#include "core/history/AuditLog.h"
#include "core/history/HistoryRecord.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace portone {

// How history records and audit entries read in the History workspace and in its CSV exports:
// labels for areas, outcomes and actions, the detail text of a record, and the CSV rows.
class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(portone::HistoryText)

public:
    static QString localTime(const QDateTime &time); // "2026-11-28 10:02:03"
    static QString area(const QString &areaId); // "billing_keys" -> "Billing keys"
    static QStringList areaIds(); // in the order of the navigation
    static QString outcome(const QString &outcomeId); // "ok" -> "OK", ...
    static QStringList outcomeIds();
    static QString action(AuditAction action);
    static QString profile(const QString &name, bool live);

    // The method and URL as sent, with the masked query: "GET https://host/path?a=b".
    static QString requestLine(const HistoryRecord &record);
    static QString queryText(const HistoryRecord &record); // "a=b&c=d", decoded
    static QString bodyText(const HistoryRecord &record, bool indented); // masked JSON or ""
    // The detail pane: the masked request and the response summary.
    static QString detail(const HistoryRecord &record);
    // Every searchable text of a record: ids in the path, parameters, message, operation.
    static QString searchText(const HistoryRecord &record);

    // CSV files (UTF-8 with BOM, formula guard): one row per record / entry, with a header.
    static QByteArray requestsCsv(const QList<HistoryRecord> &records);
    static QByteArray auditCsv(const QList<AuditEntry> &entries);
};

} // namespace portone
