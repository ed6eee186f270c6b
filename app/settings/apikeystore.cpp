#include "settings/apikeystore.h"

#include "common/logging.h"
#include "settings/apikeysource.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::ApiKeyStore)
};

Error unavailableError(const QString &detail)
{
    //: %1 is the keychain library's own description of the failure.
    return Error(ErrorKind::LocalIo,
                 Tr::tr("No keychain is available to hold the Vast.ai API key (%1). On Linux, run "
                        "a Secret Service such as GNOME Keyring or KWallet and unlock it; until "
                        "then set the environment variable VAST_API_KEY.")
                     .arg(detail),
                 detail);
}

} // namespace

struct ApiKeyStore::Attempt
{
    Operation operation = Operation::Read;
    QString secret; // only for Write; never logged
    QPointer<QObject> context;
    std::function<void(Result<QString>)> readDone;
    std::function<void(Result<void>)> changeDone;
    bool retried = false;
    bool delivered = false;
    int generation = 0; // results of an abandoned job carry an older number
    QTimer *timeout = nullptr;
};

const char *ApiKeyStore::operationName(Operation operation)
{
    switch (operation) {
    case Operation::Read: return "read";
    case Operation::Write: return "write";
    case Operation::Delete: return "delete";
    }
    return "use";
}

QString ApiKeyStore::defaultService()
{
    return QStringLiteral("vastharvest");
}

QString ApiKeyStore::defaultKeyName()
{
    // The name alone identifies the entry on Windows, where QtKeychain
    // ignores the service, so it carries the application's name itself.
    return QStringLiteral("vastharvest/vast-api-key");
}

ApiKeyStore::ApiKeyStore(QObject *parent, const QString &keyName)
    : QObject(parent), m_service(defaultService()), m_keyName(keyName)
{
}

ApiKeyStore::~ApiKeyStore() = default;

void ApiKeyStore::readKey(QObject *context, std::function<void(Result<QString>)> done)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->operation = Operation::Read;
    attempt->context = context ? context : this;
    attempt->readDone = std::move(done);
    start(attempt);
}

void ApiKeyStore::writeKey(const QString &apiKey, QObject *context,
                           std::function<void(Result<void>)> done)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->operation = Operation::Write;
    attempt->context = context ? context : this;
    attempt->changeDone = std::move(done);
    Result<QString> checked = normalizeApiKey(apiKey, Tr::tr("The API key to save"));
    if (!checked) {
        QTimer::singleShot(0, this, [this, attempt, error = checked.error()] {
            deliver(attempt, error, {});
        });
        return;
    }
    attempt->secret = checked.value();
    start(attempt);
}

void ApiKeyStore::deleteKey(QObject *context, std::function<void(Result<void>)> done)
{
    auto attempt = std::make_shared<Attempt>();
    attempt->operation = Operation::Delete;
    attempt->context = context ? context : this;
    attempt->changeDone = std::move(done);
    start(attempt);
}

