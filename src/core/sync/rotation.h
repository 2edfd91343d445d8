#pragma once

// Revoking a device or a person (DESIGN.md section 3): nothing written afterwards may reach it.
// A collection's key cannot be taken back from a device that holds it, so the collection itself
// is replaced: a new id and a new key, sealed only to the devices that remain, in a rotation
// record sent through the old collection (the revoked device can fetch it but not open its part).
// The old collection is frozen on every device that learns of it, and the servers are told to
// refuse it and forget the revoked devices. The revoked device, once it learns of it, erases its
// copy (erasure.h); what it already read stays read all the same.
//
//   revoke:  old(frozen) --rotation record{to: [(device, sealed{new id, key, members})…]}--> remaining
//            new collection: the same records, queued again; members = old - revoked
//
// A rotation received is input, not an instruction: it must come from a member, name this
// collection, add no device and change no key; roles stay as this device bound them.

#include "collections.h"
#include "erasure.h"

#include <QByteArray>
#include <QList>
#include <QVariantMap>

#include <optional>

namespace bollplank {
class Store;
}

namespace bollplank::sync {

class DeviceIdentity;

/// Cuts the devices (Ed25519 keys) off the collection from now on and returns the collection that
/// replaces it. Throws StoreError InvalidInput for this device itself, NotFound for a non-member.
Collection revokeDevices(Store &store, Collections &collections, const DeviceIdentity &self, const Collection &old,
    const QList<QByteArray> &revoked);

/// The rotation record's fields for a frozen collection (built when it is pushed); empty when
/// the collection that replaced it is gone.
[[nodiscard]] QVariantMap rotationFields(Collections &collections, const DeviceIdentity &self,
    const Collection &old);

/// Applies a rotation record received through collection c from author. Throws SyncError
/// Tampered for one that adds a device, changes a key or names another collection. A rotation that
/// leaves this device out cuts it off: it erases its copy (erasure.h) and returns what it erased.
std::optional<Erasure> applyRotation(Store &store, Collections &collections, const DeviceIdentity &self,
    const Collection &c, const Member &author, const QVariantMap &fields);

/// Ends a pairing: the other person's devices are revoked from the mentorship's shared space,
/// which goes on among this person's own devices. Returns how many devices were revoked; throws
/// StoreError NotFound when the mentorship is not paired.
int endPairing(Store &store, const QString &mentorshipId);

/// A lost or given-away device of this person: revoked from every collection it is in here.
/// Returns how many collections were replaced; throws StoreError NotFound when it is in none.
int revokeDeviceEverywhere(Store &store, const QByteArray &signPublicKey);

/// The devices revoked from a frozen collection that this device rotated (to tell the servers).
[[nodiscard]] QList<QByteArray> revokedFrom(Store &store, const QByteArray &collectionId);

} // namespace bollplank::sync
