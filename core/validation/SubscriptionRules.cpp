// The whole-request checks of the subscription calls (again, schedule, unschedule, the schedule
// changes and the range look-up), from v1.openapi.json and SCOPE.md.
#include "core/validation/InputRules.h"
#include "core/validation/RuleSupport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace portone::rules {

using namespace support;

namespace {

QString orderField(const QString &prefix, const char *name)
{
    return prefix + QString::fromLatin1(name);
}

std::optional<QString> oneOfValues(const QString &value, const QStringList &allowed)
{
    if (value.isEmpty() || allowed.contains(value))
        return std::nullopt;
    return QCoreApplication::translate("portone::rules", "Use one of: %1.")
        .arg(allowed.join(QStringLiteral(", ")));
}

std::optional<QString> partOfAmount(const std::optional<double> &part, double amount)
{
    if (auto message = notNegative(part))
        return message;
    if (part && amount > 0 && *part > amount)
        return QCoreApplication::translate("portone::rules", "Cannot exceed the amount (%L1).")
            .arg(amount, 0, 'f', 0);
    return std::nullopt;
}

std::optional<QString> installmentMonths(const std::optional<int> &months, double amount)
{
    if (!months || *months == 0)
        return std::nullopt;
    if (*months < 2)
        return QCoreApplication::translate("portone::rules",
                                           "Installments are 2 months or more (0: lump sum).");
    if (amount < InstallmentMinimumAmount)
        return QCoreApplication::translate("portone::rules",
                                           "Installments need an amount of at least %L1.")
            .arg(InstallmentMinimumAmount, 0, 'f', 0);
    return std::nullopt;
}

std::optional<QString> currencyCode(const QString &value)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    if (value.isEmpty() || code.match(value).hasMatch())
        return std::nullopt;
    return QCoreApplication::translate("portone::rules",
                                       "A three-letter currency code, such as KRW or USD.");
}

std::optional<QString> futureTime(const QDateTime &value, const QDateTime &now)
{
    if (!value.isValid())
        return QCoreApplication::translate("portone::rules", "Enter a date and time.");
    if (value <= now)
        return QCoreApplication::translate("portone::rules",
                                           "Choose a time in the future (now: %1 UTC).")
            .arg(now.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    return std::nullopt;
}

// One order's fields, named prefix + the API parameter name ("" for again, "schedules[2]."
// for a row of a schedule request).
void checkOrder(FieldErrors &errors, const ChargeOrder &o, const QString &prefix)
{
    check(errors, orderField(prefix, "merchant_uid"), merchantUid(o.merchantUid));
    check(errors, orderField(prefix, "amount"), amount(o.amount));
    check(errors, orderField(prefix, "currency"), currencyCode(o.currency));
    check(errors, orderField(prefix, "tax_free"), partOfAmount(o.taxFree, o.amount));
    check(errors, orderField(prefix, "vat_amount"), partOfAmount(o.vatAmount, o.amount));
    check(errors, orderField(prefix, "name"), requiredMax(o.name.trimmed(), OrderNameMaxLength));
    check(errors, orderField(prefix, "buyer_name"), optionalMax(o.buyerName, BuyerNameMaxLength));
    check(errors, orderField(prefix, "buyer_email"),
          optionalMax(o.buyerEmail, BuyerEmailMaxLength));
    check(errors, orderField(prefix, "buyer_tel"), optionalMax(o.buyerTel, BuyerTelMaxLength));
    check(errors, orderField(prefix, "buyer_addr"), optionalMax(o.buyerAddr, BuyerAddrMaxLength));
    check(errors, orderField(prefix, "buyer_postcode"),
          optionalMax(o.buyerPostcode, BuyerPostcodeMaxLength));
    check(errors, orderField(prefix, "card_quota"), installmentMonths(o.cardQuota, o.amount));
    check(errors, orderField(prefix, "product_type"),
          oneOfValues(o.productType, { QStringLiteral("real"), QStringLiteral("digital") }));
    if (o.productCount && *o.productCount < 1)
        check(errors, orderField(prefix, "product_count"),
              QCoreApplication::translate("portone::rules", "Enter 1 or more."));
    check(errors, orderField(prefix, "cash_receipt_type"),
          oneOfValues(o.cashReceiptType,
                      { QStringLiteral("person"), QStringLiteral("company"),
                        QStringLiteral("anonymous") }));
    check(errors, orderField(prefix, "bypass"), jsonObjectText(o.bypass));
}

void checkCustomerUid(FieldErrors &errors, const QString &customerUid)
{
    check(errors, "customer_uid", pathId(customerUid));
    check(errors, "customer_uid", maxLength(customerUid, CustomerUidMaxLength));
}

} // namespace

