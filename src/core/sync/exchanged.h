#pragma once

// What went through a collection, per record: the revision and envelope held (sync_record), merge
// bases (sync_history) and the hashes of envelopes applied or sent (sync_seen). Both directions
// write it: the engine when it builds an envelope, Incoming when it applies one.

#include "records.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace bollplank {
class Store;
}

namespace bollplank::sync {

struct Collection;

/// A record's last revision exchanged through a collection.
struct Held
{
    qint64 revision = 0;
    bool deleted = false;
    QString table;
    QByteArray hash; ///< of the envelope of that revision (empty before format 2)
    QByteArray parentHash; ///< what that envelope was written on top of
};
[[nodiscard]] std::optional<Held> held(Store &store, const QByteArray &collectionId, const QString &recordId);

/// Whether records of the table keep a merge base in collection c (mirrors do not).
[[nodiscard]] bool mergesIn(Store &store, const Collection &c, const QString &table);

/// Records a revision exchanged: the parent of the next envelope and, when content is not empty,
/// a merge base. Never goes backwards; a tombstone drops the record's merge bases.
void remember(Store &store, const QByteArray &collectionId, const QString &recordId, const QString &table,
    qint64 revision, bool deleted, const QByteArray &content, const QByteArray &hash,
    const QByteArray &parentHash);

/// The merge base kept for a revision of a record, if any.
[[nodiscard]] std::optional<Payload> historyAt(
    Store &store, const QByteArray &collectionId, const QString &recordId, qint64 revision);

/// Whether an envelope with this hash was applied or sent by this device.
[[nodiscard]] bool seen(Store &store, const QByteArray &hash);
void markSeen(Store &store, const QByteArray &hash);

} // namespace bollplank::sync
