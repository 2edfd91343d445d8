#include "erasure.h"

#include "advisories.h"
#include "identity.h"
#include "memberstatement.h"
#include "profile/store.h"
#include "records.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QSet>

namespace bollplank::sync {

namespace {

[[noreturn]] void badProof(const QString &why)
{
    throw SyncError(SyncErrorKind::Tampered,
        QStringLiteral("The sync server said this device was revoked from a collection, but its proof does not "
                       "hold (%1); nothing was erased")
            .arg(why));
}

// Children before parents: a row is gone before the row it refers to is erased.
const char *const ChildrenFirst[] = { "comment", "minutes", "evaluation", "meeting_focus", "action_item",
    "adhoc_request", "agreement", "mentor_note", "reflection", "meeting", "mentorship" };

struct Target
{
    QString table;
    QString id;
    friend bool operator==(const Target &a, const Target &b) { return a.table == b.table && a.id == b.id; }
};

size_t qHash(const Target &t, size_t seed = 0)
{
    return ::qHash(t.table, seed) ^ ::qHash(t.id, seed);
}

// c and every frozen collection it replaced (a rotation before): their keys open the same
// records' older envelopes, which the server still serves to this device there.
QList<QByteArray> withPredecessors(Store &store, const QByteArray &id)
{
    QList<QByteArray> chain { id };
    for (qsizetype i = 0; i < chain.size(); ++i) {
        auto q = store.db().prepare("SELECT id FROM sync_collection WHERE replaced_by = ?");
        q.bind(1, chain.at(i));
        while (q.step())
            if (!chain.contains(q.blob(0)))
                chain.append(q.blob(0));
    }
    return chain;
}

// Whose words a record is, in a shared space (authorship.h): only these go when the other
// person ends the pairing. Records both write (meetings, focus, action items, the agreement,
// ad-hoc requests worded by the adept and answered by the mentor) stay.
bool onlyTheirs(Store &store, const Target &t, const QString &theirRole)
{
    if (t.table == QLatin1String("reflection"))
        return theirRole == QLatin1String("adept");
    if (t.table == QLatin1String("comment") || t.table == QLatin1String("minutes"))
        return theirRole == QLatin1String("mentor");
    if (t.table == QLatin1String("evaluation")) {
        auto q = store.db().prepare("SELECT party FROM evaluation WHERE id = ?");
        q.bind(1, t.id);
        return q.step() && q.text(0) == theirRole;
    }
    return false;
}

// Held through a live (not frozen) collection of this device: exchanged or queued there, belonging
// there as it stands, or (a mentorship) the binding of a live shared space or notes collection.
bool heldElsewhere(Store &store, Collections &collections, const Target &t)
{
    auto exchanged = store.db().prepare(
        "SELECT 1 FROM sync_record r JOIN sync_collection k ON k.id = r.collection_id "
        "WHERE r.record_id = ? AND r.deleted = 0 AND k.frozen_at IS NULL "
        "UNION ALL SELECT 1 FROM sync_outbox o JOIN sync_collection k ON k.id = o.collection_id "
        "WHERE o.record_id = ? AND k.frozen_at IS NULL LIMIT 1");
    exchanged.bind(1, t.id).bind(2, t.id);
    if (exchanged.step())
        return true;
    if (!homeCollections(store, collections, t.table, t.id).isEmpty())
        return true;
    return t.table == QLatin1String("mentorship") && (collections.shared(t.id) || collections.notes(t.id));
}

// Deletes the row; where a row that stays still refers to it (a comment of this person on the other
// person's reflection), blanks it as a tombstone instead. True when there was a row.
bool eraseRow(Store &store, const Target &t, ChangeSet &changes)
{
    auto &db = store.db();
    const std::string table = t.table.toStdString();
    qint64 rowid = 0;
    {
        auto q = db.prepare("SELECT rowid, deleted FROM " + table + " WHERE id = ?");
        q.bind(1, t.id);
        if (!q.step())
            return false;
        rowid = q.int64(0);
        changes.note(t.table, t.id, q.int64(1) == 0, false);
    }
    if (t.table == QLatin1String("mentorship")) {
        // What only this device kept about the mentorship (series, a meeting left halfway) goes too.
        db.prepare("DELETE FROM series_exception WHERE series_id IN (SELECT id FROM meeting_series WHERE mentorship_id = ?)")
            .bind(1, t.id)
            .run();
        db.prepare("DELETE FROM meeting_series WHERE mentorship_id = ?").bind(1, t.id).run();
        db.prepare("DELETE FROM meeting_draft WHERE mentorship_id = ?").bind(1, t.id).run();
    }
    // Explicitly: inside a sync page the index triggers step aside (records.h, DeferredIndex).
    if (const int kind = indexKind(t.table); kind >= 0)
        db.prepare("DELETE FROM search_index WHERE docid = ?").bind(1, rowid * 4 + kind).run();
    db.prepare("DELETE FROM sync_conflict WHERE record_id = ? OR copy_id = ?").bind(1, t.id).bind(2, t.id).run();
    db.prepare("DELETE FROM sync_history WHERE record_id = ?").bind(1, t.id).run();
    try {
        db.prepare("DELETE FROM " + table + " WHERE id = ?").bind(1, t.id).run();
        return true;
    } catch (const StoreError &e) {
        if (e.kind() != StoreError::Kind::Constraint)
            throw;
    }
    // Only the failed statement was undone; the transaction goes on.
    const QVariantMap blanks = blanksFor(t.table);
    std::string sql = "UPDATE " + table + " SET deleted = 1";
    for (auto it = blanks.cbegin(); it != blanks.cend(); ++it)
        sql += ", " + it.key().toStdString() + " = ?";
    sql += " WHERE id = ?";
    auto blank = db.prepare(sql);
    int index = 1;
    for (auto it = blanks.cbegin(); it != blanks.cend(); ++it)
        blank.bind(index++, it.value());
    blank.bind(index, t.id).run();
    return true;
}

} // namespace

Member checkRevocationProof(Collections &collections, const DeviceIdentity &self, const Collection &c,
    const MemberStatement &proof)
{
    if (proof.statement.isEmpty() || proof.signature.isEmpty())
        badProof(QStringLiteral("no signed statement came with it"));
    const std::optional<MemberChange> change = verifyMemberStatement(proof.statement, proof.signature);
    if (!change)
        badProof(QStringLiteral("the statement's signature does not verify"));
    if (change->collection != c.id)
        badProof(QStringLiteral("the statement names another collection"));
    if (change->device != self.signPublicKey())
        badProof(QStringLiteral("the statement names another device"));
    if (!change->revoke)
        badProof(QStringLiteral("the statement is not a revocation"));
    if (change->by == self.signPublicKey())
        badProof(QStringLiteral("the statement is signed by this device itself"));
    const std::optional<Member> revoker = collections.member(c.id, change->by);
    if (!revoker)
        badProof(QStringLiteral("the statement is signed by a device this device does not know there"));
    return *revoker;
}

Erasure eraseCutOff(Store &store, Collections &collections, const DeviceIdentity &self, const Collection &c,
    const Member &revoker)
{
    const QString mine = ownRole(store);
    Erasure erasure;
    erasure.collectionId = c.id;
    erasure.kind = c.kind;
    erasure.byOwnDevice = !revoker.role.isEmpty() && revoker.role == mine;

    auto &db = store.db();
    Transaction tx(db);
    const QList<QByteArray> chain = withPredecessors(store, c.id);
    QSet<Target> seen;
    QList<Target> targets;
    const auto consider = [&](const QString &table, const QString &id) {
        const Target t { table, id };
        if (isSyncedTable(table) && !seen.contains(t)) {
            seen.insert(t);
            targets.append(t);
        }
    };
    for (const QByteArray &id : chain) {
        auto q = db.prepare("SELECT table_name, record_id FROM sync_record WHERE collection_id = ? "
                            "UNION SELECT table_name, record_id FROM sync_outbox WHERE collection_id = ?");
        q.bind(1, id).bind(2, id);
        while (q.step())
            consider(q.text(0), q.text(1));
    }
    // A shared space or notes collection is bound to a mentorship that no record of it carries.
    if (erasure.byOwnDevice && !c.mentorshipId.isEmpty())
        consider(QStringLiteral("mentorship"), c.mentorshipId);

    // Frozen first, so nothing in it counts as held through a live collection below.
    for (const QByteArray &id : chain) {
        collections.freeze(id, {});
        db.prepare("UPDATE sync_collection SET erased_at = coalesce(erased_at, ?) WHERE id = ?")
            .bind(1, store.now())
            .bind(2, id)
            .run();
    }
    db.prepare("UPDATE sync_collection SET revoked_at = coalesce(revoked_at, ?) WHERE id = ?")
        .bind(1, store.now())
        .bind(2, c.id)
        .run();

    const QString theirs = otherRole(mine);
    for (const char *table : ChildrenFirst)
        for (const Target &t : std::as_const(targets)) {
            if (t.table != QLatin1String(table))
                continue;
            if (!erasure.byOwnDevice && !onlyTheirs(store, t, theirs))
                continue;
            if (heldElsewhere(store, collections, t))
                continue;
            if (eraseRow(store, t, erasure.changes))
                ++erasure.records;
        }

    // Nothing of these collections is sent, read or merged again: their bookkeeping and keys go.
    static const char *const perCollection[] = { "sync_history", "sync_outbox", "sync_pending", "sync_record",
        "sync_cursor", "sync_chain", "sync_hwm" };
    for (const QByteArray &id : chain) {
        for (const char *table : perCollection)
            db.prepare(std::string("DELETE FROM ") + table + " WHERE collection_id = ?").bind(1, id).run();
        collections.forgetKeys(id);
    }
    // Deleted text leaves the full-text index's segments too (secure_delete zeroes the freed pages).
    db.exec("INSERT INTO search_index(search_index) VALUES('optimize')");
    addAdvisory(store, c.id, erasure.byOwnDevice ? Advisory::Kind::DeviceRevoked : Advisory::Kind::Ended,
        self.signPublicKey(), self.deviceId(), mine, erasure.records);
    tx.commit();
    qInfo("sync: this device was revoked from a collection; %d record(s) erased here", erasure.records);
    return erasure;
}

bool isErased(Store &store, const QByteArray &collectionId)
{
    auto q = store.db().prepare("SELECT 1 FROM sync_collection WHERE id = ? AND erased_at IS NOT NULL");
    q.bind(1, collectionId);
    return q.step();
}

void checkpointAfterErasure(Store &store)
{
    try {
        store.db().exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const StoreError &e) {
        qWarning("sync: the write-ahead log could not be checkpointed after an erasure: %s", e.what());
    }
}

} // namespace bollplank::sync
