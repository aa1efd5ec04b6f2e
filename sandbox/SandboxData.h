#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace portone::sandbox {

// A string field that answers null when it is empty, as PortOne does.
QJsonValue orNull(const QString &value);

// A PG channel as GET /users/pg lists it.
struct Channel
{
    QString channelKey;
    QString channelName;
    QString pgProvider;
    QString pgId;
    QString type; // certification | api_payment | payment
    bool sandbox = true;
    QJsonObject toJson() const;
};

struct ChannelGroupMember
{
    QString channelKey;
    QString failureMessage; // non-empty: billing-key issuance fails with PG_PROVIDER
};

struct ChannelGroup
{
    QString id;
    QList<ChannelGroupMember> members;
};

// What the sandbox keeps of a card: never the number, expiry, birth, password or CVC.
struct CardInfo
{
    QString cardCode;
    QString cardName;
    QString maskedNumber;
    int cardType = 0; // 0 credit, 1 check
    QJsonObject toJson() const;
};

struct SucceededChannel
{
    QString pgProvider;
    QString pgId;
    CardInfo card;
    qint64 inserted = 0;
    qint64 updated = 0;
};

struct FailedChannel
{
    QString type;
    QString message;
    QString pgProvider;
    QString pgId;
};

// A normal billing key (CustomerAnnotation) or a super billing key (SuperBillingKeyAnnotation).
struct BillingKey
{
    QString customerUid;
    QString customerId;
    QString customerName;
    QString customerTel;
    QString customerEmail;
    QString customerAddr;
    QString customerPostcode;
    // normal key
    QString pgProvider;
    QString pgId;
    bool sandbox = true;
    CardInfo card;
    qint64 inserted = 0;
    qint64 updated = 0;
    // super key
    QString channelGroupId; // non-empty: super billing key
    QList<SucceededChannel> succeeded;
    QList<FailedChannel> failed;

    // Non-empty: every charge of this key is declined with this reason (status failed).
    QString declineReason;

    bool isSuper() const { return !channelGroupId.isEmpty(); }
    QJsonObject toJson() const;
};

struct Certification
{
    QJsonObject annotation; // CertificationAnnotation, certified false until confirmed
    QString otp; // empty for APP mode
    bool appMode = false;
    bool confirmed = false;
};

struct BenepiaAccount
{
    QString password;
    qint64 points = 0;
};

// What the payment searches read of a payment: its status and times (UNIX seconds, 0: none).
struct PaymentTimes
{
    QString status;
    qint64 startedAt = 0;
    qint64 paidAt = 0;
    qint64 failedAt = 0;
    qint64 cancelledAt = 0;

    static PaymentTimes of(const QJsonObject &payment);
    // The time a status search compares with from/to: the one of the payment's final status.
    qint64 statusTime() const;
    // sorting without its sign: started, paid or updated (the latest of the times).
    qint64 sortKey(const QString &field) const;
};

// --seed-payments N: payments generated from their index when asked for, so that N = 100,000
// costs a few bytes each. One that is asked for by id or changes (a refund) is kept in full in
// SandboxData::payments from then on, and its index in `stored`.
struct PaymentSeries
{
    int count = 0;
    qint64 seededAt = 0;
    QSet<int> stored;
    int generation = 0; // changes whenever `stored` does or the series is replaced

    // The status and times of payment index (1 to count) as generated.
    PaymentTimes times(int index) const;
};

// Scheduled payments (ScheduleResultAnnotation), kept per customer in the order they were made;
// a merchant_uid names one schedule across all customers.
struct ScheduleBook
{
    QHash<QString, QList<QJsonObject>> byCustomer;
    QHash<QString, QString> customerOf; // merchant_uid -> customer_uid

    void add(const QJsonObject &schedule);
    QJsonObject *find(const QString &merchantUid);
    bool contains(const QString &merchantUid) const { return customerOf.contains(merchantUid); }
    // Every schedule of the customer, or of every customer when customerUid is empty.
    QList<QJsonObject> list(const QString &customerUid = {}) const;
    // The schedules still waiting whose schedule_at has come, earliest first.
    QList<QJsonObject *> due(qint64 now);
};

