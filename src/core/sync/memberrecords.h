#pragma once

// Membership records (MemberTable): a member announces another device to the others of a
// collection. A person adds only devices of their own, and a known device never changes its keys.

#include "collections.h"

#include <QByteArray>
#include <QString>
#include <QVariantMap>

namespace bollplank {
class Store;
}

namespace bollplank::sync {

/// The record id of the membership record that announces a device.
[[nodiscard]] QString memberRecordId(const QByteArray &signPublicKey);

/// The membership record's fields for a member.
[[nodiscard]] QVariantMap memberFields(const Member &m);

/// Applies a membership record that author sent through collection c: adds the device it names
/// with the author's role (and an advisory to compare its safety number), or changes nothing for
/// a device known already. Throws SyncError Tampered for a malformed record, one that would change
/// a member's keys, or one that adds a device of the other person.
void applyMemberRecord(Store &store, Collections &collections, const Collection &c, const Member &author,
    const QString &recordId, const QVariantMap &fields);

} // namespace bollplank::sync
