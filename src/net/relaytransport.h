#pragma once

// The client side of docs/sync-protocol.md: a blocking sync::Transport over a WebSocket to a
// relay or to a mentor's direct endpoint. The socket lives on a thread of its own, so callers
// (the CLI's main thread, the app's sync worker) simply wait for each answer.

#include "sync/transport.h"

#include <QCborMap>
#include <QList>
#include <QSslCertificate>
#include <QUrl>

#include <functional>
#include <future>
#include <optional>
#include <memory>

namespace bollplank::net {

/// How a device proves who it is: its Ed25519 public key and a detached signature function
/// (DeviceIdentity's, or libsodium over a raw secret key). Called on the transport's thread (the
/// challenge) and on the caller's (membership statements), so it must be safe on both.
struct DeviceSigner
{
    QByteArray publicKey;
    std::function<QByteArray(const QByteArray &message)> sign;

    /// A signer over a raw 64-byte libsodium Ed25519 secret key (which holds the public key).
    [[nodiscard]] static DeviceSigner fromSecretKey(const QByteArray &secretKey);
};

struct RelayOptions
{
    QUrl url; ///< ws://host:port or wss://host:port
    int connectTimeoutMs = 10000;
    int requestTimeoutMs = 30000;
    /// Certificates to trust besides the system's (a relay with its own CA, tests).
    QList<QSslCertificate> caCertificates;
    /// How often a request refused as too fast is sent again after the server's delay.
    int tooFastRetries = 5;
};

class RelayClientWorker;

class RelayTransport : public sync::Transport
{
public:
    RelayTransport(RelayOptions options, DeviceSigner signer);
    ~RelayTransport() override;
    RelayTransport(const RelayTransport &) = delete;
    RelayTransport &operator=(const RelayTransport &) = delete;

    void push(const QByteArray &collectionId, const std::vector<QByteArray> &envelopes) override;
    /// Sends now; the returned function waits for the acknowledgement (lastSequences() then
    /// holds its sequences). It must not outlive the transport.
    [[nodiscard]] std::function<void()> startPush(
        const QByteArray &collectionId, const std::vector<QByteArray> &envelopes) override;
    [[nodiscard]] sync::PullPage pull(const QByteArray &collectionId, std::int64_t after, int limit) override;
    /// Sends the pull request now; the matching pull() then waits only for what is left.
    void prefetch(const QByteArray &collectionId, std::int64_t after, int limit) override;
    /// Signs the change with the device's key (sync/memberstatement.h) and sends it.
    void setMember(
        const QByteArray &collectionId, const QByteArray &deviceSignPublicKey, bool revoke = false) override;
    [[nodiscard]] std::vector<sync::MemberStatement> members(const QByteArray &collectionId) override;
    void freeze(const QByteArray &collectionId) override;
    /// The server's origin as this device reaches it: each server a frozen collection used is told.
    [[nodiscard]] QString endpointName() const override { return m_endpoint; }
    /// The endpointName() of a transport to url, without connecting: how collections are bound to
    /// a server (sync/routes.h).
    [[nodiscard]] static QString nameOf(const QUrl &url)
    {
        return url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);
    }
    void postToMailbox(const QByteArray &mailboxId, const QByteArray &message) override;
    [[nodiscard]] std::vector<QByteArray> readMailbox(const QByteArray &mailboxId) override;

    /// The sequences the server gave the last push's envelopes (tests, the benchmark).
    [[nodiscard]] const std::vector<qint64> &lastSequences() const noexcept { return m_lastSequences; }

    /// Asks to hear about new envelopes in the collection (kept across reconnects).
    void watch(const QByteArray &collectionId);
    /// Waits until the server announces new envelopes in a watched collection, at most
    /// `timeoutMs`. Returns the collections with news (empty on timeout).
    [[nodiscard]] std::vector<QByteArray> waitForNews(int timeoutMs);

    /// Drops the connection; the next request reconnects. Tests use it to cut a sync short.
    void dropConnection();

    [[nodiscard]] qint64 bytesSent() const;
    [[nodiscard]] qint64 bytesReceived() const;

private:
    QCborMap request(QCborMap frame, const char *expectedType);

    QString m_endpoint;
    QCborMap await(std::future<QCborMap> answer, const char *expectedType);

    struct Prefetched
    {
        QByteArray collection;
        std::int64_t after = 0;
        int limit = 0;
        std::future<QCborMap> answer;
    };
    std::optional<Prefetched> m_prefetched;

    std::unique_ptr<RelayClientWorker> m_worker;
    DeviceSigner m_signer; ///< a copy for membership statements, signed on the caller's thread
    std::vector<qint64> m_lastSequences;
    int m_requestTimeoutMs;
    int m_connectTimeoutMs;
};

} // namespace bollplank::net