void ApiKeyStore::start(const std::shared_ptr<Attempt> &attempt)
{
    QKeychain::Job *job = nullptr;
    switch (attempt->operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(attempt->secret);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    // The job deletes itself when it finishes. It has no parent, so a store
    // destroyed mid-call cannot pull it from under the keychain backend.
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(m_keyName);

    const int generation = ++attempt->generation;
    connect(job, &QKeychain::Job::finished, this, [this, attempt, generation](QKeychain::Job *done) {
        if (generation == attempt->generation)
            finished(attempt, done);
    });

    if (!attempt->timeout) {
        attempt->timeout = new QTimer(this);
        attempt->timeout->setSingleShot(true);
        connect(attempt->timeout, &QTimer::timeout, this, [this, attempt] {
            // A keychain waiting on a password prompt that no one can see
            // would block the caller forever, so give up on this job.
            ++attempt->generation;
            qCWarning(lcKeychain) << "keychain" << operationName(attempt->operation)
                                  << "of" << m_keyName << "timed out after" << m_timeoutMs << "ms";
            deliver(attempt,
                    Error(ErrorKind::LocalIo,
                          Tr::tr("The keychain did not respond within %1 s. Check that it is "
                                 "unlocked (a password prompt may be waiting), or set the "
                                 "environment variable VAST_API_KEY.")
                              .arg(m_timeoutMs / 1000.0, 0, 'g', 3)),
                    {});
        });
    }
    attempt->timeout->start(m_timeoutMs);

    qCDebug(lcKeychain) << "keychain" << operationName(attempt->operation) << "of"
                        << m_keyName << (attempt->retried ? "(second try)" : "");
    job->start();
}

void ApiKeyStore::finished(const std::shared_ptr<Attempt> &attempt, QKeychain::Job *job)
{
    if (attempt->delivered)
        return;
    attempt->timeout->stop();
    const QKeychain::Error code = job->error();
    const QString detail = job->errorString();

    switch (code) {
    case QKeychain::NoError:
        if (attempt->operation == Operation::Read) {
            const auto *read = static_cast<QKeychain::ReadPasswordJob *>(job);
            const QString secret = read->textData().trimmed();
            if (secret.isEmpty()) {
                deliver(attempt,
                        Error(ErrorKind::NotFound,
                              Tr::tr("No Vast.ai API key is saved in the keychain. Enter it in "
                                     "Settings, or set the environment variable VAST_API_KEY.")),
                        {});
                return;
            }
            qCDebug(lcKeychain) << "read" << m_keyName << "from the keychain";
            deliver(attempt, {}, secret);
            return;
        }
        qCInfo(lcKeychain) << (attempt->operation == Operation::Write ? "saved" : "deleted")
                           << m_keyName << "in the keychain";
        deliver(attempt, {}, {});
        return;

    case QKeychain::EntryNotFound:
        if (attempt->operation == Operation::Delete) {
            deliver(attempt, {}, {});
            return;
        }
        qCDebug(lcKeychain) << "no entry" << m_keyName << "in the keychain";
        deliver(attempt,
                Error(ErrorKind::NotFound,
                      Tr::tr("No Vast.ai API key is saved in the keychain. Enter it in Settings, or "
                             "set the environment variable VAST_API_KEY."),
                      detail),
                {});
        return;

    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        qCInfo(lcKeychain) << "keychain refused" << operationName(attempt->operation) << "of"
                           << m_keyName << ":" << detail;
        deliver(attempt,
                Error(ErrorKind::PermissionDenied,
                      Tr::tr("The keychain refused access to the Vast.ai API key (%1). Unlock the "
                             "keychain or allow Vast Harvest to use it, then try again.")
                          .arg(detail),
                      detail),
                {});
        return;

    case QKeychain::NoBackendAvailable:
    case QKeychain::OtherError:
    case QKeychain::NotImplemented:
    case QKeychain::CouldNotDeleteEntry:
        break;
    }

    // Right after login the Secret Service may still be starting, so the
    // first failure of this kind gets one more try after a pause.
    if (!attempt->retried
        && (code == QKeychain::NoBackendAvailable || code == QKeychain::OtherError)) {
        attempt->retried = true;
        qCInfo(lcKeychain) << "keychain" << operationName(attempt->operation) << "of"
                           << m_keyName << "failed (" << detail << "); trying again in"
                           << m_retryDelayMs << "ms";
        QTimer::singleShot(m_retryDelayMs, this, [this, attempt] {
            if (!attempt->delivered)
                start(attempt);
        });
        return;
    }
    // Info, not warning: the caller gets the error and decides how bad it is.
    qCInfo(lcKeychain) << "keychain" << operationName(attempt->operation) << "of" << m_keyName
                       << "failed:" << detail;
    if (code == QKeychain::CouldNotDeleteEntry) {
        deliver(attempt,
                Error(ErrorKind::LocalIo,
                      Tr::tr("The Vast.ai API key could not be removed from the keychain (%1).")
                          .arg(detail),
                      detail),
                {});
        return;
    }
    deliver(attempt, unavailableError(detail), {});
}

void ApiKeyStore::deliver(const std::shared_ptr<Attempt> &attempt, const Error &error,
                          const QString &secret)
{
    if (attempt->delivered)
        return;
    attempt->delivered = true;
    attempt->secret.clear();
    if (attempt->timeout) {
        attempt->timeout->stop();
        attempt->timeout->deleteLater();
        attempt->timeout = nullptr;
    }
    if (!attempt->context)
        return;
    if (attempt->operation == Operation::Read) {
        if (error.isError())
            attempt->readDone(error);
        else
            attempt->readDone(secret);
    } else {
        if (error.isError())
            attempt->changeDone(error);
        else
            attempt->changeDone(Result<void>());
    }
}

} // namespace vh
