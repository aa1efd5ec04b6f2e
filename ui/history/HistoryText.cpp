#include "ui/history/HistoryText.h"

#include "core/util/Csv.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace portone {

QString HistoryText::localTime(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QStringList HistoryText::areaIds()
{
    return { u"certification"_s, u"billing_keys"_s, u"benepia"_s,
             u"payments"_s,      u"auth"_s,         u"reference"_s };
}

QString HistoryText::area(const QString &areaId)
{
    if (areaId == u"certification")
        return tr("Certification");
    if (areaId == u"billing_keys")
        return tr("Billing keys");
    if (areaId == u"benepia")
        return tr("Benepia");
    if (areaId == u"payments")
        return tr("Payments");
    if (areaId == u"auth")
        return tr("Access token");
    if (areaId == u"reference")
        return tr("Reference data");
    return areaId;
}

QStringList HistoryText::outcomeIds()
{
    return { u"ok"_s, u"failed"_s, u"unknown"_s, u"cancelled"_s };
}

QString HistoryText::outcome(const QString &outcomeId)
{
    if (outcomeId == u"ok")
        return tr("OK");
    if (outcomeId == u"failed")
        return tr("Failed");
    if (outcomeId == u"unknown")
        return tr("Unknown");
    if (outcomeId == u"cancelled")
        return tr("Cancelled");
    return outcomeId;
}

QString HistoryText::action(AuditAction action)
{
    switch (action) {
    case AuditAction::OtpRequested:
        return tr("OTP requested");
    case AuditAction::OtpConfirmed:
        return tr("OTP confirmed");
    case AuditAction::CertificationDeleted:
        return tr("Certification deleted");
    case AuditAction::PersonalDataRevealed:
        return tr("CI/DI revealed");
    case AuditAction::BillingKeyRegistered:
        return tr("Billing key registered");
    case AuditAction::BillingKeyDeleted:
        return tr("Billing key deleted");
    case AuditAction::BenepiaPaid:
        return tr("Benepia payment");
    case AuditAction::PaymentRefunded:
        return tr("Payment refunded");
    case AuditAction::BillingKeyCharged:
        return tr("Billing key charged");
    case AuditAction::PaymentsScheduled:
        return tr("Payments scheduled");
    case AuditAction::SchedulesCancelled:
        return tr("Schedules cancelled");
    case AuditAction::AllSchedulesCancelled:
        return tr("All schedules of a customer cancelled");
    case AuditAction::ScheduleTimeChanged:
        return tr("Schedule time changed");
    case AuditAction::ScheduleRetried:
        return tr("Failed schedule retried");
    case AuditAction::ScheduleRescheduled:
        return tr("Failed schedule rescheduled");
    case AuditAction::ProfileAdded:
        return tr("Profile added");
    case AuditAction::ProfileEdited:
        return tr("Profile edited");
    case AuditAction::ProfileDeleted:
        return tr("Profile deleted");
    case AuditAction::SecretReplaced:
        return tr("Secret replaced");
    }
    return auditActionId(action);
}

QString HistoryText::profile(const QString &name, bool live)
{
    return live ? tr("%1 (LIVE)").arg(name) : name;
}

QString HistoryText::queryText(const HistoryRecord &record)
{
    QStringList pairs;
    for (const auto &[name, value] : record.query)
        pairs << name + u'=' + value;
    return pairs.join(u'&');
}

QString HistoryText::bodyText(const HistoryRecord &record, bool indented)
{
    if (!record.body)
        return {};
    return QString::fromUtf8(
               QJsonDocument(*record.body)
                   .toJson(indented ? QJsonDocument::Indented : QJsonDocument::Compact))
        .trimmed();
}

QString HistoryText::requestLine(const HistoryRecord &record)
{
    QString line = QString::fromLatin1(record.method) + u' ' + record.origin + record.path;
    if (!record.query.isEmpty())
        line += u'?' + queryText(record);
    return line;
}

QString HistoryText::detail(const HistoryRecord &record)
{
    QStringList lines;
    lines << requestLine(record) << QString();
    lines << tr("Time: %1 (UTC %2)")
                 .arg(localTime(record.time), record.time.toUTC().toString(Qt::ISODateWithMs));
    lines << tr("Profile: %1 · Tier: %2")
                 .arg(profile(record.profileName, record.live),
                      record.tierCode.isEmpty() ? tr("none") : record.tierCode);
    lines << tr("Operation: %1 (%2)").arg(record.operation, area(record.area));
    if (!record.query.isEmpty()) {
        lines << QString() << tr("Query (masked):");
        for (const auto &[name, value] : record.query)
            lines << u"  "_s + name + u" = "_s + value;
    }
    if (record.body) {
        lines << QString() << tr("Body (masked):");
        lines << bodyText(record, true);
    }
    lines << QString() << tr("Response:");
    QStringList status;
    status << (record.httpStatus > 0 ? tr("HTTP %1").arg(record.httpStatus) : tr("no answer"));
    if (record.code)
        status << tr("code %1").arg(*record.code);
    lines << u"  "_s + status.join(u" · "_s);
    if (!record.message.isEmpty())
        lines << u"  "_s + record.message;
    lines << u"  "_s
            + tr("Duration: %1 ms · Outcome: %2")
                  .arg(record.durationMs)
                  .arg(outcome(outcomeId(record.outcome)));
    return lines.join(u'\n');
}

QString HistoryText::searchText(const HistoryRecord &record)
{
    return QStringList { record.path,       record.operation,
                         queryText(record), bodyText(record, false),
                         record.message,    record.profileName }
        .join(u'\n');
}

QByteArray HistoryText::requestsCsv(const QList<HistoryRecord> &records)
{
    QList<QStringList> rows { { u"time_utc"_s, u"time_local"_s, u"profile"_s, u"live"_s, u"tier"_s,
                                u"area"_s, u"operation"_s, u"method"_s, u"url"_s, u"query"_s,
                                u"body"_s, u"http_status"_s, u"code"_s, u"message"_s,
                                u"duration_ms"_s, u"outcome"_s } };
    for (const HistoryRecord &r : records) {
        rows << QStringList { r.time.toUTC().toString(Qt::ISODateWithMs),
                              localTime(r.time),
                              r.profileName,
                              r.live ? u"true"_s : u"false"_s,
                              r.tierCode,
                              r.area,
                              r.operation,
                              QString::fromLatin1(r.method),
                              r.origin + r.path,
                              queryText(r),
                              bodyText(r, false),
                              r.httpStatus > 0 ? QString::number(r.httpStatus) : QString(),
                              r.code ? QString::number(*r.code) : QString(),
                              r.message,
                              QString::number(r.durationMs),
                              outcomeId(r.outcome) };
    }
    return csv::write(rows);
}

QByteArray HistoryText::auditCsv(const QList<AuditEntry> &entries)
{
    QList<QStringList> rows { { u"sequence"_s, u"time_utc"_s, u"time_local"_s, u"os_user"_s,
                                u"profile"_s, u"live"_s, u"tier"_s, u"action"_s, u"action_label"_s,
                                u"targets"_s, u"reason"_s, u"outcome"_s, u"detail"_s, u"hash"_s } };
    for (const AuditEntry &e : entries) {
        rows << QStringList { QString::number(e.sequence),
                              e.time.toUTC().toString(Qt::ISODateWithMs),
                              localTime(e.time),
                              e.osUser,
                              e.profileName,
                              e.live ? u"true"_s : u"false"_s,
                              e.tierCode,
                              auditActionId(e.action),
                              action(e.action),
                              e.targets.join(u"; "_s),
                              e.reason,
                              e.outcome,
                              e.detail,
                              e.hash };
    }
    return csv::write(rows);
}

} // namespace portone
