#pragma once

#include "common/result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

namespace vh {

// The Vast.ai API key in the operating system's keychain (Windows Credential
// Manager, macOS Keychain, Secret Service on Linux) through QtKeychain. There
// is no plain-text fallback: without a keychain the key is not stored.
//
// Errors: a missing entry is ErrorKind::NotFound. A keychain that is absent
// or does not respond is ErrorKind::LocalIo, with a message that says which.
// Access denied by the user or the system is ErrorKind::PermissionDenied.
class ApiKeyStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiKeyStore)

public:
    static QString defaultService();
    static QString defaultKeyName();

    // keyName lets tests keep their entries apart from the real one.
    explicit ApiKeyStore(QObject *parent = nullptr, const QString &keyName = defaultKeyName());
    ~ApiKeyStore() override;

    // A Secret Service that is still starting gets one more try after this delay.
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }
    // How long one keychain call may take before it counts as unavailable.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    QString keyName() const { return m_keyName; }

    // Each call reports once, later, on this object's thread, and never after
    // context was destroyed.
    void readKey(QObject *context, std::function<void(Result<QString>)> done);
    void writeKey(const QString &apiKey, QObject *context,
                  std::function<void(Result<void>)> done);
    void deleteKey(QObject *context, std::function<void(Result<void>)> done);

private:
    enum class Operation { Read, Write, Delete };
    struct Attempt;

    static const char *operationName(Operation operation);

    void start(const std::shared_ptr<Attempt> &attempt);
    void finished(const std::shared_ptr<Attempt> &attempt, QKeychain::Job *job);
    void deliver(const std::shared_ptr<Attempt> &attempt, const Error &error,
                 const QString &secret);

    QString m_service;
    QString m_keyName;
    int m_retryDelayMs = 2000;
    int m_timeoutMs = 30000;
};

} // namespace vh
