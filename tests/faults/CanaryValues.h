#pragma once

// The canary values the canary-secrets session types into every sensitive field.
#include "tests/support/CanarySearch.h"

#include <QList>
#include <QString>
#include <utility>

namespace portone::test::canary {

using namespace Qt::StringLiterals;

inline const QString impKey = u"canary_imp_key"_s;
inline const QString impSecret = u"CANARY-imp-secret-7Qx9Lp2Vw4"_s;
inline const QString cardNumber = u"5372841693051001"_s; // Luhn-valid; only "1001" may appear
inline const QString expiry = u"2037-11"_s;
inline const QString cardBirth = u"880229"_s;
inline const QString pwd2Digit = u"47"_s;
inline const QString cvc = u"815"_s;
inline const QString benepiaUser = u"canary_bnp_user"_s;
inline const QString benepiaPassword = u"CNRYbnpPw8812"_s;
inline const QString certName = u"김카나리"_s;
inline const QString certPhone = u"010-7391-4682"_s;
inline const QString certBirth = u"770412"_s;
// One digit: searched as the parameters that carry it, and with the birth date (770412-2).
inline const QString certGenderDigit = u"2"_s;

// The canaries long enough to be searched as they are. The 1-, 2-, 3- and 6-digit values
// (gender_digit, pwd_2digit, cvc, and the OTP the sandbox issues) would match unrelated numbers,
// so they are searched as the parameters that would carry them.
inline QList<Canary> canaries(const QString &otp)
{
    QList<Canary> all {
        { u"imp_secret"_s, impSecret },
        { u"card_number"_s, cardNumber },
        { u"card_number without its last 4"_s, cardNumber.left(12) },
        { u"card_number grouped"_s, u"5372 8416 9305"_s },
        { u"expiry"_s, expiry },
        { u"expiry digits"_s, u"203711"_s },
        { u"card birth"_s, cardBirth },
        { u"benepia_password"_s, benepiaPassword },
        { u"certification name"_s, certName },
        { u"certification phone"_s, certPhone },
        { u"certification phone digits"_s, u"73914682"_s },
        { u"certification birth"_s, certBirth },
        { u"certification birthday"_s, u"1977-04-12"_s },
        { u"certification birth and gender digit"_s, certBirth + u'-' + certGenderDigit },
        { u"certification birth and gender digit joined"_s, certBirth + certGenderDigit },
    };
    for (const auto &[name, value] :
         { std::pair { u"pwd_2digit"_s, pwd2Digit }, std::pair { u"cvc"_s, cvc },
           std::pair { u"otp"_s, otp }, std::pair { u"gender_digit"_s, certGenderDigit } }) {
        all.append({ name, u"\"%1\":\"%2\""_s.arg(name, value) });
        all.append({ name, u"%1=%2"_s.arg(name, value) });
        all.append({ name, u"%1: %2"_s.arg(name, value) });
    }
    return all;
}

} // namespace portone::test::canary
