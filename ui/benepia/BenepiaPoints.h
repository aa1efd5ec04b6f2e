#pragma once

#include <QString>
#include <QtGlobal>
#include <optional>

namespace portone {

// Benepia amounts are whole points. Shown with thousands separators ("50,000"), the way
// operators read them out; the same separators in every UI language.
QString formatPoints(qint64 points);

// Reads what the operator typed: digits with optional "," or space separators and an optional
// trailing "P". nullopt when it is not a whole number.
std::optional<qint64> parsePoints(const QString &text);

} // namespace portone
