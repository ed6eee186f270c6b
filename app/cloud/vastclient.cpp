#include "cloud/vastclient.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <cstring>
#include <utility>

namespace vh {

namespace {

struct Tr final
{
    Q_DECLARE_TR_FUNCTIONS(vh::VastClient)
};

constexpr int pageSize = 25;          // the v1 list's maximum
constexpr int maximumPages = 2000;    // 50,000 instances; guards against a token loop
constexpr int maximumLabelLength = 1024;
constexpr int maximumQuotedText = 300;

QString instancePath(qint64 id)
{
    return QStringLiteral("/api/v0/instances/%1/").arg(id);
}

// Vast.ai expects every query value JSON-encoded before URL encoding.
QString jsonQueryValue(const QJsonValue &value)
{
    const QJsonDocument document(QJsonArray{value});
    QByteArray text = document.toJson(QJsonDocument::Compact);
    // Strip the array brackets the document needed around a scalar.
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

// Extracts Vast.ai's message from an error body: `error: msg` from the usual
// JSON shape, `message` or `detail` from the others, or the start of a
// plain-text body.
QString vastMessage(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QString text;
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QString code = object.value(QLatin1String("error")).toString();
        QString message = object.value(QLatin1String("msg")).toString();
        if (message.isEmpty())
            message = object.value(QLatin1String("message")).toString();
        if (message.isEmpty())
            message = object.value(QLatin1String("detail")).toString();
        if (!code.isEmpty() && !message.isEmpty())
            text = QStringLiteral("%1: %2").arg(code, message);
        else
            text = code.isEmpty() ? message : code;
    } else {
        text = QString::fromUtf8(body);
    }
    text = text.simplified();
    if (text.size() > maximumQuotedText)
        text = text.left(maximumQuotedText) + QChar(0x2026);
    return text;
}

QString errorCode(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toString();
}

// Text for logs: the request's headers with the credential replaced.
QString redactedHeaders(const QNetworkRequest &request)
{
    QStringList lines;
    const QList<QByteArray> names = request.rawHeaderList();
    for (const QByteArray &name : names) {
        const bool secret = name.compare("authorization", Qt::CaseInsensitive) == 0;
        lines.append(QStringLiteral("%1: %2").arg(
            QString::fromLatin1(name),
            secret ? QStringLiteral("Bearer [redacted]")
                   : QString::fromLatin1(request.rawHeader(name))));
    }
    return lines.join(QLatin1String("; "));
}

// A request body that can be read only once. Qt's HTTP layer quietly sends a
// request again when the connection drops before the response starts. With a
// body it cannot rewind, it reports ContentReSendError instead, so a DELETE
// whose outcome is unknown comes back here rather than reaching Vast.ai twice.
class OneShotBody final : public QIODevice
{
    Q_DISABLE_COPY_MOVE(OneShotBody)

public:
    OneShotBody(const QByteArray &data, QObject *parent) : QIODevice(parent), m_data(data)
    {
        open(QIODevice::ReadOnly);
    }

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override
    {
        return m_data.size() - m_offset + QIODevice::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = qMin<qint64>(maxSize, m_data.size() - m_offset);
        if (count <= 0)
            return -1;
        std::memcpy(data, m_data.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

template<class T>
void deliverLater(QObject *context, const std::function<void(Result<T>)> &done, const Error &error)
{
    QTimer::singleShot(0, context, [done, error] { done(Result<T>(error)); });
}

} // namespace

struct VastClient::Request
{
    QByteArray method;
    QString path;
    QList<std::pair<QString, QString>> query; // values already in their wire form, not URL-encoded
    QByteArray body;
    // False for DELETE: an attempt whose outcome is unknown is not repeated
    // blindly; the destroy logic reads the instance first.
    bool resendWhenUnclear = true;

    QString endpoint() const { return QString::fromLatin1(method) + QLatin1Char(' ') + path; }
};

struct VastClient::Response
{
    int status = 0; // HTTP status of a complete response
    QByteArray body;
    bool transportFailed = false; // no complete HTTP response arrived
    bool maybeDelivered = true;   // for transport failures: the server may have acted on it
    bool timedOut = false;
    bool tlsFailed = false;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    int attempts = 0;
    QString host;

    bool isSuccess() const { return !transportFailed && status >= 200 && status < 300; }
};

struct VastClient::Call
{
    Request request;
    std::function<void(const Response &)> done;
    int attempts = 0;
    QElapsedTimer clock;
};

struct VastClient::ListState
{
    QPointer<QObject> context;
    Callback<QList<Instance>> done;
    QList<Instance> instances;
    QSet<qint64> seen;
    QString nextToken;
    QSet<QString> usedTokens;
    int pages = 0;
};

struct VastClient::DestroyState
{
    qint64 id = 0;
    QPointer<QObject> context;
    Callback<DestroyResult> done;
    int deleteRequests = 0;
    QElapsedTimer clock;
};

namespace {

Error transportError(const QString &endpoint, const QString &host, int attempts, bool timedOut,
                     bool tlsFailed, QNetworkReply::NetworkError code, const QString &detail,
                     int timeoutMs)
{
    if (timedOut) {
        //: %1 is e.g. "GET /api/v1/instances/", %2 a host, %3 seconds, %4 attempts.
        return Error(ErrorKind::Timeout,
                     Tr::tr("%1 on %2 got no answer within %3 s (attempts: %4). Check the network "
                            "connection and try again.")
                         .arg(endpoint, host, QString::number(timeoutMs / 1000.0, 'g', 3),
                              QString::number(attempts)),
                     detail);
    }
    if (tlsFailed) {
        return Error(ErrorKind::Network,
                     Tr::tr("The TLS certificate of %1 could not be verified for %2, so nothing was "
                            "sent. Check the system clock and any proxy or antivirus program that "
                            "intercepts HTTPS.")
                         .arg(host, endpoint),
                     detail);
    }
    QString what;
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        what = Tr::tr("the connection was refused");
        break;
    case QNetworkReply::HostNotFoundError:
        what = Tr::tr("the host name could not be resolved");
        break;
    case QNetworkReply::RemoteHostClosedError:
        what = Tr::tr("the server closed the connection before the answer was complete");
        break;
    default:
        what = Tr::tr("the network failed (%1)").arg(detail);
        break;
    }
    //: %1 is e.g. "GET /api/v1/instances/", %2 a host, %3 what went wrong, %4 attempts.
    return Error(ErrorKind::Network,
                 Tr::tr("%1 on %2 failed: %3 (attempts: %4). Check the network connection and the "
                        "API URL (--api-url or VASTHARVEST_API_URL).")
                     .arg(endpoint, host, what, QString::number(attempts)),
                 detail);
}

Error httpError(const QString &endpoint, int status, const QByteArray &body, int attempts)
{
    const QString vastText = vastMessage(body);
    const QString statusText = vastText.isEmpty()
        ? QStringLiteral("HTTP %1").arg(status)
        : QStringLiteral("HTTP %1, %2").arg(QString::number(status), vastText);
    const QString code = errorCode(body);

    if (status == 401 || (status == 404 && code == QLatin1String("auth_error"))) {
        //: %1 is e.g. "GET /api/v1/instances/", %2 the HTTP status and Vast.ai's words.
        return Error(ErrorKind::Authentication,
                     Tr::tr("Vast.ai rejected the API key for %1 (%2). Check the API key in Settings "
                            "or VAST_API_KEY.")
                         .arg(endpoint, statusText),
                     QString::fromUtf8(body));
    }
    if (status == 403) {
        return Error(ErrorKind::Authentication,
                     Tr::tr("The API key may not do %1 (%2). Use a key with the instance_read and "
                            "instance_write permissions, set in Settings or VAST_API_KEY.")
                         .arg(endpoint, statusText),
                     QString::fromUtf8(body));
    }
    if (status == 429) {
        return Error(ErrorKind::RateLimited,
                     Tr::tr("Vast.ai kept limiting the rate of %1 (attempts: %2; %3). Wait a "
                            "minute and try again.")
                         .arg(endpoint, QString::number(attempts), statusText),
                     QString::fromUtf8(body));
    }
    if (status >= 500) {
        return Error(ErrorKind::Provider,
                     Tr::tr("Vast.ai had a server error on %1 (attempts: %2; %3). Try again in "
                            "a few minutes.")
                         .arg(endpoint, QString::number(attempts), statusText),
                     QString::fromUtf8(body));
    }
    if (status == 410) {
        return Error(ErrorKind::Provider,
                     Tr::tr("Vast.ai no longer serves %1 (%2). This version of Vast Harvest needs "
                            "an update.")
                         .arg(endpoint, statusText),
                     QString::fromUtf8(body));
    }
    if (status == 404) {
        return Error(ErrorKind::Provider,
                     Tr::tr("Vast.ai found nothing at %1 (%2). Check the instance id and that the "
                            "API URL points to Vast.ai.")
                         .arg(endpoint, statusText),
                     QString::fromUtf8(body));
    }
    if (status >= 300 && status < 400) {
        return Error(ErrorKind::Provider,
                     Tr::tr("%1 was redirected (%2); the API key is not sent to another address. "
                            "Check the API URL (--api-url or VASTHARVEST_API_URL).")
                         .arg(endpoint, statusText),
                     QString::fromUtf8(body));
    }
    return Error(ErrorKind::Provider,
                 Tr::tr("Vast.ai rejected %1 (%2). Check the instance in the Vast.ai console.")
                     .arg(endpoint, statusText),
                 QString::fromUtf8(body));
}

Error malformedError(const QString &endpoint, int status, const QString &problem,
                     const QByteArray &body)
{
    //: %1 is e.g. "GET /api/v1/instances/", %2 the HTTP status, %3 what was wrong.
    return Error(ErrorKind::Provider,
                 Tr::tr("Vast.ai answered %1 with HTTP %2 but %3. Try again; if it keeps happening, "
                        "check that the API URL points to Vast.ai.")
                     .arg(endpoint, QString::number(status), problem),
                 QString::fromUtf8(body.left(2000)));
}

} // namespace

Result<QUrl> VastClient::parseBaseUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http"))) {
        return Error(ErrorKind::Usage,
                     Tr::tr("'%1' is not a usable API URL. Give an address like "
                            "https://console.vast.ai.")
                         .arg(trimmed));
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return Error(ErrorKind::Usage,
                     Tr::tr("The API URL '%1' may not contain a user name, a query or a fragment. "
                            "Give an address like https://console.vast.ai.")
                         .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    }
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host())) {
        return Error(ErrorKind::Usage,
                     Tr::tr("The API URL '%1' uses plain http, which would send the API key "
                            "unencrypted. Use https (plain http is accepted only for 127.0.0.1 "
                            "and localhost).")
                         .arg(trimmed));
    }
    QUrl cleaned = url;
    QString path = cleaned.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    cleaned.setPath(path);
    return cleaned;
}

