#include "core/api/PortOneClient.h"

#include "core/api/ApiTransport.h"
#include "core/api/ClientSupport.h"
#include "core/api/JsonRead.h"
#include "core/auth/TokenManager.h"
#include "core/validation/InputRules.h"

namespace portone {

using namespace client;

PortOneClient::PortOneClient(QNetworkAccessManager *network, TokenManager *tokens,
                             ClientSettings settings, QObject *parent)
    : QObject(parent)
    , m_transport(new ApiTransport(network, tokens, settings, this))
    , m_settings(std::move(settings))
{
    m_transport->setClock(tokens ? tokens->clock() : nullptr);
    connect(m_transport, &ApiTransport::requestFinished, this, &PortOneClient::requestFinished);
}

PortOneClient::~PortOneClient() = default;

const ClientSettings &PortOneClient::settings() const
{
    return m_settings;
}

QStringList PortOneClient::stateChangesInFlight() const
{
    QStringList summaries;
    for (const ApiRequest &request : m_transport->stateChangesInFlight())
        summaries.append(request.summary.isEmpty() ? request.operation : request.summary);
    return summaries;
}

void PortOneClient::abandonCallsInFlight()
{
    m_transport->abandonAll();
}

// --- Payment lookups -------------------------------------------------------------------------

CallHandle PortOneClient::getPayment(const QString &impUid, bool includeSandbox, QObject *context,
                                     Done<Payment> done)
{
    if (FieldErrors errors = checkPathId("imp_uid", impUid); !errors.isEmpty()) {
        m_transport->refuse<Payment>(validationError(errors), context, std::move(done));
        return {};
    }
    ApiRequest r = request("getPaymentByImpUid", "GET", { QStringLiteral("payments"), impUid });
    if (includeSandbox)
        r.query.append({ QStringLiteral("include_sandbox"), QStringLiteral("true") });
    return m_transport->send<Payment>(std::move(r), context, &objectAs<Payment>, std::move(done));
}

CallHandle PortOneClient::findPaymentByMerchantUid(const QString &merchantUid,
                                                   MerchantPaymentStatus status,
                                                   std::optional<PaymentSorting> sorting,
                                                   QObject *context, Done<Payment> done)
{
    if (FieldErrors errors = checkPathId("merchant_uid", merchantUid); !errors.isEmpty()) {
        m_transport->refuse<Payment>(validationError(errors), context, std::move(done));
        return {};
    }
    QStringList path { QStringLiteral("payments"), QStringLiteral("find"), merchantUid };
    if (const auto segment = merchantPaymentStatusCode(status))
        path << *segment;
    ApiRequest r = request("getPaymentByMerchantUid", "GET", path);
    if (sorting)
        r.query.append({ QStringLiteral("sorting"), paymentSortingCode(*sorting) });
    return m_transport->send<Payment>(std::move(r), context, &objectAs<Payment>, std::move(done));
}

// 200 and 207: the payments found, and the requested ids that are not among them (missing, or
// failed when a 207 carries a code other than 0).
// A 404 (nothing found at all) is reported as a success with every id missing, httpStatus 404.
CallHandle PortOneClient::getPayments(const QStringList &impUids, const QStringList &merchantUids,
                                      QObject *context, Done<PaymentBatch> done)
{
    FieldErrors errors;
    if (impUids.isEmpty() && merchantUids.isEmpty())
        errors = checkIdList("imp_uid[]", {});
    if (!impUids.isEmpty())
        errors += checkIdList("imp_uid[]", impUids);
    if (!merchantUids.isEmpty())
        errors += checkIdList("merchant_uid[]", merchantUids);
    if (const qsizetype count = impUids.size() + merchantUids.size(); count > MaxPaymentLookupIds)
        errors
            += FieldError { QString::fromLatin1(impUids.isEmpty() ? "merchant_uid[]" : "imp_uid[]"),
                            rules::tooManyIds(int(count), MaxPaymentLookupIds) };
    if (!errors.isEmpty()) {
        m_transport->refuse<PaymentBatch>(validationError(errors), context, std::move(done));
        return {};
    }
    ApiRequest r = request("getPaymentListByImpUid", "GET", { QStringLiteral("payments") });
    for (const QString &id : impUids)
        r.query.append({ QStringLiteral("imp_uid[]"), id });
    for (const QString &id : merchantUids)
        r.query.append({ QStringLiteral("merchant_uid[]"), id });
    r.multiLookup = true;
    auto parse = [impUids, merchantUids](const RawResponse &raw) -> Result<PaymentBatch> {
        Result<QList<Payment>> payments = listOf<Payment>(raw);
        if (!payments.ok())
            return payments.error();
        PaymentBatch batch;
        batch.httpStatus = raw.httpStatus;
        batch.found = payments.value();
        QSet<QString> foundImp;
        QSet<QString> foundMerchant;
        for (const Payment &payment : batch.found) {
            foundImp.insert(payment.impUid);
            foundMerchant.insert(payment.merchantUid);
        }
        QStringList notListed = missingIds(impUids, foundImp);
        for (const QString &id : missingIds(merchantUids, foundMerchant)) {
            if (!notListed.contains(id))
                notListed.append(id);
        }
        AbsentIds absent = absentIds(raw, std::move(notListed));
        batch.missing = std::move(absent.missing);
        batch.failed = std::move(absent.failed);
        batch.failure = std::move(absent.failure);
        return batch;
    };
    return m_transport->send<PaymentBatch>(std::move(r), context, parse, std::move(done));
}

// --- Reference data --------------------------------------------------------------------------

namespace {

Result<QList<StandardCode>> parseCodes(const RawResponse &raw)
{
    Result<QList<QJsonObject>> objects = responseObjects(raw);
    if (!objects.ok())
        return objects.error();
    QList<StandardCode> codes;
    for (const QJsonObject &object : objects.value())
        codes.append(StandardCode { json::text(object, QLatin1String("code")),
                                    json::text(object, QLatin1String("name")) });
    return codes;
}

} // namespace

CallHandle PortOneClient::getPgChannels(QObject *context, Done<QList<PgChannel>> done)
{
    return m_transport->send<QList<PgChannel>>(
        request("getPgSettingList", "GET", { QStringLiteral("users"), QStringLiteral("pg") }),
        context, &listOf<PgChannel>, std::move(done));
}

CallHandle PortOneClient::getCardCodes(QObject *context, Done<QList<StandardCode>> done)
{
    return m_transport->send<QList<StandardCode>>(
        request("allCardCodes", "GET", { QStringLiteral("cards") }), context, &parseCodes,
        std::move(done));
}

CallHandle PortOneClient::getBankCodes(QObject *context, Done<QList<StandardCode>> done)
{
    return m_transport->send<QList<StandardCode>>(
        request("allBankCodes", "GET", { QStringLiteral("banks") }), context, &parseCodes,
        std::move(done));
}

CallHandle PortOneClient::getTier(const QString &tierCode, QObject *context, Done<Tier> done)
{
    if (const auto message = rules::tierCode(tierCode)) {
        m_transport->refuse<Tier>(
            validationError({ FieldError { QStringLiteral("tier_code"), *message } }), context,
            std::move(done));
        return {};
    }
    auto parse = [](const RawResponse &raw) -> Result<Tier> {
        Result<QJsonObject> object = responseObject(raw);
        if (!object.ok())
            return object.error();
        return Tier { json::text(object.value(), QLatin1String("tier_code")),
                      json::text(object.value(), QLatin1String("tier_name")) };
    };
    return m_transport->send<Tier>(request("GetTier", "GET", { QStringLiteral("tiers"), tierCode }),
                                   context, parse, std::move(done));
}

} // namespace portone
