#include "wsrelays.h"

#include "protocol.h"

#include <QCborArray>
#include <QCborMap>
#include <QWebSocket>
#include <QWebSocketServer>

#include <sodium.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace bollplank::e2e {

namespace protocol = net::protocol;

OnThread::OnThread(QObject *object)
    : m_object(object)
{
    m_object->moveToThread(&m_thread);
    m_thread.start();
}

OnThread::~OnThread()
{
    // The object's sockets belong to the thread: delete them there.
    QMetaObject::invokeMethod(
        m_object, [this] {
            const auto children = m_object->children();
            qDeleteAll(children);
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

PassThrough::PassThrough() = default;

void PassThrough::listen()
{
    m_server = new QWebSocketServer(u"pass-through"_s, QWebSocketServer::NonSecureMode, this);
    connect(m_server, &QWebSocketServer::newConnection, this, &PassThrough::accept);
    m_server->listen(QHostAddress::LocalHost, 0);
    port = m_server->serverPort();
}

void PassThrough::setUpstream(const QUrl &url)
{
    QMetaObject::invokeMethod(this, [this, url] { m_upstream = url; }, Qt::BlockingQueuedConnection);
}

void PassThrough::accept()
{
    while (QWebSocket *client = m_server->nextPendingConnection()) {
        client->setParent(this);
        auto *upstream = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, client);
        // What the client sends before the relay side is open waits here, in order.
        auto waiting = std::make_shared<QList<QByteArray>>();
        connect(client, &QWebSocket::binaryMessageReceived, upstream, [this, upstream, waiting](const QByteArray &m) {
            ++forwarded;
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->sendBinaryMessage(m);
            else
                waiting->append(m);
        });
        connect(upstream, &QWebSocket::connected, upstream, [upstream, waiting] {
            for (const QByteArray &m : std::as_const(*waiting))
                upstream->sendBinaryMessage(m);
            waiting->clear();
        });
        connect(upstream, &QWebSocket::binaryMessageReceived, client, [this, client](const QByteArray &m) {
            ++forwarded;
            client->sendBinaryMessage(m);
        });
        connect(upstream, &QWebSocket::disconnected, client, [client] { client->close(); });
        connect(client, &QWebSocket::disconnected, client, [client] { client->deleteLater(); });
        upstream->open(m_upstream);
    }
}

HugeAnswerServer::HugeAnswerServer(qint64 answerBytes)
    : m_answerBytes(answerBytes)
{
}

void HugeAnswerServer::listen()
{
    m_server = new QWebSocketServer(u"huge-answers"_s, QWebSocketServer::NonSecureMode, this);
    connect(m_server, &QWebSocketServer::newConnection, this, &HugeAnswerServer::accept);
    m_server->listen(QHostAddress::LocalHost, 0);
    port = m_server->serverPort();
}

void HugeAnswerServer::accept()
{
    while (QWebSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        // The hostile side reads whatever it likes.
        socket->setMaxAllowedIncomingMessageSize(64ull * 1024 * 1024);
        connect(socket, &QWebSocket::binaryMessageReceived, socket,
            [this, socket](const QByteArray &bytes) { answer(socket, bytes); });
        connect(socket, &QWebSocket::disconnected, socket, [socket] { socket->deleteLater(); });
    }
}

void HugeAnswerServer::answer(QWebSocket *socket, const QByteArray &bytes)
{
    const QCborMap request = protocol::decode(bytes).value_or(QCborMap());
    const QString type = request.value(u"t"_s).toString();
    QCborMap reply;
    if (type == QLatin1String(protocol::type::Hello)) {
        QByteArray nonce(protocol::NonceBytes, Qt::Uninitialized);
        randombytes_buf(nonce.data(), size_t(nonce.size()));
        reply = { { u"t"_s, QString::fromLatin1(protocol::type::Challenge) }, { u"v"_s, protocol::Version },
            { u"nonce"_s, nonce } };
    } else if (type == QLatin1String(protocol::type::Auth)) {
        reply = { { u"t"_s, QString::fromLatin1(protocol::type::Welcome) }, { u"v"_s, protocol::Version } };
    } else {
        // A proper answer to a mailbox read, with one message the size of a small film.
        ++hugeAnswers;
        reply = { { u"t"_s, QString::fromLatin1(protocol::type::Mailbox) }, { u"re"_s, request.value(u"id"_s) },
            { u"msgs"_s, QCborArray { QByteArray(m_answerBytes, 'z') } } };
    }
    socket->sendBinaryMessage(protocol::encode(reply));
}

} // namespace bollplank::e2e
