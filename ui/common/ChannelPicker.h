#pragma once

#include "core/api/CallHandle.h"
#include "core/api/ReferenceModels.h"

#include <QComboBox>
#include <QPointer>

namespace portone {

class PortOneClient;

// An editable combo box of the profile's PG channels of one type (from GET /users/pg):
// pick one, or type a channel_key by hand.
class ChannelPicker : public QComboBox
{
    Q_OBJECT

public:
    // type: "certification", "api_payment" or "payment"; empty for all.
    explicit ChannelPicker(QString type, QWidget *parent = nullptr);

    void setClient(PortOneClient *client); // reloads
    void reload();
    // The selected channel's key, or the text typed by hand.
    QString channelKey() const;
    void setChannelKey(const QString &key);
    QList<PgChannel> channels() const { return m_channels; }

Q_SIGNALS:
    void loaded(int count);
    void loadFailed(const QString &reason);

private:
    void fill(const QList<PgChannel> &channels);

    QString m_type;
    QPointer<PortOneClient> m_client;
    CallHandle m_call;
    QList<PgChannel> m_channels;
};

} // namespace portone
