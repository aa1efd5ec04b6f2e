// libFuzzer harness: every single-field input rule and every whole-request validator on
// arbitrary text (UTF-8 decoded, and raw UTF-16 code units so lone surrogates reach the rules
// too). Invariant: a rule that accepts a value accepts it again (rules are pure).
#include "core/validation/InputRules.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fuzzer/FuzzedDataProvider.h>
#include <vector>

using namespace portone;

namespace {

using Rule = std::optional<QString> (*)(const QString &);

QString nextText(FuzzedDataProvider &input)
{
    if (input.ConsumeBool()) {
        const std::string bytes = input.ConsumeRandomLengthString(64);
        return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    }
    const std::vector<uint8_t> bytes = input.ConsumeBytes<uint8_t>(
        input.ConsumeIntegralInRange<size_t>(0, 32) * sizeof(char16_t));
    std::vector<char16_t> units(bytes.size() / sizeof(char16_t));
    if (!units.empty())
        std::memcpy(units.data(), bytes.data(), units.size() * sizeof(char16_t));
    return QString::fromUtf16(units.data(), qsizetype(units.size()));
}

void checkFieldRules(const QString &value, double number)
{
    static const Rule rules[] = {
        &rules::required,  &rules::cardNumber,         &rules::cardExpiry,
        &rules::cardBirth, &rules::pwd2Digit,          &rules::cvc,
        &rules::otpBirth,  &rules::genderDigit,        &rules::phone,
        &rules::otpCode,   &rules::tierCode,           &rules::jsonObjectText,
        &rules::carrier,   &rules::verificationMethod, &rules::scheduleStatus,
        &rules::pathId,
    };
    for (const Rule rule : rules) {
        if (rule(value).has_value() != rule(value).has_value())
            std::abort();
    }
    static_cast<void>(rules::maxLength(value, rules::CustomerUidMaxLength));
    static_cast<void>(rules::luhnValid(rules::digitsOnly(value)));
    static_cast<void>(rules::amount(number));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    const double number = input.ConsumeFloatingPoint<double>();
    QStringList texts;
    for (int i = 0; i < 16; ++i)
        texts << nextText(input);
    for (const QString &text : std::as_const(texts))
        checkFieldRules(text, number);
    auto text = [&texts](int index) { return texts.at(index % texts.size()); };

    OtpRequest otp;
    otp.name = text(0);
    otp.phone = text(1);
    otp.birth = text(2);
    otp.genderDigit = text(3);
    otp.isMvno = input.ConsumeBool();
    otp.company = text(4);
    otp.merchantUid = text(5);
    otp.channelKey = text(6);
    otp.pg = text(7);
    otp.bypass = text(8);
    static_cast<void>(rules::validate(otp));
    static_cast<void>(rules::validateOtpConfirm(text(9), text(10), input.ConsumeBool()));

    BillingKeyRegistration registration;
    registration.customerUid = text(0);
    registration.channelKey = text(1);
    registration.pg = text(2);
    registration.cardNumber = text(3);
    registration.expiry = text(4);
    registration.birth = text(5);
    registration.pwd2Digit = text(6);
    registration.cvc = text(7);
    registration.customerId = text(8);
    registration.customerName = text(9);
    registration.customerTel = text(10);
    registration.customerEmail = text(11);
    registration.customerAddr = text(12);
    registration.customerPostcode = text(13);
    registration.channelGroupId = text(14);
    static_cast<void>(rules::validate(registration));

    BenepiaPaymentRequest payment;
    payment.account = { text(0), text(1), text(2) };
    payment.memberCode = text(3);
    payment.merchantUid = text(4);
    payment.amount = number;
    payment.name = text(5);
    payment.buyerName = text(6);
    payment.buyerEmail = text(7);
    payment.buyerTel = text(8);
    payment.buyerAddr = text(9);
    payment.buyerPostcode = text(10);
    payment.noticeUrls = { text(11), text(12) };
    payment.customData = text(13);
    static_cast<void>(rules::validate(payment.account));
    static_cast<void>(rules::validate(payment));

    ScheduleQuery query;
    query.customerUid = text(15);
    query.from = QDateTime::fromSecsSinceEpoch(input.ConsumeIntegral<qint32>(), Qt::UTC);
    query.to = QDateTime::fromSecsSinceEpoch(input.ConsumeIntegral<qint32>(), Qt::UTC);
    query.page = input.ConsumeIntegral<int>();
    static_cast<void>(rules::validate(query));

    const QDateTime now = QDateTime::fromSecsSinceEpoch(input.ConsumeIntegral<qint32>(), Qt::UTC);
    const QDateTime at = QDateTime::fromSecsSinceEpoch(input.ConsumeIntegral<qint32>(), Qt::UTC);
    BillingKeyCharge charge;
    charge.customerUid = text(0);
    charge.order.merchantUid = text(1);
    charge.order.amount = number;
    charge.order.currency = text(2);
    charge.order.taxFree = number / 2;
    charge.order.name = text(3);
    charge.order.buyerName = text(4);
    charge.order.buyerEmail = text(5);
    charge.order.cardQuota = input.ConsumeIntegral<int>();
    charge.order.productType = text(6);
    charge.order.productCount = input.ConsumeIntegral<int>();
    charge.order.cashReceiptType = text(7);
    charge.order.bypass = text(8);
    charge.channelKey = text(9);
    static_cast<void>(rules::validate(charge));
    ScheduleRequest schedule;
    schedule.customerUid = text(10);
    schedule.cardNumber = text(11);
    schedule.expiry = text(12);
    schedule.checkingAmount = input.ConsumeIntegral<int>();
    schedule.schedules
        = { ScheduledPayment { charge.order, at }, ScheduledPayment { charge.order, now } };
    static_cast<void>(rules::validate(schedule, now));
    static_cast<void>(rules::validate(ScheduleTimeChange { text(13), at, {}, {} }, now));
    ScheduleRangeQuery range;
    range.from = now;
    range.to = at;
    range.page = input.ConsumeIntegral<int>();
    range.limit = input.ConsumeIntegral<int>();
    static_cast<void>(rules::validate(range));
    static_cast<void>(
        rules::validateUnschedule(text(14), { text(15), text(1) }, input.ConsumeBool()));
    return 0;
}
