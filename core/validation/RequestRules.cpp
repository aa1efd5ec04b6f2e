#include "core/validation/InputRules.h"
#include "core/validation/RuleSupport.h"

#include <QCoreApplication>

// The whole-request checks of InputRules.h; the single-field rules are in InputRules.cpp.
namespace portone::rules {

using namespace support;

FieldErrors validate(const OtpRequest &request)
{
    FieldErrors errors;
    check(errors, "name", required(request.name));
    check(errors, "phone", phone(request.phone));
    check(errors, "birth", otpBirth(request.birth));
    check(errors, "gender_digit", genderDigit(request.genderDigit));
    check(errors, "carrier", carrier(carrierCode(request.carrier)));
    check(errors, "channel_key", required(request.channelKey));
    check(errors, "bypass", jsonObjectText(request.bypass));
    return errors;
}

FieldErrors validate(const BillingKeyRegistration &registration)
{
    FieldErrors errors;
    const auto &r = registration;
    check(errors, "customer_uid", pathId(r.customerUid));
    check(errors, "customer_uid", maxLength(r.customerUid, CustomerUidMaxLength));
    if (r.channelKey.trimmed().isEmpty() && r.pg.trimmed().isEmpty()) {
        check(errors, "channel_key",
              QCoreApplication::translate("portone::rules",
                                          "Choose a channel (channel_key), or enter the older pg "
                                          "value."));
    }
    check(errors, "channel_key", optionalMax(r.channelKey, ChannelKeyMaxLength));
    check(errors, "pg", optionalMax(r.pg, PgMaxLength));
    checkCardFields(errors, r.cardNumber, r.expiry, r.birth, r.pwd2Digit, r.cvc);
    check(errors, "customer_name", optionalMax(r.customerName, CustomerNameMaxLength));
    check(errors, "customer_tel", optionalMax(r.customerTel, CustomerTelMaxLength));
    check(errors, "customer_email", optionalMax(r.customerEmail, CustomerEmailMaxLength));
    check(errors, "customer_addr", optionalMax(r.customerAddr, CustomerAddrMaxLength));
    check(errors, "customer_postcode", optionalMax(r.customerPostcode, CustomerPostcodeMaxLength));
    check(errors, "channel_group_id", optionalMax(r.channelGroupId, ChannelGroupIdMaxLength));
    return errors;
}

FieldErrors validate(const BenepiaCredentials &account)
{
    FieldErrors errors;
    check(errors, "benepia_user", required(account.user));
    check(errors, "benepia_password", required(account.password));
    check(errors, "channel_key", required(account.channelKey));
    return errors;
}

FieldErrors validate(const BenepiaPaymentRequest &request)
{
    FieldErrors errors = validate(request.account);
    check(errors, "merchant_uid", requiredMax(request.merchantUid, BenepiaMerchantUidMaxLength));
    check(errors, "amount", amount(request.amount));
    check(errors, "name", requiredMax(request.name, BenepiaNameMaxLength));
    check(errors, "buyer_name", optionalMax(request.buyerName, BuyerNameMaxLength));
    check(errors, "buyer_email", optionalMax(request.buyerEmail, BuyerEmailMaxLength));
    check(errors, "buyer_tel", optionalMax(request.buyerTel, BuyerTelMaxLength));
    check(errors, "buyer_addr", optionalMax(request.buyerAddr, BuyerAddrMaxLength));
    check(errors, "buyer_postcode", optionalMax(request.buyerPostcode, BuyerPostcodeMaxLength));
    return errors;
}

FieldErrors validate(const ScheduleQuery &query)
{
    FieldErrors errors;
    check(errors, "customer_uid", pathId(query.customerUid));
    checkScheduleWindow(errors, query.from, query.to, "from", "to");
    if (query.page < 1)
        check(errors, "page", QCoreApplication::translate("portone::rules", "Pages start at 1."));
    return errors;
}

FieldErrors validateOtpConfirm(const QString &impUid, const QString &otp, bool appMode)
{
    FieldErrors errors;
    check(errors, "imp_uid", pathId(impUid));
    if (!appMode)
        check(errors, "otp", otpCode(otp));
    return errors;
}

FieldErrors validate(const PaymentCancellation &cancellation)
{
    FieldErrors errors;
    const auto &c = cancellation;
    if (c.impUid.trimmed().isEmpty() && c.merchantUid.trimmed().isEmpty()) {
        check(errors, "imp_uid",
              QCoreApplication::translate("portone::rules",
                                          "Enter the imp_uid or the merchant_uid of the payment."));
    }
    if (!c.impUid.isEmpty())
        check(errors, "imp_uid", pathId(c.impUid));
    if (c.impUid.isEmpty() && !c.merchantUid.isEmpty()) {
        check(errors, "merchant_uid", pathId(c.merchantUid));
        check(errors, "merchant_uid", maxLength(c.merchantUid, MerchantUidMaxLength));
    }
    check(errors, "amount", notNegative(c.amount));
    if (!c.checksum) {
        check(errors, "checksum",
              QCoreApplication::translate("portone::rules",
                                          "Look the payment up first: a refund sends the "
                                          "cancellable balance it was based on."));
    } else if (auto message = notNegative(c.checksum)) {
        check(errors, "checksum", message);
    } else if (c.amount && *c.amount > *c.checksum) {
        check(errors, "amount",
              QCoreApplication::translate("portone::rules",
                                          "More than the cancellable balance (%L1).")
                  .arg(*c.checksum, 0, 'f', 0));
    }
    check(errors, "tax_free", notNegative(c.taxFree));
    if (c.taxFree && c.amount && *c.amount > 0 && *c.taxFree > *c.amount) {
        check(errors, "tax_free",
              QCoreApplication::translate("portone::rules",
                                          "The tax-free part cannot exceed the refund amount."));
    }
    check(errors, "vat_amount", notNegative(c.vatAmount));
    if (c.payMethod == QLatin1String("vbank")) {
        check(errors, "refund_holder", required(c.refundHolder.trimmed()));
        check(errors, "refund_bank", required(c.refundBank.trimmed()));
        check(errors, "refund_account", required(c.refundAccount.trimmed()));
    }
    return errors;
}

FieldErrors validate(const PaymentStatusQuery &query)
{
    FieldErrors errors;
    if (query.from.isValid() && query.to.isValid()) {
        if (query.from > query.to) {
            check(errors, "to",
                  QCoreApplication::translate("portone::rules",
                                              "The end time must be after the start time."));
        } else if (query.to > query.from.addDays(PaymentSearchMaxDays)) {
            check(errors, "to",
                  QCoreApplication::translate("portone::rules",
                                              "Payments can be searched at most %1 days at a "
                                              "time; shorten the range.")
                      .arg(PaymentSearchMaxDays));
        }
    }
    checkPaging(errors, query.page, query.limit);
    return errors;
}

FieldErrors validate(const MerchantPaymentsQuery &query)
{
    FieldErrors errors;
    check(errors, "merchant_uid", pathId(query.merchantUid));
    check(errors, "merchant_uid", maxLength(query.merchantUid, MerchantUidMaxLength));
    checkPaging(errors, query.page, query.limit);
    return errors;
}

} // namespace portone::rules
