// Subscription endpoints of PortOneClient: again, schedule, unschedule, the schedule look-ups
// (by range, by merchant_uid, by customer on the newer path) and the changes of one schedule
// (updateScheduleByMid, rescheduleByMid, retryScheduleByMid).
#include "core/api/ApiTransport.h"
#include "core/api/ClientSupport.h"
#include "core/api/PortOneClient.h"
#include "core/validation/InputRules.h"

#include <QTimeZone>

namespace portone {

using namespace client;

namespace {

QStringList schedulePath(const QString &merchantUid = {})
{
    QStringList path { QStringLiteral("subscribe"), QStringLiteral("payments"),
                       QStringLiteral("schedule") };
    if (!merchantUid.isEmpty())
        path << merchantUid;
    return path;
}

void putNumber(QJsonObject &body, const char *key, const std::optional<double> &value)
{
    if (value)
        body.insert(QString::fromLatin1(key), *value);
}

void putInteger(QJsonObject &body, const char *key, const std::optional<int> &value)
{
    if (value)
        body.insert(QString::fromLatin1(key), *value);
}

void putFlag(QJsonObject &body, const char *key, const std::optional<bool> &value)
{
    if (value)
        body.insert(QString::fromLatin1(key), *value);
}

// The parameters of one order, as again and each entry of schedules name them.
void putOrder(QJsonObject &body, const ChargeOrder &o)
{
    putText(body, "merchant_uid", o.merchantUid);
    body.insert(QStringLiteral("amount"), o.amount);
    putText(body, "currency", o.currency);
    putNumber(body, "tax_free", o.taxFree);
    putNumber(body, "vat_amount", o.vatAmount);
    putText(body, "name", o.name);
    putText(body, "buyer_name", o.buyerName);
    putText(body, "buyer_email", o.buyerEmail);
    putText(body, "buyer_tel", o.buyerTel);
    putText(body, "buyer_addr", o.buyerAddr);
    putText(body, "buyer_postcode", o.buyerPostcode);
    putInteger(body, "card_quota", o.cardQuota);
    putFlag(body, "interest_free_by_merchant", o.interestFreeByMerchant);
    putFlag(body, "use_card_point", o.useCardPoint);
    putText(body, "custom_data", o.customData);
    putText(body, "notice_url", o.noticeUrl);
    putText(body, "product_type", o.productType);
    putInteger(body, "product_count", o.productCount);
    putText(body, "cash_receipt_type", o.cashReceiptType);
    putText(body, "browser_ip", o.browserIp);
    putText(body, "bypass", o.bypass);
    putText(body, "promotion_id", o.promotionId);
}

// A time as the operator reads it in a summary: Korea's time, where PortOne schedules run.
QString koreanTime(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Seoul")))
        .toString(QStringLiteral("yyyy-MM-dd HH:mm 'KST'"));
}

QString amountText(double amount)
{
    return QStringLiteral("%L1").arg(amount, 0, 'f', 0);
}

// "merchant_uid X (12,000, billing key Y)": the schedule a change acts on, with what the
// operator knew of it.
QString scheduleSubject(const QString &merchantUid, const QString &customerUid,
                        const std::optional<double> &amount)
{
    QStringList known;
    if (amount)
        known << amountText(*amount);
    if (!customerUid.isEmpty())
        known << PortOneClient::tr("billing key %1").arg(customerUid);
    const QString subject = QStringLiteral("merchant_uid ") + merchantUid;
    return known.isEmpty() ? subject : subject + QStringLiteral(" (%1)").arg(known.join(u", "));
}

} // namespace

QJsonObject scheduleRequestBody(const ScheduleRequest &request)
{
    QJsonObject body;
    putText(body, "customer_uid", request.customerUid);
    putText(body, "customer_id", request.customerId);
    putInteger(body, "checking_amount", request.checkingAmount);
    putText(body, "card_number", request.cardNumber);
    putText(body, "expiry", request.expiry);
    putText(body, "birth", request.birth);
    putText(body, "pwd_2digit", request.pwd2Digit);
    putText(body, "cvc", request.cvc);
    putText(body, "channel_key", request.channelKey);
    QJsonArray schedules;
    for (const ScheduledPayment &row : request.schedules) {
        QJsonObject entry;
        putOrder(entry, row.order);
        // ScheduleAnnotation requires currency (default KRW).
        if (row.order.currency.isEmpty())
            entry.insert(QStringLiteral("currency"), QStringLiteral("KRW"));
        entry.insert(QStringLiteral("schedule_at"), row.scheduleAt.toSecsSinceEpoch());
        schedules.append(entry);
    }
    body.insert(QStringLiteral("schedules"), schedules);
    return body;
}

CallHandle PortOneClient::getCustomerSchedules(const ScheduleQuery &query, QObject *context,
                                               Done<SchedulePage> done)
{
    if (FieldErrors errors = rules::validate(query); !errors.isEmpty()) {
        m_transport->refuse<SchedulePage>(validationError(errors), context, std::move(done));
        return {};
    }
    ApiRequest r = request("findSchedulesByCustomer", "GET",
                           schedulePath() << QStringLiteral("customers") << query.customerUid);
    appendScheduleQuery(r, query);
    return m_transport->send<SchedulePage>(std::move(r), context, &pageOf<SchedulePage, Schedule>,
                                           std::move(done));
}

CallHandle PortOneClient::chargeBillingKey(const BillingKeyCharge &charge, QObject *context,
                                           Done<ChargeResult> done)
{
    if (FieldErrors errors = rules::validate(charge); !errors.isEmpty()) {
        m_transport->refuse<ChargeResult>(validationError(errors), context, std::move(done));
        return {};
    }
    QJsonObject body;
    putText(body, "customer_uid", charge.customerUid);
    putOrder(body, charge.order);
    putText(body, "channel_key", charge.channelKey);
    if (!charge.naverUseCfm.isEmpty())
        body.insert(QStringLiteral("extra"),
                    QJsonObject { { QStringLiteral("naverUseCfm"), charge.naverUseCfm } });
    ApiRequest r = request(
        "again", "POST",
        { QStringLiteral("subscribe"), QStringLiteral("payments"), QStringLiteral("again") });
    r.body = body;
    r.changesState = true;
    r.waitsOnPg = true;
    r.summary
        = tr("A charge of %1 to billing key %2 (merchant_uid %3)")
              .arg(amountText(charge.order.amount), charge.customerUid, charge.order.merchantUid);
    return m_transport->send<ChargeResult>(std::move(r), context, &objectAs<ChargeResult>,
                                           std::move(done));
}

CallHandle PortOneClient::schedulePayments(const ScheduleRequest &scheduling, QObject *context,
                                           Done<QList<Schedule>> done)
{
    if (FieldErrors errors = rules::validate(scheduling, m_transport->now()); !errors.isEmpty()) {
        m_transport->refuse<QList<Schedule>>(validationError(errors), context, std::move(done));
        return {};
    }
    QStringList merchantUids;
    double total = 0;
    for (const ScheduledPayment &row : scheduling.schedules) {
        merchantUids << row.order.merchantUid;
        total += row.order.amount;
    }
    ApiRequest r = request("schedule", "POST", schedulePath());
    r.body = scheduleRequestBody(scheduling);
    r.changesState = true;
    // With card data PortOne issues the billing key first; a checking amount is a real approval.
    r.waitsOnPg = !scheduling.cardNumber.isEmpty() || scheduling.checkingAmount.value_or(0) > 0;
    r.summary = tr("Scheduling %1 payment(s) of billing key %2, %3 in total (merchant_uid %4)")
                    .arg(QString::number(scheduling.schedules.size()), scheduling.customerUid,
                         amountText(total), merchantUids.join(QStringLiteral(", ")));
    return m_transport->send<QList<Schedule>>(std::move(r), context, &listOf<Schedule>,
                                              std::move(done));
}

CallHandle PortOneClient::unschedulePayments(const QString &customerUid,
                                             const QStringList &merchantUids, QObject *context,
                                             Done<QList<Schedule>> done)
{
    if (FieldErrors errors = rules::validateUnschedule(customerUid, merchantUids, false);
        !errors.isEmpty()) {
        m_transport->refuse<QList<Schedule>>(validationError(errors), context, std::move(done));
        return {};
    }
    QJsonObject body;
    putText(body, "customer_uid", customerUid);
    body.insert(QStringLiteral("merchant_uid"), QJsonArray::fromStringList(merchantUids));
    ApiRequest r = request(
        "unschedule", "POST",
        { QStringLiteral("subscribe"), QStringLiteral("payments"), QStringLiteral("unschedule") });
    r.body = body;
    r.changesState = true;
    const QString ids = merchantUids.join(QStringLiteral(", "));
    r.summary = customerUid.isEmpty()
        ? tr("Cancelling the scheduled payments merchant_uid %1").arg(ids)
        : tr("Cancelling the scheduled payments merchant_uid %1 of billing key %2")
              .arg(ids, customerUid);
    return m_transport->send<QList<Schedule>>(std::move(r), context, &listOf<Schedule>,
                                              std::move(done));
}

CallHandle PortOneClient::unscheduleAllPayments(const QString &customerUid, QObject *context,
                                                Done<QList<Schedule>> done)
{
    if (FieldErrors errors = rules::validateUnschedule(customerUid, {}, true); !errors.isEmpty()) {
        m_transport->refuse<QList<Schedule>>(validationError(errors), context, std::move(done));
        return {};
    }
    QJsonObject body;
    putText(body, "customer_uid", customerUid);
    ApiRequest r = request(
        "unschedule", "POST",
        { QStringLiteral("subscribe"), QStringLiteral("payments"), QStringLiteral("unschedule") });
    r.body = body;
    r.changesState = true;
    r.summary = tr("Cancelling every scheduled payment of billing key %1").arg(customerUid);
    return m_transport->send<QList<Schedule>>(std::move(r), context, &listOf<Schedule>,
                                              std::move(done));
}

CallHandle PortOneClient::getSchedulesByRange(const ScheduleRangeQuery &query, QObject *context,
                                              Done<SchedulePage> done)
{
    if (FieldErrors errors = rules::validate(query); !errors.isEmpty()) {
        m_transport->refuse<SchedulePage>(validationError(errors), context, std::move(done));
        return {};
    }
    ApiRequest r = request("findSchedulesByRange", "GET", schedulePath());
    r.query.append(
        { QStringLiteral("schedule_from"), QString::number(query.from.toSecsSinceEpoch()) });
    r.query.append({ QStringLiteral("schedule_to"), QString::number(query.to.toSecsSinceEpoch()) });
    if (query.status)
        r.query.append({ QStringLiteral("schedule_status"), scheduleStatusCode(*query.status) });
    r.query.append({ QStringLiteral("page"), QString::number(query.page) });
    r.query.append({ QStringLiteral("limit"), QString::number(query.limit) });
    if (query.oldestFirst)
        r.query.append({ QStringLiteral("sorting"), QStringLiteral("scheduled") });
    return m_transport->send<SchedulePage>(std::move(r), context, &pageOf<SchedulePage, Schedule>,
                                           std::move(done));
}

CallHandle PortOneClient::getScheduleByMerchantUid(const QString &merchantUid, QObject *context,
                                                   Done<Schedule> done)
{
    if (const auto message = rules::merchantUid(merchantUid)) {
        m_transport->refuse<Schedule>(
            validationError({ FieldError { QStringLiteral("merchant_uid"), *message } }), context,
            std::move(done));
        return {};
    }
    return m_transport->send<Schedule>(
        request("getScheduleByMid", "GET", schedulePath(merchantUid)), context, &objectAs<Schedule>,
        std::move(done));
}

CallHandle PortOneClient::updateScheduleTime(const ScheduleTimeChange &change, QObject *context,
                                             Done<Schedule> done)
{
    return sendScheduleTime(request("updateScheduleByMid", "PUT", schedulePath(change.merchantUid)),
                            change, tr("Moving the scheduled payment %1 to %2"), context,
                            std::move(done));
}

CallHandle PortOneClient::reschedulePayment(const ScheduleTimeChange &change, QObject *context,
                                            Done<Schedule> done)
{
    return sendScheduleTime(
        request("rescheduleByMid", "POST",
                schedulePath(change.merchantUid) << QStringLiteral("reschedule")),
        change, tr("Scheduling the failed payment %1 again for %2"), context, std::move(done));
}

CallHandle PortOneClient::sendScheduleTime(ApiRequest r, const ScheduleTimeChange &change,
                                           const QString &summary, QObject *context,
                                           Done<Schedule> done)
{
    if (FieldErrors errors = rules::validate(change, m_transport->now()); !errors.isEmpty()) {
        m_transport->refuse<Schedule>(validationError(errors), context, std::move(done));
        return {};
    }
    r.body
        = QJsonObject { { QStringLiteral("schedule_at"), change.scheduleAt.toSecsSinceEpoch() } };
    r.changesState = true;
    r.summary = summary.arg(scheduleSubject(change.merchantUid, change.customerUid, change.amount),
                            koreanTime(change.scheduleAt));
    return m_transport->send<Schedule>(std::move(r), context, &objectAs<Schedule>, std::move(done));
}

CallHandle PortOneClient::retryScheduledPayment(const ScheduleRetry &retry, QObject *context,
                                                Done<ChargeResult> done)
{
    if (const auto message = rules::merchantUid(retry.merchantUid)) {
        m_transport->refuse<ChargeResult>(
            validationError({ FieldError { QStringLiteral("merchant_uid"), *message } }), context,
            std::move(done));
        return {};
    }
    ApiRequest r = request("retryScheduleByMid", "POST",
                           schedulePath(retry.merchantUid) << QStringLiteral("retry"));
    r.changesState = true;
    r.waitsOnPg = true;
    r.summary = tr("Charging the failed scheduled payment %1 now")
                    .arg(scheduleSubject(retry.merchantUid, retry.customerUid, retry.amount));
    return m_transport->send<ChargeResult>(std::move(r), context, &objectAs<ChargeResult>,
                                           std::move(done));
}

} // namespace portone
