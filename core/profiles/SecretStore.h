#pragma once

#include "core/profiles/SecretError.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>

namespace QKeychain {
class Job;
}

namespace portone {

// The imp_secret of each merchant profile, in the desktop keychain (QtKeychain; on Linux the
// Secret Service). Service "PortOne Desk" (configurable for tests), key "imp_secret/<profileId>".
//
// - Every call is asynchronous; the callback runs exactly once unless `context` is destroyed
//   first (a null context means "always call").
// - Calls on the same key run one after another in the order they were made (reads included, so
//   a read after a write sees the new value). Different keys do not wait for each other inside
//   this class (QtKeychain itself may still run jobs one at a time).
// - Each call is guarded by a timer (default 10 s): a keychain that does not answer (locked
//   keyring waiting for a password dialog) yields Kind::Unavailable. The late job result is then
//   ignored; the job deletes itself when QtKeychain finishes it (deleting it earlier would crash
//   inside libsecret's pending callback).
// - A first failure with QKeychain::OtherError is retried once after a short delay (the Secret
//   Service may be starting up).
// - No insecure fallback. When there is no keychain the caller may keep the secret for this
//   session only (setSessionOnlySecret): memory only, never a file or QSettings; reads then serve
//   it.
// - Secrets are never logged.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    using ReadCallback = std::function<void(SecretResult<QString>)>;
    using HasCallback = std::function<void(SecretResult<bool>)>;
    using DoneCallback = std::function<void(SecretOutcome)>;
    // Test seam: how a prepared job is started. The default calls job->start().
    using JobStarter = std::function<void(QKeychain::Job *)>;

    explicit SecretStore(QString service = defaultServiceName(), QObject *parent = nullptr);
    ~SecretStore() override;

    static QString defaultServiceName(); // "PortOne Desk"
    static QString keyFor(const QString &profileId); // "imp_secret/<profileId>"
    QString service() const { return m_service; }

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setRetryDelay(std::chrono::milliseconds delay) { m_retryDelay = delay; }
    void setJobStarter(JobStarter starter);

    void readSecret(const QString &profileId, QObject *context, ReadCallback done);
    void writeSecret(const QString &profileId, const QString &secret, QObject *context,
                     DoneCallback done);
    // Removes the keychain entry and any session-only secret. A missing entry is a success.
    void deleteSecret(const QString &profileId, QObject *context, DoneCallback done);
    // True when a secret is saved (or kept for this session); an error when the keychain fails.
    void hasSecret(const QString &profileId, QObject *context, HasCallback done);

    // Another entry of this service by its full key (the audit log's HMAC key): no session-only
    // secret, otherwise the same queueing, timeout and retry as the calls above.
    void readEntry(const QString &key, QObject *context, ReadCallback done);
    void writeEntry(const QString &key, const QString &value, QObject *context, DoneCallback done);

    // Memory only, for this run of the app; served by readSecret before the keychain.
    void setSessionOnlySecret(const QString &profileId, const QString &secret);
    bool hasSessionOnlySecret(const QString &profileId) const;
    void clearSessionOnlySecret(const QString &profileId);

    int pendingOperations() const; // for tests and shutdown

private:
    struct Operation;
    using OperationPtr = std::shared_ptr<Operation>;

    void enqueue(const OperationPtr &op);
    void start(const OperationPtr &op);
    void launchJob(const OperationPtr &op);
    void onJobFinished(const OperationPtr &op, QKeychain::Job *job);
    void onTimeout(const OperationPtr &op);
    void complete(const OperationPtr &op, SecretResult<QString> result);
    SecretError errorFromJob(const QKeychain::Job *job) const;

    QString m_service;
    std::chrono::milliseconds m_timeout { 10000 };
    std::chrono::milliseconds m_retryDelay { 300 };
    JobStarter m_starter;
    QHash<QString, std::deque<OperationPtr>> m_queues; // by keychain key
    QHash<QString, QString> m_sessionOnly; // by profile id
};

} // namespace portone
