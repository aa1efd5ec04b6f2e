#pragma once

#include "core/auth/TokenManager.h"

#include <QLabel>
#include <QPointer>
#include <QTimer>

namespace portone {

class Clock;

// Status-bar label for the active profile's token: none / valid until HH:MM:SS with a
// countdown / refreshing / failed with the reason.
class TokenStatusLabel : public QLabel
{
    Q_OBJECT

public:
    TokenStatusLabel(const Clock &clock, QWidget *parent = nullptr);
    void setTokenManager(TokenManager *tokens);

private:
    void refresh();

    const Clock &m_clock;
    QPointer<TokenManager> m_tokens;
    QTimer m_tick;
};

} // namespace portone
