#include "core/api/ApiTransport.h"

#include "core/api/ApiLogging.h"

#include <QHostAddress>
#include <QNetworkAccessManager>

namespace portone {

Q_LOGGING_CATEGORY(lcApi, "portone.api")

ApiTransport::ApiTransport(QNetworkAccessManager *network, TokenManager *tokens,
                           ClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_tokens(tokens)
    , m_settings(std::move(settings))
{
    m_answerReader.setMaxThreadCount(1);
    m_answerReader.setExpiryTimeout(-1); // the same thread (and its memory arena) every time
}

QByteArray ApiTransport::defaultUserAgent()
{
    return QByteArrayLiteral("PortOneDesk/" PORTONE_VERSION " Qt/") + QByteArray(qVersion());
}

QByteArray ApiTransport::userAgent() const
{
    return m_settings.userAgent.isEmpty() ? defaultUserAgent() : m_settings.userAgent.toUtf8();
}

QString ApiTransport::transportProblem(const QUrl &url, bool httpsOnly)
{
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("The API address \"%1\" is not a valid URL.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http") && httpsOnly)
        return QStringLiteral("HTTPS is required for a live profile, even on this computer: "
                              "plain http is only for a test sandbox. Nothing was sent.");
    if (scheme == QLatin1String("http")) {
        const QString host = url.host().toLower();
        const QHostAddress address(host);
        if (host == QLatin1String("localhost") || (!address.isNull() && address.isLoopback()))
            return {};
        return QStringLiteral("HTTPS is required for %1: plain http is only allowed for a "
                              "local sandbox (127.0.0.1, ::1, localhost). Nothing was sent.")
            .arg(host);
    }
    return QStringLiteral("Unsupported scheme \"%1\": the API address must start with https://.")
        .arg(url.scheme());
}

QList<ApiRequest> ApiTransport::stateChangesInFlight() const
{
    QList<ApiRequest> requests;
    for (const ApiCall *call : findChildren<ApiCall *>(Qt::FindDirectChildrenOnly)) {
        if (call->awaitsStateChange())
            requests.append(call->request());
    }
    return requests;
}

void ApiTransport::abandonAll()
{
    // Each answer may start or end other calls: take the list first, guard each pointer.
    const QList<ApiCall *> calls = findChildren<ApiCall *>(Qt::FindDirectChildrenOnly);
    QList<QPointer<ApiCall>> guarded(calls.cbegin(), calls.cend());
    for (const QPointer<ApiCall> &call : guarded) {
        if (call && call->isRunning())
            call->abandon();
    }
}

CallHandle ApiTransport::start(ApiRequest request, QObject *context, ApiCall::Handler handler)
{
    if (request.changesState && m_settings.readOnly) {
        // Refused like a validation error: nothing is sent, no trace, the callback runs later.
        qCInfo(lcApi).noquote() << request.operation << "refused: the profile is read-only";
        ApiError error;
        error.kind = ApiError::Kind::ReadOnly;
        error.detail
            = QStringLiteral("The profile is read-only; %1 changes state and was not sent.")
                  .arg(request.operation);
        QTimer::singleShot(0, context ? context : this,
                           [handler = std::move(handler), error = std::move(error)] {
                               ApiCall::Prepared prepared = handler(error);
                               if (prepared.deliver)
                                   prepared.deliver();
                           });
        return {};
    }
    auto *call = new ApiCall(this, std::move(request), context, std::move(handler));
    call->startQueued();
    return CallHandle(call);
}

} // namespace portone
