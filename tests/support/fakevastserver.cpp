#include "fakevastserver.h"

#include <QDateTime>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <optional>

namespace vh::test {

namespace {

constexpr int maximumPageSize = 25;
constexpr int defaultPageSize = 5; // what Vast.ai uses for a limit of 0 or less
constexpr qsizetype maximumRequestSize = 1024 * 1024;

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200: return "OK";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 410: return "Gone";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Status";
    }
}

QByteArray errorBody(const char *code, const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("success"), false},
                                     {QStringLiteral("error"), QLatin1String(code)},
                                     {QStringLiteral("msg"), message}})
        .toJson(QJsonDocument::Compact);
}

QByteArray jsonBytes(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Query values arrive JSON-encoded, as the v1 list expects them.
bool decodeJsonValue(const QString &text, QJsonValue *value)
{
    QJsonParseError error;
    const QJsonDocument document =
        QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return false;
    *value = document.array().first();
    return true;
}

QString tokenAfter(qint64 id)
{
    return QStringLiteral("page-after-%1").arg(id);
}

} // namespace

FakeReply FakeReply::normal(int delayMs)
{
    FakeReply reply;
    reply.kind = Kind::Normal;
    reply.delayMs = delayMs;
    return reply;
}

FakeReply FakeReply::respond(int status, const QByteArray &body, const QByteArray &contentType)
{
    FakeReply reply;
    reply.kind = Kind::Respond;
    reply.status = status;
    reply.body = body;
    reply.contentType = contentType;
    return reply;
}

FakeReply FakeReply::json(int status, const QJsonObject &body)
{
    return respond(status, jsonBytes(body));
}

FakeReply FakeReply::drop(bool applyEffect)
{
    FakeReply reply;
    reply.kind = Kind::Drop;
    reply.applyEffect = applyEffect;
    return reply;
}

FakeReply FakeReply::truncate(bool applyEffect)
{
    FakeReply reply;
    reply.kind = Kind::Truncate;
    reply.applyEffect = applyEffect;
    return reply;
}

FakeVastServer::FakeVastServer(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    connect(m_server, &QTcpServer::newConnection, this, &FakeVastServer::acceptConnections);
}

