#pragma once

// A device cut off from a collection erases its copy (docs/SECURITY.md, "Erasure on revocation").
// It learns of the revocation in one of two ways, both signed by a member it knows:
//
//   - the server refuses the collection with `revoked` and the signed revocation statement
//     (checkRevocationProof: the server is not trusted, the statement's signer is), or
//   - it reads a rotation record that leaves it out (rotation.h; the envelope is signed by a member).
//
// What goes depends on who revoked it. Nobody may delete another person's words:
//
//   revoked by a device of its own person (a lost or given-away phone): everything it holds only
//     through the collection (and the collections it replaced): records, merge bases, outbox, keys;
//   revoked by the other person (they ended the pairing): only what the other person's role alone
//     writes there (authorship.h); this person's words and what both plan together stay.
//
// A record also held through a live collection of this device is never erased (a reflection the
// adept shared is in the adept's journal too). Best effort, said plainly: a modified client ignores
// all of this, and what was read stays read.

#include "changeset.h"
#include "collections.h"
#include "transport.h"

#include <QByteArray>

namespace bollplank {
class Store;
}

namespace bollplank::sync {

class DeviceIdentity;

/// What a device cut off from a collection erased: counts and kinds, never content.
struct Erasure
{
    QByteArray collectionId;
    CollectionKind kind = CollectionKind::Journal;
    /// true: another device of this person revoked this one, and it erased everything it held only
    /// through the collection; false: the other person ended the pairing, and it erased their words.
    bool byOwnDevice = false;
    int records = 0; ///< records deleted (or, where a kept record refers to one, blanked)
    ChangeSet changes; ///< which: ids by table, for the app's lists
};

/// The member that revoked this device, when the server's proof holds: a revocation statement that
/// verifies, names exactly this collection and this device, and is signed by a device this
/// device's own roster of the collection holds, other than itself. Throws SyncError Tampered,
/// naming what fails, otherwise (and changes nothing).
[[nodiscard]] Member checkRevocationProof(Collections &collections, const DeviceIdentity &self, const Collection &c,
    const MemberStatement &proof);

/// Erases what this device may no longer keep of collection c after `revoker` cut it off (see
/// above), freezes c and the collections it replaced, marks them erased, optimizes the full-text
/// index and records an advisory with the count. One transaction (a savepoint inside the caller's):
/// on any failure it throws and nothing is half-erased.
Erasure eraseCutOff(Store &store, Collections &collections, const DeviceIdentity &self, const Collection &c,
    const Member &revoker);

/// Whether this device erased the collection (nothing is read from or written to it again).
[[nodiscard]] bool isErased(Store &store, const QByteArray &collectionId);

/// After the erasing transaction committed: moves every page out of the write-ahead log and
/// truncates it, so the log keeps no older (encrypted) copy of the erased pages. Best effort: a
/// reader holding the log open makes it wait for the next checkpoint.
void checkpointAfterErasure(Store &store);

} // namespace bollplank::sync
