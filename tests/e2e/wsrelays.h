#pragma once

// Hostile WebSocket endpoints for the relay tests, each on a thread of its own (RelayTransport
// blocks the test's thread while it waits): a pass-through that forwards every message
// byte for byte to a real relay, and a server that signs anyone in and answers with a huge frame.

#include <QObject>
#include <QThread>
#include <QUrl>

#include <atomic>

class QWebSocket;
class QWebSocketServer;

namespace bollplank::e2e {

/// Runs a QObject on its own thread from start() until destruction.
class OnThread
{
public:
    explicit OnThread(QObject *object);
    ~OnThread();
    OnThread(const OnThread &) = delete;
    OnThread &operator=(const OnThread &) = delete;

private:
    QObject *m_object;
    QThread m_thread;
};

/// Forwards each binary message unchanged between a client and `upstream` (a real relay), as a
/// hostile endpoint named in an invite, or a man in the middle on plain ws, would.
class PassThrough : public QObject
{
    Q_OBJECT

public:
    PassThrough();
    /// Listens on 127.0.0.1 (call through OnThread's thread: BlockingQueuedConnection).
    void listen();
    std::atomic<quint16> port { 0 };
    std::atomic<int> forwarded { 0 }; ///< messages passed on, both ways
    /// Where to forward; may be set after listen() (a relay that must know the port first).
    void setUpstream(const QUrl &url);

private:
    void accept();
    QWebSocketServer *m_server = nullptr;
    QUrl m_upstream;
};

/// Answers hello with a challenge, any auth with welcome, and every request with one binary
/// message of `answerBytes` bytes: a well-formed answer frame around a huge byte string.
class HugeAnswerServer : public QObject
{
    Q_OBJECT

public:
    explicit HugeAnswerServer(qint64 answerBytes);
    void listen();
    std::atomic<quint16> port { 0 };
    std::atomic<int> hugeAnswers { 0 };

private:
    void accept();
    void answer(QWebSocket *socket, const QByteArray &bytes);
    QWebSocketServer *m_server = nullptr;
    qint64 m_answerBytes;
};

} // namespace bollplank::e2e
