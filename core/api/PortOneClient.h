#pragma once

#include "core/api/BillingKeyModels.h"
#include "core/api/CallHandle.h"
#include "core/api/CertificationModels.h"
#include "core/api/PaymentModels.h"
#include "core/api/ReferenceModels.h"
#include "core/api/RequestTrace.h"
#include "core/api/Result.h"
#include "core/api/SubscriptionModels.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace portone {

class TokenManager;
class ApiTransport;
struct ApiRequest;

struct ClientSettings
{
    QUrl baseUrl = QUrl(QStringLiteral("https://api.iamport.kr"));
    QString tierCode; // empty: no Tier header
    QString userAgent; // empty: "PortOneDesk/<version>"
    std::chrono::milliseconds timeout { 15000 }; // look-ups and every other call
    // Calls that wait on a card company or PG (ApiRequest::waitsOnPg): registration, payment.
    std::chrono::milliseconds pgTimeout { 60000 };
    // An answer larger than this (declared or received) is aborted: ApiError::Kind::TooLarge.
    qint64 maxResponseBytes = 8 * 1024 * 1024;
    // A live profile: plain http is refused even on loopback (the sandbox is never live).
    bool httpsOnly = false;
    // A read-only profile: every request that changes state is refused with
    // ApiError::Kind::ReadOnly before anything is sent.
    bool readOnly = false;
};

