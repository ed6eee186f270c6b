#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QRecursiveMutex>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <map>

class QTcpServer;
class QTcpSocket;
class QThread;

namespace vh::test {

// One HTTP request as the fake server received it.
struct RecordedRequest
{
    QByteArray method;
    QString path;      // without the query, e.g. /api/v0/instances/7/
    QByteArray rawQuery; // as sent, still percent-encoded
    QUrlQuery query;   // decoded
    QMap<QByteArray, QByteArray> headers; // names in lower case
    QByteArray body;
    qint64 receivedAtMs = 0; // since the server started

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

// The endpoints a test can script responses for.
enum class FakeEndpoint {
    List,       // GET /api/v1/instances/
    LegacyList, // GET /api/v0/instances/
    Show,       // GET /api/v0/instances/{id}/
    Destroy,    // DELETE /api/v0/instances/{id}/
    Change,     // PUT /api/v0/instances/{id}/ (state or label)
};

// One scripted response. Scripts are queues per endpoint, and once a queue is
// empty the server responds as the real service would.
struct FakeReply
{
    enum class Kind {
        Normal,   // the usual response, possibly late
        Respond,  // status, body and content type as given
        Drop,     // close the connection without answering
        Truncate, // headers promise the whole body, half of it is sent, then close
    };
    Kind kind = Kind::Normal;
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    int delayMs = 0;
    // For Respond, Drop and Truncate: carry out the request first (a destroy
    // really happens) and only then misbehave.
    bool applyEffect = false;

    static FakeReply normal(int delayMs = 0);
    static FakeReply respond(int status, const QByteArray &body,
                             const QByteArray &contentType = "application/json");
    static FakeReply json(int status, const QJsonObject &body);
    static FakeReply drop(bool applyEffect = false);
    static FakeReply truncate(bool applyEffect = false);
    FakeReply &delayed(int milliseconds)
    {
        delayMs = milliseconds;
        return *this;
    }
    FakeReply &withEffect()
    {
        applyEffect = true;
        return *this;
    }
};

// A loopback HTTP/1.1 stand-in for the Vast.ai API: the paginated v1 list,
// v0 show, destroy, state and label changes, bearer authentication, the
// deprecated v0 list (410), scripted faults, and a record of every request.
// Its methods may be called from any thread, so a test that blocks its own
// thread (running the CLI with vh::test::runCli) can use startOnOwnThread().
class FakeVastServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeVastServer)

public:
    explicit FakeVastServer(QObject *parent = nullptr);
    ~FakeVastServer() override;

    // Listens on 127.0.0.1 on a free port.
    bool start();
    // The same on a thread of the server's own; the server must have no parent.
    bool startOnOwnThread();
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT

    QString apiKey() const;
    void setApiKey(const QString &key);
    // 401 by default; some accounts have seen 404 with auth_error instead.
    void setAuthFailureStatus(int status);

    // A running instance with realistic fields, direct SSH on 203.0.113.x.
    static QJsonObject sampleInstance(qint64 id);
    void addInstance(const QJsonObject &row); // row must have an id
    void removeInstance(qint64 id);
    // Sets fields; a null value removes the field, except for actual_status
    // and label, which become null as Vast.ai sends them.
    void patchInstance(qint64 id, const QJsonObject &fields);
    bool hasInstance(qint64 id) const;
    QJsonObject instance(qint64 id) const;
    QList<qint64> instanceIds() const;
    // Points the instance's SSH at host:port, both the direct mapping and
    // the proxy fields, so harvests can run against a local sshd.
    void setSshEndpoint(qint64 id, const QString &host, quint16 port);
    // After a successful DELETE the instance stays visible (unchanged) for
    // this many show requests before it is gone, as a slow release would.
    void setDestroyLingers(int showRequests);

    void scriptReplies(FakeEndpoint endpoint, const QList<FakeReply> &replies);
    void clearScripts();

    QList<RecordedRequest> requests() const;
    // Requests with this method whose path starts with pathPrefix.
    int requestCount(const QByteArray &method, const QString &pathPrefix = {}) const;
    void clearRequests();

signals:
    void requestReceived(const QByteArray &method, const QString &path);

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
        QByteArray contentType = "application/json";
    };

    void acceptConnections();
    void readFromSocket(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const RecordedRequest &request);
    Answer normalAnswer(const RecordedRequest &request, FakeEndpoint endpoint, qint64 id);
    Answer listAnswer(const RecordedRequest &request);
    Answer showAnswer(qint64 id);
    Answer destroyAnswer(qint64 id);
    Answer changeAnswer(qint64 id, const QByteArray &body);
    void send(QTcpSocket *socket, const Answer &answer, bool truncated);

    mutable QRecursiveMutex m_mutex; // guards everything below against test threads
    QTcpServer *m_server = nullptr;
    QThread *m_thread = nullptr;
    QThread *m_homeThread = nullptr;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QString m_apiKey = QStringLiteral("test-key-0123456789abcdef");
    int m_authFailureStatus = 401;
    std::map<qint64, QJsonObject> m_instances; // sorted by id, like the real list
    QHash<qint64, int> m_lingering;            // destroyed, show requests left
    int m_destroyLingers = 0;
    QHash<int, QList<FakeReply>> m_scripts;
    QList<RecordedRequest> m_requests;
    qint64 m_startedAtMs = 0;
};

} // namespace vh::test
