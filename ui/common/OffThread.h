#pragma once

#include <QObject>
#include <QThread>
#include <functional>
#include <memory>
#include <optional>

namespace portone {

// Runs work() on a thread of its own, then done(result) on the thread of context (the GUI
// thread, for a widget) through a queued call, unless context is gone by then. The thread
// deletes itself once finished. For blocking file reads that must not freeze the window.
template<typename T>
void runOffThread(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
{
    auto result = std::make_shared<std::optional<T>>();
    QThread *thread
        = QThread::create([work = std::move(work), result] { result->emplace(work()); });
    QObject::connect(thread, &QThread::finished, context,
                     [result, done = std::move(done)] { done(**result); });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace portone
