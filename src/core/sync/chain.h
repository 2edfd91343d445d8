#pragma once

// Each author's envelopes in a collection form a chain (envelope format 2): numbered 1, 2, 3 …
// in the order written, each naming the hash of the one before. The relay cannot read envelopes
// but it can withhold, reorder or replay them; against the chain it cannot do so unseen:
// - a gap in an author's numbers is a change held back ("withheld"), shown, never trusted away;
// - two different envelopes with one number, or one that names another predecessor than the
//   one received, is a fork: refused and kept on record.
// Beside it, a high-water mark per (collection, record, author): an author's revision of a record
// at or below one already received from that author is a replay or a reordering, refused.

#include <QByteArray>
#include <QList>
#include <QString>

namespace bollplank {
class Store;
}

namespace bollplank::sync {

struct EnvelopeHeader;

namespace chain {

/// What this device's next envelope in a collection carries: its number and the hash before it.
struct Link
{
    qint64 seq = 1;
    QByteArray previous;
};
[[nodiscard]] Link next(Store &store, const QByteArray &collectionId, const QByteArray &author);

/// Takes an authentic envelope's place in its author's chain (idempotent for the same bytes).
/// Throws SyncError Tampered on a fork: two envelopes with one number, or one whose predecessor
/// is not the one received. The caller records it with noteFork once its savepoint rolled back.
void take(Store &store, const EnvelopeHeader &header, const QByteArray &hash);

/// Records a fork for an envelope refused by take(), after the caller's savepoint rolled back.
void noteFork(Store &store, const EnvelopeHeader &header);

/// The envelope's place, without any check: for authentic envelopes refused for their content,
/// so a refusal does not read as a gap. Does nothing for a version 1 envelope or on a fork.
void place(Store &store, const EnvelopeHeader &header, const QByteArray &hash);

/// The highest revision of the record received from this author; 0 when none.
[[nodiscard]] qint64 highWater(Store &store, const QByteArray &collectionId, const QString &recordId,
    const QByteArray &author);
void raiseHighWater(Store &store, const QByteArray &collectionId, const QString &recordId, const QByteArray &author,
    qint64 revision);

/// An author from whom numbers are missing in a collection: envelopes the server has not
/// delivered although later ones of the same author arrived.
struct Gap
{
    QByteArray collectionId;
    QByteArray author;
    qint64 missing = 0;
};
[[nodiscard]] QList<Gap> gaps(Store &store, const QByteArray &collectionId, const QByteArray &self);

/// How many forks were recorded in a collection.
[[nodiscard]] int forks(Store &store, const QByteArray &collectionId);

} // namespace chain

} // namespace bollplank::sync