VastClient::VastClient(const QString &apiKey, const VastClientOptions &options, QObject *parent)
    : QObject(parent),
      m_network(new QNetworkAccessManager(this)),
      m_authorization("Bearer " + apiKey.trimmed().toUtf8()),
      m_options(options)
{
    m_options.maxAttempts = qMax(1, m_options.maxAttempts);
    m_options.maxDeleteRequests = qMax(1, m_options.maxDeleteRequests);
    m_options.destroyConfirmAttempts = qMax(1, m_options.destroyConfirmAttempts);
    QString path = m_options.baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_options.baseUrl.setPath(path);
}

VastClient::~VastClient() = default;

void VastClient::send(const Request &request, std::function<void(const Response &)> done)
{
    auto call = std::make_shared<Call>();
    call->request = request;
    call->done = std::move(done);
    call->clock.start();
    startAttempt(call);
}

void VastClient::startAttempt(const std::shared_ptr<Call> &call)
{
    ++call->attempts;
    QUrl url = m_options.baseUrl;
    url.setPath(url.path() + call->request.path);
    if (!call->request.query.isEmpty()) {
        QByteArray query;
        for (const auto &[name, value] : std::as_const(call->request.query)) {
            if (!query.isEmpty())
                query += '&';
            query += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
        }
        url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    }

    QNetworkRequest networkRequest(url);
    networkRequest.setRawHeader("Authorization", m_authorization);
    networkRequest.setRawHeader("Accept", "application/json");
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader,
                             QByteArrayLiteral("vastharvest/" VASTHARVEST_VERSION));
    if (!call->request.body.isEmpty())
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 QByteArrayLiteral("application/json"));
    networkRequest.setTransferTimeout(m_options.requestTimeoutMs);
    // A redirect could carry the Authorization header to another host.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                                QNetworkRequest::ManualRedirectPolicy);

    qCDebug(lcCloud).noquote() << "sending" << call->request.endpoint() << "attempt"
                               << call->attempts << "of" << m_options.maxAttempts << "to"
                               << url.toDisplayString(QUrl::RemoveUserInfo) << "with headers"
                               << redactedHeaders(networkRequest);

    QNetworkReply *reply = nullptr;
    if (call->request.method == "GET") {
        reply = m_network->get(networkRequest);
    } else if (!call->request.resendWhenUnclear) {
        networkRequest.setHeader(QNetworkRequest::ContentLengthHeader,
                                 call->request.body.size());
        networkRequest.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(call->request.body, nullptr);
        reply = m_network->sendCustomRequest(networkRequest, call->request.method, body);
        body->setParent(reply);
    } else {
        reply = m_network->sendCustomRequest(networkRequest, call->request.method,
                                             call->request.body);
    }
    connect(reply, &QNetworkReply::finished, this,
            [this, call, reply] { finishAttempt(call, reply); });
}

