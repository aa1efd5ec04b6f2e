#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <vector>

namespace portone::sandbox {

// Writes one JSON object straight to compact bytes, as QJsonDocument(object).toJson(Compact)
// writes the same object: keys sorted, numbers and escapes as Qt writes them. For answers of
// thousands of objects, where building each QJsonObject first costs more than the rest.
class CompactJsonWriter
{
public:
    CompactJsonWriter()
    {
        m_values.reserve(2048); // a payment
        m_members.reserve(64);
    }

    void string(QLatin1StringView key, const QString &value);
    void stringOrNull(QLatin1StringView key, const QString &value); // null when empty
    void null(QLatin1StringView key);
    void boolean(QLatin1StringView key, bool value);
    void integer(QLatin1StringView key, qint64 value);
    void number(QLatin1StringView key, double value);
    void written(QLatin1StringView key, const QByteArray &json); // already compact JSON

    // The object, keys sorted; the writer is empty afterwards.
    QByteArray take();

    static void appendString(QByteArray &out, QStringView value);

private:
    struct Member
    {
        QLatin1StringView key;
        qsizetype from;
        qsizetype to;
    };
    void begin(QLatin1StringView key);
    void end();

    QByteArray m_values; // every value, one after another
    std::vector<Member> m_members;
};

} // namespace portone::sandbox
