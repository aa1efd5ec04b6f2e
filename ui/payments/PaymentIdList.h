#pragma once

#include "core/api/PortOneClient.h"

#include <QStringList>

namespace portone {

// GET /payments takes at most this many ids in one request (the client refuses more).
inline constexpr int MaxPaymentLookupIds = PortOneClient::MaxPaymentLookupIds;

// The ids in text pasted by an operator: one per line, or separated by commas, semicolons,
// spaces or tabs. Blanks are ignored and duplicates removed; the first occurrence keeps its
// place.
QStringList parsePaymentIdList(const QString &text);

} // namespace portone
