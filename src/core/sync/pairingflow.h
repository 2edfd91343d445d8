#pragma once

// The pairing steps that cross the network, once for the app and the CLI (docs/pairing.md).
// Pairing (pairing.h) makes and opens the messages; this file decides where they go and in what
// order the local changes commit around the network calls.
//
// No write transaction is ever held while a call waits on the network: the profile has other
// writers (the app's screens, on their own connection), and a stalled server would stall them. An
// answer or a grant is committed with its invite first, as the invite's outgoing message, and
// posted afterwards; until a mailbox took it, every later step (and every sync) posts it again.

#include "transport.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace bollplank {
class Store;
}

namespace bollplank::sync {

/// A transport to an endpoint (a ws:// or wss:// URL), signed by this device. Throws SyncError
/// Unreachable when there is none to make.
using TransportFactory = std::function<std::unique_ptr<Transport>(const QString &endpoint)>;

struct AcceptedInvite
{
    QByteArray mailbox;
    QString safetyNumber; ///< 60 digits
    QString endpoint;     ///< the one of the invite's (or the preferred) endpoints that took the answer
    bool ownDevice = false;
};

/// Answerer: answers the invite and posts the answer to the first of `preferred`, then the
/// invite's own endpoints, that can be reached (only an unreachable one is passed over; any
/// other refusal counts). The pairing then runs through that endpoint (routes.h). The same text
/// again after every endpoint failed posts the same answer again (the invite is used once).
/// Throws SyncError: InvalidInvite, Unreachable, or what the server said.
[[nodiscard]] AcceptedInvite acceptInvite(Store &store, const TransportFactory &open, const QString &text,
    const QString &mentorshipId = {}, const QStringList &preferred = {});

/// Issuer: opens the answer to `mailbox` among what the mailbox holds (junk posted by anyone who
/// saw the code is skipped, its reason appended to refused). Returns the safety number to compare.
[[nodiscard]] std::optional<QString> openAnswer(
    Store &store, Transport &transport, const QByteArray &mailbox, QStringList *refused = nullptr);

/// Issuer, after both people compared the safety number: grants the keys, binds the pairing to
/// the endpoint `transport` reaches (routes.h) and posts the grant there. Calling it again for an
/// invite granted already posts the same grant again (after a failed post).
void confirmPairing(Store &store, Transport &transport, const QByteArray &mailbox, const QStringList &ownEndpoints);

/// Answerer: receives the grant from where the answer went and binds the pairing there. Returns
/// how many collections it brought, nullopt while the other device has not confirmed.
[[nodiscard]] std::optional<int> receiveGrant(Store &store, Transport &transport, const QByteArray &mailbox,
    const QStringList &ownEndpoints, QStringList *refused = nullptr);

/// Posts every grant committed on this device that its mailbox has not taken yet and whose
/// pairing runs through `transport`, while its invite is valid. Returns how many went. (An answer
/// that reached no endpoint goes again only when the person accepts the invite again.)
int sendWaitingPairingMessages(Store &store, Transport &transport);

} // namespace bollplank::sync
