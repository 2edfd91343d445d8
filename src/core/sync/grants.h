#pragma once

// Grant records (GrantTable): how this person's other devices receive a shared space paired after
// they were linked. A grant travels in the person's private collection and holds the shared
// space's id, keys, members and endpoints.

#include "collections.h"

#include <QString>
#include <QVariantMap>

namespace bollplank {
class Store;
}

namespace bollplank::sync {

/// The grant record's fields for shared collection c, as this device holds it.
[[nodiscard]] QVariantMap grantFields(Store &store, Collections &collections, const Collection &c);

/// Creates the shared collection a grant received through private collection `via` names. Throws
/// SyncError Tampered for a malformed grant; a grant never changes a collection held already
/// (Collections::adopt refuses it).
void adoptGrant(Store &store, Collections &collections, const Collection &via, const QVariantMap &fields,
    const QString &recordId);

} // namespace bollplank::sync
