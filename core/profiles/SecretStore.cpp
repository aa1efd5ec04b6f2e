#include "core/profiles/SecretStore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcSecrets, "portone.secrets")

namespace portone {

struct SecretStore::Operation
{
    enum class Type
    {
        Read,
        Write,
        Delete
    };
    Type type = Type::Read;
    QString profileId;
    QString key;
    QString secret; // Write only
    QPointer<QObject> context;
    bool guarded = false; // a context was given: skip the callback once it is gone
    ReadCallback onRead; // Read: the secret; Write/Delete: an empty string on success
    int attempt = 0;
    bool started = false;
    bool finished = false;
    QTimer *timer = nullptr;
    QKeychain::Job *job = nullptr;
};

namespace {

QString timeoutMessage(std::chrono::milliseconds timeout)
{
    return QCoreApplication::translate("portone::secrets",
                                       "The keychain did not answer within %1 s; it may be locked. "
                                       "Unlock it and try again.")
        .arg(QString::number(double(timeout.count()) / 1000.0));
}

bool aliveFor(const QPointer<QObject> &context, bool guarded)
{
    return !guarded || !context.isNull();
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
    , m_starter([](QKeychain::Job *job) { job->start(); })
{ }

SecretStore::~SecretStore()
{
    // Jobs still running are not ours to delete (libsecret holds a pointer to them); they are
    // disconnected from us by Qt and delete themselves when QtKeychain finishes them.
    for (auto &queue : m_queues) {
        for (const OperationPtr &op : queue)
            op->finished = true;
    }
    for (QString &secret : m_sessionOnly)
        secret.fill(u'\0');
}

QString SecretStore::defaultServiceName()
{
    return QStringLiteral("PortOne Desk");
}

QString SecretStore::keyFor(const QString &profileId)
{
    return QStringLiteral("imp_secret/") + profileId;
}

void SecretStore::setJobStarter(JobStarter starter)
{
    m_starter = starter ? std::move(starter) : [](QKeychain::Job *job) { job->start(); };
}

void SecretStore::readSecret(const QString &profileId, QObject *context, ReadCallback done)
{
    if (m_sessionOnly.contains(profileId)) {
        QTimer::singleShot(0, this,
                           [secret = m_sessionOnly.value(profileId), guard = QPointer(context),
                            guarded = context != nullptr, done = std::move(done)] {
                               if (aliveFor(guard, guarded))
                                   done(secret);
                           });
        return;
    }
    readEntry(keyFor(profileId), context, std::move(done));
}

void SecretStore::writeSecret(const QString &profileId, const QString &secret, QObject *context,
                              DoneCallback done)
{
    writeEntry(keyFor(profileId), secret, context,
               [this, profileId, done = std::move(done)](const SecretOutcome &outcome) {
                   if (!outcome)
                       clearSessionOnlySecret(profileId); // the keychain holds it now
                   if (done)
                       done(outcome);
               });
}

void SecretStore::deleteSecret(const QString &profileId, QObject *context, DoneCallback done)
{
    clearSessionOnlySecret(profileId);
    auto op = std::make_shared<Operation>();
    op->type = Operation::Type::Delete;
    op->profileId = profileId;
    op->context = context;
    op->guarded = context != nullptr;
    op->onRead = [done = std::move(done)](const SecretResult<QString> &result) {
        if (!done)
            return;
        if (result.ok() || result.error().kind == SecretError::Kind::NotFound)
            done(SecretOutcome());
        else
            done(result.error());
    };
    enqueue(op);
}

void SecretStore::hasSecret(const QString &profileId, QObject *context, HasCallback done)
{
    readSecret(profileId, context, [done = std::move(done)](const SecretResult<QString> &result) {
        if (result.ok())
            done(true);
        else if (result.error().kind == SecretError::Kind::NotFound)
            done(false);
        else
            done(result.error());
    });
}

void SecretStore::readEntry(const QString &key, QObject *context, ReadCallback done)
{
    auto op = std::make_shared<Operation>();
    op->type = Operation::Type::Read;
    op->key = key;
    op->context = context;
    op->guarded = context != nullptr;
    op->onRead = std::move(done);
    enqueue(op);
}

void SecretStore::writeEntry(const QString &key, const QString &value, QObject *context,
                             DoneCallback done)
{
    auto op = std::make_shared<Operation>();
    op->type = Operation::Type::Write;
    op->key = key;
    op->secret = value;
    op->context = context;
    op->guarded = context != nullptr;
    op->onRead = [done = std::move(done)](const SecretResult<QString> &result) {
        if (done)
            done(result.ok() ? SecretOutcome() : SecretOutcome(result.error()));
    };
    enqueue(op);
}

void SecretStore::setSessionOnlySecret(const QString &profileId, const QString &secret)
{
    m_sessionOnly.insert(profileId, secret);
}

bool SecretStore::hasSessionOnlySecret(const QString &profileId) const
{
    return m_sessionOnly.contains(profileId);
}

void SecretStore::clearSessionOnlySecret(const QString &profileId)
{
    auto it = m_sessionOnly.find(profileId);
    if (it == m_sessionOnly.end())
        return;
    it->fill(u'\0'); // best effort: overwrite before release
    m_sessionOnly.erase(it);
}

int SecretStore::pendingOperations() const
{
    int count = 0;
    for (const auto &queue : m_queues)
        count += int(queue.size());
    return count;
}

void SecretStore::enqueue(const OperationPtr &op)
{
    if (op->key.isEmpty())
        op->key = keyFor(op->profileId);
    auto &queue = m_queues[op->key];
    queue.push_back(op);
    if (queue.size() == 1)
        start(op);
}

void SecretStore::start(const OperationPtr &op)
{
    op->started = true;
    op->timer = new QTimer(this);
    op->timer->setSingleShot(true);
    connect(op->timer, &QTimer::timeout, this, [this, op] { onTimeout(op); });
    op->timer->start(m_timeout);
    launchJob(op);
}

void SecretStore::launchJob(const OperationPtr &op)
{
    QKeychain::Job *job = nullptr;
    switch (op->type) {
    case Operation::Type::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Type::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(op->secret);
        job = write;
        break;
    }
    case Operation::Type::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never: a PG secret fails closed
    job->setKey(op->key);
    op->job = job;
    connect(job, &QKeychain::Job::finished, this,
            [this, op](QKeychain::Job *finished) { onJobFinished(op, finished); });
    m_starter(job);
}

void SecretStore::onJobFinished(const OperationPtr &op, QKeychain::Job *job)
{
    if (op->finished || op->job != job)
        return; // a late answer after the timeout: ignored
    op->job = nullptr;
    if (job->error() == QKeychain::NoError) {
        QString value;
        if (op->type == Operation::Type::Read)
            value = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        complete(op, value);
        return;
    }
    if (job->error() == QKeychain::OtherError && op->attempt == 0) {
        ++op->attempt;
        qCDebug(lcSecrets) << "keychain job failed, retrying once:" << job->errorString();
        QTimer::singleShot(m_retryDelay, this, [this, op] {
            if (!op->finished)
                launchJob(op);
        });
        return;
    }
    complete(op, errorFromJob(job));
}

void SecretStore::onTimeout(const OperationPtr &op)
{
    if (op->finished)
        return;
    if (op->job)
        disconnect(op->job, nullptr, this, nullptr); // the job still deletes itself later
    op->job = nullptr;
    qCWarning(lcSecrets) << "keychain job timed out for" << op->key;
    complete(op, SecretError { SecretError::Kind::Unavailable, timeoutMessage(m_timeout), {}, 0 });
}

void SecretStore::complete(const OperationPtr &op, SecretResult<QString> result)
{
    op->finished = true;
    op->secret.fill(u'\0');
    op->secret.clear();
    if (op->timer) {
        op->timer->stop();
        op->timer->deleteLater();
        op->timer = nullptr;
    }
    auto &queue = m_queues[op->key];
    if (!queue.empty() && queue.front() == op)
        queue.pop_front();
    const QString key = op->key;
    if (op->onRead && aliveFor(op->context, op->guarded))
        op->onRead(std::move(result));
    op->onRead = nullptr;
    auto it = m_queues.find(key);
    if (it == m_queues.end())
        return;
    if (it->empty()) {
        m_queues.erase(it);
        return;
    }
    const OperationPtr next = it->front();
    if (!next->started)
        start(next);
}

SecretError SecretStore::errorFromJob(const QKeychain::Job *job) const
{
    SecretError error;
    error.keychainCode = int(job->error());
    error.detail = job->errorString();
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        error.kind = SecretError::Kind::NotFound;
        error.message = QCoreApplication::translate("portone::secrets",
                                                    "No API secret is saved for this profile.");
        return error;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        error.kind = SecretError::Kind::Denied;
        error.message = QCoreApplication::translate("portone::secrets",
                                                    "Access to the keychain was refused.");
        return error;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        error.kind = SecretError::Kind::NoKeychain;
        break;
    default: {
        const QString text = error.detail.toLower();
        // "locked", or no default keyring: gnome-keyring could not show its unlock / create
        // prompt ("Object does not exist at path /org/freedesktop/secrets/collection/login").
        if (text.contains(u"locked") || text.contains(u"/collection/")) {
            error.kind = SecretError::Kind::Unavailable;
            error.message = QCoreApplication::translate(
                "portone::secrets",
                "The keychain is locked or has no default keyring. Unlock it (or create the "
                "login keyring) and try again.");
            return error;
        }
        static const char *const noServiceHints[]
            = { "d-bus",         "dbus",      "could not connect", "org.freedesktop.secrets",
                "service files", "autolaunch" };
        for (const char *hint : noServiceHints) {
            if (text.contains(QLatin1StringView(hint)))
                error.kind = SecretError::Kind::NoKeychain;
        }
        if (error.kind == SecretError::Kind::NoKeychain)
            break;
        error.kind = SecretError::Kind::Other;
        error.message
            = QCoreApplication::translate("portone::secrets", "The keychain reported an error.");
        return error;
    }
    }
    error.message = QCoreApplication::translate(
        "portone::secrets",
        "No keychain is available (the Secret Service is not running). You can keep the secret "
        "for this session only; it will not be saved.");
    return error;
}

} // namespace portone
