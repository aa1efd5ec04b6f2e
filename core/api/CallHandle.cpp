#include "core/api/CallHandle.h"

#include "core/api/ApiCall.h"

namespace portone {

CallHandle::CallHandle(ApiCall *call)
    : m_call(call)
{ }

void CallHandle::cancel()
{
    if (ApiCall *call = m_call.data())
        call->cancel();
}

bool CallHandle::isRunning() const
{
    const ApiCall *call = m_call.data();
    return call != nullptr && call->isRunning();
}

} // namespace portone
