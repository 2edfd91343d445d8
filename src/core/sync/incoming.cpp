#include "incoming.h"

#include "authorship.h"
#include "chain.h"
#include "concurrent.h"
#include "erasure.h"
#include "exchanged.h"
#include "grants.h"
#include "identity.h"
#include "memberrecords.h"
#include "rotation.h"
#include "syncreport.h"

namespace bollplank::sync {

std::optional<Incoming::Admitted> Incoming::admit(
    const Collection &c, const QByteArray &envelope, bool signatureChecked)
{
    Store &store = m_here.store;
    const QByteArray &me = m_here.self.signPublicKey();
    // Cut off and erased (a rotation earlier in this page): what follows it is not kept either.
    if (isErased(store, c.id))
        return std::nullopt;
    const QByteArray hash = envelopeHash(envelope);
    // Our own envelopes come back with every pull: the exact bytes we signed need no checking.
    if (seen(store, hash)) {
        const EnvelopeHeader peeked = peekEnvelope(envelope);
        if (peeked.author == me && peeked.collectionId == c.id)
            return std::nullopt;
    }
    OpenedEnvelope opened = openEnvelope(envelope, c.id, m_here.collections, signatureChecked);
    const EnvelopeHeader &header = opened.header;
    const bool mine = header.author == me;
    if (seen(store, hash)) {
        if (mine)
            return std::nullopt; // our own envelope, back from the server
        refuseEnvelope(QStringLiteral("replayed: this envelope was applied before"));
    }
    if (mine)
        refuseEnvelope(QStringLiteral("replayed: signed by this device but never sent from it"));
    // Authentic from here on: its place in its author's chain counts even if it is refused below.
    chain::take(store, header, hash);
    if (header.revision <= chain::highWater(store, c.id, header.recordId, header.author))
        refuseEnvelope(
            QStringLiteral("replayed or reordered: revision %1 of this record from this device is not "
                           "newer than one already received")
                .arg(header.revision));
    Payload payload = Payload::decode(opened.plaintext);
    if (!allowedIn(c.kind, payload.table))
        refuseEnvelope(QStringLiteral("a record of this kind does not belong in this collection"));
    Member author = *m_here.collections.member(c.id, header.author);
    return Admitted { std::move(opened), hash, std::move(payload), std::move(author) };
}

void Incoming::accept(const Collection &c, const Admitted &in)
{
    const EnvelopeHeader &header = in.opened.header;
    chain::raiseHighWater(m_here.store, c.id, header.recordId, header.author, header.revision);
    markSeen(m_here.store, in.hash);
}

Outcome Incoming::apply(
    const Collection &c, const QByteArray &envelope, SyncReport &report, bool signatureChecked)
{
    const std::optional<Admitted> in = admit(c, envelope, signatureChecked);
    if (!in)
        return Outcome::AlreadyHad;
    const QString &table = in->payload.table;
    if (table == QLatin1String(MemberTable) || table == QLatin1String(RotationTable)
        || table == QLatin1String(GrantTable))
        return applyCollectionRecord(c, *in, report);
    return applyRecord(c, *in, report);
}

Outcome Incoming::applyCollectionRecord(const Collection &c, const Admitted &in, SyncReport &report)
{
    const EnvelopeHeader &header = in.opened.header;
    const Payload &theirs = in.payload;
    if (theirs.table == QLatin1String(MemberTable)) {
        applyMemberRecord(m_here.store, m_here.collections, c, in.author, header.recordId, theirs.fields);
    } else if (theirs.table == QLatin1String(GrantTable)) {
        adoptGrant(m_here.store, m_here.collections, c, theirs.fields, header.recordId);
    } else if (const std::optional<Erasure> erased
        = applyRotation(m_here.store, m_here.collections, m_here.self, c, in.author, theirs.fields)) {
        report.erased.append(*erased);
        report.changes += erased->changes;
        return Outcome::Applied; // the collection's bookkeeping is gone with its records
    }
    remember(m_here.store, c.id, header.recordId, theirs.table, header.revision, false, QByteArray(), in.hash,
        header.parentHash);
    accept(c, in);
    return Outcome::Applied;
}

Outcome Incoming::applyRecord(const Collection &c, const Admitted &in, SyncReport &report)
{
    Store &store = m_here.store;
    const EnvelopeHeader &header = in.opened.header;
    const Payload &theirs = in.payload;
    if (c.kind == CollectionKind::Shared)
        checkSharedAuthorship(store, in.author.role, header.recordId, theirs);
    const std::optional<Held> h = held(store, c.id, header.recordId);
    if (h && h->table != theirs.table)
        refuseEnvelope(QStringLiteral("the record changed its kind"));
    // The revision this device holds was written on top of this very envelope: it is older than
    // what is here, delivered late. Applying it would bring back an old value or a deleted record.
    if (h && !h->parentHash.isEmpty() && h->parentHash == in.hash)
        refuseEnvelope(
            QStringLiteral("reordered: revision %1 arrived after the revision written on top of it")
                .arg(header.revision));
    const std::optional<LocalState> local = localState(store, theirs.table, header.recordId);
    // On the adept's devices a reflection's home is the journal; the shared copy is only a mirror.
    const bool mirror = c.kind == CollectionKind::Shared && theirs.table == QLatin1String("reflection")
        && isAdeptProfile(store);
    // Record ids travel in the clear: a partner of one pair must not rewrite (and move into its own
    // mentorship) a record another pair shares with this device, nor hang its rows on one.
    if (!mirror && !belongsIn(store, c, theirs.table, header.recordId, theirs.fields))
        refuseEnvelope(QStringLiteral("the record belongs to another mentorship on this device"));
    const Outcome outcome = mirror ? Outcome::AlreadyHad : write(c, in, h, local, report);
    if (outcome == Outcome::Waiting)
        return outcome;
    remember(store, c.id, header.recordId, theirs.table, header.revision, theirs.deleted,
        mergesIn(store, c, theirs.table) ? in.opened.plaintext : QByteArray(), in.hash, header.parentHash);
    if (theirs.deleted)
        m_tombstones = true;
    accept(c, in);
    return outcome;
}

Outcome Incoming::write(const Collection &c, const Admitted &in, const std::optional<Held> &held,
    const std::optional<LocalState> &local, SyncReport &report)
{
    const EnvelopeHeader &header = in.opened.header;
    const Payload &theirs = in.payload;
    const auto imported = [&] {
        return writeImported(
                   m_here.store, c, header.recordId, header.revision, in.author.deviceId, theirs, report.changes)
            ? Outcome::Applied
            : Outcome::Waiting;
    };
    if (!local)
        return theirs.deleted ? Outcome::Applied : imported();
    // Here already (sent through this collection by another of this person's devices).
    if (!held)
        return local->revision < header.revision ? imported() : Outcome::AlreadyHad;
    // The common case: nothing changed here since, theirs follows what this device holds.
    if (local->revision <= held->revision && header.revision > held->revision
        && header.parentRevision >= held->revision)
        return imported();
    // Concurrent: both sides wrote on top of the same revision.
    return settleConcurrent(m_here, { c, header, theirs, in.author, local->revision }, report);
}

} // namespace bollplank::sync