FakeVastServer::~FakeVastServer()
{
    if (m_thread) {
        // Come back to the thread that deletes the server before it goes.
        QThread *home = m_homeThread;
        QMetaObject::invokeMethod(
            this,
            [this, home] {
                m_server->close();
                moveToThread(home);
            },
            Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_thread;
    }
}

bool FakeVastServer::start()
{
    QMutexLocker locker(&m_mutex);
    m_startedAtMs = QDateTime::currentMSecsSinceEpoch();
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool FakeVastServer::startOnOwnThread()
{
    if (parent() || m_thread)
        return false;
    m_homeThread = QThread::currentThread();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("FakeVastServer"));
    moveToThread(m_thread);
    m_thread->start();
    bool listening = false;
    QMetaObject::invokeMethod(
        this, [this, &listening] { listening = start(); }, Qt::BlockingQueuedConnection);
    return listening;
}

quint16 FakeVastServer::port() const
{
    QMutexLocker locker(&m_mutex);
    return m_server->serverPort();
}

QString FakeVastServer::apiKey() const
{
    QMutexLocker locker(&m_mutex);
    return m_apiKey;
}

void FakeVastServer::setApiKey(const QString &key)
{
    QMutexLocker locker(&m_mutex);
    m_apiKey = key;
}

void FakeVastServer::setAuthFailureStatus(int status)
{
    QMutexLocker locker(&m_mutex);
    m_authFailureStatus = status;
}

void FakeVastServer::setDestroyLingers(int showRequests)
{
    QMutexLocker locker(&m_mutex);
    m_destroyLingers = showRequests;
}

QList<RecordedRequest> FakeVastServer::requests() const
{
    QMutexLocker locker(&m_mutex);
    return m_requests;
}

void FakeVastServer::clearRequests()
{
    QMutexLocker locker(&m_mutex);
    m_requests.clear();
}

QUrl FakeVastServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QJsonObject FakeVastServer::sampleInstance(qint64 id)
{
    const QString hostPort = QString::number(40000 + id % 20000);
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("label"), QStringLiteral("run-%1").arg(id)},
        {QStringLiteral("machine_id"), 41237},
        {QStringLiteral("actual_status"), QStringLiteral("running")},
        {QStringLiteral("intended_status"), QStringLiteral("running")},
        {QStringLiteral("cur_state"), QStringLiteral("running")},
        {QStringLiteral("next_state"), QStringLiteral("running")},
        {QStringLiteral("status_msg"), QStringLiteral("success, running pytorch/pytorch/ssh")},
        {QStringLiteral("image_runtype"), QStringLiteral("ssh_direct")},
        {QStringLiteral("gpu_name"), QStringLiteral("RTX 4090")},
        {QStringLiteral("num_gpus"), 2},
        {QStringLiteral("dph_base"), 0.70},
        {QStringLiteral("dph_total"), 0.7139},
        {QStringLiteral("storage_cost"), 0.20},
        {QStringLiteral("storage_total_cost"), 0.0139},
        {QStringLiteral("start_date"), 1754400123.52},
        {QStringLiteral("duration"), 18744.0},
        {QStringLiteral("ssh_host"), QStringLiteral("ssh7.vast.ai")},
        {QStringLiteral("ssh_port"), 34518},
        {QStringLiteral("public_ipaddr"), QStringLiteral("203.0.113.%1").arg(id % 250 + 1)},
        {QStringLiteral("ports"),
         QJsonObject{{QStringLiteral("22/tcp"),
                      QJsonArray{QJsonObject{{QStringLiteral("HostIp"), QStringLiteral("0.0.0.0")},
                                             {QStringLiteral("HostPort"), hostPort}}}}}},
        {QStringLiteral("disk_space"), 50.0},
        {QStringLiteral("disk_usage"), 18.6},
    };
}

void FakeVastServer::addInstance(const QJsonObject &row)
{
    QMutexLocker locker(&m_mutex);
    const qint64 id = qint64(row.value(QLatin1String("id")).toDouble());
    m_instances[id] = row;
    m_lingering.remove(id);
}

void FakeVastServer::removeInstance(qint64 id)
{
    QMutexLocker locker(&m_mutex);
    m_instances.erase(id);
    m_lingering.remove(id);
}

void FakeVastServer::patchInstance(qint64 id, const QJsonObject &fields)
{
    QMutexLocker locker(&m_mutex);
    auto it = m_instances.find(id);
    if (it == m_instances.end())
        return;
    for (auto field = fields.begin(); field != fields.end(); ++field) {
        if (field.value().isNull() && field.key() != QLatin1String("actual_status")
            && field.key() != QLatin1String("label"))
            it->second.remove(field.key());
        else
            it->second.insert(field.key(), field.value());
    }
}

bool FakeVastServer::hasInstance(qint64 id) const
{
    QMutexLocker locker(&m_mutex);
    return m_instances.count(id) != 0;
}

QJsonObject FakeVastServer::instance(qint64 id) const
{
    QMutexLocker locker(&m_mutex);
    const auto it = m_instances.find(id);
    return it == m_instances.end() ? QJsonObject() : it->second;
}

QList<qint64> FakeVastServer::instanceIds() const
{
    QMutexLocker locker(&m_mutex);
    QList<qint64> ids;
    for (const auto &[id, row] : m_instances)
        ids.append(id);
    return ids;
}

