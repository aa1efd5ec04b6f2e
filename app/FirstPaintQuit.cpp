#include "app/FirstPaintQuit.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace portone {

FirstPaintQuit::FirstPaintQuit(QObject *window)
    : QObject(window)
{
    window->installEventFilter(this);
}

bool FirstPaintQuit::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && event->type() == QEvent::Paint) {
        m_seen = true;
        // Queued: the whole window (children included) is painted and flushed first.
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }
    return QObject::eventFilter(watched, event);
}

} // namespace portone
