#pragma once

// The outgoing queue. Repositories write records through repo/recordio, which calls
// queueChange in the same transaction: a change and its outgoing revision commit together.

#include <QByteArray>
#include <QString>

namespace bollplank {
class Store;
}

namespace bollplank::sync {

class Collections;
struct Collection;

/// Queues the record's current state for every collection it belongs in now or was sent to
/// before (so unsharing sends a tombstone to the shared space). Does nothing for tables that do
/// not sync, or before this device has any collection.
void queueChange(Store &store, const QString &table, const QString &id);

/// Queues one record for one collection, replacing an earlier queued state not yet encoded.
void queueIn(Store &store, const QByteArray &collectionId, const QString &table, const QString &id);

/// Makes a person's other devices (the members of this device's journal or notes collection)
/// members of a shared collection too, and queues its keys for them in that private collection.
void shareWithOwnDevices(Store &store, Collections &collections, const Collection &shared);

/// Queues every live record that belongs in a collection just created or adopted, parents first.
void queueExisting(Store &store, Collections &collections, const Collection &collection);

} // namespace bollplank::sync