void FakeVastServer::setSshEndpoint(qint64 id, const QString &host, quint16 port)
{
    QMutexLocker locker(&m_mutex);
    patchInstance(
        id, QJsonObject{
                {QStringLiteral("public_ipaddr"), host},
                {QStringLiteral("ssh_host"), host},
                {QStringLiteral("ssh_port"), int(port)},
                {QStringLiteral("image_runtype"), QStringLiteral("ssh_direct")},
                {QStringLiteral("ports"),
                 QJsonObject{{QStringLiteral("22/tcp"),
                              QJsonArray{QJsonObject{
                                  {QStringLiteral("HostIp"), QStringLiteral("0.0.0.0")},
                                  {QStringLiteral("HostPort"), QString::number(port)}}}}}},
            });
}

void FakeVastServer::scriptReplies(FakeEndpoint endpoint, const QList<FakeReply> &replies)
{
    QMutexLocker locker(&m_mutex);
    m_scripts[int(endpoint)].append(replies);
}

void FakeVastServer::clearScripts()
{
    QMutexLocker locker(&m_mutex);
    m_scripts.clear();
}

int FakeVastServer::requestCount(const QByteArray &method, const QString &pathPrefix) const
{
    QMutexLocker locker(&m_mutex);
    int count = 0;
    for (const RecordedRequest &request : m_requests) {
        if (request.method == method && request.path.startsWith(pathPrefix))
            ++count;
    }
    return count;
}

void FakeVastServer::acceptConnections()
{
    QMutexLocker locker(&m_mutex);
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        m_buffers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readFromSocket(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            QMutexLocker socketLocker(&m_mutex);
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeVastServer::readFromSocket(QTcpSocket *socket)
{
    QMutexLocker locker(&m_mutex);
    if (!m_buffers.contains(socket))
        return;
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    if (buffer.size() > maximumRequestSize) {
        socket->abort();
        return;
    }
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return;

    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    if (requestLine.size() != 3) {
        socket->abort();
        return;
    }
    RecordedRequest request;
    request.method = requestLine[0];
    const QByteArray target = requestLine[1];
    const qsizetype question = target.indexOf('?');
    request.path = QString::fromLatin1(question < 0 ? target : target.left(question));
    request.rawQuery = question < 0 ? QByteArray() : target.mid(question + 1);
    request.query.setQuery(QString::fromLatin1(request.rawQuery));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                   lines[i].mid(colon + 1).trimmed());
    }
    const qsizetype length = request.headers.value("content-length", "0").toLongLong();
    if (buffer.size() < headerEnd + 4 + length)
        return;
    request.body = buffer.mid(headerEnd + 4, length);
    request.receivedAtMs = QDateTime::currentMSecsSinceEpoch() - m_startedAtMs;
    // Every response closes the connection, so anything after one request is ignored.
    m_buffers.remove(socket);
    m_requests.append(request);
    emit requestReceived(request.method, request.path);
    handle(socket, request);
}

