#pragma once

// The median round trip of a GET, a look-up POST and a state-changing POST through
// PortOneClient, one request at a time over the benchmark's connection, so that a delay that
// only POSTs pay (a body leaving in a second write and meeting Nagle's algorithm and delayed
// ACK) shows beside the GET.
#include "core/api/PortOneClient.h"
#include "sandbox/SandboxServer.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <algorithm>
#include <functional>

namespace portone::bench {

struct RoundTripMedians
{
    double getMs = -1;
    double lookupPostMs = -1;
    double changingPostMs = -1;
};

class RoundTripProbe : public QObject
{
public:
    static constexpr int Samples = 41;

    explicit RoundTripProbe(QString customerUid, QObject *parent = nullptr)
        : QObject(parent)
        , m_customerUid(std::move(customerUid))
    { }

    void start(PortOneClient *client, std::function<void(const RoundTripMedians &)> done)
    {
        m_client = client;
        m_done = std::move(done);
        measure(
            [this](const Next &next) {
                m_client->getBillingKey(m_customerUid, this, [next](auto) { next(); });
            },
            [this](double ms) {
                m_medians.getMs = ms;
                measureLookupPost();
            });
    }

private:
    using Next = std::function<void()>;
    using Send = std::function<void(const Next &)>;

    void measureLookupPost()
    {
        measure(
            [this](const Next &next) {
                const BenepiaCredentials account { QStringLiteral("benepia_test"),
                                                   QStringLiteral("benepia1234"),
                                                   sandbox::SandboxServer::benepiaChannelKey() };
                m_client->getBenepiaPoints(account, this, [next](auto) { next(); });
            },
            [this](double ms) {
                m_medians.lookupPostMs = ms;
                measureChangingPost();
            });
    }

    void measureChangingPost()
    {
        measure(
            [this](const Next &next) {
                OtpRequest otp;
                otp.name = QStringLiteral("홍길동");
                otp.phone = QStringLiteral("010-1234-5678");
                otp.birth = QStringLiteral("900101");
                otp.genderDigit = QStringLiteral("1");
                otp.channelKey = sandbox::SandboxServer::certificationChannelKey();
                m_client->requestOtp(otp, this, [next](auto) { next(); });
            },
            [this](double ms) {
                m_medians.changingPostMs = ms;
                m_done(m_medians);
            });
    }

    // Sends Samples requests one after another; reports the median round trip.
    void measure(Send send, std::function<void(double)> finished)
    {
        m_samples.clear();
        m_send = std::move(send);
        m_finished = std::move(finished);
        sendOne();
    }

    void sendOne()
    {
        m_timer.start();
        m_send([this] {
            m_samples.append(static_cast<double>(m_timer.nsecsElapsed()) / 1e6);
            if (m_samples.size() < Samples) {
                sendOne();
                return;
            }
            std::sort(m_samples.begin(), m_samples.end());
            m_finished(m_samples.at(m_samples.size() / 2));
        });
    }

    PortOneClient *m_client = nullptr;
    QString m_customerUid;
    std::function<void(const RoundTripMedians &)> m_done;
    Send m_send;
    std::function<void(double)> m_finished;
    QList<double> m_samples;
    QElapsedTimer m_timer;
    RoundTripMedians m_medians;
};

} // namespace portone::bench
