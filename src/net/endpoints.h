#pragma once

// Where a profile syncs, decided once for the app and the CLI: this person's own sync server (the
// address in Settings, the CLI's --relay, kept in the profile folder's "sync-endpoint"), the
// direct endpoint a mentor's device serves while it runs, and the endpoints pairings bound a
// collection to (sync/routes.h). Each collection syncs only through the servers its readers meet
// at; one sync visits every server some collection uses.

#include "relaytransport.h"
#include "sync/pairingflow.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace bollplank {
class Store;
namespace sync {
class Engine;
}
}

namespace bollplank::net {

/// A sync address a person typed or an invite named: ws:// or wss:// with a host and a port.
/// Empty when it is not one.
[[nodiscard]] QUrl parseEndpoint(const QString &text);

/// A transport to url, signed by the device identity kept in store.
[[nodiscard]] std::unique_ptr<RelayTransport> openTransport(Store &store, const QUrl &url);
/// openTransport for each endpoint the pairing flow names (sync/pairingflow.h).
[[nodiscard]] sync::TransportFactory transportFactory(Store &store);

/// The person's own sync server remembered in the profile folder; empty when none.
[[nodiscard]] QUrl readOwnEndpoint(const QString &profileFolder);
/// Remembers it (atomically); false when the file cannot be written.
[[nodiscard]] bool rememberOwnEndpoint(const QString &profileFolder, const QUrl &url);

struct Endpoints
{
    QUrl own;    ///< the person's own sync server; empty when none is set
    QUrl direct; ///< the direct endpoint this device serves, while it runs

    /// Where pairing messages of new invites go: the direct endpoint while it runs, else own.
    [[nodiscard]] QUrl active() const { return direct.isEmpty() ? own : direct; }
    /// The own server as transports name it (binding a pairing, sync/routes.h).
    [[nodiscard]] QStringList ownNames() const;
    /// Where a shared space paired before schema 8 (bound to nothing) also syncs: the direct
    /// endpoint while it runs, as then.
    [[nodiscard]] QStringList legacySharedNames() const;
    /// Every server some collection syncs through: the active endpoint first (a pull cursor kept
    /// from before cursors were per server belongs to it), then the own one, then those bound.
    [[nodiscard]] QList<QUrl> inUse(Store &store) const;
    /// Tells the engine which servers are this person's own.
    void configure(sync::Engine &engine) const;

    friend bool operator==(const Endpoints &, const Endpoints &) = default;
};

} // namespace bollplank::net
