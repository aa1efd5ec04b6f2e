#pragma once

#include "core/api/ApiRequest.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace portone::tracemask {

// The request's query and body parameters as they may appear in a trace or a log, every value
// passed through portone::redaction (core/util/Redaction.h): secrets replaced, card numbers
// reduced to the last 4 digits, personal data partially masked.
QList<std::pair<QString, QString>> parameters(const ApiRequest &request);
// The query items alone, in order, masked the same way.
QList<std::pair<QString, QString>> query(const ApiRequest &request);
// The JSON body (if any) with every sensitive or personal value masked.
std::optional<QJsonObject> body(const ApiRequest &request);
// A server's text about this request (its message, an error page's text) as it may be stored
// or logged: whatever the request sent under a sensitive or personal name is masked where the
// text repeats it, and card numbers, phone numbers, birth dates and CI/DI found in it too
// (redaction::redactEchoes).
QString serverText(const ApiRequest &request, const QString &text);

} // namespace portone::tracemask
