#include "core/util/TextRedaction.h"

#include <QDate>
#include <QRegularExpression>
#include <algorithm>
#include <functional>
#include <optional>

namespace portone::redaction {

namespace {

// Replaces every match of pattern in text with what replace() makes of it. A match that is
// kept (nullopt) is searched again from its second character, so that "message": "cvc=815"
// still finds the cvc inside.
QString replaceMatches(
    const QString &text, const QRegularExpression &pattern,
    const std::function<std::optional<QString>(const QRegularExpressionMatch &)> &replace)
{
    QString out;
    qsizetype copied = 0;
    qsizetype offset = 0;
    while (offset < text.size()) {
        const QRegularExpressionMatch match = pattern.match(text, offset);
        if (!match.hasMatch())
            break;
        const std::optional<QString> replacement = replace(match);
        if (!replacement) {
            offset = match.capturedStart() + 1;
            continue;
        }
        out += QStringView(text).mid(copied, match.capturedStart() - copied);
        out += *replacement;
        copied = match.capturedEnd();
        offset = std::max(copied, match.capturedStart() + 1);
    }
    out += QStringView(text).mid(copied);
    return out;
}

QString digitsOf(QStringView text)
{
    QString digits;
    for (QChar c : text) {
        if (c.isDigit())
            digits += c;
    }
    return digits;
}

QString starDigits(QStringView text)
{
    QString out = text.toString();
    for (QChar &c : out) {
        if (c.isDigit())
            c = u'*';
    }
    return out;
}

bool isDate(int year, int month, int day)
{
    return QDate(year, month, day).isValid() || (month == 2 && day == 29);
}

bool isShortDate(QStringView digits) // YYMMDD
{
    return isDate(2000, digits.mid(2, 2).toInt(), digits.mid(4, 2).toInt());
}

bool isLongDate(QStringView digits) // YYYYMMDD, 1900 to 2099
{
    const int year = digits.left(4).toInt();
    return year >= 1900 && year < 2100
        && isDate(year, digits.mid(4, 2).toInt(), digits.mid(6, 2).toInt());
}

bool isYearMonth(QStringView digits) // YYYYMM, an expiry
{
    const int year = digits.left(4).toInt();
    const int month = digits.mid(4, 2).toInt();
    return year >= 1900 && year < 2100 && month >= 1 && month <= 12;
}

// A number as it may be stored, or nullopt when it is no personal number.
std::optional<QString> maskedNumber(QStringView token)
{
    const QString digits = digitsOf(token);
    const qsizetype n = digits.size();
    if (n >= 13 && n <= 19)
        return maskCardNumber(token.toString());
    if (n >= 9 && n <= 11 && digits.startsWith(u'0'))
        return maskPhone(token.toString());
    const bool birthOrExpiry = (n == 6 && (isShortDate(digits) || isYearMonth(digits)))
        || (n == 7 && isShortDate(digits)) || (n == 8 && isLongDate(digits));
    if (birthOrExpiry)
        return starDigits(token);
    return std::nullopt;
}

std::optional<QString> maskedNumberOrParts(const QRegularExpressionMatch &match)
{
    const QString token = match.captured();
    if (std::optional<QString> whole = maskedNumber(token))
        return whole;
    if (!token.contains(u' '))
        return std::nullopt;
    QStringList parts = token.split(u' ');
    bool changed = false;
    for (QString &part : parts) {
        if (const std::optional<QString> masked = maskedNumber(part)) {
            part = *masked;
            changed = true;
        }
    }
    return changed ? std::optional<QString>(parts.join(u' ')) : std::nullopt;
}

std::optional<QString> maskedLongToken(const QRegularExpressionMatch &match)
{
    const QString token = match.captured();
    const bool digit
        = std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isDigit(); });
    const bool upper
        = std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isUpper(); });
    const bool lower
        = std::any_of(token.cbegin(), token.cend(), [](QChar c) { return c.isLower(); });
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
    if (digit && ((upper && lower) || hex.match(token).hasMatch()))
        return placeholder();
    return std::nullopt;
}

std::optional<QString> maskedNamedValue(const QRegularExpressionMatch &match)
{
    const QString name = match.captured(u"name");
    const bool quoted = match.capturedStart(u"quoted") >= 0;
    const QString value = quoted ? match.captured(u"quoted") : match.captured(u"bare");
    if (!needsMasking(name) || value.isEmpty())
        return std::nullopt;
    const QString masked = maskValue(name, value);
    const qsizetype valueStart
        = quoted ? match.capturedStart(u"quoted") : match.capturedStart(u"bare");
    return match.captured().left(valueStart - match.capturedStart()) + masked
        + (quoted ? QStringLiteral("\"") : QString());
}

// Not joined to an ASCII letter, digit or '_' on either side: ids such as imp_200000000001
// stay whole.
const QString Before = QStringLiteral("(?<![A-Za-z0-9_])");
const QString After = QStringLiteral("(?![A-Za-z0-9_])");

} // namespace

QString redactText(const QString &text)
{
    static const QRegularExpression namedValue(
        Before
        + QStringLiteral("\"?(?<name>[A-Za-z_][A-Za-z0-9_\\[\\]]*)\"?\\s*[:=]\\s*"
                         "(?:\"(?<quoted>[^\"]*)\"|(?<bare>[^\\s,;&\"'}\\])]+))"));
    static const QRegularExpression email(
        QStringLiteral("[A-Za-z0-9._%+\\-]+@[A-Za-z0-9\\-]+(?:\\.[A-Za-z0-9\\-]+)+"));
    static const QRegularExpression longToken(QStringLiteral("(?<![A-Za-z0-9+/])")
                                              + QStringLiteral("[A-Za-z0-9+/]{40,}={0,2}"));
    static const QRegularExpression number(Before + QStringLiteral("\\d+(?:[ \\-./]\\d+)*")
                                           + After);
    QString out = redactJsonText(text);
    out = replaceMatches(out, namedValue, maskedNamedValue);
    out = replaceMatches(out, email, [](const QRegularExpressionMatch &match) {
        return std::optional<QString>(maskEmail(match.captured()));
    });
    out = replaceMatches(out, longToken, maskedLongToken);
    return replaceMatches(out, number, maskedNumberOrParts);
}

QString redactEchoes(const QString &text, const Pairs &sent)
{
    QList<std::pair<QString, QString>> echoes; // as sent -> as stored
    for (const auto &[name, raw] : sent) {
        const QString value = raw.trimmed();
        if (value.size() < 2 || !needsMasking(name))
            continue;
        const QString masked = maskValue(name, value);
        echoes.append({ value, masked });
        const QString digits = digitsOf(value);
        const bool number = name.contains(QStringLiteral("card_number"), Qt::CaseInsensitive)
            || name.contains(QStringLiteral("refund_account"), Qt::CaseInsensitive)
            || name.contains(QStringLiteral("phone"), Qt::CaseInsensitive)
            || name.contains(QStringLiteral("tel"), Qt::CaseInsensitive);
        if (number && digits.size() >= 4 && digits != value)
            echoes.append({ digits, maskValue(name, digits) });
    }
    // Longest first, so that a value inside another is not masked half-way.
    std::sort(echoes.begin(), echoes.end(),
              [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
    QString out = text;
    for (const auto &[value, masked] : std::as_const(echoes)) {
        if (value.size() >= 4) {
            out.replace(value, masked);
            continue;
        }
        const QRegularExpression alone(Before + QRegularExpression::escape(value) + After);
        out.replace(alone, masked);
    }
    return redactText(out);
}

} // namespace portone::redaction