void VastClient::finishAttempt(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    Response response;
    response.host = m_options.baseUrl.host();
    response.networkError = reply->error();
    response.networkErrorText = reply->errorString();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.status = status.isValid() ? status.toInt() : 0;
    if (reply->isOpen())
        response.body = reply->readAll();

    switch (response.networkError) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
        // Nothing reached the server.
        response.transportFailed = true;
        response.maybeDelivered = false;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        response.transportFailed = true;
        response.maybeDelivered = false;
        response.tlsFailed = true;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        // The client never aborts a reply itself, so a cancel is the
        // transfer timeout of the request.
        response.transportFailed = true;
        response.timedOut = true;
        break;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::UnknownProxyError:
    case QNetworkReply::TooManyRedirectsError:
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::ContentReSendError:
        // The request may have been carried out, but the response did not arrive.
        response.transportFailed = true;
        break;
    default:
        // No error, or an HTTP status that Qt turned into an error code (400
        // becomes ProtocolInvalidOperationError), so the response is complete.
        response.transportFailed = response.status == 0;
        break;
    }

    qCDebug(lcCloud).noquote() << call->request.endpoint() << "answered"
                               << (response.transportFailed ? response.networkErrorText
                                                            : QStringLiteral("HTTP %1").arg(response.status))
                               << "after" << call->clock.elapsed() << "ms";

    if (call->attempts < m_options.maxAttempts && shouldRetry(*call, response)) {
        const int delay = retryDelayMs(call->attempts);
        qCInfo(lcCloud).noquote() << "retrying" << call->request.endpoint() << "in" << delay
                                  << "ms after"
                                  << (response.transportFailed
                                          ? response.networkErrorText
                                          : QStringLiteral("HTTP %1").arg(response.status));
        QTimer::singleShot(delay, this, [this, call] { startAttempt(call); });
        return;
    }
    response.attempts = call->attempts;
    call->done(response);
}

