// Where payments are kept and found: the stored ones and the benchmark series built on demand.
#include "sandbox/SandboxData.h"

#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace portone::sandbox {

namespace {

constexpr qint64 DaySeconds = 24 * 60 * 60;
constexpr int SpreadCount = 120;
const QString BenchmarkImpPrefix = u"imp_7"_s;
const QString BenchmarkMerchantPrefix = u"bench_pay_"_s;
constexpr int ImpDigits = 11; // after the one-digit series mark: 12 digits, as PortOne's
constexpr int BenchmarkMerchantDigits = 7;

QString seriesStatus(int index)
{
    static const QStringList cycle { u"paid"_s,      u"paid"_s,   u"ready"_s, u"paid"_s,
                                     u"cancelled"_s, u"failed"_s, u"paid"_s };
    return cycle.at(index % cycle.size());
}

QString seriesMethod(int index)
{
    static const QStringList cycle { u"card"_s, u"vbank"_s, u"trans"_s, u"point"_s };
    return cycle.at(index % cycle.size());
}

qint64 seriesStartedAt(int index, int count, qint64 now)
{
    return now - 600 - (qint64(index - 1) * 365 * DaySeconds) / std::max(count, 1);
}

// The derived times of paymentAnnotation() (PaymentAnnotation.cpp).
PaymentTimes timesFor(const QString &status, qint64 startedAt)
{
    const bool paid = status == u"paid"_s || status == u"cancelled"_s;
    PaymentTimes t;
    t.status = status;
    t.startedAt = startedAt;
    t.paidAt = paid ? startedAt + 5 : 0;
    t.failedAt = status == u"failed"_s ? startedAt + 5 : 0;
    t.cancelledAt = status == u"cancelled"_s ? startedAt + 3600 : 0;
    return t;
}

// The benchmark index an id names, or 0.
int seriesIndex(const QString &id, const QString &prefix, int digits, const PaymentSeries &series)
{
    if (!id.startsWith(prefix) || id.size() != prefix.size() + digits)
        return 0;
    bool ok = false;
    const int index = id.mid(prefix.size()).toInt(&ok);
    if (!ok || index < 1 || index > series.count || series.stored.contains(index))
        return 0;
    return index;
}

PaymentInput benchmarkInput(const PaymentSeries &series, int index)
{
    PaymentInput in = seriesPayment(BenchmarkImpPrefix, BenchmarkMerchantPrefix, index,
                                    series.count, series.seededAt);
    in.merchantUid
        = BenchmarkMerchantPrefix + u"%1"_s.arg(index, BenchmarkMerchantDigits, 10, QChar(u'0'));
    return in;
}

QJsonObject *storeBenchmarkPayment(SandboxData &data, int index)
{
    data.benchmarkPayments.stored.insert(index);
    ++data.benchmarkPayments.generation;
    data.payments.append(paymentAnnotation(benchmarkInput(data.benchmarkPayments, index)));
    return &data.payments.last();
}

} // namespace

PaymentTimes PaymentTimes::of(const QJsonObject &payment)
{
    PaymentTimes t;
    t.status = payment.value(u"status"_s).toString();
    t.startedAt = payment.value(u"started_at"_s).toInteger();
    t.paidAt = payment.value(u"paid_at"_s).toInteger();
    t.failedAt = payment.value(u"failed_at"_s).toInteger();
    t.cancelledAt = payment.value(u"cancelled_at"_s).toInteger();
    return t;
}

qint64 PaymentTimes::statusTime() const
{
    if (status == u"paid"_s)
        return paidAt;
    if (status == u"cancelled"_s)
        return cancelledAt;
    if (status == u"failed"_s)
        return failedAt;
    return startedAt;
}

qint64 PaymentTimes::sortKey(const QString &field) const
{
    if (field == u"paid"_s)
        return paidAt;
    if (field == u"updated"_s)
        return std::max({ startedAt, paidAt, failedAt, cancelledAt });
    return startedAt;
}

QString bankName(const QString &code)
{
    static const QList<QPair<QString, QString>> codes = bankCodes();
    static const QHash<QString, QString> names(codes.cbegin(), codes.cend()); // every payment
    return names.value(code);
}

QJsonObject *SandboxData::payment(const QString &impUid)
{
    for (QJsonObject &p : payments) {
        if (p.value(u"imp_uid"_s).toString() == impUid)
            return &p;
    }
    if (const int index = seriesIndex(impUid, BenchmarkImpPrefix, ImpDigits, benchmarkPayments))
        return storeBenchmarkPayment(*this, index);
    return nullptr;
}

