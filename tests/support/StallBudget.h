#pragma once

#include <QtGlobal>

// The longest event-loop stall a responsiveness check allows. A sanitizer build runs every
// instruction several times slower on the same 2 cores, so the budget scales with it; the
// check still catches work that blocks the loop for as long as the whole job takes.
constexpr qint64 stallBudgetMs(qint64 optimisedBuildMs)
{
#if defined(__SANITIZE_ADDRESS__)
    return optimisedBuildMs * 4;
#elif defined(__has_feature)
#    if __has_feature(address_sanitizer)
    return optimisedBuildMs * 4;
#    else
    return optimisedBuildMs;
#    endif
#else
    return optimisedBuildMs;
#endif
}