bool VastClient::shouldRetry(const Call &call, const Response &response) const
{
    if (response.transportFailed) {
        if (response.tlsFailed || response.networkError == QNetworkReply::HostNotFoundError
            || response.networkError == QNetworkReply::ProtocolUnknownError
            || response.networkError == QNetworkReply::ProtocolInvalidOperationError
            || response.networkError == QNetworkReply::ProxyAuthenticationRequiredError)
            return false;
        return !response.maybeDelivered || call.request.resendWhenUnclear;
    }
    // A rate-limited request was turned away before anything happened, so
    // even a DELETE may be sent again.
    if (response.status == 429)
        return true;
    if (response.status == 502 || response.status == 503 || response.status == 504)
        return call.request.resendWhenUnclear;
    return false;
}

int VastClient::retryDelayMs(int attempt) const
{
    // Exponential backoff with jitter, so clients that failed together do not
    // return together; Vast.ai sends no Retry-After to go by.
    const qint64 base = qMax(1, m_options.retryBaseDelayMs);
    const qint64 ceiling = qMax<qint64>(base, m_options.retryMaxDelayMs);
    const qint64 delay = qMin(ceiling, base << qMin(attempt - 1, 20));
    const qint64 half = delay / 2;
    return int(half + QRandomGenerator::global()->bounded(half + 1));
}

