#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <algorithm>
#include <ctime>

namespace portone::bench {

// Measures how long the event loop of the calling thread stops turning: a 1 ms precise timer
// records the largest gap between two ticks minus the interval. A GUI would freeze for that long.
// On a loaded machine a gap is also time the thread waited for a core; the CPU time the thread
// itself spent in a gap (longestBusyMs) is the part its own work caused.
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
        m_longestBusyNs = 0;
        m_ticks = 0;
        m_lastCpuNs = threadCpuNs();
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
    double longestBusyMs() const { return static_cast<double>(m_longestBusyNs) / 1e6; }
    qint64 ticks() const { return m_ticks; }

private:
    static constexpr int kIntervalMs = 1;

    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 stall = now - m_lastTickNs - qint64 { kIntervalMs } * 1'000'000;
        if (stall > m_longestStallNs)
            m_longestStallNs = stall;
        const qint64 cpu = threadCpuNs();
        m_longestBusyNs = std::max(m_longestBusyNs, cpu - m_lastCpuNs);
        m_lastCpuNs = cpu;
        m_lastTickNs = now;
        ++m_ticks;
    }

    static qint64 threadCpuNs()
    {
        timespec now {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
        return qint64 { now.tv_sec } * 1'000'000'000 + now.tv_nsec;
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_longestStallNs = 0;
    qint64 m_longestBusyNs = 0; // CPU time of the thread between two ticks
    qint64 m_lastCpuNs = 0;
    qint64 m_ticks = 0;
};

} // namespace portone::bench
