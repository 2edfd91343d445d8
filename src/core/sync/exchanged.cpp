#include "exchanged.h"

#include "collections.h"
#include "profile/store.h"

namespace bollplank::sync {

namespace {

// Merge bases kept per record: an edit written on top of an older revision merges without a base.
constexpr int HistoryKept = 16;

} // namespace

std::optional<Held> held(Store &store, const QByteArray &collectionId, const QString &recordId)
{
    auto q = store.db().prepare("SELECT revision, deleted, table_name, hash, parent_hash FROM sync_record "
                                "WHERE collection_id = ? AND record_id = ?");
    q.bind(1, collectionId).bind(2, recordId);
    if (!q.step())
        return std::nullopt;
    return Held { q.int64(0), q.int64(1) != 0, q.text(2), q.blob(3), q.blob(4) };
}

// On the adept's devices a reflection in the shared space mirrors the journal's and is never
// merged there (Incoming), so its content is no merge base: keeping it would double what a cold
// sync writes.
bool mergesIn(Store &store, const Collection &c, const QString &table)
{
    return !(
        c.kind == CollectionKind::Shared && table == QLatin1String("reflection") && isAdeptProfile(store));
}

// What was exchanged through a collection: the parent of the next envelope and, when the record
// can be merged here, a merge base (content empty otherwise).
void remember(Store &store, const QByteArray &collectionId, const QString &recordId, const QString &table,
    qint64 revision, bool deleted, const QByteArray &content, const QByteArray &hash,
    const QByteArray &parentHash)
{
    auto &db = store.db();
    // Never backwards: a late concurrent revision does not make this device forget a newer one,
    // nor the envelope that carried it (SET reads the row as it was before the update).
    db.prepare("UPDATE sync_record SET hash = CASE WHEN ? >= revision THEN ? ELSE hash END, "
               "parent_hash = CASE WHEN ? >= revision THEN ? ELSE parent_hash END, "
               "revision = max(revision, ?), deleted = ?, table_name = ? WHERE collection_id = ? AND "
               "record_id = ?")
        .bind(1, revision)
        .bind(2, hash)
        .bind(3, revision)
        .bind(4, parentHash.isEmpty() ? QVariant() : QVariant(parentHash))
        .bind(5, revision)
        .bind(6, deleted)
        .bind(7, table)
        .bind(8, collectionId)
        .bind(9, recordId)
        .run();
    if (db.changes() == 0)
        db.prepare("INSERT INTO sync_record (collection_id, record_id, table_name, revision, deleted, hash, "
                   "parent_hash) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bind(1, collectionId)
            .bind(2, recordId)
            .bind(3, table)
            .bind(4, revision)
            .bind(5, deleted)
            .bind(6, hash)
            .bind(7, parentHash.isEmpty() ? QVariant() : QVariant(parentHash))
            .run();
    if (deleted) {
        // A deleted or unshared record leaves no readable merge base behind: its old text would
        // otherwise outlive it here. (An edit beats a delete without needing a base.)
        db.prepare("DELETE FROM sync_history WHERE collection_id = ? AND record_id = ?")
            .bind(1, collectionId)
            .bind(2, recordId)
            .run();
        return;
    }
    if (content.isEmpty())
        return;
    // Not INSERT OR REPLACE: a statement that may delete as well as insert gets a statement
    // journal, and SQLCipher 3.4 encrypts every page it journals.
    db.prepare("INSERT OR IGNORE INTO sync_history (collection_id, record_id, revision, content) VALUES (?, "
               "?, ?, ?)")
        .bind(1, collectionId)
        .bind(2, recordId)
        .bind(3, revision)
        .bind(4, content)
        .run();
    if (db.changes() == 0)
        db.prepare("UPDATE sync_history SET content = ? WHERE collection_id = ? AND record_id = ? AND "
                   "revision = ?")
            .bind(1, content)
            .bind(2, collectionId)
            .bind(3, recordId)
            .bind(4, revision)
            .run();
    if (revision > HistoryKept)
        db.prepare("DELETE FROM sync_history WHERE collection_id = ? AND record_id = ? AND revision <= ?")
            .bind(1, collectionId)
            .bind(2, recordId)
            .bind(3, revision - HistoryKept)
            .run();
}

std::optional<Payload> historyAt(
    Store &store, const QByteArray &collectionId, const QString &recordId, qint64 revision)
{
    auto q = store.db().prepare(
        "SELECT content FROM sync_history WHERE collection_id = ? AND record_id = ? AND revision = ?");
    q.bind(1, collectionId).bind(2, recordId).bind(3, revision);
    if (!q.step())
        return std::nullopt;
    return Payload::decode(q.blob(0));
}

bool seen(Store &store, const QByteArray &hash)
{
    auto q = store.db().prepare("SELECT 1 FROM sync_seen WHERE hash = ?");
    q.bind(1, hash);
    return q.step();
}

void markSeen(Store &store, const QByteArray &hash)
{
    store.db().prepare("INSERT OR IGNORE INTO sync_seen (hash) VALUES (?)").bind(1, hash).run();
}

} // namespace bollplank::sync
