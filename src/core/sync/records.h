#pragma once

// Which tables sync, through which collection, and how a row becomes a payload and back.

#include "changeset.h"
#include "collections.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QList>
#include <QString>
#include <QVariantMap>
#include <optional>

namespace bollplank {
class Store;
}

namespace bollplank::sync {

/// The pseudo-table of membership records: a member announces another device to the others.
inline constexpr const char *MemberTable = "sync_member";
/// The pseudo-table of collection grants inside a private collection: how a person's other
/// devices receive a shared space paired after they were linked.
inline constexpr const char *GrantTable = "sync_grant";
/// The pseudo-table of rotation records: after a revocation, the key of the collection that
/// replaces this one, sealed to each device that remains (rotation.h).
inline constexpr const char *RotationTable = "sync_rotation";

/// One record's content as it travels inside an envelope (CBOR map, docs/sync-envelope-format.md).
struct Payload
{
    QString table;
    bool deleted = false;
    qint64 updatedAt = 0;
    QVariantMap fields; ///< content columns; absent in a tombstone

    [[nodiscard]] QByteArray encode() const;
    /// Throws SyncError Protocol for anything but a well-formed payload.
    [[nodiscard]] static Payload decode(const QByteArray &bytes);
};

/// True for the record tables that travel (meeting series and reminders stay on the device).
[[nodiscard]] bool isSyncedTable(const QString &table);
/// Whether a collection of this kind may carry records of this table.
[[nodiscard]] bool allowedIn(CollectionKind kind, const QString &table);

/// A content column (everything but the sync columns) and whether it holds integers.
struct Column
{
    QString name;
    bool integer = false;
};
[[nodiscard]] const QList<Column> &contentColumns(Store &store, const QString &table);

/// The collections a record belongs in as it stands now (none when deleted).
[[nodiscard]] QList<QByteArray> homeCollections(Store &store, Collections &collections, const QString &table,
    const QString &id);

/// Whether an incoming change to a record may take effect through shared collection c: the record as
/// it stands here (when present and not deleted) and the reflection or meeting the change hangs it
/// on must belong to c's mentorship, or to none (then they are in every shared space). Record ids
/// travel in the clear, so a partner of one pair could otherwise rewrite another pair's records on
/// a device that holds both, or hang its own rows on them. Always true for a private collection.
[[nodiscard]] bool belongsIn(
    Store &store, const Collection &c, const QString &table, const QString &id, const QVariantMap &fields);

/// The local row's revision and content, shaped for collection c: a tombstone if it is deleted or
/// no longer belongs there; the mentorship id left out of a shared payload (each side binds the
/// collection to its own mentorship). nullopt if the row does not exist.
struct LocalRow
{
    qint64 revision = 0;
    Payload payload;
};
[[nodiscard]] std::optional<LocalRow> readLocal(Store &store, Collections &collections, const Collection &c,
    const QString &table, const QString &id);

/// A local row's revision and whether it is deleted; nullopt when the row is not here.
struct LocalState
{
    qint64 revision = 0;
    bool deleted = false;
};
[[nodiscard]] std::optional<LocalState> localState(Store &store, const QString &table, const QString &id);

/// Writes a record as another device wrote it (its author and revision), without queueing it
/// again, and notes the row in changes. Throws SyncError Protocol for an unknown column and
/// returns false, changing nothing, when a row it refers to has not arrived yet.
[[nodiscard]] bool writeImported(Store &store, const Collection &c, const QString &id, qint64 revision,
    const QString &authorDevice, const Payload &payload, ChangeSet &changes);

/// The content columns a tombstone blanks, as the repositories do, so deleted text does not linger.
[[nodiscard]] QVariantMap blanksFor(const QString &table);
/// The docid kind of a full-text indexed table (schema v2: docid = rowid * 4 + kind); -1 for others.
[[nodiscard]] int indexKind(const QString &table);

/// The profile's role, cached per store.
[[nodiscard]] bool isAdeptProfile(Store &store);


/// Inside one sync page's transaction: imported rows skip the full-text triggers (schema v5's
/// sync_fts_hold) and flush() indexes them together, once, just before the page commits. FTS4
/// otherwise writes a new index segment for every envelope. Without flush() the transaction must
/// roll back (the hold row is never meant to be committed).
class DeferredIndex
{
public:
    explicit DeferredIndex(Store &store);
    ~DeferredIndex();
    DeferredIndex(const DeferredIndex &) = delete;
    DeferredIndex &operator=(const DeferredIndex &) = delete;
    void flush();

private:
    friend bool writeImported(
        Store &, const Collection &, const QString &, qint64, const QString &, const Payload &, ChangeSet &);
    Store &m_store;
    QHash<QString, QSet<QString>> m_rows;
    bool m_open = true;
};

} // namespace bollplank::sync
