#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace portone {

// The app's own preferences (not profiles): window geometry, splitter positions, last
// workspace, last profile, the UI language and the history retention. A thin typed view over the
// QSettings the app passes in.
class AppSettings
{
public:
    explicit AppSettings(QSettings &settings)
        : m_settings(settings)
    { }

    static inline const QString SandboxProfileId = QStringLiteral("builtin-sandbox");

    QByteArray windowGeometry() const
    {
        return m_settings.value(key("windowGeometry")).toByteArray();
    }
    void setWindowGeometry(const QByteArray &geometry)
    {
        m_settings.setValue(key("windowGeometry"), geometry);
    }
    // A QSplitter's saveState(), by the splitter's object name.
    QByteArray splitterState(const QString &splitter) const
    {
        return m_settings.value(key("splitters/") + splitter).toByteArray();
    }
    void setSplitterState(const QString &splitter, const QByteArray &state)
    {
        m_settings.setValue(key("splitters/") + splitter, state);
    }
    int lastWorkspace() const { return m_settings.value(key("lastWorkspace"), 0).toInt(); }
    void setLastWorkspace(int index) { m_settings.setValue(key("lastWorkspace"), index); }
    // A saved profile's id, SandboxProfileId, or empty (first start).
    QString lastProfileId() const { return m_settings.value(key("lastProfile")).toString(); }
    void setLastProfileId(const QString &id) { m_settings.setValue(key("lastProfile"), id); }
    // "ko", "en", or empty to follow the system.
    QString language() const { return m_settings.value(key("language")).toString(); }
    void setLanguage(const QString &language) { m_settings.setValue(key("language"), language); }
    // How long the request history is kept, in days (at least 1).
    int historyRetentionDays() const
    {
        return qMax(1, m_settings.value(key("historyRetentionDays"), 90).toInt());
    }
    void setHistoryRetentionDays(int days)
    {
        m_settings.setValue(key("historyRetentionDays"), qMax(1, days));
    }

private:
    static QString key(const char *name) { return QStringLiteral("app/") + QLatin1String(name); }
    QSettings &m_settings;
};

} // namespace portone
