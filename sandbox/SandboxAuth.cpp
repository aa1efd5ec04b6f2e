#include "sandbox/SandboxState.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

constexpr qint64 kTokenLifetime = 30 * 60;
constexpr qint64 kExtendWindow = 60;
constexpr qint64 kExtension = 5 * 60;

QString newToken()
{
    QByteArray seed;
    for (int i = 0; i < 4; ++i)
        seed.append(QByteArray::number(QRandomGenerator::global()->generate64()));
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex());
}

} // namespace

HttpReply SandboxState::issueToken(const RouteRequest &request)
{
    ParamChecker check(request.params);
    const QString key = check.required(u"imp_key"_s);
    const QString secret = check.required(u"imp_secret"_s);
    if (!check.ok())
        return envelope::badRequest(check.error());
    const auto matches = [&key, &secret](const SandboxAccount &a) {
        return key == a.impKey && secret == a.impSecret;
    };
    if (!matches(account) && std::none_of(extraAccounts.cbegin(), extraAccounts.cend(), matches))
        return envelope::unauthorized(u"imp_key, imp_secret 정보가 올바르지 않습니다."_s);

    const qint64 t = request.now;
    auto it = tokens.find(currentToken);
    if (it == tokens.end() || it->expiresAt <= t) {
        IssuedToken issued { newToken(), t + kTokenLifetime };
        tokens.insert(issued.token, issued);
        currentToken = issued.token;
        it = tokens.find(currentToken);
    } else if (it->expiresAt - t <= kExtendWindow) {
        it->expiresAt += kExtension;
    }
    return envelope::success(QJsonObject {
        { u"access_token"_s, it->token }, { u"expired_at"_s, it->expiresAt }, { u"now"_s, t } });
}

bool SandboxState::tokenValid(const QString &token) const
{
    const auto it = tokens.constFind(token);
    return it != tokens.constEnd() && now() < it->expiresAt;
}

QString SandboxState::tokenFromHeaders(const RouteRequest &request) const
{
    QByteArray value = request.header("X-ImpTokenHeader").trimmed();
    if (value.isEmpty()) {
        value = request.header("Authorization").trimmed();
        if (value.startsWith("Bearer ") || value.startsWith("bearer "))
            value = value.mid(7).trimmed();
    }
    return QString::fromLatin1(value);
}

void SandboxState::expireAllTokens()
{
    const qint64 t = now();
    for (auto &token : tokens)
        token.expiresAt = std::min(token.expiresAt, t);
}

void registerAuthRoutes(SandboxState &state)
{
    state.addRoute(
        QHttpServerRequest::Method::Post, u"/users/getToken"_s,
        [](SandboxState &s, const RouteRequest &r) { return s.issueToken(r); }, false);
}

} // namespace portone::sandbox
