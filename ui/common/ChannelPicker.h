#pragma once

#include "core/api/CallHandle.h"
#include "core/api/ReferenceModels.h"

#include <QComboBox>
#include <QPointer>
#include <functional>

namespace portone {

class Connection;

// An editable combo box of the profile's PG channels of one type (from GET /users/pg):
// pick one, or type a channel_key by hand.
class ChannelPicker : public QComboBox
{
    Q_OBJECT

public:
    // type: "certification", "api_payment" or "payment"; empty for all.
    explicit ChannelPicker(QString type, QWidget *parent = nullptr);

    // Loads the channels of the connection's profile, and again whenever another profile is
    // opened: at once if the window is on screen, else right after the window's first frame,
    // so that opening the window sends nothing before it has painted. connection: set once.
    void setConnection(Connection *connection);
    void reload();
    // The selected channel's key, or the text typed by hand.
    QString channelKey() const;
    void setChannelKey(const QString &key);
    QList<PgChannel> channels() const { return m_channels; }
    // Lists only the channels it accepts (e.g. those of a super billing key's group), from now
    // on and in the list already loaded; an empty function accepts every channel of the type.
    void setFilter(std::function<bool(const PgChannel &)> accepts);

Q_SIGNALS:
    void loaded(int count);
    void loadFailed(const QString &reason);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fill(const QList<PgChannel> &channels);
    void scheduleLoad();

    QString m_type;
    QPointer<Connection> m_connection;
    CallHandle m_call;
    QList<PgChannel> m_channels;
    QList<PgChannel> m_loaded; // the profile's channels as GET /users/pg listed them
    std::function<bool(const PgChannel &)> m_accepts;
    QPointer<QWidget> m_waitingForWindow; // the window whose first frame the load waits for
};

} // namespace portone
