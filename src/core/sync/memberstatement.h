#pragma once

// Signed membership changes (docs/sync-protocol.md, "Membership"). A device that adds or revokes
// a member of a collection signs a small statement naming the collection, so the server can
// check who asked for the change and any member can later check what the server claims: a
// server (or a partner's modified client) cannot slip a device into a collection without a
// statement signed by a member the honest side knows.

#include "transport.h"

#include <QByteArray>

#include <functional>
#include <optional>
#include <vector>

namespace bollplank::sync {

/// What a membership statement says.
struct MemberChange
{
    QByteArray collection; ///< 1-64 bytes
    QByteArray device;     ///< the key added or revoked (32 bytes)
    bool revoke = false;
    qint64 atMs = 0;       ///< the signer's clock, ms since the epoch (informational, not trusted)
    QByteArray by;         ///< the signer's key (32 bytes)
};

/// The statement's bytes: a CBOR map {c, dev, revoke, at, by} in that order.
[[nodiscard]] QByteArray encodeMemberStatement(const MemberChange &change);
/// The change, or nullopt unless the bytes are exactly what encodeMemberStatement makes of it
/// (one spelling per statement: no extra keys, no other order, no trailing bytes).
[[nodiscard]] std::optional<MemberChange> decodeMemberStatement(const QByteArray &statement);
/// What is signed: "bollplank-member-v1" 0x00 || statement, so the signature is no other kind.
[[nodiscard]] QByteArray memberSigningMessage(const QByteArray &statement);

/// A statement and its signature for a change, signed with `sign` (the signer's Ed25519).
[[nodiscard]] MemberStatement signMemberChange(
    const MemberChange &change, const std::function<QByteArray(const QByteArray &)> &sign);

/// The change when the statement is well formed and its signature verifies under its `by` key.
[[nodiscard]] std::optional<MemberChange> verifyMemberStatement(
    const QByteArray &statement, const QByteArray &signature);

/// Checks a server's member list against the caller's own roster of the collection: returns
/// every listed device that the roster does not hold, or whose statement is missing, does not
/// verify, names another collection, is a revocation, or was signed by a device the roster does
/// not hold. A statement vouches for the device it adds, and for its signer (the founder's row
/// holds the statement that created the collection). Empty: the server lets in nobody the
/// caller does not know.
[[nodiscard]] std::vector<QByteArray> unexpectedMembers(const QByteArray &collectionId,
    const std::vector<MemberStatement> &listed, const std::vector<QByteArray> &roster);

} // namespace bollplank::sync
