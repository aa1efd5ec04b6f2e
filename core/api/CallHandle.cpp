#include "core/api/CallHandle.h"

#include "core/api/ApiCall.h"

namespace portone {

CallHandle::CallHandle(ApiCall *call)
    : m_call(call)
{ }

void CallHandle::cancel()
{
    if (m_call)
        m_call->cancel();
}

bool CallHandle::isRunning() const
{
    return m_call && m_call->isRunning();
}

} // namespace portone
