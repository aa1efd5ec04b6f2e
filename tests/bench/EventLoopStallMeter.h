#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace portone::bench {

// Measures how long the event loop of the calling thread stops turning: a 1 ms precise timer
// records the largest gap between two ticks minus the interval. A GUI would freeze for that long.
class EventLoopStallMeter : public QObject
{
public:
    explicit EventLoopStallMeter(QObject *parent = nullptr)
        : QObject(parent)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(kIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] { tick(); });
    }

    void start()
    {
        m_longestStallNs = 0;
        m_ticks = 0;
        m_clock.start();
        m_lastTickNs = 0;
        m_timer.start();
    }
    void stop()
    {
        tick(); // the gap up to now counts too
        m_timer.stop();
    }

    double longestStallMs() const { return static_cast<double>(m_longestStallNs) / 1e6; }
    qint64 ticks() const { return m_ticks; }

private:
    static constexpr int kIntervalMs = 1;

    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 stall = now - m_lastTickNs - qint64 { kIntervalMs } * 1'000'000;
        if (stall > m_longestStallNs)
            m_longestStallNs = stall;
        m_lastTickNs = now;
        ++m_ticks;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_longestStallNs = 0;
    qint64 m_ticks = 0;
};

} // namespace portone::bench
