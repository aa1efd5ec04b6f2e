#pragma once

#include <QLoggingCategory>

namespace portone {
// "portone.api": one line per request (operation, path, status, duration). Never a token,
// a secret or a request parameter.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
} // namespace portone
