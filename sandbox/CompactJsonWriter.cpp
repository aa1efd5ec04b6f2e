#include "sandbox/CompactJsonWriter.h"

#include <QLocale>
#include <algorithm>
#include <cmath>

namespace portone::sandbox {

namespace {

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// Writes the escape of one UTF-16 unit at `out`; returns the end.
char *writeEscaped(char *out, char16_t unit)
{
    *out++ = '\\';
    switch (unit) {
    case u'"':
        *out++ = '"';
        break;
    case u'\\':
        *out++ = '\\';
        break;
    case u'\b':
        *out++ = 'b';
        break;
    case u'\f':
        *out++ = 'f';
        break;
    case u'\n':
        *out++ = 'n';
        break;
    case u'\r':
        *out++ = 'r';
        break;
    case u'\t':
        *out++ = 't';
        break;
    default: // other control characters, and a surrogate without its pair
        *out++ = 'u';
        for (int shift = 12; shift >= 0; shift -= 4)
            *out++ = hexDigit((unit >> shift) & 0xf);
    }
    return out;
}

char *writeUtf8(char *out, char32_t code)
{
    if (code < 0x80) {
        *out++ = char(code);
    } else if (code < 0x800) {
        *out++ = char(0xc0 | (code >> 6));
        *out++ = char(0x80 | (code & 0x3f));
    } else if (code < 0x10000) {
        *out++ = char(0xe0 | (code >> 12));
        *out++ = char(0x80 | ((code >> 6) & 0x3f));
        *out++ = char(0x80 | (code & 0x3f));
    } else {
        *out++ = char(0xf0 | (code >> 18));
        *out++ = char(0x80 | ((code >> 12) & 0x3f));
        *out++ = char(0x80 | ((code >> 6) & 0x3f));
        *out++ = char(0x80 | (code & 0x3f));
    }
    return out;
}

} // namespace

void CompactJsonWriter::appendString(QByteArray &out, QStringView value)
{
    // At most 6 bytes per UTF-16 unit (an escape), and the quotes.
    const qsizetype start = out.size();
    out.resize(start + value.size() * 6 + 2);
    char *cursor = out.data() + start;
    *cursor++ = '"';
    for (qsizetype i = 0; i < value.size(); ++i) {
        const char16_t unit = value.at(i).unicode();
        if (QChar::isHighSurrogate(unit) && i + 1 < value.size()
            && QChar::isLowSurrogate(value.at(i + 1).unicode())) {
            cursor = writeUtf8(cursor, QChar::surrogateToUcs4(unit, value.at(++i).unicode()));
        } else if (unit < 0x20 || unit == u'"' || unit == u'\\' || QChar::isSurrogate(unit)) {
            cursor = writeEscaped(cursor, unit);
        } else {
            cursor = writeUtf8(cursor, unit);
        }
    }
    *cursor++ = '"';
    out.truncate(cursor - out.data());
}

void CompactJsonWriter::begin(QLatin1StringView key)
{
    m_members.push_back({ key, m_values.size(), 0 });
}

void CompactJsonWriter::end()
{
    m_members.back().to = m_values.size();
}

void CompactJsonWriter::string(QLatin1StringView key, const QString &value)
{
    begin(key);
    appendString(m_values, value);
    end();
}

void CompactJsonWriter::stringOrNull(QLatin1StringView key, const QString &value)
{
    if (value.isEmpty())
        null(key);
    else
        string(key, value);
}

void CompactJsonWriter::null(QLatin1StringView key)
{
    written(key, QByteArrayLiteral("null"));
}

void CompactJsonWriter::boolean(QLatin1StringView key, bool value)
{
    written(key, value ? QByteArrayLiteral("true") : QByteArrayLiteral("false"));
}

void CompactJsonWriter::integer(QLatin1StringView key, qint64 value)
{
    written(key, QByteArray::number(value));
}

void CompactJsonWriter::number(QLatin1StringView key, double value)
{
    written(key,
            std::isfinite(value) ? QByteArray::number(value, 'g', QLocale::FloatingPointShortest)
                                 : QByteArrayLiteral("null"));
}

void CompactJsonWriter::written(QLatin1StringView key, const QByteArray &json)
{
    begin(key);
    m_values += json;
    end();
}

QByteArray CompactJsonWriter::take()
{
    // Byte by byte, as QJsonObject orders ASCII keys (QLatin1StringView's operator< made GCC 12
    // -O3 warn of a memcmp bound it cannot rule out, an error in the Release build).
    std::sort(m_members.begin(), m_members.end(), [](const Member &a, const Member &b) {
        return std::lexicographical_compare(a.key.begin(), a.key.end(), b.key.begin(), b.key.end());
    });
    qsizetype size = 2; // {}
    for (const Member &member : m_members)
        size += member.key.size() + 4 + (member.to - member.from); // "key": and a comma
    QByteArray out(size, Qt::Uninitialized);
    char *cursor = out.data();
    *cursor++ = '{';
    for (const Member &member : m_members) {
        if (cursor - out.data() > 1)
            *cursor++ = ',';
        *cursor++ = '"';
        cursor = std::copy_n(member.key.data(), member.key.size(), cursor);
        *cursor++ = '"';
        *cursor++ = ':';
        cursor = std::copy_n(m_values.constData() + member.from, member.to - member.from, cursor);
    }
    *cursor++ = '}';
    out.truncate(cursor - out.data());
    m_values.clear();
    m_members.clear();
    return out;
}

} // namespace portone::sandbox
