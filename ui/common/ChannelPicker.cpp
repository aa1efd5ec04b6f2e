#include "ui/common/ChannelPicker.h"

#include "core/connection/Connection.h"

#include <QEvent>
#include <QLineEdit>
#include <QTimer>
#include <QWindow>

namespace portone {

ChannelPicker::ChannelPicker(QString type, QWidget *parent)
    : QComboBox(parent)
    , m_type(std::move(type))
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(32);
    lineEdit()->setPlaceholderText(tr("Pick a channel or type a channel_key"));
}

void ChannelPicker::setConnection(Connection *connection)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = connection;
    if (m_connection)
        connect(m_connection, &Connection::profileChanged, this, &ChannelPicker::scheduleLoad);
    scheduleLoad();
}

void ChannelPicker::scheduleLoad()
{
    m_call.cancel();
    const QWindow *handle = window()->windowHandle();
    if (handle && handle->isExposed()) {
        reload();
    } else if (!m_waitingForWindow) {
        m_waitingForWindow = window();
        m_waitingForWindow->installEventFilter(this);
    }
}

bool ChannelPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_waitingForWindow && event->type() == QEvent::Paint) {
        m_waitingForWindow->removeEventFilter(this);
        m_waitingForWindow = nullptr;
        QTimer::singleShot(0, this, &ChannelPicker::reload); // after the rest of the frame
    }
    return QComboBox::eventFilter(watched, event);
}

void ChannelPicker::reload()
{
    PortOneClient *client = m_connection ? m_connection->client() : nullptr;
    if (!client)
        return;
    m_call.cancel();
    m_call = client->getPgChannels(this, [this](Result<QList<PgChannel>> result) {
        if (!result.ok()) {
            Q_EMIT loadFailed(result.error().summary());
            return;
        }
        fill(result.value());
    });
}

void ChannelPicker::setFilter(std::function<bool(const PgChannel &)> accepts)
{
    m_accepts = std::move(accepts);
    if (!m_loaded.isEmpty())
        fill(m_loaded);
}

void ChannelPicker::fill(const QList<PgChannel> &channels)
{
    const QString current = channelKey();
    m_loaded = channels;
    m_channels.clear();
    clear();
    for (const PgChannel &channel : channels) {
        if ((!m_type.isEmpty() && channel.type != m_type) || (m_accepts && !m_accepts(channel)))
            continue;
        m_channels << channel;
        const QString mode = channel.sandbox ? tr("test") : tr("live");
        addItem(QStringLiteral("%1 — %2 (%3) — %4")
                    .arg(channel.channelName, channel.pgProvider, mode, channel.channelKey),
                channel.channelKey);
    }
    if (!current.isEmpty())
        setChannelKey(current);
    Q_EMIT loaded(int(m_channels.size()));
}

QString ChannelPicker::channelKey() const
{
    const int index = currentIndex();
    if (index >= 0 && itemText(index) == currentText())
        return itemData(index).toString();
    return currentText().trimmed();
}

void ChannelPicker::setChannelKey(const QString &key)
{
    const int index = findData(key);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setEditText(key);
}

} // namespace portone
