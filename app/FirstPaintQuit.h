#pragma once

#include <QObject>

namespace portone {

// Quits the application once the watched window has painted for the first time (after the
// paint is flushed). Used by the start-up benchmark (--quit-after-first-paint).
class FirstPaintQuit : public QObject
{
public:
    explicit FirstPaintQuit(QObject *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
};

} // namespace portone
