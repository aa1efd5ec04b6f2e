#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace portone {

// What one request did, with every sensitive value already masked. Emitted by the client
// for the status bar and the request history; never holds a token or a secret.
struct RequestTrace
{
    enum class Outcome
    {
        Ok,
        Failed,
        Unknown,
        Cancelled
    };

    QString operation; // operationId from the spec, e.g. "customer_save"
    QByteArray method;
    QString path; // as sent, ids included, decoded for reading
    QList<std::pair<QString, QString>> parameters; // query and body, masked
    QString origin; // scheme://host[:port] the request went to
    QString encodedPath; // the path as sent on the wire (percent-encoded)
    QList<std::pair<QString, QString>> query; // query items in order, masked
    std::optional<QJsonObject> body; // the JSON body, masked (redaction::redactObject)
    QString tierCode;
    QDateTime startedAt;
    qint64 durationMs = 0;
    int httpStatus = 0;
    std::optional<int> code;
    QString message;
    Outcome outcome = Outcome::Ok;
    bool changesState = false;
};

} // namespace portone
