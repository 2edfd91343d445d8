#include "chain.h"

#include "envelope.h"
#include "profile/store.h"
#include "transport.h"

namespace bollplank::sync::chain {

namespace {

[[noreturn]] void forked(const EnvelopeHeader &h, const char *why)
{
    throw SyncError(SyncErrorKind::Tampered,
        QStringLiteral("Envelope refused: forked history: %1 (change %2 of this author)")
            .arg(QLatin1String(why))
            .arg(h.authorSeq));
}

std::optional<QByteArray> hashAt(Store &store, const QByteArray &collectionId, const QByteArray &author, qint64 seq)
{
    auto q = store.db().prepare("SELECT hash FROM sync_chain WHERE collection_id = ? AND author = ? AND seq = ?");
    q.bind(1, collectionId).bind(2, author).bind(3, seq);
    if (!q.step())
        return std::nullopt;
    return q.blob(0);
}

} // namespace

Link next(Store &store, const QByteArray &collectionId, const QByteArray &author)
{
    auto q = store.db().prepare(
        "SELECT seq, hash FROM sync_chain WHERE collection_id = ? AND author = ? ORDER BY seq DESC LIMIT 1");
    q.bind(1, collectionId).bind(2, author);
    if (!q.step())
        return {};
    return { q.int64(0) + 1, q.blob(1) };
}

void take(Store &store, const EnvelopeHeader &h, const QByteArray &hash)
{
    if (h.authorSeq < 1)
        return; // format 1: written before chains existed
    if (const auto there = hashAt(store, h.collectionId, h.author, h.authorSeq)) {
        if (*there != hash)
            forked(h, "another change has the same number");
        return;
    }
    if (h.authorSeq > 1)
        if (const auto before = hashAt(store, h.collectionId, h.author, h.authorSeq - 1); before && *before != h.previousHash)
            forked(h, "it follows a change this device never received");
    place(store, h, hash);
}

void place(Store &store, const EnvelopeHeader &h, const QByteArray &hash)
{
    if (h.authorSeq < 1)
        return;
    store.db()
        .prepare("INSERT OR IGNORE INTO sync_chain (collection_id, author, seq, hash) VALUES (?, ?, ?, ?)")
        .bind(1, h.collectionId)
        .bind(2, h.author)
        .bind(3, h.authorSeq)
        .bind(4, hash)
        .run();
}

void noteFork(Store &store, const EnvelopeHeader &h)
{
    store.db()
        .prepare("INSERT OR IGNORE INTO sync_fork (collection_id, author, seq, seen_at) VALUES (?, ?, ?, ?)")
        .bind(1, h.collectionId)
        .bind(2, h.author)
        .bind(3, h.authorSeq)
        .bind(4, store.now())
        .run();
}

qint64 highWater(Store &store, const QByteArray &collectionId, const QString &recordId, const QByteArray &author)
{
    auto q = store.db().prepare(
        "SELECT revision FROM sync_hwm WHERE collection_id = ? AND record_id = ? AND author = ?");
    q.bind(1, collectionId).bind(2, recordId).bind(3, author);
    return q.step() ? q.int64(0) : 0;
}

void raiseHighWater(Store &store, const QByteArray &collectionId, const QString &recordId, const QByteArray &author,
    qint64 revision)
{
    // No upsert in SQLite 3.15; INSERT OR REPLACE would journal (and SQLCipher re-encrypt) a delete.
    auto &db = store.db();
    db.prepare("UPDATE sync_hwm SET revision = max(revision, ?) WHERE collection_id = ? AND record_id = ? AND author = ?")
        .bind(1, revision)
        .bind(2, collectionId)
        .bind(3, recordId)
        .bind(4, author)
        .run();
    if (db.changes() == 0)
        db.prepare("INSERT INTO sync_hwm (collection_id, record_id, author, revision) VALUES (?, ?, ?, ?)")
            .bind(1, collectionId)
            .bind(2, recordId)
            .bind(3, author)
            .bind(4, revision)
            .run();
}

QList<Gap> gaps(Store &store, const QByteArray &collectionId, const QByteArray &self)
{
    QList<Gap> out;
    auto q = store.db().prepare("SELECT author, max(seq) - count(*) FROM sync_chain WHERE collection_id = ? "
                                "AND author <> ? GROUP BY author HAVING max(seq) > count(*) ORDER BY author");
    q.bind(1, collectionId).bind(2, self);
    while (q.step())
        out.append({ collectionId, q.blob(0), q.int64(1) });
    return out;
}

int forks(Store &store, const QByteArray &collectionId)
{
    auto q = store.db().prepare("SELECT count(*) FROM sync_fork WHERE collection_id = ?");
    q.bind(1, collectionId);
    return q.step() ? q.integer(0) : 0;
}

} // namespace bollplank::sync::chain
