#include "core/api/ScheduleCsv.h"

#include "core/api/PaymentCsvFile.h"
#include "core/util/Csv.h"

#include <QSaveFile>

namespace portone::schedulecsv {

QStringList header(bool includePersonal)
{
    QStringList header {
        QStringLiteral("schedule_at"),    QStringLiteral("schedule_status"),
        QStringLiteral("customer_uid"),   QStringLiteral("merchant_uid"),
        QStringLiteral("amount"),         QStringLiteral("currency"),
        QStringLiteral("name"),           QStringLiteral("imp_uid"),
        QStringLiteral("payment_status"), QStringLiteral("executed_at"),
        QStringLiteral("revoked_at"),     QStringLiteral("fail_reason"),
        QStringLiteral("pg_provider"),    QStringLiteral("pg_id"),
    };
    if (includePersonal)
        header << QStringLiteral("customer_id") << QStringLiteral("buyer_name")
               << QStringLiteral("buyer_email") << QStringLiteral("buyer_tel")
               << QStringLiteral("buyer_addr") << QStringLiteral("buyer_postcode");
    return header;
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
