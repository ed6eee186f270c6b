#pragma once

#include "cloud/cloudprovider.h"

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace vh {

// Tunables of the Vast.ai client. The defaults suit the real service; tests
// shrink the delays so retries and confirmation polls run in milliseconds.
struct VastClientOptions
{
    QUrl baseUrl = QUrl(QStringLiteral("https://console.vast.ai"));
    int requestTimeoutMs = 30000; // no byte for this long ends the attempt
    int maxAttempts = 5;          // per request, for responses worth retrying
    int retryBaseDelayMs = 1000;  // doubles with every attempt, with jitter
    int retryMaxDelayMs = 16000;
    int destroyConfirmAttempts = 10; // show-one reads after an accepted DELETE
    int destroyConfirmIntervalMs = 3000;
    // DELETE requests in total when earlier ones ended without a clear
    // response and a re-read found the instance still there.
    int maxDeleteRequests = 2;
};

// The Vast.ai REST API on one QNetworkAccessManager, asynchronous, on the
// thread that owns the client. Listing uses only the paginated v1 list; the
// v0 list is deprecated and returns HTTP 410 for some accounts.
class VastClient final : public QObject, public CloudProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(VastClient)

public:
    // Checks an API base URL given by the user: https, or plain http only to
    // a loopback address (a local test server), so the key never crosses a
    // network in clear text. No path beyond the host is needed.
    static Result<QUrl> parseBaseUrl(const QString &text);

    VastClient(const QString &apiKey, const VastClientOptions &options = {},
               QObject *parent = nullptr);
    ~VastClient() override;

    const VastClientOptions &options() const { return m_options; }

    void listInstances(QObject *context, Callback<QList<Instance>> done) override;
    void showInstance(qint64 id, QObject *context,
                      Callback<std::optional<Instance>> done) override;
    void destroyInstance(qint64 id, QObject *context, Callback<DestroyResult> done) override;
    void setInstanceState(qint64 id, InstanceState state, QObject *context,
                          Callback<bool> done) override;
    void setLabel(qint64 id, const QString &label, QObject *context,
                  Callback<bool> done) override;

private:
    struct Request;
    struct Response;
    struct Call;
    struct ListState;
    struct DestroyState;

    void send(const Request &request, std::function<void(const Response &)> done);
    void startAttempt(const std::shared_ptr<Call> &call);
    void finishAttempt(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    bool shouldRetry(const Call &call, const Response &response) const;
    int retryDelayMs(int attempt) const;

    void fetchPage(const std::shared_ptr<ListState> &state);
    void readInstance(qint64 id, std::function<void(Result<std::optional<Instance>>)> done);
    void changeInstance(qint64 id, const QByteArray &body, QObject *context, Callback<bool> done);

    void sendDelete(const std::shared_ptr<DestroyState> &state);
    void rereadAfterUnclearDelete(const std::shared_ptr<DestroyState> &state,
                                  const QString &reason);
    void confirmGone(const std::shared_ptr<DestroyState> &state, int attempt);
    void finishDestroy(const std::shared_ptr<DestroyState> &state, const DestroyResult &result);

    QNetworkAccessManager *m_network = nullptr;
    QByteArray m_authorization; // "Bearer KEY"; never logged
    VastClientOptions m_options;
};

} // namespace vh
