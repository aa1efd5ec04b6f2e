#pragma once

#include "core/api/PortOneClient.h"

#include <QList>
#include <QString>
#include <functional>

namespace portone::test {

// The outcome of one call, whatever its result type.
struct CallOutcome
{
    bool ok = false;
    ApiError error;
    QStringList missing; // multi-lookups: the ids reported as not found
};

// What a call may need that only an earlier call can give (an OTP request's imp_uid and code).
struct CallInputs
{
    QString impUid;
    QString otp;
    QString unique; // makes ids (customer_uid, merchant_uid) unique per case
};

// One endpoint of SCOPE.md as PortOneClient calls it, with valid input for the seeded sandbox.
struct FaultEndpoint
{
    QString name; // the operationId
    bool changesState = false;
    bool multiLookup = false;
    bool needsOtpRequest = false; // confirmOtp: an OTP request must come first
    QString missingId; // multi-lookups: the requested id the sandbox does not have
    // getToken: the fault hits the token request of a call made with no token yet.
    bool faultsTheToken = false;
    std::function<CallHandle(PortOneClient &, const CallInputs &, QObject *,
                             std::function<void(CallOutcome)>)>
        call;
};

// Runs the event loop until done() holds or timeoutMs pass; unlike QTest::qWaitFor it does not
// sleep 10 ms between checks, which keeps hundreds of round trips fast.
bool waitFor(const std::function<bool()> &done, int timeoutMs = 5000);

// Every client call of SCOPE.md, and getToken (reached through a call with no token yet).
QList<FaultEndpoint> faultEndpoints();

// Requests an OTP on the sandbox (no faults) and fills impUid and otp; false on failure.
bool requestOtpFor(PortOneClient &client, const QString &merchantUid,
                   const std::function<QString(const QString &)> &otpFor, CallInputs *inputs);

} // namespace portone::test
