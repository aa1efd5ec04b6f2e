#include "core/profiles/Profile.h"

#include "core/api/PortOneClient.h"
#include "core/validation/InputRules.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUuid>

namespace portone {

QString Profile::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

ClientSettings clientSettings(const Profile &profile)
{
    ClientSettings settings;
    settings.baseUrl = profile.baseUrl;
    settings.tierCode = profile.tierCode;
    settings.readOnly = profile.readOnly && !profile.builtInSandbox;
    settings.httpsOnly = profile.live && !profile.builtInSandbox;
    settings.timeout = std::chrono::seconds(profile.lookupTimeoutSeconds);
    settings.pgTimeout = std::chrono::seconds(profile.pgTimeoutSeconds);
    return settings;
}

bool sameServer(const QUrl &a, const QUrl &b)
{
    const QString schemeA = a.scheme().toLower();
    const QString schemeB = b.scheme().toLower();
    const auto defaultPort = [](const QString &scheme) { return scheme == u"http" ? 80 : 443; };
    return schemeA == schemeB && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(defaultPort(schemeA)) == b.port(defaultPort(schemeB));
}

FieldErrors validate(const Profile &profile)
{
    FieldErrors errors;
    if (profile.name.trimmed().isEmpty()) {
        errors.append(
            { QStringLiteral("name"),
              QCoreApplication::translate("portone::profiles", "Enter a name for this profile.") });
    }
    if (profile.impKey.trimmed().isEmpty()) {
        errors.append({ QStringLiteral("imp_key"),
                        QCoreApplication::translate(
                            "portone::profiles",
                            "Enter the REST API key (imp_key) from the PortOne console.") });
    }
    const QUrl &url = profile.baseUrl;
    if (!url.isValid() || url.host().isEmpty()) {
        errors.append({ QStringLiteral("base_url"),
                        QCoreApplication::translate("portone::profiles",
                                                    "Enter a full address, for example "
                                                    "https://api.iamport.kr.") });
    } else if (profile.live && url.scheme() == u"http" && isLoopbackHost(url.host())) {
        errors.append({ QStringLiteral("base_url"),
                        QCoreApplication::translate(
                            "portone::profiles",
                            "A live profile must use https://. Plain http is only for a local "
                            "test sandbox: untick “Live account” to use this address.") });
    } else if (url.scheme() != u"https"
               && !(url.scheme() == u"http" && isLoopbackHost(url.host()))) {
        errors.append({ QStringLiteral("base_url"),
                        QCoreApplication::translate("portone::profiles",
                                                    "The address must start with https:// (plain "
                                                    "http is allowed only for this computer).") });
    }
    const auto checkTimeout = [&errors](const char *field, int seconds, int max) {
        if (seconds >= Profile::MinTimeoutSeconds && seconds <= max)
            return;
        errors.append({ QString::fromLatin1(field),
                        QCoreApplication::translate("portone::profiles",
                                                    "Enter a number of seconds from %1 to %2.")
                            .arg(Profile::MinTimeoutSeconds)
                            .arg(max) });
    };
    checkTimeout("lookup_timeout", profile.lookupTimeoutSeconds, Profile::MaxLookupTimeoutSeconds);
    checkTimeout("pg_timeout", profile.pgTimeoutSeconds, Profile::MaxPgTimeoutSeconds);
    if (!profile.tierCode.isEmpty()) {
        if (auto message = rules::tierCode(profile.tierCode))
            errors.append({ QStringLiteral("tier_code"), *message });
    }
    return errors;
}

} // namespace portone
