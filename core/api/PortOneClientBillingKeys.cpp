// Billing-key (빌링키) endpoints of PortOneClient.
#include "core/api/ApiTransport.h"
#include "core/api/ClientSupport.h"
#include "core/api/JsonRead.h"
#include "core/api/PortOneClient.h"
#include "core/validation/InputRules.h"

namespace portone {

using namespace client;

namespace {

QStringList customerPath(const QString &customerUid)
{
    return { QStringLiteral("subscribe"), QStringLiteral("customers"), customerUid };
}

} // namespace

CallHandle PortOneClient::getBillingKey(const QString &customerUid, QObject *context,
                                        Done<BillingKey> done)
{
    if (FieldErrors errors = checkPathId("customer_uid", customerUid); !errors.isEmpty()) {
        m_transport->refuse<BillingKey>(validationError(errors), context, std::move(done));
        return {};
    }
    return m_transport->send<BillingKey>(request("customer_view", "GET", customerPath(customerUid)),
                                         context, &objectAs<BillingKey>, std::move(done));
}

// 200 and 207: the keys found, and the requested ids that are not among them (missing, or
// failed when a 207 carries a code other than 0).
// A 404 (none found) is reported as a success with every id missing, httpStatus 404.
CallHandle PortOneClient::getBillingKeys(const QStringList &customerUids, QObject *context,
                                         Done<BillingKeyBatch> done)
{
    if (FieldErrors errors = checkIdList("customer_uid[]", customerUids); !errors.isEmpty()) {
        m_transport->refuse<BillingKeyBatch>(validationError(errors), context, std::move(done));
        return {};
    }
    ApiRequest r = request("customer_view_multiple", "GET",
                           { QStringLiteral("subscribe"), QStringLiteral("customers") });
    for (const QString &id : customerUids)
        r.query.append({ QStringLiteral("customer_uid[]"), id });
    r.multiLookup = true;
    auto parse = [customerUids](const RawResponse &raw) -> Result<BillingKeyBatch> {
        Result<QList<BillingKey>> keys = listOf<BillingKey>(raw);
        if (!keys.ok())
            return keys.error();
        BillingKeyBatch batch;
        batch.httpStatus = raw.httpStatus;
        batch.found = keys.value();
        QSet<QString> found;
        for (const BillingKey &key : batch.found)
            found.insert(key.customerUid());
        AbsentIds absent = absentIds(raw, missingIds(customerUids, found));
        batch.missing = std::move(absent.missing);
        batch.failed = std::move(absent.failed);
        batch.failure = std::move(absent.failure);
        return batch;
    };
    return m_transport->send<BillingKeyBatch>(std::move(r), context, parse, std::move(done));
}

CallHandle PortOneClient::registerBillingKey(const BillingKeyRegistration &registration,
                                             QObject *context, Done<BillingKey> done)
{
    if (FieldErrors errors = rules::validate(registration); !errors.isEmpty()) {
        m_transport->refuse<BillingKey>(validationError(errors), context, std::move(done));
        return {};
    }
    ApiRequest r = request("customer_save", "POST", customerPath(registration.customerUid));
    QJsonObject body;
    putText(body, "channel_key", registration.channelKey);
    putText(body, "pg", registration.pg);
    putText(body, "card_number", registration.cardNumber);
    putText(body, "expiry", registration.expiry);
    putText(body, "birth", registration.birth);
    putText(body, "pwd_2digit", registration.pwd2Digit);
    putText(body, "cvc", registration.cvc);
    putText(body, "customer_id", registration.customerId);
    putText(body, "customer_name", registration.customerName);
    putText(body, "customer_tel", registration.customerTel);
    putText(body, "customer_email", registration.customerEmail);
    putText(body, "customer_addr", registration.customerAddr);
    putText(body, "customer_postcode", registration.customerPostcode);
    putText(body, "channel_group_id", registration.channelGroupId);
    r.body = body;
    r.changesState = true;
    r.summary = tr("A billing-key registration for customer_uid %1").arg(registration.customerUid);
    r.waitsOnPg = true;
    return m_transport->send<BillingKey>(std::move(r), context, &objectAs<BillingKey>,
                                         std::move(done));
}

CallHandle PortOneClient::deleteBillingKey(const QString &customerUid, const QString &reason,
                                           const QString &requester, QObject *context,
                                           Done<BillingKey> done)
{
    if (FieldErrors errors = checkPathId("customer_uid", customerUid); !errors.isEmpty()) {
        m_transport->refuse<BillingKey>(validationError(errors), context, std::move(done));
        return {};
    }
    ApiRequest r = request("customer_delete", "DELETE", customerPath(customerUid));
    if (!reason.isEmpty())
        r.query.append({ QStringLiteral("reason"), reason });
    if (!requester.isEmpty())
        r.query.append({ QStringLiteral("extra[requester]"), requester });
    r.changesState = true;
    r.summary = tr("The deletion of billing key %1").arg(customerUid);
    return m_transport->send<BillingKey>(std::move(r), context, &objectAs<BillingKey>,
                                         std::move(done));
}

CallHandle PortOneClient::getBillingKeyPayments(const QString &customerUid, int page,
                                                QObject *context, Done<PaymentPage> done)
{
    FieldErrors errors = checkPathId("customer_uid", customerUid);
    if (page < 1)
        errors.append({ QStringLiteral("page"), tr("The page number starts at 1.") });
    if (!errors.isEmpty()) {
        m_transport->refuse<PaymentPage>(validationError(errors), context, std::move(done));
        return {};
    }
    ApiRequest r = request("customer_payments", "GET",
                           customerPath(customerUid) << QStringLiteral("payments"));
    r.query.append({ QStringLiteral("page"), QString::number(page) });
    return m_transport->send<PaymentPage>(std::move(r), context, &pageOf<PaymentPage, Payment>,
                                          std::move(done));
}

CallHandle PortOneClient::getSchedules(const ScheduleQuery &query, QObject *context,
                                       Done<SchedulePage> done)
{
    if (FieldErrors errors = rules::validate(query); !errors.isEmpty()) {
        m_transport->refuse<SchedulePage>(validationError(errors), context, std::move(done));
        return {};
    }
    ApiRequest r = request("findSchedulesByCustomer", "GET",
                           customerPath(query.customerUid) << QStringLiteral("schedules"));
    appendScheduleQuery(r, query);
    return m_transport->send<SchedulePage>(std::move(r), context, &pageOf<SchedulePage, Schedule>,
                                           std::move(done));
}

} // namespace portone
