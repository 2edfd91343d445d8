#pragma once

// RelayTransport's thread: owns the WebSocket, runs the handshake, matches answers to requests,
// reconnects once for a request cut off by a dropped connection, and collects announcements.

#include "relaytransport.h"
#include "sync/transport.h"

#include <QCborMap>
#include <QHash>
#include <QObject>
#include <QThread>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <future>
#include <mutex>

class QTimer;
class QWebSocket;

namespace bollplank::net {

class RelayClientWorker : public QObject
{
    Q_OBJECT

public:
    RelayClientWorker(RelayOptions options, DeviceSigner signer);
    ~RelayClientWorker() override;

    /// Thread-safe: sends the frame (connecting first if needed); the future holds the answer
    /// frame or a SyncError.
    [[nodiscard]] std::future<QCborMap> submit(QCborMap frame);
    void addWatch(const QByteArray &collection);
    [[nodiscard]] std::vector<QByteArray> waitForNews(int timeoutMs);
    void dropConnection();

    std::atomic<qint64> bytesSent { 0 };
    std::atomic<qint64> bytesReceived { 0 };

private:
    struct Pending
    {
        qint64 id = 0;
        QCborMap frame;
        std::promise<QCborMap> promise;
        int tooFastLeft = 0;
        bool resent = false;
        QTimer *deadline = nullptr;
    };
    enum class State { Disconnected, Connecting, AwaitChallenge, AwaitWelcome, Ready };

    void start(std::shared_ptr<Pending> pending);
    void ensureConnected();
    void sendNow(const std::shared_ptr<Pending> &pending);
    void onConnected();
    void onBinary(const QByteArray &bytes);
    void onDisconnected();
    void onAnswer(const QCborMap &frame);
    void failAll(sync::SyncErrorKind kind, const QString &message);
    void fail(const std::shared_ptr<Pending> &pending, sync::SyncErrorKind kind, const QString &message);
    void fail(const std::shared_ptr<Pending> &pending, std::exception_ptr error);
    void finish(const std::shared_ptr<Pending> &pending);
    /// Sends what waits in the queue: all of it, or after a drop one request at a time.
    void sendQueued();
    void send(const QCborMap &frame);

    RelayOptions m_options;
    DeviceSigner m_signer;
    QThread m_thread;
    QWebSocket *m_socket = nullptr;
    QTimer *m_connectTimer = nullptr;
    State m_state = State::Disconnected;
    bool m_handshakeRefused = false;
    std::atomic<qint64> m_nextId { 1 };
    std::deque<std::shared_ptr<Pending>> m_queue; ///< waiting for a connection
    QHash<qint64, std::shared_ptr<Pending>> m_inFlight;
    /// Set when a connection dropped with requests on it: those go again one at a time, each after
    /// the answer to the one before, until none is left; then requests are pipelined again.
    bool m_oneAtATime = false;
    QList<QByteArray> m_watched; ///< worker thread only

    std::mutex m_newsMutex;
    std::condition_variable m_newsArrived;
    std::vector<QByteArray> m_news;
};

} // namespace bollplank::net