std::optional<QString> merchantUid(const QString &value)
{
    if (auto message = pathId(value))
        return message;
    return maxLength(value, MerchantUidMaxLength);
}

FieldErrors validate(const BillingKeyCharge &charge)
{
    FieldErrors errors;
    checkCustomerUid(errors, charge.customerUid);
    checkOrder(errors, charge.order, QString());
    check(errors, "channel_key", optionalMax(charge.channelKey, ChannelKeyMaxLength));
    return errors;
}

FieldErrors validate(const ScheduleRequest &request, const QDateTime &now)
{
    FieldErrors errors;
    const ScheduleRequest &r = request;
    checkCustomerUid(errors, r.customerUid);
    check(errors, "channel_key", optionalMax(r.channelKey, ChannelKeyMaxLength));
    if (r.checkingAmount && *r.checkingAmount < 0)
        check(errors, "checking_amount", notNegative(double(*r.checkingAmount)));
    // Card data registers a billing key with the schedule: then the registration's rules.
    const bool withCard = !r.cardNumber.isEmpty() || !r.expiry.isEmpty() || !r.birth.isEmpty()
        || !r.pwd2Digit.isEmpty() || !r.cvc.isEmpty();
    if (withCard)
        checkCardFields(errors, r.cardNumber, r.expiry, r.birth, r.pwd2Digit, r.cvc);
    if (r.schedules.isEmpty())
        check(errors, "schedules",
              QCoreApplication::translate("portone::rules", "Add at least one payment."));
    QSet<QString> seen;
    for (qsizetype i = 0; i < r.schedules.size(); ++i) {
        const ScheduledPayment &row = r.schedules.at(i);
        const QString prefix = QStringLiteral("schedules[%1].").arg(i);
        checkOrder(errors, row.order, prefix);
        check(errors, prefix + QStringLiteral("schedule_at"), futureTime(row.scheduleAt, now));
        if (!row.order.merchantUid.isEmpty() && seen.contains(row.order.merchantUid)) {
            check(errors, prefix + QStringLiteral("merchant_uid"),
                  QCoreApplication::translate("portone::rules",
                                              "Each payment needs its own merchant_uid; %1 is "
                                              "used twice.")
                      .arg(row.order.merchantUid));
        }
        seen.insert(row.order.merchantUid);
    }
    return errors;
}

FieldErrors validate(const ScheduleTimeChange &change, const QDateTime &now)
{
    FieldErrors errors;
    check(errors, "merchant_uid", merchantUid(change.merchantUid));
    check(errors, "schedule_at", futureTime(change.scheduleAt, now));
    return errors;
}

FieldErrors validate(const ScheduleRangeQuery &query)
{
    FieldErrors errors;
    checkScheduleWindow(errors, query.from, query.to, "schedule_from", "schedule_to");
    if (query.page < 1)
        check(errors, "page", QCoreApplication::translate("portone::rules", "Pages start at 1."));
    if (query.limit < 1 || query.limit > ScheduleListMaxLimit)
        check(errors, "limit",
              QCoreApplication::translate("portone::rules", "Between 1 and %1 per page.")
                  .arg(ScheduleListMaxLimit));
    return errors;
}

FieldErrors validateUnschedule(const QString &customerUid, const QStringList &merchantUids,
                               bool all)
{
    FieldErrors errors;
    if (all || !customerUid.isEmpty())
        checkCustomerUid(errors, customerUid);
    if (all)
        return errors;
    if (merchantUids.isEmpty())
        check(errors, "merchant_uid",
              QCoreApplication::translate("portone::rules",
                                          "Choose the scheduled payments to cancel."));
    QSet<QString> seen;
    for (const QString &id : merchantUids) {
        if (const auto message = merchantUid(id)) {
            check(errors, "merchant_uid", message);
            break;
        }
        if (seen.contains(id)) {
            check(errors, "merchant_uid",
                  QCoreApplication::translate("portone::rules", "%1 is listed twice.").arg(id));
            break;
        }
        seen.insert(id);
    }
    return errors;
}

} // namespace portone::rules