// A payment wherever it is kept: >= 0 an index into SandboxData::payments, < 0 the benchmark
// series payment -ref.
using PaymentRef = qint64;

// Everything the sandbox serves, seeded deterministically relative to the clock at start.
struct SandboxData
{
    QList<Channel> channels;
    QList<ChannelGroup> channelGroups;
    QHash<QString, QString> tiers; // code -> name
    QHash<QString, BillingKey> billingKeys;
    QList<QJsonObject> payments; // PaymentAnnotation, oldest first
    ScheduleBook schedules;
    QHash<QString, Certification> certifications;
    QHash<QString, BenepiaAccount> benepiaAccounts;
    qint64 nextCertificationSerial = 100000000001;
    qint64 nextPaymentSerial = 300000000001;
    PaymentSeries benchmarkPayments;

    const Channel *channel(const QString &channelKey) const;
    const ChannelGroup *channelGroup(const QString &id) const;
    // A payment by imp_uid, or nullptr. A benchmark payment asked for is stored in full.
    QJsonObject *payment(const QString &impUid);
    // The payments with that merchant_uid (benchmark ones stored in full), oldest first.
    QList<QJsonObject *> paymentsByMerchantUid(const QString &merchantUid);
    QByteArray paymentJson(PaymentRef ref) const; // compact
};

// The fields a seeded or Benepia payment is built from; the rest of PaymentAnnotation is derived.
struct PaymentInput
{
    QString impUid;
    QString merchantUid;
    QString name;
    QString payMethod = QStringLiteral("card"); // card | vbank | trans | point
    QString status = QStringLiteral("paid"); // ready | paid | failed | cancelled
    QString pgProvider = QStringLiteral("nice");
    QString pgId = QStringLiteral("nictest04m");
    QString channel = QStringLiteral("pc");
    QString customerUid;
    QString buyerName;
    QString buyerEmail;
    QString buyerTel;
    QString buyerAddr;
    QString buyerPostcode;
    QString customData;
    QString bankCode; // vbank / trans
    double amount = 0;
    bool sandbox = false;
    qint64 startedAt = 0;
    CardInfo card;
};
// PaymentAnnotation of the input, written compactly as QJsonDocument writes it
// (PaymentAnnotation.cpp).
QByteArray paymentAnnotationJson(const PaymentInput &in);
QJsonObject paymentAnnotation(const PaymentInput &in);

// The payments the refund and search tests rely on (PaymentSeries.cpp): a spread of 120 over
// the last year (imp_6…, order_spread_0001…) cycling statuses and methods, a PAYCO card payment
// (imp_200000000009) and a paid virtual-account payment (imp_200000000010).
void seedPaymentSpread(SandboxData &data, qint64 now);
// Payment index (1-based) of a series of count, spread over the year before now.
PaymentInput seriesPayment(const QString &impPrefix, const QString &merchantPrefix, int index,
                           int count, qint64 now);
// The benchmark series bench_pay_0000001… (imp_7…), replacing any earlier one.
void seedBenchmarkPayments(SandboxData &data, int count, qint64 now);
QString bankName(const QString &code); // "" when unknown

// Reference tables (real Korean standard codes).
QList<QPair<QString, QString>> cardCodes();
QList<QPair<QString, QString>> bankCodes();
QString cardNameForCode(const QString &code);

// Card helpers: digits only, Luhn check, PortOne-like masking and a small BIN table.
bool luhnValid(const QString &digits);
QString maskCardNumber(const QString &digits);
CardInfo cardInfoFor(const QString &digits);

// Fills data with the seeded channels, keys, payments, schedules and accounts.
void seedSandboxData(SandboxData &data, qint64 now);
// Adds count more normal keys bench_cust_000001… (for the bulk look-up benchmark); returns
// how many were new.
int seedBenchmarkBillingKeys(SandboxData &data, int count, qint64 now);
// count scheduled payments of customerUid, the first at firstAt (UNIX seconds), then every
// stepSeconds; merchant_uids "<prefix>_0001"....
void addScheduleSeries(SandboxData &data, const QString &customerUid, const QString &prefix,
                       qint64 firstAt, int count, qint64 stepSeconds);

} // namespace portone::sandbox
