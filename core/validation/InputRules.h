#pragma once

#include "core/api/ApiError.h"
#include "core/api/BillingKeyModels.h"
#include "core/api/CertificationModels.h"
#include "core/api/PaymentModels.h"
#include "core/api/ReferenceModels.h"
#include "core/api/SubscriptionModels.h"

#include <QString>
#include <optional>

// Input rules taken from v1.openapi.json and SCOPE.md, checked before anything is sent.
// Each single-field check returns the message to show next to the field, or nullopt when the
// value is acceptable. Messages are translatable (context "portone::rules").
namespace portone::rules {

// Field limits from the spec (maxLength).
inline constexpr int CustomerUidMaxLength = 80;
inline constexpr int ChannelKeyMaxLength = 55;
inline constexpr int PgMaxLength = 80;
inline constexpr int ChannelGroupIdMaxLength = 55;
inline constexpr int CustomerNameMaxLength = 20;
inline constexpr int CustomerTelMaxLength = 20;
inline constexpr int CustomerEmailMaxLength = 200;
inline constexpr int CustomerAddrMaxLength = 200;
inline constexpr int CustomerPostcodeMaxLength = 8;
inline constexpr int BenepiaMerchantUidMaxLength = 40;
inline constexpr int BenepiaNameMaxLength = 40;
inline constexpr int BuyerNameMaxLength = 16;
inline constexpr int BuyerEmailMaxLength = 64;
inline constexpr int BuyerTelMaxLength = 16;
inline constexpr int BuyerAddrMaxLength = 128;
inline constexpr int BuyerPostcodeMaxLength = 8;
inline constexpr int MerchantUidMaxLength = 40; // SCOPE.md: merchant_uid
// GET /payments/status and /payments/findAll: "최대 1000건"; the status search spans at most
// 90 days per request.
inline constexpr int PaymentListMaxLimit = 1000;
inline constexpr int PaymentSearchMaxDays = 90;
// The subscription calls (again, schedule; SubscriptionRules.cpp).
inline constexpr int OrderNameMaxLength = 40;
inline constexpr int ScheduleListMaxLimit = 1000; // findSchedulesByRange: "최대 1000건"
inline constexpr int ScheduleSearchMaxMonths = 3; // "최대 3개월 단위로 조회가 가능"
inline constexpr double InstallmentMinimumAmount = 50000; // card_quota: "50,000원 이상 한정"

std::optional<QString> required(const QString &value);
std::optional<QString> maxLength(const QString &value, int limit);

QString digitsOnly(const QString &value); // drops everything but 0-9
bool luhnValid(const QString &digits);

std::optional<QString> cardNumber(const QString &value); // digits (separators allowed), 13-19, Luhn
std::optional<QString> cardExpiry(const QString &value); // YYYY-MM, month 01-12
std::optional<QString>
cardBirth(const QString &value); // 6-digit date of birth or 10-digit business number
std::optional<QString> pwd2Digit(const QString &value); // exactly 2 digits
std::optional<QString> cvc(const QString &value); // 3 or 4 digits
std::optional<QString> otpBirth(const QString &value); // YYMMDD after removing - and .; a real date
std::optional<QString> genderDigit(const QString &value); // one digit 1-8
std::optional<QString>
phone(const QString &value); // digits after removing - . and spaces, 9-11 digits
constexpr int OtpCodeMaxLength = 12;
std::optional<QString> otpCode(const QString &value); // 1 to OtpCodeMaxLength digits
std::optional<QString> tierCode(const QString &value); // exactly 3 of A-Z0-9
std::optional<QString> amount(double value); // > 0
std::optional<QString> jsonObjectText(const QString &value); // empty, or valid JSON
std::optional<QString> carrier(const QString &value); // SKT, KT, LGT
std::optional<QString> verificationMethod(const QString &value); // SMS, APP
std::optional<QString> scheduleStatus(const QString &value); // scheduled, executed, revoked
// Non-empty, no control characters, not "." or "..".
std::optional<QString> pathId(const QString &value);
QString tooManyIds(int count, int maximum); // "%1 ids: at most %2 …"

// Whole-request checks: every failing field, keyed by the API parameter name.
FieldErrors validate(const OtpRequest &request);
FieldErrors validate(const BillingKeyRegistration &registration);
FieldErrors validate(const BenepiaCredentials &account);
FieldErrors validate(const BenepiaPaymentRequest &request);
FieldErrors validate(const ScheduleQuery &query);
FieldErrors validate(const PaymentCancellation &cancellation);
FieldErrors validate(const PaymentStatusQuery &query);
FieldErrors validate(const MerchantPaymentsQuery &query);
// now: the client's clock, for the rule that a schedule_at lies in the future.
FieldErrors validate(const BillingKeyCharge &charge);
FieldErrors validate(const ScheduleRequest &request, const QDateTime &now);
FieldErrors validate(const ScheduleTimeChange &change, const QDateTime &now);
FieldErrors validate(const ScheduleRangeQuery &query);
// Cancelling chosen schedules: merchant_uids required; customer_uid optional (empty: across
// customers). all: every schedule of customer_uid (no merchant_uid sent).
FieldErrors validateUnschedule(const QString &customerUid, const QStringList &merchantUids,
                               bool all);
// A merchant_uid that goes into a path: non-empty, no control characters, at most 40.
std::optional<QString> merchantUid(const QString &value);
FieldErrors validateOtpConfirm(const QString &impUid, const QString &otp, bool appMode);

} // namespace portone::rules
