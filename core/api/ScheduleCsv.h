#pragma once

#include "core/api/PaymentModels.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace portone {

// A CSV file of listed schedules (UTF-8 with a byte order mark, CRLF, the formula guard of
// csv::writeCell), the columns named as the API names the fields. customer_id and the buyer's
// name, email, phone, address and postcode are written only when asked for.
namespace schedulecsv {

QStringList header(bool includePersonal);
QStringList row(const Schedule &schedule, bool includePersonal);

// What writeFile() did: where the file is, and what went wrong (empty when nothing did).
struct Written
{
    QString path;
    QString problem;
};

// Writes the schedules in their order, all at once. A listing that was cancelled or failed is
// not complete: its file is named as incomplete (PaymentCsvFile::incompletePath), so that the
// name says it holds only the beginning. A file already there is replaced only by a whole
// new one.
Written writeFile(const QString &path, const QList<Schedule> &schedules, bool includePersonal,
                  bool complete);

} // namespace schedulecsv

} // namespace portone
