#pragma once

#include "core/history/HistoryRecord.h"

#include <QString>

namespace portone::curl {

// A POSIX shell command that reproduces the recorded request with curl against the same
// origin: the token as "$PORTONE_TOKEN" (expanded by the shell, never written), the Tier
// header when there was one, the query and JSON body as recorded, and every sensitive or
// personal value (redaction::needsMasking) replaced by a placeholder such as
// "<card_number>", so the command can be pasted into a ticket safely. Everything else is
// single-quoted. getToken is reproduced with "$PORTONE_IMP_KEY" / "$PORTONE_IMP_SECRET".
QString commandFor(const HistoryRecord &record);

// The placeholder used for a masked field, e.g. "<card_number>".
QString placeholderFor(const QString &field);

} // namespace portone::curl
