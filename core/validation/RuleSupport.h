#pragma once

#include "core/api/ApiError.h"
#include "core/validation/InputRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <optional>

// Building blocks of the whole-request checks (RequestRules.cpp, SubscriptionRules.cpp).
namespace portone::rules::support {

inline void check(FieldErrors &errors, const QString &field, const std::optional<QString> &message)
{
    if (message)
        errors.append(FieldError { field, *message });
}

inline void check(FieldErrors &errors, const char *field, const std::optional<QString> &message)
{
    check(errors, QString::fromLatin1(field), message);
}

// Required and at most `limit` characters.
inline std::optional<QString> requiredMax(const QString &value, int limit)
{
    if (auto message = required(value))
        return message;
    return maxLength(value, limit);
}

inline std::optional<QString> optionalMax(const QString &value, int limit)
{
    return value.isEmpty() ? std::nullopt : maxLength(value, limit);
}

inline std::optional<QString> notNegative(const std::optional<double> &value)
{
    if (value && *value < 0)
        return QCoreApplication::translate("portone::rules", "Enter 0 or more.");
    return std::nullopt;
}

inline void checkPaging(FieldErrors &errors, int page, int limit)
{
    if (page < 1)
        check(errors, "page", QCoreApplication::translate("portone::rules", "Pages start at 1."));
    if (limit < 1 || limit > PaymentListMaxLimit)
        check(errors, "limit",
              QCoreApplication::translate("portone::rules", "Between 1 and %1 per page.")
                  .arg(PaymentListMaxLimit));
}

// The card fields of a billing-key registration (customer_save, or schedule with card data):
// number and expiry required, the others checked when given.
inline void checkCardFields(FieldErrors &errors, const QString &number, const QString &expiry,
                            const QString &birth, const QString &password, const QString &code)
{
    check(errors, "card_number", cardNumber(number));
    check(errors, "expiry", cardExpiry(expiry));
    if (!birth.isEmpty())
        check(errors, "birth", cardBirth(birth));
    if (!password.isEmpty())
        check(errors, "pwd_2digit", pwd2Digit(password));
    if (!code.isEmpty())
        check(errors, "cvc", cvc(code));
}

// A schedule look-up's [from, to): both given, to after from, at most 3 months apart (checked in
// UTC, as the server reads UNIX seconds).
inline void checkScheduleWindow(FieldErrors &errors, const QDateTime &from, const QDateTime &to,
                                const char *fromField, const char *toField)
{
    if (!from.isValid())
        check(errors, fromField,
              QCoreApplication::translate("portone::rules", "Enter a start time."));
    if (!to.isValid())
        check(errors, toField, QCoreApplication::translate("portone::rules", "Enter an end time."));
    if (!from.isValid() || !to.isValid())
        return;
    if (from >= to) {
        check(errors, toField,
              QCoreApplication::translate("portone::rules",
                                          "The end time must be after the start time."));
    } else if (to > from.toUTC().addMonths(ScheduleSearchMaxMonths)) {
        check(errors, toField,
              QCoreApplication::translate("portone::rules",
                                          "Schedules can be searched at most 3 months at a "
                                          "time; shorten the range."));
    }
}

} // namespace portone::rules::support