// Every endpoint in SCOPE.md as a typed asynchronous call. Each call validates its input
// first (ApiError::Kind::Validation with field errors, nothing sent), then goes through the
// one request path (ApiTransport) that adds the token, Tier and User-Agent, applies the
// timeout and maps the outcome. The callback runs once, on the context's thread, and never
// after the context is destroyed. One per open profile, made by its Connection.
class PortOneClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Done = std::function<void(Result<T>)>;
    // GET /payments: "최대 100개", imp_uid[] and merchant_uid[] together.
    static constexpr int MaxPaymentLookupIds = 100;

    PortOneClient(QNetworkAccessManager *network, TokenManager *tokens, ClientSettings settings,
                  QObject *parent = nullptr);
    ~PortOneClient() override;

    const ClientSettings &settings() const;

    // What the operator is waiting for: the summaries of the state-changing calls on the wire.
    QStringList stateChangesInFlight() const;
    // Before the connection goes (another profile, the window closing): every running call is
    // answered now, look-ups as cancelled, sent state-changing calls as an unknown outcome.
    void abandonCallsInFlight();

    // Certification (본인인증)
    CallHandle requestOtp(const OtpRequest &otp, QObject *context, Done<OtpRequestResult> done);
    // otp empty: APP mode, no otp parameter is sent.
    CallHandle confirmOtp(const QString &impUid, const QString &otp, QObject *context,
                          Done<Certification> done);
    CallHandle getCertification(const QString &impUid, QObject *context, Done<Certification> done);
    CallHandle deleteCertification(const QString &impUid, QObject *context,
                                   Done<Certification> done);

    // Billing keys (빌링키)
    CallHandle getBillingKey(const QString &customerUid, QObject *context, Done<BillingKey> done);
    CallHandle getBillingKeys(const QStringList &customerUids, QObject *context,
                              Done<BillingKeyBatch> done);
    CallHandle registerBillingKey(const BillingKeyRegistration &registration, QObject *context,
                                  Done<BillingKey> done);
    // reason and requester (extra[requester], naverpay only) are optional.
    CallHandle deleteBillingKey(const QString &customerUid, const QString &reason,
                                const QString &requester, QObject *context, Done<BillingKey> done);
    CallHandle getBillingKeyPayments(const QString &customerUid, int page, QObject *context,
                                     Done<PaymentPage> done);
    CallHandle getSchedules(const ScheduleQuery &query, QObject *context, Done<SchedulePage> done);

    // The newer path of getSchedules: GET /subscribe/payments/schedule/customers/{customer_uid}.
    CallHandle getCustomerSchedules(const ScheduleQuery &query, QObject *context,
                                    Done<SchedulePage> done);

    // Subscriptions (PortOneClientSubscriptions.cpp). The state-changing ones are never retried;
    // an answer lost after sending is an unknown outcome (ApiError::outcomeUnknown): look the
    // merchant_uid up (getScheduleByMerchantUid, findPaymentByMerchantUid) before anything else,
    // and never send it again with a new merchant_uid.
    // Charges a billing key now. Success means PortOne processed the call: whether money moved
    // is ChargeResult::outcome (the payment's status).
    CallHandle chargeBillingKey(const BillingKeyCharge &charge, QObject *context,
                                Done<ChargeResult> done);
    // The answer lists the schedules created.
    CallHandle schedulePayments(const ScheduleRequest &scheduling, QObject *context,
                                Done<QList<Schedule>> done);
    // Cancels the chosen scheduled payments; customerUid empty: whichever customer they are of.
    CallHandle unschedulePayments(const QString &customerUid, const QStringList &merchantUids,
                                  QObject *context, Done<QList<Schedule>> done);
    // Cancels EVERY scheduled payment of the customer (no merchant_uid is sent).
    CallHandle unscheduleAllPayments(const QString &customerUid, QObject *context,
                                     Done<QList<Schedule>> done);
    CallHandle getSchedulesByRange(const ScheduleRangeQuery &query, QObject *context,
                                   Done<SchedulePage> done);
    CallHandle getScheduleByMerchantUid(const QString &merchantUid, QObject *context,
                                        Done<Schedule> done);
    // A schedule still waiting: a new schedule_at (updateScheduleByMid).
    CallHandle updateScheduleTime(const ScheduleTimeChange &change, QObject *context,
                                  Done<Schedule> done);
    // A failed or revoked schedule: scheduled again at a new time (rescheduleByMid).
    CallHandle reschedulePayment(const ScheduleTimeChange &change, QObject *context,
                                 Done<Schedule> done);
    // A failed or revoked schedule: charged now (retryScheduleByMid), judged like a charge.
    CallHandle retryScheduledPayment(const ScheduleRetry &retry, QObject *context,
                                     Done<ChargeResult> done);

    // Benepia
    CallHandle getBenepiaPoints(const BenepiaCredentials &account, QObject *context,
                                Done<BenepiaPoints> done);
    CallHandle payWithBenepia(const BenepiaPaymentRequest &payment, QObject *context,
                              Done<Payment> done);

    // Payment lookups
    CallHandle getPayment(const QString &impUid, bool includeSandbox, QObject *context,
                          Done<Payment> done);
    // status Any: GET /payments/find/{merchant_uid} (no status segment).
    CallHandle findPaymentByMerchantUid(const QString &merchantUid, MerchantPaymentStatus status,
                                        std::optional<PaymentSorting> sorting, QObject *context,
                                        Done<Payment> done);
    CallHandle getPayments(const QStringList &impUids, const QStringList &merchantUids,
                           QObject *context, Done<PaymentBatch> done);

    // Refunds and payment searches (PortOneClientPayments.cpp)
    // A full (amount missing or 0) or partial refund; state-changing, never retried.
    CallHandle cancelPayment(const PaymentCancellation &cancellation, QObject *context,
                             Done<Payment> done);
    CallHandle getPaymentsByStatus(const PaymentStatusQuery &query, QObject *context,
                                   Done<PaymentPage> done);
    CallHandle findAllPaymentsByMerchantUid(const MerchantPaymentsQuery &query, QObject *context,
                                            Done<PaymentPage> done);
    // PAYCO payments only; PortOne answers an error for others.
    CallHandle getPaymentBalance(const QString &impUid, QObject *context,
                                 Done<PaymentBalance> done);

    // Reference data
    CallHandle getPgChannels(QObject *context, Done<QList<PgChannel>> done);
    CallHandle getCardCodes(QObject *context, Done<QList<StandardCode>> done);
    CallHandle getBankCodes(QObject *context, Done<QList<StandardCode>> done);
    CallHandle getTier(const QString &tierCode, QObject *context, Done<Tier> done);

Q_SIGNALS:
    // After every request, success or not. Sensitive values are masked.
    void requestFinished(const portone::RequestTrace &trace);

private:
    // updateScheduleTime and reschedulePayment: r with the new schedule_at, once validated;
    // summary: "%1" the schedule, "%2" the new time.
    CallHandle sendScheduleTime(ApiRequest r, const ScheduleTimeChange &change,
                                const QString &summary, QObject *context, Done<Schedule> done);

    ApiTransport *m_transport;
    ClientSettings m_settings;
};

} // namespace portone
