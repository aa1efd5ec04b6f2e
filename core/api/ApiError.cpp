#include "core/api/ApiError.h"

#include "core/util/TextRedaction.h"

#include <QCoreApplication>

namespace portone {

QString ApiError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Tls:
        return QStringLiteral("tls");
    case Kind::Auth:
        return QStringLiteral("auth");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::Refused:
        return QStringLiteral("refused");
    case Kind::ApiCode:
        return QStringLiteral("api-code");
    case Kind::Parse:
        return QStringLiteral("parse");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Cancelled:
        return QStringLiteral("cancelled");
    case Kind::ReadOnly:
        return QStringLiteral("read-only");
    case Kind::TooLarge:
        return QStringLiteral("too-large");
    }
    return QStringLiteral("unknown");
}

namespace {

QString summaryWith(const ApiError &error, const QString &text)
{
    QStringList parts;
    if (error.httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(error.httpStatus);
    if (error.code)
        parts << QStringLiteral("code %1").arg(*error.code);
    if (!text.isEmpty())
        parts << text;
    if (parts.isEmpty())
        parts << ApiError::kindName(error.kind);
    return parts.join(QStringLiteral(" · "));
}

} // namespace

QString ApiError::summary() const
{
    return summaryWith(*this, message.isEmpty() ? detail : message);
}

QString ApiError::redactedSummary() const
{
    if (!redactedText.isEmpty())
        return summaryWith(*this, redactedText);
    return summaryWith(*this, redaction::redactText(message.isEmpty() ? detail : message));
}

QString ApiError::whatWentWrong() const
{
    const auto tr = [](const char *text, const char *disambiguation = nullptr, int n = -1) {
        return QCoreApplication::translate("portone::ApiError", text, disambiguation, n);
    };
    QString text;
    switch (kind) {
    case Kind::Network:
        // Sent, then cut off (with or without part of the answer): the server was reached.
        text = httpStatus > 0 || outcomeUnknown
            ? tr("The connection to PortOne broke off before the whole answer arrived.")
            : tr("The PortOne server could not be reached. Check the network and the API "
                 "address.");
        break;
    case Kind::Timeout:
        text = tr("PortOne did not answer in time.");
        break;
    case Kind::Tls:
        text = tr("The secure connection failed: the server's certificate was not accepted. "
                  "Nothing was sent.");
        break;
    case Kind::Auth:
        text = tr("PortOne refused the API keys or the access token, so nothing was applied. "
                  "Check imp_key and imp_secret of this profile, and its Tier code if it acts for "
                  "a sub-merchant.");
        break;
    case Kind::NotFound:
        text = tr("PortOne found nothing with this id, or this account has no access to it.");
        break;
    case Kind::Server:
        text = tr("The PortOne server reported an internal error.");
        break;
    case Kind::Refused:
        if (httpStatus != 429)
            text = tr("The request was refused before anything was applied (by PortOne or by a "
                      "gateway in front of it); the server's text is shown. Nothing was changed.");
        else if (retryAfterSeconds)
            text = tr("Too many requests: the server asks to slow down. Nothing was applied; try "
                      "again in %n second(s).",
                      nullptr, *retryAfterSeconds);
        else
            text = tr("Too many requests: the server asks to slow down. Nothing was applied; try "
                      "again in a moment.");
        break;
    case Kind::ApiCode:
        text = httpStatus == 207
            ? tr("PortOne looked up only some of the ids; its message says why. The ones it "
                 "found are shown; the others may exist.")
            : tr("PortOne refused the request; its message says why.");
        break;
    case Kind::Parse:
        text = tr("PortOne's answer could not be read.");
        break;
    case Kind::Validation:
        text = tr("Some fields need correcting before the request can be sent. Nothing was sent.");
        break;
    case Kind::Cancelled:
        text = tr("The request was cancelled.");
        break;
    case Kind::ReadOnly:
        text = tr("This profile is read-only: actions that change anything are disabled. Nothing "
                  "was sent.");
        break;
    case Kind::TooLarge:
        text = tr("The answer was larger than this program accepts, so it was stopped and not "
                  "read.");
        break;
    }
    return text;
}

QString ApiError::explanation() const
{
    QString text = whatWentWrong();
    if (outcomeUnknown)
        text += QLatin1Char(' ')
            + QCoreApplication::translate("portone::ApiError",
                                          "The outcome is unknown: the change may or may not have "
                                          "been applied. Look it up "
                                          "before trying again; it was not resent.");
    return text;
}

QString ApiError::cause() const
{
    QString text = whatWentWrong();
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}

} // namespace portone
