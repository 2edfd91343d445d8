#pragma once

// The mentor's direct sync endpoint: the same server as bollplank-relay (src/net/syncserver),
// run inside the app on this device's local network address, so a pair in the same room syncs
// with no relay at all. It stores only what any relay stores (ciphertext envelopes and sealed
// pairing messages) in direct-endpoint.sqlite in the profile folder, the same file the CLI's
// "sync serve" uses. That file is encrypted (SQLCipher) under a key derived from the profile's
// device identity (DeviceIdentity::directEndpointKey), so a lost device shows none of its
// metadata either; a plain one from an earlier release is encrypted when the endpoint starts.
//
// The server runs on a thread of its own: the device that serves also syncs through it, and its
// sync waits on the network while the server must answer.

#include "store/securekey.h"

#include <QHostAddress>
#include <QThread>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace bollplank {

class UnlockedProfile;

namespace net {
class SyncServer;

/// True for an IPv4 address of a private network (RFC 1918): 10/8, 172.16/12, 192.168/16.
[[nodiscard]] bool isPrivateIPv4(const QHostAddress &address);

/// This device's private IPv4 address on a running, non-loopback interface; nullopt without one.
[[nodiscard]] std::optional<QHostAddress> localNetworkAddress();

class DirectEndpoint
{
public:
    /// The port the endpoint tries first on a profile that has not served before.
    static constexpr quint16 DefaultPort = 8765;

    enum class Failure { NoNetwork, CannotListen, Storage };

    /// Why start() failed; the message is for the log (never note content).
    struct StartError
    {
        Failure failure;
        QString detail;
    };

    /// Reads the profile's device identity for the database key (and keeps only the key).
    explicit DirectEndpoint(UnlockedProfile &profile);
    ~DirectEndpoint();
    DirectEndpoint(const DirectEndpoint &) = delete;
    DirectEndpoint &operator=(const DirectEndpoint &) = delete;

    /// Listens on address (default: localNetworkAddress()), on the port this profile served on
    /// before, else DefaultPort, else any free one (then remembered for next time). Returns the
    /// error, or nullopt once it listens.
    [[nodiscard]] std::optional<StartError> start(std::optional<QHostAddress> address = std::nullopt);
    void stop();

    [[nodiscard]] bool running() const { return m_server != nullptr; }
    /// ws://address:port while running; empty otherwise.
    [[nodiscard]] QUrl url() const { return m_url; }
    [[nodiscard]] QString databasePath() const { return databasePath(m_folder); }
    /// Where the endpoint of the profile in `profileFolder` keeps its database.
    [[nodiscard]] static QString databasePath(const QString &profileFolder);

private:
    [[nodiscard]] quint16 rememberedPort() const;
    void rememberPort(quint16 port) const;

    QString m_folder;
    /// The database key; empty when the identity could not be read (then start() says so).
    std::optional<SecureKey> m_key;
    QString m_keyError;
    /// Lives on m_thread; created, started, closed and deleted there.
    SyncServer *m_server = nullptr;
    QThread *m_thread = nullptr;
    QUrl m_url;
};

} // namespace net
} // namespace bollplank
