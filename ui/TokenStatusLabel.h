#pragma once

#include <QLabel>
#include <QTimer>

namespace portone {

class Clock;
class Connection;

// Status-bar label for the token of the connection's profile: none / valid until HH:MM:SS
// with a countdown / refreshing / failed with the reason. Follows the connection for its life.
class TokenStatusLabel : public QLabel
{
    Q_OBJECT

public:
    // connection outlives the label.
    TokenStatusLabel(const Connection &connection, const Clock &clock, QWidget *parent = nullptr);

private:
    void refresh();

    const Connection &m_connection;
    const Clock &m_clock;
    QTimer m_tick;
};

} // namespace portone