// ---- listing ----------------------------------------------------------------

void VastClient::listInstances(QObject *context, Callback<QList<Instance>> done)
{
    auto state = std::make_shared<ListState>();
    state->context = context ? context : this;
    state->done = std::move(done);
    qCDebug(lcCloud) << "listing instances";
    fetchPage(state);
}

void VastClient::fetchPage(const std::shared_ptr<ListState> &state)
{
    Request request;
    request.method = "GET";
    request.path = QStringLiteral("/api/v1/instances/");
    request.query.append({QStringLiteral("limit"), jsonQueryValue(pageSize)});
    if (!state->nextToken.isEmpty())
        request.query.append({QStringLiteral("after_token"), jsonQueryValue(state->nextToken)});
    ++state->pages;

    send(request, [this, state, endpoint = request.endpoint()](const Response &response) {
        if (!state->context)
            return;
        auto fail = [state](const Error &error) {
            qCWarning(lcCloud).noquote() << "listing instances failed:" << error.message;
            state->done(error);
        };
        if (response.transportFailed) {
            fail(transportError(endpoint, response.host, response.attempts, response.timedOut,
                                response.tlsFailed, response.networkError,
                                response.networkErrorText, m_options.requestTimeoutMs));
            return;
        }
        if (!response.isSuccess()) {
            fail(httpError(endpoint, response.status, response.body, response.attempts));
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            fail(malformedError(endpoint, response.status, Tr::tr("the body is not a JSON object"),
                                response.body));
            return;
        }
        const QJsonObject page = document.object();
        if (page.value(QLatin1String("success")) == QJsonValue(false)) {
            fail(httpError(endpoint, response.status, response.body, response.attempts));
            return;
        }
        const QJsonValue rows = page.value(QLatin1String("instances"));
        if (!rows.isArray() && !rows.isNull()) {
            fail(malformedError(endpoint, response.status,
                                Tr::tr("its 'instances' field is not a list"), response.body));
            return;
        }
        const QJsonArray array = rows.toArray();
        for (const QJsonValue &row : array) {
            Result<Instance> instance = instanceFromJson(row.toObject());
            if (!instance) {
                qCWarning(lcCloud).noquote() << instance.error().message;
                continue;
            }
            for (const QString &warning : std::as_const(instance->fieldWarnings))
                qCWarning(lcCloud).noquote() << "instance" << instance->id << warning;
            // A row that moved between pages while paging must not appear twice.
            if (state->seen.contains(instance->id))
                continue;
            state->seen.insert(instance->id);
            state->instances.append(std::move(instance).value());
        }

        const QJsonValue next = page.value(QLatin1String("next_token"));
        if (next.isString() && !next.toString().isEmpty()) {
            const QString token = next.toString();
            if (state->usedTokens.contains(token) || state->pages >= maximumPages) {
                fail(malformedError(endpoint, response.status,
                                    Tr::tr("its pages do not come to an end"), QByteArray()));
                return;
            }
            state->usedTokens.insert(token);
            state->nextToken = token;
            fetchPage(state);
            return;
        }
        qCDebug(lcCloud) << "listed" << state->instances.size() << "instances in" << state->pages
                        << "pages";
        state->done(state->instances);
    });
}

// ---- one instance -----------------------------------------------------------

