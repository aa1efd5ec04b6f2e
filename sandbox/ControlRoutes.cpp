// The sandbox-only /__sandbox/* routes: guarded by the per-run control token instead of an
// access token, never faulted.
#include "sandbox/SandboxState.h"

#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

QJsonObject faultsToJson(const SandboxFaults &f)
{
    return { { u"latencyMs"_s, f.latencyMs },
             { u"serverError"_s, f.serverError },
             { u"malformedJson"_s, f.malformedJson },
             { u"dropConnection"_s, f.dropConnection },
             { u"hang"_s, f.hang },
             { u"gatewayForbidden"_s, f.gatewayForbidden },
             { u"apiCodeError"_s, f.apiCodeError },
             { u"unauthorized"_s, f.unauthorized },
             { u"echoRequest"_s, f.echoRequest },
             { u"onlyMethod"_s, f.onlyMethod },
             { u"tooManyRequests"_s, f.tooManyRequests } };
}

namespace {

using Method = QHttpServerRequest::Method;

QJsonObject optionsToJson(const SandboxOptions &o)
{
    return { { u"schedulesAsPlainArray"_s, o.schedulesAsPlainArray },
             { u"partialLookupsWithCode"_s, o.partialLookupsWithCode } };
}

HttpReply setFaults(SandboxState &s, const RouteRequest &r)
{
    ParamChecker check(r.params);
    SandboxFaults f;
    const qint64 latencyMs = check.integer(u"latencyMs"_s, false, 0).value_or(0);
    f.serverError = check.boolean(u"serverError"_s, false);
    f.malformedJson = check.boolean(u"malformedJson"_s, false);
    f.dropConnection = check.boolean(u"dropConnection"_s, false);
    f.hang = check.boolean(u"hang"_s, false);
    f.gatewayForbidden = check.boolean(u"gatewayForbidden"_s, false);
    f.apiCodeError = check.boolean(u"apiCodeError"_s, false);
    f.unauthorized = check.boolean(u"unauthorized"_s, false);
    f.echoRequest = check.boolean(u"echoRequest"_s, false);
    f.onlyMethod = check.optional(u"onlyMethod"_s).toUpper();
    f.tooManyRequests = static_cast<int>(check.integer(u"tooManyRequests"_s, false, 0).value_or(0));
    if (f.tooManyRequests < 0)
        check.fail(u"tooManyRequests 는 0 이상이어야 합니다."_s);
    const auto maxDelay = static_cast<qint64>(s.maxResponseDelay.count());
    if (latencyMs < 0 || latencyMs > maxDelay)
        check.fail(u"latencyMs 는 0 이상 %1 이하여야 합니다."_s.arg(maxDelay));
    f.latencyMs = static_cast<int>(std::clamp<qint64>(latencyMs, 0, maxDelay));
    if (!check.ok())
        return envelope::badRequest(check.error());
    s.faults = f;
    return envelope::success(faultsToJson(f));
}

HttpReply setOptions(SandboxState &s, const RouteRequest &r)
{
    ParamChecker check(r.params);
    SandboxOptions o = s.options;
    o.schedulesAsPlainArray = check.boolean(u"schedulesAsPlainArray"_s, o.schedulesAsPlainArray);
    o.partialLookupsWithCode = check.boolean(u"partialLookupsWithCode"_s, o.partialLookupsWithCode);
    if (!check.ok())
        return envelope::badRequest(check.error());
    s.options = o;
    return envelope::success(optionsToJson(o));
}

} // namespace

bool carriesControlToken(const SandboxState &state, const QHttpServerRequest &request)
{
    const QByteArray given = request.value(SandboxServer::controlTokenHeader());
    if (given.size() != state.controlToken.size() || state.controlToken.isEmpty())
        return false;
    char difference = 0; // compared in constant time
    for (qsizetype i = 0; i < given.size(); ++i)
        difference |= static_cast<char>(given.at(i) ^ state.controlToken.at(i));
    return difference == 0;
}

HttpReply controlTokenRefused()
{
    return envelope::failure(
        403,
        u"샌드박스 제어 토큰(X-Sandbox-Token)이 없거나 올바르지 않습니다. portone-sandbox 시작 "
        u"안내에 표시된 토큰을 사용하세요."_s,
        -1);
}

void registerControlRoutes(SandboxState &state)
{
    state.addRoute(
        Method::Get, u"/__sandbox/otp/{}"_s,
        [](SandboxState &s, const RouteRequest &r) {
            const auto it = s.data.certifications.constFind(r.args.at(0));
            if (it == s.data.certifications.constEnd())
                return envelope::notFound(u"존재하지 않는 본인인증 요청건입니다."_s);
            return envelope::success(
                QJsonObject { { u"imp_uid"_s, r.args.at(0) },
                              { u"otp"_s, it->otp.isEmpty() ? QJsonValue() : QJsonValue(it->otp) },
                              { u"verification_method"_s, it->appMode ? u"APP"_s : u"SMS"_s },
                              { u"confirmed"_s, it->confirmed } });
        },
        false);
    state.addRoute(
        Method::Get, u"/__sandbox/stats"_s,
        [](SandboxState &s, const RouteRequest &) {
            return envelope::success(QJsonObject { { u"tokenRequests"_s, s.tokenRequests },
                                                   { u"requests"_s, s.requests } });
        },
        false);
    state.addRoute(
        Method::Get, u"/__sandbox/faults"_s,
        [](SandboxState &s, const RouteRequest &) {
            return envelope::success(faultsToJson(s.faults));
        },
        false);
    state.addRoute(Method::Post, u"/__sandbox/faults"_s, setFaults, false);
    state.addRoute(
        Method::Post, u"/__sandbox/expire-tokens"_s,
        [](SandboxState &s, const RouteRequest &) {
            s.expireAllTokens();
            return envelope::success(QJsonObject { { u"expired"_s, true } });
        },
        false);
    state.addRoute(
        Method::Get, u"/__sandbox/options"_s,
        [](SandboxState &s, const RouteRequest &) {
            return envelope::success(optionsToJson(s.options));
        },
        false);
    state.addRoute(Method::Post, u"/__sandbox/options"_s, setOptions, false);
}

} // namespace portone::sandbox
