#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <optional>

namespace portone::sandbox {

// Parameters of one request, read uniformly from the query string, a JSON body or a
// form-urlencoded body (body values win over query values of the same name).
class RequestParams
{
public:
    // Parses "a=1&b%5B%5D=2": '+' is a space, every name and value fully percent-decoded.
    static QList<QPair<QString, QString>> parseUrlEncoded(const QByteArray &encoded);

    void addQuery(const QByteArray &encodedQuery);
    // Returns an error message (Korean) when the body cannot be read, else an empty string.
    QString addBody(const QByteArray &contentType, const QByteArray &body);

    // The members of a JSON object, as a JSON body's are read.
    void addObject(const QJsonObject &object);

    bool has(const QString &name) const;
    QString value(const QString &name) const;
    QJsonValue raw(const QString &name) const; // JSON type as sent (strings for form values)
    // Values of an array parameter: "name[]" (brackets literal or %5B%5D) or repeated "name".
    QStringList list(const QString &name) const;
    // An array of objects: a JSON array, a form field holding one as text, or form fields
    // name[0][key]=…; nullopt when missing or not such an array.
    std::optional<QList<QJsonObject>> objects(const QString &name) const;
    // Every value sent, as text (array items one by one), in no particular order.
    QStringList allValues() const;

private:
    QHash<QString, QJsonValue> m_values;
    QHash<QString, QStringList> m_lists;
};

// Strict checks that remember the first failure as a Korean 400 message naming the parameter.
class ParamChecker
{
public:
    explicit ParamChecker(const RequestParams &params)
        : m_params(params)
    { }

    QString required(const QString &name, int maxLength = -1);
    QString optional(const QString &name, int maxLength = -1);
    QString oneOf(const QString &name, const QStringList &allowed, bool isRequired = false,
                  const QString &fallback = {});
    std::optional<qint64> integer(const QString &name, bool isRequired, qint64 fallback = 0);
    std::optional<double> number(const QString &name, bool isRequired);
    bool boolean(const QString &name, bool fallback);
    void fail(const QString &message);

    bool ok() const { return m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    bool checkLength(const QString &name, const QString &value, int maxLength);

    const RequestParams &m_params;
    QString m_error;
};

} // namespace portone::sandbox