void VastClient::readInstance(qint64 id,
                              std::function<void(Result<std::optional<Instance>>)> done)
{
    Request request;
    request.method = "GET";
    request.path = instancePath(id);
    request.query.append({QStringLiteral("owner"), QStringLiteral("me")});
    send(request, [this, id, done, endpoint = request.endpoint()](const Response &response) {
        if (response.transportFailed) {
            done(transportError(endpoint, response.host, response.attempts, response.timedOut,
                                response.tlsFailed, response.networkError,
                                response.networkErrorText, m_options.requestTimeoutMs));
            return;
        }
        if (!response.isSuccess()) {
            done(httpError(endpoint, response.status, response.body, response.attempts));
            return;
        }

        // Right after a destroy, Vast.ai can return 200 with an empty body.
        if (response.body.trimmed().isEmpty()) {
            done(std::optional<Instance>());
            return;
        }

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            done(malformedError(endpoint, response.status, Tr::tr("the body is not a JSON object"),
                                response.body));
            return;
        }

        const QJsonObject object = document.object();
        if (object.isEmpty()) {
            done(std::optional<Instance>());
            return;
        }
        if (object.value(QLatin1String("success")) == QJsonValue(false)) {
            done(httpError(endpoint, response.status, response.body, response.attempts));
            return;
        }
        if (!object.contains(QLatin1String("instances"))) {
            done(malformedError(endpoint, response.status, Tr::tr("it has no 'instances' field"),
                                response.body));
            return;
        }

        const QJsonValue value = object.value(QLatin1String("instances"));
        QJsonObject row;
        if (value.isNull() || (value.isObject() && value.toObject().isEmpty())
            || (value.isArray() && value.toArray().isEmpty())) {
            done(std::optional<Instance>());
            return;
        }
        if (value.isObject()) {
            row = value.toObject();
        } else if (value.isArray() && value.toArray().size() == 1
                   && value.toArray().first().isObject()) {
            // A one-element list, the row shape of the list endpoints, is
            // accepted as well.
            row = value.toArray().first().toObject();
        } else {
            done(malformedError(endpoint, response.status,
                                Tr::tr("its 'instances' field is neither an object nor null"),
                                response.body));
            return;
        }

        Result<Instance> instance = instanceFromJson(row);
        if (!instance) {
            done(malformedError(endpoint, response.status, instance.error().message,
                                response.body));
            return;
        }
        if (instance->id != id) {
            done(malformedError(endpoint, response.status,
                                Tr::tr("it describes instance %1 instead").arg(instance->id),
                                response.body));
            return;
        }

        for (const QString &warning : std::as_const(instance->fieldWarnings))
            qCWarning(lcCloud).noquote() << "instance" << id << warning;
        done(std::optional<Instance>(std::move(instance).value()));
    });
}

void VastClient::showInstance(qint64 id, QObject *context, Callback<std::optional<Instance>> done)
{
    QPointer<QObject> guard(context ? context : this);
    if (id <= 0) {
        deliverLater<std::optional<Instance>>(
            guard, done,
            Error(ErrorKind::Usage, Tr::tr("'%1' is not a Vast.ai instance id.").arg(id)));
        return;
    }
    readInstance(id, [guard, done](Result<std::optional<Instance>> result) {
        if (guard)
            done(std::move(result));
    });
}

// ---- changes ----------------------------------------------------------------

void VastClient::changeInstance(qint64 id, const QByteArray &body, QObject *context,
                                Callback<bool> done)
{
    QPointer<QObject> guard(context ? context : this);
    if (id <= 0) {
        deliverLater<bool>(guard, done,
                           Error(ErrorKind::Usage,
                                 Tr::tr("'%1' is not a Vast.ai instance id.").arg(id)));
        return;
    }
    Request request;
    request.method = "PUT";
    request.path = instancePath(id);
    request.body = body;
    qCInfo(lcCloud).noquote() << "changing instance" << id << QString::fromUtf8(body);
    send(request, [this, guard, done, endpoint = request.endpoint()](const Response &response) {
        if (!guard)
            return;
        Error error;
        if (response.transportFailed) {
            error = transportError(endpoint, response.host, response.attempts, response.timedOut,
                                   response.tlsFailed, response.networkError,
                                   response.networkErrorText, m_options.requestTimeoutMs);
        } else if (!response.isSuccess()) {
            error = httpError(endpoint, response.status, response.body, response.attempts);
        } else {
            const QJsonDocument document = QJsonDocument::fromJson(response.body);
            const QJsonValue success = document.object().value(QLatin1String("success"));
            if (!document.isObject()) {
                error = malformedError(endpoint, response.status,
                                       Tr::tr("the body is not a JSON object"), response.body);
            } else if (success != QJsonValue(true)) {
                error = Error(ErrorKind::Provider,
                              Tr::tr("Vast.ai did not carry out %1 (%2).")
                                  .arg(endpoint, vastMessage(response.body)),
                              QString::fromUtf8(response.body));
            }
        }
        if (error.isError()) {
            qCWarning(lcCloud).noquote() << error.message;
            done(error);
            return;
        }
        done(true);
    });
}

