#pragma once

#include <QByteArray>
#include <QList>

namespace portone {

class BillingKeyResultsModel;

// The CSV file of the look-up results (UTF-8 with BOM, see core/util/Csv.h), in the order of
// `rows` (model rows, e.g. as the operator sorted and filtered them). The personal columns
// (customer name, phone, email, address, postcode) are only written when includePersonal.
// Column names are the API's field names so that the file is easy to process further.
QByteArray billingKeysCsv(const BillingKeyResultsModel &model, const QList<int> &rows,
                          bool includePersonal);

} // namespace portone
