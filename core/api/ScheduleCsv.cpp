#include "core/api/ScheduleCsv.h"

#include "core/api/PaymentCsvFile.h"
#include "core/util/Csv.h"

#include <QSaveFile>

namespace portone::schedulecsv {

namespace {

// In the order row() writes them; the API's field names.
constexpr const char *Columns[] = { "schedule_at",    "schedule_status",
                                    "customer_uid",   "merchant_uid",
                                    "amount",         "currency",
                                    "name",           "imp_uid",
                                    "payment_status", "executed_at",
                                    "revoked_at",     "fail_reason",
                                    "pg_provider",    "pg_id" };
constexpr const char *PersonalColumns[]
    = { "customer_id", "buyer_name", "buyer_email", "buyer_tel", "buyer_addr", "buyer_postcode" };

} // namespace

QStringList header(bool includePersonal)
{
    QStringList names;
    for (const char *name : Columns)
        names << QLatin1String(name);
    if (includePersonal) {
        for (const char *name : PersonalColumns)
            names << QLatin1String(name);
    }
    return names;
}

QStringList row(const Schedule &s, bool includePersonal)
{
    QStringList cells { csv::timeCell(s.scheduleAt),
                        s.scheduleStatus,
                        s.customerUid,
                        s.merchantUid,
                        csv::amountCell(s.amount),
                        s.currency,
                        s.name,
                        s.impUid,
                        s.paymentStatus,
                        csv::timeCell(s.executedAt),
                        csv::timeCell(s.revokedAt),
                        s.failReason,
                        s.pgProvider,
                        s.pgId };
    if (includePersonal) {
        const auto text
            = [&s](const char *field) { return s.raw.value(QLatin1String(field)).toString(); };
        cells << s.customerId << s.buyerName << text("buyer_email") << text("buyer_tel")
              << text("buyer_addr") << text("buyer_postcode");
    }
    return cells;
}

Written writeFile(const QString &path, const QList<Schedule> &schedules, bool includePersonal,
                  bool complete)
{
    Written written { complete ? path : PaymentCsvFile::incompletePath(path), {} };
    QSaveFile file(written.path);
    if (!file.open(QIODevice::WriteOnly)) {
        written.problem = file.errorString();
        return written;
    }
    QByteArray out = csv::byteOrderMark() + csv::writeRow(header(includePersonal));
    for (const Schedule &schedule : schedules)
        out += csv::writeRow(row(schedule, includePersonal));
    if (file.write(out) != out.size() || !file.commit())
        written.problem = file.errorString();
    return written;
}

} // namespace portone::schedulecsv
