#include "core/validation/InputRules.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

// Every message goes through QCoreApplication::translate("portone::rules", "...") written out
// in full, so that lupdate finds the source text.
namespace portone::rules {

namespace {

// Number of characters as the spec counts them (code points, not UTF-16 units).
qsizetype characterCount(const QString &value)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i).isHighSurrogate() && i + 1 < value.size()
            && value.at(i + 1).isLowSurrogate())
            ++i;
        ++count;
    }
    return count;
}

bool allDigits(const QString &value)
{
    for (QChar c : value) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

// Removes the given separator characters; returns nullopt if anything but digits remains.
std::optional<QString> digitsWithout(const QString &value, QStringView separators)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (separators.contains(c))
            continue;
        if (c < u'0' || c > u'9')
            return std::nullopt;
        out.append(c);
    }
    return out;
}

// A YYMMDD date that exists in the 1900s or the 2000s (29 Feb needs a leap year in one of them).
bool validYyMmDd(const QString &digits)
{
    if (digits.size() != 6 || !allDigits(digits))
        return false;
    const int yy = digits.left(2).toInt();
    const int mm = digits.mid(2, 2).toInt();
    const int dd = digits.mid(4, 2).toInt();
    return QDate::isValid(1900 + yy, mm, dd) || QDate::isValid(2000 + yy, mm, dd);
}

} // namespace

std::optional<QString> required(const QString &value)
{
    if (value.trimmed().isEmpty())
        return QCoreApplication::translate("portone::rules", "This field is required.");
    return std::nullopt;
}

std::optional<QString> maxLength(const QString &value, int limit)
{
    const qsizetype count = characterCount(value);
    if (count > limit) {
        return QCoreApplication::translate("portone::rules", "At most %1 characters (now %2).")
            .arg(limit)
            .arg(count);
    }
    return std::nullopt;
}

QString digitsOnly(const QString &value)
{
    QString out;
    out.reserve(value.size());
    for (QChar c : value) {
        if (c >= u'0' && c <= u'9')
            out.append(c);
    }
    return out;
}

bool luhnValid(const QString &digits)
{
    if (digits.isEmpty() || !allDigits(digits))
        return false;
    int sum = 0;
    bool doubleIt = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).unicode() - u'0';
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return sum % 10 == 0;
}

std::optional<QString> cardNumber(const QString &value)
{
    const auto digits = digitsWithout(value, u" -");
    if (!digits || digits->size() < 13 || digits->size() > 19)
        return QCoreApplication::translate("portone::rules",
                                           "Enter the card number: 13 to 19 digits.");
    if (!luhnValid(*digits))
        return QCoreApplication::translate(
            "portone::rules", "This card number fails the check-digit test; check for a typo.");
    return std::nullopt;
}

std::optional<QString> cardExpiry(const QString &value)
{
    const QString v = value.trimmed();
    const auto message = [] {
        return QCoreApplication::translate("portone::rules",
                                           "Enter the expiry as YYYY-MM, for example 2028-04.");
    };
    if (v.size() != 7 || v.at(4) != u'-' || !allDigits(v.left(4)) || !allDigits(v.mid(5, 2)))
        return message();
    const int year = v.left(4).toInt();
    const int month = v.mid(5, 2).toInt();
    if (month < 1 || month > 12)
        return QCoreApplication::translate("portone::rules",
                                           "The expiry month must be between 01 and 12.");
    if (year < 2000 || year > 2099)
        return QCoreApplication::translate("portone::rules",
                                           "The expiry year must be between 2000 and 2099.");
    return std::nullopt;
}

std::optional<QString> cardBirth(const QString &value)
{
    if (value.size() == 6 && validYyMmDd(value))
        return std::nullopt;
    if (value.size() == 10 && allDigits(value))
        return std::nullopt;
    return QCoreApplication::translate(
        "portone::rules",
        "Enter the date of birth as YYMMDD (6 digits), or for a corporate card the 10-digit "
        "business registration number.");
}

std::optional<QString> pwd2Digit(const QString &value)
{
    if (value.size() == 2 && allDigits(value))
        return std::nullopt;
    return QCoreApplication::translate("portone::rules",
                                       "Enter the first 2 digits of the card password.");
}

std::optional<QString> cvc(const QString &value)
{
    if ((value.size() == 3 || value.size() == 4) && allDigits(value))
        return std::nullopt;
    return QCoreApplication::translate("portone::rules", "Enter the CVC: 3 or 4 digits.");
}