QList<QJsonObject *> SandboxData::paymentsByMerchantUid(const QString &merchantUid)
{
    if (const int index = seriesIndex(merchantUid, BenchmarkMerchantPrefix, BenchmarkMerchantDigits,
                                      benchmarkPayments))
        storeBenchmarkPayment(*this, index);
    QList<QJsonObject *> found;
    for (QJsonObject &p : payments) {
        if (p.value(u"merchant_uid"_s).toString() == merchantUid)
            found.append(&p);
    }
    return found;
}

PaymentTimes PaymentSeries::times(int index) const
{
    return timesFor(seriesStatus(index), seriesStartedAt(index, count, seededAt));
}

QByteArray SandboxData::paymentJson(PaymentRef ref) const
{
    if (ref >= 0)
        return QJsonDocument(payments.at(ref)).toJson(QJsonDocument::Compact);
    return paymentAnnotationJson(benchmarkInput(benchmarkPayments, int(-ref)));
}

PaymentInput seriesPayment(const QString &impPrefix, const QString &merchantPrefix, int index,
                           int count, qint64 now)
{
    static const QStringList products { u"무선 키보드"_s,    u"캠핑 의자"_s, u"스킨케어 세트"_s,
                                        u"원두 커피 500g"_s, u"요가 매트"_s, u"전자책 구독"_s };
    PaymentInput in;
    in.impUid = impPrefix + u"%1"_s.arg(index, ImpDigits, 10, QChar(u'0'));
    in.merchantUid = merchantPrefix + u"%1"_s.arg(index, 4, 10, QChar(u'0'));
    in.name = products.at(index % products.size());
    in.payMethod = seriesMethod(index);
    in.status = seriesStatus(index);
    in.amount = 1000.0 * (1 + index % 50);
    in.startedAt = seriesStartedAt(index, count, now);
    in.buyerName = u"박지호"_s;
    in.buyerEmail = u"spread@example.com"_s;
    in.buyerTel = u"010-3456-7890"_s;
    if (in.payMethod == u"card"_s)
        in.card = cardInfoFor(u"5361120000001238"_s);
    else if (in.payMethod == u"vbank"_s || in.payMethod == u"trans"_s)
        in.bankCode = in.payMethod == u"vbank"_s ? u"004"_s : u"088"_s;
    return in;
}

void seedPaymentSpread(SandboxData &data, qint64 now)
{
    for (int index = 1; index <= SpreadCount; ++index)
        data.payments.append(paymentAnnotation(
            seriesPayment(u"imp_6"_s, u"order_spread_"_s, index, SpreadCount, now)));

    PaymentInput payco;
    payco.impUid = u"imp_200000000009"_s;
    payco.merchantUid = u"order_20240101_0006"_s;
    payco.name = u"한우 선물세트"_s;
    payco.pgProvider = u"payco"_s;
    payco.pgId = u"PARTNERTEST"_s;
    payco.amount = 55000;
    payco.startedAt = now - 6 * DaySeconds;
    payco.buyerName = u"최수아"_s;
    payco.card = cardInfoFor(u"4111111111111111"_s);
    data.payments.append(paymentAnnotation(payco));

    PaymentInput vbank;
    vbank.impUid = u"imp_200000000010"_s;
    vbank.merchantUid = u"order_20240101_0007"_s;
    vbank.name = u"가습기"_s;
    vbank.payMethod = u"vbank"_s;
    vbank.amount = 70000;
    vbank.startedAt = now - 7 * DaySeconds;
    vbank.buyerName = u"정예준"_s;
    vbank.buyerTel = u"010-4567-8901"_s;
    vbank.buyerAddr = u"서울특별시 마포구 월드컵북로 396"_s;
    vbank.buyerPostcode = u"03925"_s;
    vbank.customData = uR"({"gift_wrap":true,"coupon":"WINTER10"})"_s;
    vbank.bankCode = u"004"_s;
    data.payments.append(paymentAnnotation(vbank));
}

void seedBenchmarkPayments(SandboxData &data, int count, qint64 now)
{
    for (const int index : std::as_const(data.benchmarkPayments.stored)) {
        const QString impUid = BenchmarkImpPrefix + u"%1"_s.arg(index, ImpDigits, 10, QChar(u'0'));
        data.payments.removeIf(
            [&](const QJsonObject &p) { return p.value(u"imp_uid"_s).toString() == impUid; });
    }
    data.benchmarkPayments
        = PaymentSeries { std::max(count, 0), now, {}, data.benchmarkPayments.generation + 1 };
}

} // namespace portone::sandbox
