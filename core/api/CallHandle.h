#pragma once

#include <QPointer>

namespace portone {

class ApiCall;

// A caller's handle on one running request. Cheap to copy; safe after the request ended.
class CallHandle
{
public:
    CallHandle() = default;
    explicit CallHandle(ApiCall *call);

    // Aborts the request; the callback then receives ApiError::Kind::Cancelled.
    // A state-changing request already sent is reported as cancelled with outcomeUnknown.
    void cancel();
    bool isRunning() const;

private:
    QPointer<ApiCall> m_call;
};

} // namespace portone
