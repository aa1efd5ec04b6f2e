#pragma once

#include "core/api/PaymentSearch.h"
#include "core/api/PortOneClient.h"
#include "core/auth/CredentialSource.h"
#include "core/auth/TokenManager.h"
#include "core/connection/Connection.h"
#include "core/util/Clock.h"
#include "sandbox/SandboxServer.h"
#include "tests/support/Capture.h"

#include <QNetworkAccessManager>
#include <memory>

namespace portone::test {

// The real sandbox on loopback and a Connection (client and token manager) to its default
// account on a manual clock. Shared by tests/core and tests/auth.
struct ClientFixture
{
    explicit ClientFixture(sandbox::SandboxServer::ClockFunction serverClock = {})
        : server(serverClock ? std::make_unique<sandbox::SandboxServer>(std::move(serverClock))
                             : std::make_unique<sandbox::SandboxServer>())
    {
        QObject::connect(&connection, &Connection::requestFinished, &connection,
                         [this](const RequestTrace &trace) { traces.append(trace); });
    }

    bool start(ClientSettings settings = {})
    {
        if (server->listen() == 0)
            return false;
        if (settings.baseUrl == ClientSettings().baseUrl)
            settings.baseUrl = server->baseUrl();
        Profile profile;
        profile.name = QStringLiteral("Sandbox");
        profile.impKey = credentials.impKey;
        profile.baseUrl = settings.baseUrl;
        connection.open(profile, std::make_unique<FixedCredentialSource>(credentials), settings);
        client = connection.client();
        tokens = connection.tokens();
        return true;
    }

    ManualClock clock;
    std::unique_ptr<sandbox::SandboxServer> server;
    QNetworkAccessManager network;
    ApiCredentials credentials { sandbox::SandboxServer::defaultAccount().impKey,
                                 sandbox::SandboxServer::defaultAccount().impSecret };
    Connection connection { &network, &clock };
    PortOneClient *client = nullptr; // the connection's, until it is opened again
    TokenManager *tokens = nullptr;
    QList<RequestTrace> traces;
    QObject context;
};

// A search of the last year and a day, up to now: every payment the sandbox seeds.
inline PaymentSearchCriteria lastYearOfPayments(int pageSize)
{
    PaymentSearchCriteria criteria;
    criteria.to = QDateTime::currentDateTimeUtc();
    criteria.from = criteria.to.addDays(-366);
    criteria.pageSize = pageSize;
    return criteria;
}

// An OTP request for 홍길동 that the sandbox accepts, with the phone and gender digit given.
inline OtpRequest sandboxOtpRequest(const QString &phone = QStringLiteral("010-1234-5678"),
                                    const QString &genderDigit = QStringLiteral("1"))
{
    OtpRequest otp;
    otp.name = QStringLiteral("홍길동");
    otp.phone = phone;
    otp.birth = QStringLiteral("900101");
    otp.genderDigit = genderDigit;
    otp.channelKey = sandbox::SandboxServer::certificationChannelKey();
    return otp;
}

// A billing-key registration the sandbox accepts (a NICE channel, a Luhn-valid test card).
inline BillingKeyRegistration sandboxRegistration(const QString &customerUid)
{
    BillingKeyRegistration reg;
    reg.customerUid = customerUid;
    reg.channelKey = QStringLiteral("channel-key-sbx-nice");
    reg.cardNumber = QStringLiteral("4111111111111111");
    reg.expiry = QStringLiteral("2030-12");
    reg.birth = QStringLiteral("900101");
    reg.pwd2Digit = QStringLiteral("12");
    return reg;
}

// The failure of a captured result, for QVERIFY2 messages (empty on success).
template<typename T> QByteArray why(const Capture<T> &capture)
{
    if (!capture.has() || capture.result().ok())
        return {};
    return capture.error().summary().toUtf8() + " (" + capture.error().detail.toUtf8() + ')';
}

} // namespace portone::test