void VastClient::setInstanceState(qint64 id, InstanceState state, QObject *context,
                                  Callback<bool> done)
{
    const QJsonObject body{{QStringLiteral("state"), state == InstanceState::Running
                                                         ? QStringLiteral("running")
                                                         : QStringLiteral("stopped")}};
    changeInstance(id, QJsonDocument(body).toJson(QJsonDocument::Compact), context,
                   std::move(done));
}

void VastClient::setLabel(qint64 id, const QString &label, QObject *context, Callback<bool> done)
{
    if (label.size() > maximumLabelLength) {
        deliverLater<bool>(context ? context : this, done,
                           Error(ErrorKind::Usage,
                                 Tr::tr("The label has %1 characters; Vast.ai accepts at most %2.")
                                     .arg(QString::number(label.size()),
                                          QString::number(maximumLabelLength))));
        return;
    }
    const QJsonObject body{{QStringLiteral("label"), label}};
    changeInstance(id, QJsonDocument(body).toJson(QJsonDocument::Compact), context,
                   std::move(done));
}

// ---- destroy ----------------------------------------------------------------

void VastClient::destroyInstance(qint64 id, QObject *context, Callback<DestroyResult> done)
{
    auto state = std::make_shared<DestroyState>();
    state->id = id;
    state->context = context ? context : this;
    state->done = std::move(done);
    state->clock.start();
    if (id <= 0) {
        deliverLater<DestroyResult>(
            state->context, state->done,
            Error(ErrorKind::Usage, Tr::tr("'%1' is not a Vast.ai instance id.").arg(id)));
        return;
    }
    qCInfo(lcCloud) << "destroying instance" << id;
    sendDelete(state);
}