void FakeVastServer::handle(QTcpSocket *socket, const RecordedRequest &request)
{
    static const QRegularExpression instancePath(QStringLiteral("^/api/v0/instances/(\\d+)/$"));
    std::optional<FakeEndpoint> endpoint;
    qint64 id = 0;
    const QRegularExpressionMatch match = instancePath.match(request.path);
    if (request.method == "GET" && request.path == QLatin1String("/api/v1/instances/")) {
        endpoint = FakeEndpoint::List;
    } else if (request.method == "GET" && request.path == QLatin1String("/api/v0/instances/")) {
        endpoint = FakeEndpoint::LegacyList;
    } else if (match.hasMatch()) {
        id = match.captured(1).toLongLong();
        if (request.method == "GET")
            endpoint = FakeEndpoint::Show;
        else if (request.method == "DELETE")
            endpoint = FakeEndpoint::Destroy;
        else if (request.method == "PUT")
            endpoint = FakeEndpoint::Change;
    }

    FakeReply script = FakeReply::normal();
    if (endpoint) {
        QList<FakeReply> &queue = m_scripts[int(*endpoint)];
        if (!queue.isEmpty())
            script = queue.takeFirst();
    }

    Answer answer;
    const bool authorized =
        request.header("authorization") == "Bearer " + m_apiKey.toUtf8();
    const Answer scripted{script.status, script.body, script.contentType};
    if (!endpoint) {
        answer = {404, errorBody("not_found", QStringLiteral("Not found")), "application/json"};
    } else if (script.kind == FakeReply::Kind::Respond && !script.applyEffect) {
        answer = scripted;
    } else if (!authorized) {
        answer = {m_authFailureStatus, errorBody("auth_error", QStringLiteral("Invalid user key")),
                  "application/json"};
    } else {
        const bool changesState =
            *endpoint == FakeEndpoint::Destroy || *endpoint == FakeEndpoint::Change;
        if (script.kind == FakeReply::Kind::Normal || script.applyEffect || !changesState) {
            answer = normalAnswer(request, *endpoint, id);
        } else {
            // A fault without effect leaves the state as it was, and a
            // truncated response cuts a plausible body.
            answer = {200,
                      script.body.isEmpty() ? QByteArray(R"({"success":true})") : script.body,
                      "application/json"};
        }
        if (script.kind == FakeReply::Kind::Respond)
            answer = scripted;
    }

    const bool drop = script.kind == FakeReply::Kind::Drop;
    const bool truncated = script.kind == FakeReply::Kind::Truncate;
    QTimer::singleShot(script.delayMs, socket, [this, socket, answer, drop, truncated] {
        if (drop) {
            socket->disconnectFromHost();
            return;
        }
        send(socket, answer, truncated);
    });
}

FakeVastServer::Answer FakeVastServer::normalAnswer(const RecordedRequest &request,
                                                     FakeEndpoint endpoint, qint64 id)
{
    switch (endpoint) {
    case FakeEndpoint::List: return listAnswer(request);
    case FakeEndpoint::LegacyList:
        return {410,
                errorBody("deprecated_endpoint",
                          QStringLiteral("This endpoint is deprecated; use /api/v1/instances/")),
                "application/json"};
    case FakeEndpoint::Show: return showAnswer(id);
    case FakeEndpoint::Destroy: return destroyAnswer(id);
    case FakeEndpoint::Change: return changeAnswer(id, request.body);
    }
    return {500, errorBody("internal", QStringLiteral("unreachable")), "application/json"};
}

FakeVastServer::Answer FakeVastServer::listAnswer(const RecordedRequest &request)
{
    int limit = maximumPageSize;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        QJsonValue value;
        if (!decodeJsonValue(request.query.queryItemValue(QStringLiteral("limit"),
                                                          QUrl::FullyDecoded),
                             &value)
            || !value.isDouble())
            return {400, errorBody("invalid_args", QStringLiteral("limit must be an integer")),
                    "application/json"};
        limit = value.toInt();
        if (limit <= 0)
            limit = defaultPageSize;
        limit = qMin(limit, maximumPageSize);
    }
    qint64 after = 0;
    if (request.query.hasQueryItem(QStringLiteral("after_token"))) {
        QJsonValue value;
        const QString text =
            request.query.queryItemValue(QStringLiteral("after_token"), QUrl::FullyDecoded);
        static const QRegularExpression tokenPattern(QStringLiteral("^page-after-(\\d+)$"));
        QRegularExpressionMatch match;
        if (decodeJsonValue(text, &value) && value.isString())
            match = tokenPattern.match(value.toString());
        if (!match.hasMatch())
            return {400, errorBody("invalid_token", QStringLiteral("Invalid after_token")),
                    "application/json"};
        after = match.captured(1).toLongLong();
    }

    QJsonArray rows;
    QJsonValue nextToken = QJsonValue::Null;
    auto it = m_instances.upper_bound(after);
    for (; it != m_instances.end() && rows.size() < limit; ++it)
        rows.append(it->second);
    if (it != m_instances.end() && !rows.isEmpty())
        nextToken = tokenAfter(rows.last().toObject().value(QLatin1String("id")).toInteger());

    QJsonObject labelCounts;
    for (const auto &[id, row] : m_instances) {
        const QString label = row.value(QLatin1String("label")).toString();
        labelCounts.insert(label, labelCounts.value(label).toInt() + 1);
    }
    return {200,
            jsonBytes(QJsonObject{{QStringLiteral("success"), true},
                                  {QStringLiteral("instances_found"), rows.size()},
                                  {QStringLiteral("total_instances"), int(m_instances.size())},
                                  {QStringLiteral("label_counts"), labelCounts},
                                  {QStringLiteral("next_token"), nextToken},
                                  {QStringLiteral("instances"), rows}}),
            "application/json"};
}

