#include "core/profiles/ProfileStore.h"

#include "core/profiles/SecretStore.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTimer>
#include <algorithm>

namespace portone {

namespace {

const QString Group = QStringLiteral("profiles");

Profile load(QSettings &s, const QString &id)
{
    s.beginGroup(Group + u'/' + id);
    Profile p;
    p.id = id;
    p.name = s.value(QStringLiteral("name")).toString();
    p.impKey = s.value(QStringLiteral("impKey")).toString();
    p.baseUrl
        = QUrl(s.value(QStringLiteral("baseUrl"), Profile::defaultBaseUrl().toString()).toString());
    p.tierCode = s.value(QStringLiteral("tierCode")).toString();
    p.live = s.value(QStringLiteral("live"), false).toBool();
    p.readOnly = s.value(QStringLiteral("readOnly"), false).toBool();
    p.certificationChannelKey = s.value(QStringLiteral("certificationChannelKey")).toString();
    p.billingChannelKey = s.value(QStringLiteral("billingChannelKey")).toString();
    p.benepiaChannelKey = s.value(QStringLiteral("benepiaChannelKey")).toString();
    // Out of bounds (an edited file): the default, as for a missing value.
    const auto seconds = [&s](const QString &key, int fallback, int max) {
        bool ok = false;
        const int value = s.value(key, fallback).toInt(&ok);
        return ok && value >= Profile::MinTimeoutSeconds && value <= max ? value : fallback;
    };
    p.lookupTimeoutSeconds
        = seconds(QStringLiteral("lookupTimeoutSeconds"), Profile::DefaultLookupTimeoutSeconds,
                  Profile::MaxLookupTimeoutSeconds);
    p.pgTimeoutSeconds = seconds(QStringLiteral("pgTimeoutSeconds"),
                                 Profile::DefaultPgTimeoutSeconds, Profile::MaxPgTimeoutSeconds);
    s.endGroup();
    return p;
}

FieldError nameError(const char *text)
{
    return { QStringLiteral("name"), QCoreApplication::translate("portone::profiles", text) };
}

} // namespace

ProfileStore::ProfileStore(QSettings &settings, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
{ }

QList<Profile> ProfileStore::profiles() const
{
    m_settings.beginGroup(Group);
    const QStringList ids = m_settings.childGroups();
    m_settings.endGroup();
    QList<Profile> out;
    for (const QString &id : ids)
        out.append(load(m_settings, id));
    std::sort(out.begin(), out.end(), [](const Profile &a, const Profile &b) {
        return a.name.compare(b.name, Qt::CaseInsensitive) < 0;
    });
    return out;
}

std::optional<Profile> ProfileStore::findById(const QString &id) const
{
    if (id.isEmpty() || id.contains(u'/'))
        return std::nullopt;
    m_settings.beginGroup(Group);
    const bool exists = m_settings.childGroups().contains(id);
    m_settings.endGroup();
    if (!exists)
        return std::nullopt;
    return load(m_settings, id);
}

std::optional<Profile> ProfileStore::findByName(const QString &name) const
{
    const QString wanted = name.trimmed();
    const QList<Profile> all = profiles();
    for (const Profile &p : all) {
        if (p.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

FieldErrors ProfileStore::check(const Profile &profile) const
{
    FieldErrors errors = validate(profile);
    if (profile.builtInSandbox)
        errors.append(nameError("The built-in Sandbox profile cannot be saved."));
    const auto sameName = findByName(profile.name);
    if (!profile.name.trimmed().isEmpty() && sameName && sameName->id != profile.id)
        errors.append(nameError("Another profile already has this name."));
    return errors;
}

void ProfileStore::save(const Profile &p)
{
    m_settings.beginGroup(Group + u'/' + p.id);
    m_settings.setValue(QStringLiteral("name"), p.name.trimmed());
    m_settings.setValue(QStringLiteral("impKey"), p.impKey.trimmed());
    m_settings.setValue(QStringLiteral("baseUrl"), p.baseUrl.toString());
    m_settings.setValue(QStringLiteral("tierCode"), p.tierCode);
    m_settings.setValue(QStringLiteral("live"), p.live);
    m_settings.setValue(QStringLiteral("readOnly"), p.readOnly);
    m_settings.setValue(QStringLiteral("certificationChannelKey"), p.certificationChannelKey);
    m_settings.setValue(QStringLiteral("billingChannelKey"), p.billingChannelKey);
    m_settings.setValue(QStringLiteral("benepiaChannelKey"), p.benepiaChannelKey);
    m_settings.setValue(QStringLiteral("lookupTimeoutSeconds"), p.lookupTimeoutSeconds);
    m_settings.setValue(QStringLiteral("pgTimeoutSeconds"), p.pgTimeoutSeconds);
    m_settings.endGroup();
    m_settings.sync();
    Q_EMIT profilesChanged();
}

FieldErrors ProfileStore::add(Profile &profile)
{
    Profile candidate = profile;
    if (candidate.id.isEmpty())
        candidate.id = Profile::newId();
    if (candidate.id.contains(u'/') || findById(candidate.id))
        return { { QStringLiteral("id"),
                   QCoreApplication::translate("portone::profiles",
                                               "This profile already exists.") } };
    FieldErrors errors = check(candidate);
    if (!errors.isEmpty())
        return errors;
    save(candidate);
    profile.id = candidate.id;
    return {};
}

FieldErrors ProfileStore::update(const Profile &profile)
{
    if (!findById(profile.id))
        return { { QStringLiteral("id"),
                   QCoreApplication::translate("portone::profiles",
                                               "This profile no longer exists.") } };
    FieldErrors errors = check(profile);
    if (errors.isEmpty())
        save(profile);
    return errors;
}

FieldErrors ProfileStore::rename(const QString &id, const QString &newName)
{
    auto profile = findById(id);
    if (!profile)
        return { { QStringLiteral("id"),
                   QCoreApplication::translate("portone::profiles",
                                               "This profile no longer exists.") } };
    profile->name = newName;
    return update(*profile);
}

bool ProfileStore::remove(const QString &id, QObject *context,
                          std::function<void(SecretOutcome)> done)
{
    if (!findById(id))
        return false;
    m_settings.remove(Group + u'/' + id);
    m_settings.sync();
    Q_EMIT profilesChanged();
    if (m_secrets) {
        m_secrets->deleteSecret(id, context, std::move(done));
    } else if (done) {
        QTimer::singleShot(0, context ? context : this,
                           [done = std::move(done)] { done(SecretOutcome()); });
    }
    return true;
}

} // namespace portone
