// GET /users/pg, GET /cards, GET /banks, GET /tiers/{tier_code}.
#include "sandbox/SandboxState.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

using Method = QHttpServerRequest::Method;

QJsonArray codeList(const QList<QPair<QString, QString>> &codes)
{
    QJsonArray list;
    for (const auto &[code, name] : codes)
        list.append(QJsonObject { { u"code"_s, code }, { u"name"_s, name } });
    return list;
}

} // namespace

void registerReferenceRoutes(SandboxState &state)
{
    state.addRoute(Method::Get, u"/users/pg"_s, [](SandboxState &s, const RouteRequest &) {
        QJsonArray list;
        for (const Channel &c : s.data.channels)
            list.append(c.toJson());
        return envelope::success(list);
    });
    state.addRoute(Method::Get, u"/cards"_s, [](SandboxState &, const RouteRequest &) {
        return envelope::success(codeList(cardCodes()));
    });
    state.addRoute(Method::Get, u"/banks"_s, [](SandboxState &, const RouteRequest &) {
        return envelope::success(codeList(bankCodes()));
    });
    state.addRoute(Method::Get, u"/tiers/{}"_s, [](SandboxState &s, const RouteRequest &r) {
        const QString code = r.args.at(0);
        const auto it = s.data.tiers.constFind(code);
        if (it == s.data.tiers.constEnd())
            return envelope::notFound(
                u"등록되지 않았거나 이미 삭제된 tier_code 입니다. (%1)"_s.arg(code));
        return envelope::success(QJsonObject { { u"tier_code"_s, code }, { u"tier_name"_s, *it } });
    });
}

} // namespace portone::sandbox
