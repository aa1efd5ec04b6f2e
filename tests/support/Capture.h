#pragma once

#include "core/api/Result.h"

#include <QTest>
#include <optional>

namespace portone::test {

// Captures the single result of an asynchronous call so that a test can wait for it:
//   Capture<Payment> got;
//   client.getPayment(id, false, this, got.callback());
//   QVERIFY(got.wait());
template<typename T> class Capture
{
public:
    auto callback()
    {
        return [this](Result<T> result) {
            ++m_calls;
            m_result.emplace(std::move(result));
        };
    }
    bool wait(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, timeoutMs);
    }
    bool has() const { return m_result.has_value(); }
    int calls() const { return m_calls; }
    const Result<T> &result() const { return *m_result; }
    const T &value() const { return m_result->value(); }
    const ApiError &error() const { return m_result->error(); }
    void reset() { m_result.reset(); }

private:
    std::optional<Result<T>> m_result;
    int m_calls = 0;
};

} // namespace portone::test
