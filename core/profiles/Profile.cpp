#include "core/profiles/Profile.h"

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
    } else if (url.scheme() != u"https"
               && !(url.scheme() == u"http" && isLoopbackHost(url.host()))) {
        errors.append({ QStringLiteral("base_url"),
                        QCoreApplication::translate("portone::profiles",
                                                    "The address must start with https:// (plain "
                                                    "http is allowed only for this computer).") });
    }
    if (!profile.tierCode.isEmpty()) {
        if (auto message = rules::tierCode(profile.tierCode))
            errors.append({ QStringLiteral("tier_code"), *message });
    }
    return errors;
}

} // namespace portone