std::optional<QString> otpBirth(const QString &value)
{
    const auto digits = digitsWithout(value.trimmed(), u"-.");
    if (digits && validYyMmDd(*digits))
        return std::nullopt;
    return QCoreApplication::translate("portone::rules",
                                       "Enter a real date of birth as YYMMDD, for example 900131.");
}

std::optional<QString> genderDigit(const QString &value)
{
    if (value.size() == 1 && value.at(0) >= u'1' && value.at(0) <= u'8')
        return std::nullopt;
    return QCoreApplication::translate(
        "portone::rules",
        "Enter one digit from 1 to 8: the first digit of the back part of the resident "
        "registration number.");
}

std::optional<QString> phone(const QString &value)
{
    const auto digits = digitsWithout(value.trimmed(), u"-. ");
    if (digits && digits->size() >= 9 && digits->size() <= 11 && digits->startsWith(u'0'))
        return std::nullopt;
    return QCoreApplication::translate(
        "portone::rules",
        "Enter the phone number: 9 to 11 digits starting with 0 (- . and spaces allowed).");
}

// The spec gives the code no length (carriers and PGs send 4 to 8 digits): any digits are
// accepted, up to OtpCodeMaxLength so a pasted sentence is not sent as a code.
std::optional<QString> otpCode(const QString &value)
{
    if (!value.isEmpty() && value.size() <= OtpCodeMaxLength && allDigits(value))
        return std::nullopt;
    return QCoreApplication::translate("portone::rules",
                                       "Enter the code from the text message (digits only).");
}

std::optional<QString> tierCode(const QString &value)
{
    bool ok = value.size() == 3;
    for (QChar c : value)
        ok = ok && ((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'));
    if (ok)
        return std::nullopt;
    return QCoreApplication::translate(
        "portone::rules", "The tier code is exactly 3 capital letters or digits, for example A01.");
}

std::optional<QString> amount(double value)
{
    if (std::isfinite(value) && value > 0)
        return std::nullopt;
    return QCoreApplication::translate("portone::rules", "Enter an amount greater than 0.");
}

std::optional<QString> jsonObjectText(const QString &value)
{
    if (value.trimmed().isEmpty())
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(value.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        return QCoreApplication::translate("portone::rules",
                                           "This is not valid JSON: %1 (at character %2).")
            .arg(error.errorString())
            .arg(error.offset);
    }
    if (!document.isObject())
        return QCoreApplication::translate(
            "portone::rules", "Enter a JSON object, for example {\"key\": \"value\"}.");
    return std::nullopt;
}

std::optional<QString> carrier(const QString &value)
{
    if (value == u"SKT" || value == u"KT" || value == u"LGT")
        return std::nullopt;
    return QCoreApplication::translate("portone::rules", "Choose the carrier: SKT, KT or LGT.");
}

std::optional<QString> verificationMethod(const QString &value)
{
    if (value == u"SMS" || value == u"APP")
        return std::nullopt;
    return QCoreApplication::translate("portone::rules",
                                       "Choose the verification method: SMS or APP.");
}

std::optional<QString> scheduleStatus(const QString &value)
{
    if (value == u"scheduled" || value == u"executed" || value == u"revoked")
        return std::nullopt;
    return QCoreApplication::translate("portone::rules",
                                       "Choose the status: scheduled, executed or revoked.");
}

std::optional<QString> pathId(const QString &value)
{
    if (value.trimmed().isEmpty())
        return QCoreApplication::translate("portone::rules", "Enter an ID.");
    // As a path segment these are not an id but "this folder" and "the folder above": the
    // request would go to another endpoint.
    if (value == u"." || value == u"..")
        return QCoreApplication::translate("portone::rules",
                                           "\".\" and \"..\" cannot be used as an ID.");
    for (QChar c : value) {
        if (c.category() == QChar::Other_Control)
            return QCoreApplication::translate(
                "portone::rules", "The ID contains a control character (such as a line break).");
    }
    return std::nullopt;
}

QString tooManyIds(int count, int maximum)
{
    return QCoreApplication::translate("portone::rules",
                                       "%1 ids: at most %2 can be looked up in one request.")
        .arg(count)
        .arg(maximum);
}

} // namespace portone::rules
