#include "ui/TokenStatusLabel.h"

#include "core/connection/Connection.h"
#include "core/util/Clock.h"
#include "ui/common/Announce.h"

namespace portone {

TokenStatusLabel::TokenStatusLabel(const Connection &connection, const Clock &clock,
                                   QWidget *parent)
    : QLabel(parent)
    , m_connection(connection)
    , m_clock(clock)
{
    setObjectName(QStringLiteral("tokenStatusLabel"));
    setAccessibleName(tr("Token status"));
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &TokenStatusLabel::refresh);
    connect(&connection, &Connection::tokenStateChanged, this, &TokenStatusLabel::refresh);
    refresh();
}

void TokenStatusLabel::refresh()
{
    const TokenState state = m_connection.tokenState();
    m_tick.stop();
    QString spoken; // without the countdown, which changes every second
    switch (state.status) {
    case TokenState::Status::NoToken:
        setText(tr("Token: none yet"));
        spoken = text();
        break;
    case TokenState::Status::Refreshing:
        setText(tr("Token: refreshing…"));
        spoken = text();
        break;
    case TokenState::Status::Failed:
        setText(tr("Token: failed — %1").arg(state.reason));
        spoken = text();
        break;
    case TokenState::Status::Valid: {
        const QString until = state.expiresAt.toLocalTime().toString(QStringLiteral("HH:mm:ss"));
        spoken = tr("Token: valid until %1").arg(until);
        const qint64 left = std::max<qint64>(0, m_clock.now().secsTo(state.expiresAt));
        setText(tr("Token: valid until %1 (%2:%3 left)")
                    .arg(until)
                    .arg(left / 60)
                    .arg(left % 60, 2, 10, QLatin1Char('0')));
        m_tick.start();
        break;
    }
    }
    if (spoken != accessibleDescription())
        announceStatus(this, spoken);
}

} // namespace portone
