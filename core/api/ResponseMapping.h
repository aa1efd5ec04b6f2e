#pragma once

#include "core/api/ApiRequest.h"
#include "core/api/Result.h"

#include <QByteArray>
#include <QNetworkReply>

namespace portone {

// Everything the mapping needs from a finished QNetworkReply (read before deciding).
struct ReplySnapshot
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    // The Content-Length of an uncompressed answer, -1 when unknown. Qt may end a reply without
    // an error when the server closes a "Connection: close" answer early; this tells it was cut.
    qint64 declaredLength = -1;
    QByteArray retryAfter; // the Retry-After header: seconds, or an HTTP date
    QByteArray date; // the Date header (the HTTP-date form of Retry-After counts from it)
};

// Retry-After as seconds from now: "120", or an HTTP date counted from the answer's Date
// header (the server's clock, not ours). Empty when absent or unreadable.
std::optional<int> retryAfterSeconds(const QByteArray &retryAfter, const QByteArray &date);

// Maps a finished reply to the envelope or to an ApiError:
// - no HTTP answer: Network (Tls for SSL failures); outcomeUnknown for state-changing requests
//   unless the connection was never made (refused, host not found);
// - an answer cut off after its headers (the connection closed mid-body): Network with the
//   HTTP status kept, outcomeUnknown for state-changing requests;
// - envelope with code 0 and 2xx: success; 401: Auth; 404: NotFound (success for multi-lookups);
//   5xx: Server; any other code != 0: ApiCode. Code and message are kept verbatim;
// - JSON that is not an envelope (a gateway's {"statusCode":403,"message":"..."}): its message
//   and status, kind Auth for 401/403, NotFound for 404, Parse for 2xx, Server otherwise;
// - a body that is not JSON: Auth for 401, NotFound for 404, Server for 5xx, Parse otherwise.
// Server and Parse failures of state-changing requests carry outcomeUnknown.
Result<RawResponse> mapReply(const ReplySnapshot &reply, bool changesState, bool multiLookup);

bool isSslError(QNetworkReply::NetworkError error);

} // namespace portone
