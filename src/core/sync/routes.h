#pragma once

// Which collection syncs through which endpoint (docs/sync-protocol.md, "Which collection syncs
// where"). A server learns the sizes and timing of everything that passes through it, so each
// collection goes only where its readers meet:
//
// - a shared space: the endpoint its pairing with the other person ran through (bound here);
// - a private collection (the adept's journal, the mentor's notes): this person's own
//   endpoint(s), the sync server in Settings or --relay, and an endpoint an own device was linked
//   through; never the other person's server unless this person sets it as their own;
// - a collection bound to nothing (every collection of a profile from before schema 8): the own
//   endpoint, as before.
//
// Endpoints are URLs as this device reaches them (Transport::endpointName).

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace bollplank {
class Store;
}

namespace bollplank::sync {

struct Collection;

/// The endpoints a collection is bound to (not counting the own endpoint it may also use).
[[nodiscard]] QStringList routesOf(Store &store, const QByteArray &collectionId);
/// Binds a collection to one more endpoint; binding twice changes nothing. An empty endpoint is
/// refused (StoreError InvalidInput): a binding must say where.
void bindRoute(Store &store, const QByteArray &collectionId, const QString &endpoint);
/// The replacement of a rotated collection goes where the old one went (rotation.h).
void copyRoutes(Store &store, const QByteArray &from, const QByteArray &to);
/// Every endpoint some collection of this profile is bound to, in a stable order.
[[nodiscard]] QStringList boundEndpoints(Store &store);

/// Whether collection c syncs through endpoint: bound to it, or a private (or unbound) collection
/// and endpoint is one of ownEndpoints, or an unbound shared space and endpoint is one of
/// unboundShared (Engine::setOwnEndpoints).
[[nodiscard]] bool syncsThrough(Store &store, const Collection &c, const QString &endpoint,
    const QStringList &ownEndpoints, const QStringList &unboundShared = {});

/// After the pairing of mailboxId completed on this device (granted or received) through
/// endpoint: a partner pairing binds the mentorship's shared space to it; linking an own device
/// through an endpoint that is not among ownEndpoints (the mentor's direct endpoint, say) binds
/// this device's private collections to it too, so the new device finds them there. The device
/// that was linked takes the endpoint as its own (the caller remembers it) and needs no binding.
void bindPairing(Store &store, const QByteArray &mailboxId, const QString &endpoint, const QStringList &ownEndpoints);
/// The endpoint recorded for a pairing (where its answer went), empty when none was.
[[nodiscard]] QString pairingEndpoint(Store &store, const QByteArray &mailboxId);
/// Records where a pairing runs, for the step that completes it.
void setPairingEndpoint(Store &store, const QByteArray &mailboxId, const QString &endpoint);

} // namespace bollplank::sync
