// Refunds and payment searches of PortOneClient: cancelPayment, getPaymentsByStatus,
// getAllPaymentsByMerchantUid, balanceByImpUid.
#include "core/api/ApiTransport.h"
#include "core/api/ClientSupport.h"
#include "core/api/PortOneClient.h"
#include "core/validation/InputRules.h"

namespace portone {

using namespace client;

namespace {

void putAmount(QJsonObject &body, const char *key, const std::optional<double> &value)
{
    if (value)
        body.insert(QString::fromLatin1(key), *value);
}

void appendPaging(ApiRequest &r, int page, int limit, const std::optional<PaymentSorting> &sorting)
{
    r.query.append({ QStringLiteral("page"), QString::number(page) });
    r.query.append({ QStringLiteral("limit"), QString::number(limit) });
    if (sorting)
        r.query.append({ QStringLiteral("sorting"), paymentSortingCode(*sorting) });
}

} // namespace

CallHandle PortOneClient::cancelPayment(const PaymentCancellation &cancellation, QObject *context,
                                        Done<Payment> done)
{
    if (FieldErrors errors = rules::validate(cancellation); !errors.isEmpty()) {
        m_transport->refuse<Payment>(validationError(errors), context, std::move(done));
        return {};
    }
    const PaymentCancellation &c = cancellation;
    QJsonObject body;
    putText(body, "imp_uid", c.impUid);
    putText(body, "merchant_uid", c.merchantUid);
    putAmount(body, "amount", c.amount);
    putAmount(body, "tax_free", c.taxFree);
    putAmount(body, "vat_amount", c.vatAmount);
    putAmount(body, "checksum", c.checksum);
    putText(body, "reason", c.reason);
    putText(body, "refund_holder", c.refundHolder);
    putText(body, "refund_bank", c.refundBank);
    putText(body, "refund_account", c.refundAccount);
    putText(body, "refund_tel", c.refundTel);
    ApiRequest r = request("cancelPayment", "POST",
                           { QStringLiteral("payments"), QStringLiteral("cancel") });
    r.body = body;
    r.changesState = true;
    r.waitsOnPg = true;
    const QString id = c.impUid.isEmpty() ? QStringLiteral("merchant_uid ") + c.merchantUid
                                          : QStringLiteral("imp_uid ") + c.impUid;
    if (c.amount && *c.amount > 0)
        r.summary = tr("A partial refund of %L1 (%2)").arg(*c.amount, 0, 'f', 0).arg(id);
    else if (c.checksum) // a full refund refunds the balance it was based on
        r.summary = tr("A full refund of %L1 (%2)").arg(*c.checksum, 0, 'f', 0).arg(id);
    else
        r.summary = tr("A full refund (%1)").arg(id);
    return m_transport->send<Payment>(std::move(r), context, &objectAs<Payment>, std::move(done));
}

CallHandle PortOneClient::getPaymentsByStatus(const PaymentStatusQuery &query, QObject *context,
                                              Done<PaymentPage> done)
{
    if (FieldErrors errors = rules::validate(query); !errors.isEmpty()) {
        m_transport->refuse<PaymentPage>(validationError(errors), context, std::move(done));
        return {};
    }
    ApiRequest r = request("getPaymentsByStatus", "GET",
                           { QStringLiteral("payments"), QStringLiteral("status"),
                             paymentStatusFilterCode(query.status) });
    appendPaging(r, query.page, query.limit, query.sorting);
    if (query.from.isValid())
        r.query.append({ QStringLiteral("from"), QString::number(query.from.toSecsSinceEpoch()) });
    if (query.to.isValid())
        r.query.append({ QStringLiteral("to"), QString::number(query.to.toSecsSinceEpoch()) });
    if (query.keepRawJson)
        return m_transport->send<PaymentPage>(std::move(r), context, &pageOf<PaymentPage, Payment>,
                                              std::move(done));
    // The parser runs off the GUI thread for a large page: the raw JSON is dropped there too.
    auto typedOnly = [](const RawResponse &raw) {
        Result<PaymentPage> page = pageOf<PaymentPage, Payment>(raw);
        if (page.ok()) {
            for (Payment &payment : page.value().list)
                payment.raw = QJsonObject();
        }
        return page;
    };
    return m_transport->send<PaymentPage>(std::move(r), context, typedOnly, std::move(done));
}

// Without a status: GET /payments/findAll/{merchant_uid} (every status).
CallHandle PortOneClient::findAllPaymentsByMerchantUid(const MerchantPaymentsQuery &query,
                                                       QObject *context, Done<PaymentPage> done)
{
    if (FieldErrors errors = rules::validate(query); !errors.isEmpty()) {
        m_transport->refuse<PaymentPage>(validationError(errors), context, std::move(done));
        return {};
    }
    QStringList path { QStringLiteral("payments"), QStringLiteral("findAll"), query.merchantUid };
    if (const auto status = merchantPaymentStatusCode(query.status))
        path << *status;
    ApiRequest r = request("getAllPaymentsByMerchantUid", "GET", path);
    appendPaging(r, query.page, query.limit, query.sorting);
    return m_transport->send<PaymentPage>(std::move(r), context, &pageOf<PaymentPage, Payment>,
                                          std::move(done));
}

CallHandle PortOneClient::getPaymentBalance(const QString &impUid, QObject *context,
                                            Done<PaymentBalance> done)
{
    if (FieldErrors errors = checkPathId("imp_uid", impUid); !errors.isEmpty()) {
        m_transport->refuse<PaymentBalance>(validationError(errors), context, std::move(done));
        return {};
    }
    return m_transport->send<PaymentBalance>(
        request("balanceByImpUid", "GET",
                { QStringLiteral("payments"), impUid, QStringLiteral("balance") }),
        context, &objectAs<PaymentBalance>, std::move(done));
}

} // namespace portone
