#pragma once

#include <QDateTime>
#include <QString>

namespace portone {

// A fresh merchant_uid (고객사 주문번호) such as "desk_cert_20261127T223011_4f9a1c": a
// prefix, the local time and 6 random hex digits; at most 40 characters, the limit of the
// strictest endpoint (Benepia payment).
QString makeMerchantUid(const QString &purpose, const QDateTime &now);

} // namespace portone