void VastClient::sendDelete(const std::shared_ptr<DestroyState> &state)
{
    ++state->deleteRequests;
    Request request;
    request.method = "DELETE";
    request.path = instancePath(state->id);
    request.body = QByteArrayLiteral("{}");
    request.resendWhenUnclear = false;
    send(request, [this, state, endpoint = request.endpoint()](const Response &response) {
        if (!state->context)
            return;
        if (response.transportFailed) {
            const Error error = transportError(
                endpoint, response.host, response.attempts, response.timedOut,
                response.tlsFailed, response.networkError, response.networkErrorText,
                m_options.requestTimeoutMs);
            if (!response.maybeDelivered) {
                finishDestroy(state, {DestroyOutcome::Failed,
                                      Tr::tr("Instance %1 was not destroyed: %2")
                                          .arg(QString::number(state->id), error.message),
                                      error.kind});
                return;
            }
            rereadAfterUnclearDelete(state, error.message);
            return;
        }
        if (response.status >= 500) {
            rereadAfterUnclearDelete(
                state, httpError(endpoint, response.status, response.body, response.attempts)
                           .message);
            return;
        }
        if (!response.isSuccess()) {
            const Error error = httpError(endpoint, response.status, response.body,
                                          response.attempts);
            finishDestroy(state, {DestroyOutcome::Failed,
                                  Tr::tr("Instance %1 was not destroyed: %2")
                                      .arg(QString::number(state->id), error.message),
                                  error.kind});
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(response.body, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            rereadAfterUnclearDelete(
                state, malformedError(endpoint, response.status,
                                      Tr::tr("the body is not a JSON object"), response.body)
                           .message);
            return;
        }
        if (document.object().value(QLatin1String("success")) != QJsonValue(true)) {
            // A 200 is not enough: Vast.ai reports refusals in the body.
            const QString vastText = vastMessage(response.body);
            finishDestroy(state,
                          {DestroyOutcome::Failed,
                           Tr::tr("Vast.ai did not destroy instance %1: %2. The instance is "
                                  "unchanged; check it in the Vast.ai console.")
                               .arg(QString::number(state->id),
                                    vastText.isEmpty() ? Tr::tr("no reason given") : vastText),
                           ErrorKind::Provider});
            return;
        }
        qCInfo(lcCloud) << "Vast.ai accepted the destroy of" << state->id
                        << "; confirming it is gone";
        confirmGone(state, 0);
    });
}

void VastClient::rereadAfterUnclearDelete(const std::shared_ptr<DestroyState> &state,
                                          const QString &reason)
{
    qCWarning(lcCloud).noquote() << "the outcome of destroying" << state->id
                                 << "is unclear; reading the instance again:" << reason;
    readInstance(state->id, [this, state, reason](Result<std::optional<Instance>> result) {
        if (!state->context)
            return;
        if (!result) {
            finishDestroy(state,
                          {DestroyOutcome::Unknown,
                           Tr::tr("It is not known whether instance %1 was destroyed: %2 Reading it "
                                  "again failed too: %3 Check the instance in the Vast.ai console "
                                  "before you rely on it being gone.")
                               .arg(QString::number(state->id), reason,
                                    result.error().message),
                           result.error().kind});
            return;
        }
        const std::optional<Instance> &instance = result.value();
        if (!instance || instance->isUnloaded()) {
            finishDestroy(state, {DestroyOutcome::Destroyed,
                                  Tr::tr("Instance %1 was destroyed (confirmed by reading it again "
                                         "after an unclear answer).")
                                      .arg(state->id)});
            return;
        }
        if (state->deleteRequests < m_options.maxDeleteRequests) {
            const int delay = retryDelayMs(state->deleteRequests);
            qCInfo(lcCloud) << "instance" << state->id << "still exists with status"
                            << instance->actualStatus << "; sending DELETE again in" << delay
                            << "ms";
            QTimer::singleShot(delay, this, [this, state] { sendDelete(state); });
            return;
        }
        finishDestroy(state,
                      {DestroyOutcome::Failed,
                       Tr::tr("Instance %1 still exists after %2 destroy requests: %3 It is still "
                              "billed; try again later or destroy it in the Vast.ai console.")
                           .arg(QString::number(state->id),
                                QString::number(state->deleteRequests), reason),
                       ErrorKind::Provider});
    });
}

void VastClient::confirmGone(const std::shared_ptr<DestroyState> &state, int attempt)
{
    readInstance(state->id, [this, state, attempt](Result<std::optional<Instance>> result) {
        if (!state->context)
            return;
        if (result && (!result.value() || result.value()->isUnloaded())) {
            finishDestroy(state, {DestroyOutcome::Destroyed,
                                  Tr::tr("Instance %1 was destroyed.").arg(state->id)});
            return;
        }
        if (attempt + 1 < m_options.destroyConfirmAttempts) {
            QTimer::singleShot(m_options.destroyConfirmIntervalMs, this,
                               [this, state, attempt] { confirmGone(state, attempt + 1); });
            return;
        }
        const QString seconds =
            QString::number(qMax<qint64>(1, state->clock.elapsed() / 1000));
        if (!result) {
            finishDestroy(state,
                          {DestroyOutcome::Unknown,
                           Tr::tr("Vast.ai accepted the destroy of instance %1, but reading it "
                                  "afterwards failed: %2 Check the instance in the Vast.ai "
                                  "console.")
                               .arg(QString::number(state->id), result.error().message),
                           result.error().kind});
            return;
        }
        finishDestroy(state,
                      {DestroyOutcome::Unknown,
                       Tr::tr("Vast.ai accepted the destroy of instance %1, but it still appeared "
                              "with status '%2' after %3 s. Check the instance in the Vast.ai "
                              "console.")
                           .arg(QString::number(state->id),
                                result.value()->actualStatus, seconds),
                       ErrorKind::Provider});
    });
}

void VastClient::finishDestroy(const std::shared_ptr<DestroyState> &state,
                               const DestroyResult &result)
{
    if (result.outcome == DestroyOutcome::Destroyed)
        qCInfo(lcCloud) << "instance" << state->id << "destroyed after" << state->deleteRequests
                        << "DELETE requests";
    else
        qCWarning(lcCloud).noquote() << "destroying instance" << state->id << "ended"
                                     << (result.outcome == DestroyOutcome::Failed
                                             ? QStringLiteral("in failure:")
                                             : QStringLiteral("unclear:"))
                                     << result.message;
    if (state->context)
        state->done(result);
}

} // namespace vh
