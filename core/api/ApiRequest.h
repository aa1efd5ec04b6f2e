#pragma once

#include "core/api/ApiError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <chrono>
#include <optional>
#include <utility>

namespace portone {

// The description of one REST call, built by PortOneClient (or TokenManager for getToken) and
// executed by ApiTransport. Nothing in here is encoded yet: the transport encodes each path
// segment and query item when it builds the URL.
struct ApiRequest
{
    QString operation; // operationId from the spec, e.g. "customer_save"
    QByteArray method; // "GET", "POST", "PUT" or "DELETE"
    QStringList path; // segments, e.g. {"subscribe", "customers", customerUid}
    QList<std::pair<QString, QString>> query; // repeated names allowed ("customer_uid[]")
    std::optional<QJsonObject> body; // sent as compact JSON
    bool changesState = false; // never retried; failures after sending are outcomeUnknown
    // For the operator, of a state-changing call: what it does, naming its ids and amounts
    // ("Benepia payment of 12,000 P, merchant_uid …"). Never sensitive.
    QString summary;
    bool authenticated = true; // adds the access token (and replays once after a 401)
    bool multiLookup = false; // 207 is success; a 404 envelope is success with nothing found
    bool waitsOnPg = false; // the server waits on a card company or PG: the longer timeout
    // empty: ClientSettings::pgTimeout when waitsOnPg, ClientSettings::timeout otherwise
    std::optional<std::chrono::milliseconds> timeout;
};

// A successful answer: the envelope's parts and the HTTP status (200, 201, 207, or 404 for a
// multi-lookup that found nothing).
struct RawResponse
{
    int httpStatus = 0;
    int code = 0;
    QString message;
    QJsonValue response;
};

} // namespace portone