FakeVastServer::Answer FakeVastServer::showAnswer(qint64 id)
{
    const auto it = m_instances.find(id);
    if (it == m_instances.end())
        return {200, jsonBytes(QJsonObject{{QStringLiteral("instances"), QJsonValue::Null}}),
                "application/json"};
    const QJsonObject row = it->second;
    if (m_lingering.contains(id)) {
        int &left = m_lingering[id];
        if (--left <= 0)
            removeInstance(id);
    }
    return {200, jsonBytes(QJsonObject{{QStringLiteral("instances"), row}}), "application/json"};
}

FakeVastServer::Answer FakeVastServer::destroyAnswer(qint64 id)
{
    if (!hasInstance(id) || m_lingering.contains(id))
        return {404, errorBody("not_found", QStringLiteral("Instance not found")),
                "application/json"};
    if (m_destroyLingers > 0)
        m_lingering.insert(id, m_destroyLingers);
    else
        removeInstance(id);
    return {200, jsonBytes(QJsonObject{{QStringLiteral("success"), true}}), "application/json"};
}

FakeVastServer::Answer FakeVastServer::changeAnswer(qint64 id, const QByteArray &body)
{
    auto it = m_instances.find(id);
    if (it == m_instances.end())
        return {404, errorBody("no_such_instance", QStringLiteral("No such instance")),
                "application/json"};
    const QJsonObject change = QJsonDocument::fromJson(body).object();
    if (change.contains(QLatin1String("state"))) {
        const QString state = change.value(QLatin1String("state")).toString();
        if (state != QLatin1String("running") && state != QLatin1String("stopped"))
            return {400, errorBody("invalid_args", QStringLiteral("state must be running or stopped")),
                    "application/json"};
        it->second.insert(QStringLiteral("actual_status"), state);
        it->second.insert(QStringLiteral("intended_status"), state);
        it->second.insert(QStringLiteral("cur_state"), state);
        if (state == QLatin1String("stopped"))
            it->second.remove(QStringLiteral("ports"));
    } else if (change.contains(QLatin1String("label"))) {
        const QString label = change.value(QLatin1String("label")).toString();
        if (label.size() > 1024)
            return {400, errorBody("label_too_long", QStringLiteral("Label is too long")),
                    "application/json"};
        it->second.insert(QStringLiteral("label"), label);
    } else {
        return {400, errorBody("invalid_args", QStringLiteral("Nothing to change")),
                "application/json"};
    }
    return {200, jsonBytes(QJsonObject{{QStringLiteral("success"), true}}), "application/json"};
}

void FakeVastServer::send(QTcpSocket *socket, const Answer &answer, bool truncated)
{
    if (socket->state() != QAbstractSocket::ConnectedState)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(answer.status) + ' '
        + reasonPhrase(answer.status) + "\r\n";
    head += "Content-Type: " + answer.contentType + "\r\n";
    head += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
    head += "Connection: close\r\n\r\n";
    socket->write(head);
    socket->write(truncated ? answer.body.left(answer.body.size() / 2) : answer.body);
    socket->disconnectFromHost();
}

} // namespace vh::test
