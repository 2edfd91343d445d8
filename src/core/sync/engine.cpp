#include "engine.h"

#include "chain.h"
#include "envelope.h"
#include "exchanged.h"
#include "grants.h"
#include "memberrecords.h"
#include "outbox.h"
#include "profile/store.h"
#include "records.h"
#include "rotation.h"
#include "routes.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "transport.h"

#include <QSet>

#include <atomic>
#include <exception>
#include <functional>
#include <optional>
#include <thread>
#include <utility>

namespace bollplank::sync {

namespace {

// Envelopes asked for per pull, and sent per push up to a byte size. Small enough that one
// request gets through a poor mobile connection (tst_sync_chaos cuts every connection somewhere
// in its first 400 KB); several pages make one transaction (ApplyBatch), and the next page is
// fetched while one is applied, so small pages cost little.
constexpr int PageSize = 200;
constexpr int PushBatch = 500;
constexpr qint64 PushBytes = 256 * 1024;
// Pulled envelopes applied in one transaction. Record ids and envelope hashes are random keys,
// so every transaction rewrites (and SQLCipher re-encrypts) nearly every leaf page of their
// indexes: at 10,000 envelopes, 200 per transaction wrote 28,800 pages, 1,000 wrote 14,400.
constexpr int ApplyBatch = 2500;
// Acknowledged outbox rows deleted together: a crash before the delete only resends envelopes
// the server already holds, which it acknowledges again without storing them twice.
constexpr int AckBatch = 2500;

} // namespace

void Engine::finishFrozen(Transport &transport, const Collection &c, SyncReport &report)
{
    // A collection this device replaced: the rotation record goes out through it (so the devices
    // that remain learn the new key), then every server it syncs with hears that the revoked
    // devices are out. Nothing else is ever sent to it or read from it again.
    // The rotation record's header names the collection that replaces this one, and the revoked
    // devices can still pull it until they are removed below: the replacement is registered at
    // the server first, so none of them can claim it there before the devices that remain.
    if (const std::optional<Collection> next = m_collections.find(c.replacedBy); next && !next->frozen)
        announce(transport, *next);
    push(transport, c, report); // only ever the rotation record: moveOutbox took the rest
    const QList<QByteArray> revoked = revokedFrom(m_store, c.id);
    if (revoked.isEmpty())
        return;
    {
        auto told = m_store.db().prepare("SELECT 1 FROM sync_freeze_told WHERE collection_id = ? AND endpoint = ?");
        told.bind(1, c.id).bind(2, transport.endpointName());
        if (told.step())
            return;
    }
    for (const QByteArray &device : revoked)
        transport.setMember(c.id, device, true);
    transport.freeze(c.id);
    m_store.db()
        .prepare("INSERT OR IGNORE INTO sync_freeze_told (collection_id, endpoint) VALUES (?, ?)")
        .bind(1, c.id)
        .bind(2, transport.endpointName())
        .run();
}

bool Engine::alone(const Collection &c)
{
    // A collection with no other device (a journal before a second device is linked, a shared
    // space after the other person was revoked): nobody to send it to or hear from. Its outbox
    // waits, one row per record, until pairing links another device.
    auto q = m_store.db().prepare("SELECT 1 FROM sync_member WHERE collection_id = ? AND sign_public <> ? LIMIT 1");
    q.bind(1, c.id).bind(2, m_self.signPublicKey());
    return !q.step();
}

bool Engine::fromUnknownDevice(const Collection &c, const QByteArray &envelope)
{
    try {
        const EnvelopeHeader h = peekEnvelope(envelope);
        return h.collectionId == c.id && !m_collections.member(c.id, h.author);
    } catch (const SyncError &) {
        return false;
    }
}

Engine::Engine(Store &store)
    : m_store(store)
    , m_self(DeviceIdentity::load(store))
    , m_collections(store)
    , m_incoming(Here { m_store, m_collections, m_self })
{
}

void Engine::ensureOwnCollections()
{
    Transaction tx(m_store.db());
    if (isAdeptProfile(m_store)) {
        if (!m_collections.journal()) {
            const Collection c = m_collections.create(CollectionKind::Journal, {}, m_self);
            queueExisting(m_store, m_collections, c);
        }
    } else {
        QStringList mentorships;
        {
            auto q = m_store.db().prepare("SELECT id FROM mentorship WHERE deleted = 0 ORDER BY seq");
            while (q.step())
                mentorships.append(q.text(0));
        }
        for (const QString &id : mentorships)
            if (!m_collections.notes(id)) {
                const Collection c = m_collections.create(CollectionKind::Notes, id, m_self);
                queueExisting(m_store, m_collections, c);
            }
    }
    tx.commit();
}

int Engine::outgoingCount()
{
    int count = 0;
    for (const Collection &c : m_collections.all()) {
        if (alone(c))
            continue;
        auto q = m_store.db().prepare("SELECT count(*) FROM sync_outbox WHERE collection_id = ?");
        q.bind(1, c.id);
        count += q.step() ? q.integer(0) : 0;
    }
    return count;
}

QList<ConflictCopy> Engine::conflicts()
{
    QList<ConflictCopy> out;
    auto q = m_store.db().prepare("SELECT table_name, record_id, copy_id, created_at FROM sync_conflict ORDER BY seq");
    while (q.step())
        out.append({ q.text(0), q.text(1), q.optionalText(2).value_or(QString()), q.int64(3) });
    return out;
}

SyncReport Engine::sync(Transport &transport)
{
    SyncReport report;
    if (!m_collections.all().isEmpty())
        ensureOwnCollections();
    // Private collections come first and may grant shared ones: those join the same round.
    const QString endpoint = transport.endpointName();
    QSet<QByteArray> done;
    for (bool more = true; more;) {
        more = false;
        for (const Collection &c : m_collections.all()) {
            if (done.contains(c.id))
                continue;
            done.insert(c.id);
            more = true;
            // Each server learns only of the collections whose readers meet there: the journal
            // never passes through the other person's server (routes.h).
            if (!syncsThrough(c, endpoint))
                continue;
            stopIfAsked();
            try {
                if (c.frozen) {
                    finishFrozen(transport, c, report);
                    continue;
                }
                announce(transport, c);
                if (alone(c))
                    continue;
                try {
                    push(transport, c, report);
                } catch (const SyncError &e) {
                    // A server that froze the collection refuses pushes: the rotation record that
                    // says where things went is waiting in it, so read it before giving up.
                    if (e.kind() != SyncErrorKind::Refused)
                        throw;
                    pull(transport, c, report);
                    const std::optional<Collection> now = m_collections.find(c.id);
                    if (!now || !now->frozen)
                        throw;
                    continue;
                }
                pull(transport, c, report);
            } catch (const RevokedError &e) {
                onRevoked(c, e.proof(), report);
            } catch (const SyncError &e) {
                if (e.kind() != SyncErrorKind::NotPaired)
                    throw;
                ++report.notPaired;
            }
        }
    }
    retryWaiting(report);
    // Acknowledgements of envelopes that left the outbox otherwise (erased, moved by a rotation).
    m_store.db().exec("DELETE FROM sync_outbox_sent WHERE outbox_seq NOT IN (SELECT seq FROM sync_outbox)");
    if (!report.erased.isEmpty())
        checkpointAfterErasure(m_store);
    report.withheld = withheld();
    report.forks = forks();
    const bool tombstonesApplied = m_incoming.takeTombstones();
    if (std::exchange(m_tombstones, false) || tombstonesApplied) {
        // Deleted and unshared text leaves the full-text index's segments too, not only its rows.
        m_store.db().exec("INSERT INTO search_index(search_index) VALUES('optimize')");
    }
    return report;
}

SyncReport Engine::syncEach(const std::vector<Transport *> &servers)
{
    SyncReport report;
    std::exception_ptr failure;
    for (Transport *server : servers) {
        try {
            report += sync(*server);
        } catch (const SyncError &e) {
            if (e.kind() != SyncErrorKind::Unreachable)
                throw;
            report.unreachable.append(server->endpointName());
            failure = std::current_exception();
        }
    }
    if (failure && report.unreachable.size() == qsizetype(servers.size()))
        std::rethrow_exception(failure);
    return report;
}

QList<Withheld> Engine::withheld()
{
    QList<Withheld> out;
    for (const Collection &c : m_collections.all())
        for (const chain::Gap &gap : chain::gaps(m_store, c.id, m_self.signPublicKey())) {
            const std::optional<Member> m = m_collections.member(c.id, gap.author);
            out.append({ c.id, gap.author, m ? m->deviceId : QString(), m ? m->role : QString(), gap.missing });
        }
    return out;
}

bool Engine::syncsThrough(const Collection &c, const QString &endpoint)
{
    if (!m_ownSet)
        return true;
    return sync::syncsThrough(m_store, c, endpoint, m_own, m_unboundShared);
}

QStringList Engine::otherEndpoints(const Collection &c, const QString &endpoint)
{
    if (!m_ownSet)
        return {};
    QStringList all = routesOf(m_store, c.id);
    const bool unbound = all.isEmpty();
    if (c.kind != CollectionKind::Shared || unbound)
        all += m_own;
    if (c.kind == CollectionKind::Shared && unbound)
        all += m_unboundShared;
    all.removeDuplicates();
    all.removeAll(endpoint);
    return all;
}

int Engine::forks()
{
    int count = 0;
    for (const Collection &c : m_collections.all())
        count += chain::forks(m_store, c.id);
    return count;
}

void Engine::onRevoked(const Collection &c, const MemberStatement &proof, SyncReport &report)
{
    // The server's word alone changes nothing: only a revocation signed by a member this device
    // knows erases anything. A bad proof is shown, and the collection stays as it is.
    Member revoker;
    try {
        revoker = checkRevocationProof(m_collections, m_self, c, proof);
    } catch (const SyncError &e) {
        qWarning("sync: %s", e.what());
        report.refused.append(QString::fromUtf8(e.what()));
        ++report.notPaired;
        return;
    }
    const Erasure erased = eraseCutOff(m_store, m_collections, m_self, c, revoker);
    report.erased.append(erased);
    report.changes += erased.changes;
}

void Engine::noteRefused(const Collection &c, const QByteArray &envelope)
{
    // An authentic envelope refused for what it says still took its number: without this, a
    // refusal would read as a change the server held back. Unauthentic bytes never take a place.
    try {
        const EnvelopeHeader h = peekEnvelope(envelope);
        if (h.collectionId != c.id || !m_collections.member(c.id, h.author) || !signatureValid(envelope))
            return;
        try {
            chain::take(m_store, h, envelopeHash(envelope));
        } catch (const SyncError &) {
            chain::noteFork(m_store, h);
        }
    } catch (const SyncError &) {
    }
}

void Engine::announce(Transport &transport, const Collection &c)
{
    const QString endpoint = transport.endpointName();
    for (const Member &m : m_collections.unannounced(c.id)) {
        transport.setMember(c.id, m.signPublicKey);
        Transaction tx(m_store.db());
        m_collections.markAnnounced(c.id, m.signPublicKey);
        m_store.db()
            .prepare("INSERT OR IGNORE INTO sync_announced (collection_id, sign_public, endpoint) VALUES (?, ?, ?)")
            .bind(1, c.id)
            .bind(2, m.signPublicKey)
            .bind(3, endpoint)
            .run();
        // The other members learn of the new device from the collection itself.
        if (m.signPublicKey != m_self.signPublicKey())
            queueIn(m_store, c.id, QString::fromLatin1(MemberTable), memberRecordId(m.signPublicKey));
        tx.commit();
    }
    // A member this device announced at another server, not yet at this one: the collection now
    // syncs here too (routes.h), and this server must let its devices in as well.
    QList<QByteArray> elsewhere;
    {
        auto q = m_store.db().prepare(
            "SELECT DISTINCT a.sign_public FROM sync_announced a JOIN sync_member m ON m.collection_id = a.collection_id "
            "AND m.sign_public = a.sign_public WHERE a.collection_id = ? AND NOT EXISTS (SELECT 1 FROM sync_announced b "
            "WHERE b.collection_id = a.collection_id AND b.sign_public = a.sign_public AND b.endpoint = ?) "
            "ORDER BY a.sign_public = ? DESC, m.rowid");
        q.bind(1, c.id).bind(2, endpoint).bind(3, m_self.signPublicKey());
        while (q.step())
            elsewhere.append(q.blob(0));
    }
    for (const QByteArray &device : elsewhere) {
        if (!revokedFrom(m_store, c.id).contains(device)) {
            try {
                transport.setMember(c.id, device);
            } catch (const SyncError &e) {
                // Another device brought the collection to this server first, or it is frozen
                // there: what follows (push, pull) reports it as it would without this.
                if (e.kind() != SyncErrorKind::NotPaired && e.kind() != SyncErrorKind::Refused)
                    throw;
                return;
            }
        }
        m_store.db()
            .prepare("INSERT OR IGNORE INTO sync_announced (collection_id, sign_public, endpoint) VALUES (?, ?, ?)")
            .bind(1, c.id)
            .bind(2, device)
            .bind(3, endpoint)
            .run();
    }
}

void Engine::build(const Collection &c)
{
    struct Queued
    {
        qint64 seq;
        QString table;
        QString id;
    };
    QList<Queued> queued;
    {
        auto q = m_store.db().prepare(
            "SELECT seq, table_name, record_id FROM sync_outbox WHERE collection_id = ? AND envelope IS NULL ORDER BY seq");
        q.bind(1, c.id);
        while (q.step())
            queued.append({ q.int64(0), q.text(1), q.text(2) });
    }
    if (queued.isEmpty())
        return;
    const SecureKey *key = m_collections.cachedKey(c.id, c.currentEpoch);
    if (!key)
        throw SyncError(SyncErrorKind::NotPaired, QStringLiteral("This device does not hold the current key of a collection"));

    Transaction tx(m_store.db());
    // This device's chain in the collection: each envelope built gets the next number and the
    // hash of the one before, in the order they are pushed (outbox order).
    chain::Link link = chain::next(m_store, c.id, m_self.signPublicKey());
    for (const Queued &item : queued) {
        const auto drop = [&] { m_store.db().prepare("DELETE FROM sync_outbox WHERE seq = ?").bind(1, item.seq).run(); };
        const std::optional<Held> h = held(m_store, c.id, item.id);
        Payload payload;
        qint64 revision = 1;
        if (item.table == QLatin1String(MemberTable)) {
            const QByteArray key = QByteArray::fromHex(item.id.mid(7).toLatin1());
            const std::optional<Member> m = m_collections.member(c.id, key);
            if (!m || h) {
                drop();
                continue;
            }
            payload.table = item.table;
            payload.updatedAt = m_store.now();
            payload.fields = memberFields(*m);
        } else if (item.table == QLatin1String(RotationTable)) {
            payload.fields = rotationFields(m_collections, m_self, c);
            if (payload.fields.isEmpty() || h) {
                drop();
                continue;
            }
            payload.table = item.table;
            payload.updatedAt = m_store.now();
        } else if (item.table == QLatin1String(GrantTable)) {
            const std::optional<Collection> granted
                = m_collections.find(QByteArray::fromHex(item.id.mid(6).toLatin1()));
            if (!granted || h) {
                drop();
                continue;
            }
            payload.table = item.table;
            payload.updatedAt = m_store.now();
            payload.fields = grantFields(m_store, m_collections, *granted);
        } else {
            const std::optional<LocalRow> local = readLocal(m_store, m_collections, c, item.table, item.id);
            if (!local || (h && local->revision <= h->revision) || (!h && local->payload.deleted)) {
                drop();
                continue;
            }
            payload = local->payload;
            revision = local->revision;
        }
        EnvelopeHeader header;
        header.collectionId = c.id;
        header.keyEpoch = c.currentEpoch;
        header.recordId = item.id;
        header.revision = revision;
        header.parentRevision = h ? std::min(h->revision, revision - 1) : 0;
        if (h && header.parentRevision == h->revision && !h->hash.isEmpty())
            header.parentHash = h->hash;
        header.authorSeq = link.seq;
        header.previousHash = link.previous;
        const QByteArray content = payload.encode();
        const QByteArray envelope = sealEnvelope(header, content, *key, m_self);
        const QByteArray hash = envelopeHash(envelope);
        header.author = m_self.signPublicKey();
        header.collectionId = c.id;
        chain::place(m_store, header, hash);
        link = { link.seq + 1, hash };
        m_store.db().prepare("UPDATE sync_outbox SET envelope = ? WHERE seq = ?").bind(1, envelope).bind(2, item.seq).run();
        // New bytes (a row moved to a collection's replacement is built afresh): no server has them.
        m_store.db().prepare("DELETE FROM sync_outbox_sent WHERE outbox_seq = ?").bind(1, item.seq).run();
        remember(m_store, c.id, item.id, item.table, revision, payload.deleted,
            mergesIn(m_store, c, item.table) ? content : QByteArray(), hash, header.parentHash);
        if (payload.deleted)
            m_tombstones = true;
        markSeen(m_store, hash);
    }
    tx.commit();
}

void Engine::push(Transport &transport, const Collection &c, SyncReport &report)
{
    build(c);
    const QString endpoint = transport.endpointName();
    const QStringList others = otherEndpoints(c, endpoint);
    QList<qint64> acknowledged;
    const auto forget = [&] {
        if (acknowledged.isEmpty())
            return;
        Transaction tx(m_store.db());
        for (qint64 seq : std::as_const(acknowledged)) {
            // Gone from the outbox only once every server the collection syncs through has it;
            // until then this server's acknowledgement is kept, so it is not sent there again.
            bool everywhere = true;
            for (const QString &other : others) {
                auto q = m_store.db().prepare("SELECT 1 FROM sync_outbox_sent WHERE outbox_seq = ? AND endpoint = ?");
                q.bind(1, seq).bind(2, other);
                everywhere = everywhere && q.step();
            }
            if (everywhere) {
                m_store.db().prepare("DELETE FROM sync_outbox WHERE seq = ?").bind(1, seq).run();
                m_store.db().prepare("DELETE FROM sync_outbox_sent WHERE outbox_seq = ?").bind(1, seq).run();
            } else {
                m_store.db()
                    .prepare("INSERT OR IGNORE INTO sync_outbox_sent (outbox_seq, endpoint) VALUES (?, ?)")
                    .bind(1, seq)
                    .bind(2, endpoint)
                    .run();
            }
        }
        tx.commit();
        acknowledged.clear();
    };
    // One batch travels while the server stores the one before: the wait for each
    // acknowledgement overlaps the next send.
    struct InFlight
    {
        std::function<void()> acknowledgement;
        QList<qint64> seqs;
    };
    std::optional<InFlight> inFlight;
    const auto settle = [&] {
        if (!inFlight)
            return;
        InFlight done = std::move(*inFlight);
        inFlight.reset();
        done.acknowledgement(); // throws when the server did not take it; it is sent again later
        acknowledged.append(done.seqs);
        report.pushed += int(done.seqs.size());
    };
    try {
        for (qint64 last = 0;;) {
            std::vector<QByteArray> batch;
            QList<qint64> sent;
            {
                // Built envelopes always precede unbuilt ones of the collection (build ran first).
                auto q = m_store.db().prepare("SELECT seq, envelope FROM sync_outbox WHERE collection_id = ? "
                                              "AND seq > ? AND seq NOT IN (SELECT outbox_seq FROM sync_outbox_sent "
                                              "WHERE endpoint = ?) ORDER BY seq LIMIT ?");
                q.bind(1, c.id).bind(2, last).bind(3, endpoint).bind(4, PushBatch);
                qint64 bytes = 0;
                while (q.step() && bytes < PushBytes) {
                    if (q.isNull(1))
                        break;
                    sent.append(q.int64(0));
                    batch.push_back(q.blob(1));
                    bytes += batch.back().size();
                }
            }
            if (batch.empty())
                break;
            // Acknowledged only after the server answered; a failure resends the same bytes.
            std::function<void()> acknowledgement = transport.startPush(c.id, batch);
            last = sent.last();
            settle();
            inFlight = InFlight { std::move(acknowledgement), std::move(sent) };
            if (acknowledged.size() >= AckBatch)
                forget();
        }
        settle();
    } catch (...) {
        forget();
        throw;
    }
    forget();
}

void Engine::pull(Transport &transport, const Collection &c, SyncReport &report)
{
    // A cursor is a position in one server's numbering: another server's would skip envelopes.
    const QString endpoint = transport.endpointName();
    qint64 after = 0;
    {
        auto q = m_store.db().prepare("SELECT after FROM sync_cursor WHERE collection_id = ? AND endpoint = ?");
        q.bind(1, c.id).bind(2, endpoint);
        if (q.step()) {
            after = q.int64(0);
        } else if (!endpoint.isEmpty()) {
            // A cursor from before cursors were kept per server (schema 8) belongs to the server
            // this profile used then, which the app and the CLI sync with first: it moves there.
            auto legacy = m_store.db().prepare("SELECT after FROM sync_cursor WHERE collection_id = ? AND endpoint = ''");
            legacy.bind(1, c.id);
            if (legacy.step()) {
                after = legacy.int64(0);
                Transaction tx(m_store.db());
                m_store.db()
                    .prepare("UPDATE sync_cursor SET endpoint = ? WHERE collection_id = ? AND endpoint = ''")
                    .bind(1, endpoint)
                    .bind(2, c.id)
                    .run();
                tx.commit();
            }
        }
    }
    qint64 seenHere = 0;
    qint64 promisedHere = 0;
    for (bool more = true; more;) {
        std::vector<StoredEnvelope> batch;
        const qint64 start = after;
        // A connection lost part way keeps what already arrived: it is applied and committed
        // before the error goes on, so a flaky network still makes progress page by page.
        std::exception_ptr lost;
        while (more && batch.size() < std::size_t(ApplyBatch)) {
            PullPage page;
            try {
                page = transport.pull(c.id, after, PageSize);
            } catch (const SyncError &) {
                lost = std::current_exception();
                break;
            }
            // What this pull will bring, as the server now says: it grows while others push (a
            // server that does not say adds each page as it comes).
            seenHere += qint64(page.envelopes.size());
            if (const qint64 now = seenHere + std::max<qint64>(0, page.left); now > promisedHere) {
                m_progressSoFar.expected += now - promisedHere;
                promisedHere = now;
            }
            const qint64 before = after;
            for (StoredEnvelope &stored : page.envelopes) {
                after = std::max<qint64>(after, stored.sequence);
                batch.push_back(std::move(stored));
            }
            // Past this device's own envelopes, which the server left out of the page.
            after = std::max<qint64>(after, page.through);
            more = page.more && after > before;
            // The next page travels while this batch is gathered or applied.
            if (more)
                transport.prefetch(c.id, after, PageSize);
        }
        if (after == start) {
            if (lost)
                std::rethrow_exception(lost);
            return;
        }
        // Every envelope in one transaction with no savepoint each: SQLCipher 3.4 encrypts each
        // page a savepoint journals, which was a third of the pages a cold sync encrypted. When
        // any envelope fails, the batch is rolled back and applied again one savepoint each, so
        // a refused envelope changes nothing and the others still apply.
        SyncReport part;
        try {
            applyBatch(c, batch, endpoint, after, part, false);
        } catch (const std::exception &) {
            part = SyncReport();
            applyBatch(c, batch, endpoint, after, part, true);
        }
        report.addApplied(part);
        if (isErased(m_store, c.id))
            return; // a rotation in this batch cut this device off: nothing more is read here
        if (lost)
            std::rethrow_exception(lost);
        m_progressSoFar.received += qint64(batch.size());
        // A server that promised fewer than it sent (or lied) never shows more than all.
        m_progressSoFar.expected = std::max(m_progressSoFar.expected, m_progressSoFar.received);
        if (m_progress)
            m_progress(m_progressSoFar);
        stopIfAsked();
    }
}

void Engine::applyBatch(const Collection &c, const std::vector<StoredEnvelope> &batch, const QString &endpoint,
    qint64 cursor, SyncReport &report, bool oneByOne)
{
    // The envelopes and the cursor past them commit together: a failure before the commit
    // leaves neither, and the next sync pulls them again.
    Transaction tx(m_store.db());
    DeferredIndex index(m_store);
    // Ed25519 verification is the costliest check (about 60 us an envelope): another core checks
    // the signatures ahead of the loop below, which then skips only that one computation. An
    // envelope that fails here is verified again in openEnvelope, which refuses it with its reason.
    std::vector<char> signatureOk(batch.size(), 0);
    std::atomic<std::size_t> verified { 0 };
    std::jthread verifier;
    if (!oneByOne)
        verifier = std::jthread([&](std::stop_token stop) {
            for (std::size_t i = 0; i < batch.size() && !stop.stop_requested(); ++i) {
                signatureOk[i] = signatureValid(batch[i].bytes) ? 1 : 0;
                verified.store(i + 1, std::memory_order_release);
                verified.notify_one();
            }
        });
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const StoredEnvelope &stored = batch[i];
        if (oneByOne) {
            applyPulled(c, stored, report);
            continue;
        }
        for (std::size_t done = verified.load(std::memory_order_acquire); done <= i;
             done = verified.load(std::memory_order_acquire))
            verified.wait(done, std::memory_order_acquire);
        ++report.pulled;
        const Outcome outcome = m_incoming.apply(c, stored.bytes, report, signatureOk[i] != 0);
        if (outcome == Outcome::Waiting)
            keepWaiting(c.id, stored.bytes);
        else if (outcome == Outcome::Applied)
            ++report.applied;
    }
    index.flush();
    m_store.db()
        .prepare("INSERT OR REPLACE INTO sync_cursor (collection_id, endpoint, after) VALUES (?, ?, ?)")
        .bind(1, c.id)
        .bind(2, endpoint)
        .bind(3, cursor)
        .run();
    tx.commit();
}

void Engine::applyPulled(const Collection &c, const StoredEnvelope &stored, SyncReport &report)
{
    ++report.pulled;
    try {
        SyncReport part;
        Transaction one(m_store.db());
        const Outcome outcome = m_incoming.apply(c, stored.bytes, part);
        if (outcome == Outcome::Waiting)
            keepWaiting(c.id, stored.bytes);
        else if (outcome == Outcome::Applied)
            ++part.applied;
        one.commit();
        report.addApplied(part);
    } catch (const SyncError &e) {
        // The message names the check that failed, never the content.
        qWarning("sync: envelope %lld refused: %s", static_cast<long long>(stored.sequence), e.what());
        report.refused.append(QString::fromUtf8(e.what()));
        noteRefused(c, stored.bytes);
        // A device announced by another member may be heard of after its first envelope:
        // keep it, unverified and unapplied, to try again once the membership arrives.
        if (fromUnknownDevice(c, stored.bytes))
            keepWaiting(c.id, stored.bytes);
    } catch (const StoreError &e) {
        // A verified revision this version cannot store (two rows for one key, say): kept
        // to retry, never dropped, and sync goes on.
        qWarning("sync: envelope %lld kept for later: %s", static_cast<long long>(stored.sequence), e.what());
        keepWaiting(c.id, stored.bytes);
    }
}

void Engine::keepWaiting(const QByteArray &collectionId, const QByteArray &envelope)
{
    m_store.db()
        .prepare("INSERT INTO sync_pending (collection_id, envelope) VALUES (?, ?)")
        .bind(1, collectionId)
        .bind(2, envelope)
        .run();
}

void Engine::retryWaiting(SyncReport &report)
{
    for (bool progress = true; progress;) {
        progress = false;
        struct Pending
        {
            qint64 seq;
            QByteArray collectionId;
            QByteArray envelope;
        };
        QList<Pending> pending;
        {
            auto q = m_store.db().prepare("SELECT seq, collection_id, envelope FROM sync_pending ORDER BY seq");
            while (q.step())
                pending.append({ q.int64(0), q.blob(1), q.blob(2) });
        }
        for (const Pending &p : pending) {
            const std::optional<Collection> c = m_collections.find(p.collectionId);
            try {
                SyncReport part;
                Transaction tx(m_store.db());
                if (!c || m_incoming.apply(*c, p.envelope, part) != Outcome::Waiting) {
                    m_store.db().prepare("DELETE FROM sync_pending WHERE seq = ?").bind(1, p.seq).run();
                    ++part.applied;
                    progress = true;
                }
                tx.commit();
                report.addApplied(part);
                continue;
            } catch (const SyncError &e) {
                if (c && fromUnknownDevice(*c, p.envelope))
                    continue; // still waiting for its author's membership
                report.refused.append(QString::fromUtf8(e.what()));
                if (c)
                    noteRefused(*c, p.envelope);
            } catch (const StoreError &) {
                continue; // still cannot be stored; it stays waiting and is counted below
            }
            Transaction drop(m_store.db());
            m_store.db().prepare("DELETE FROM sync_pending WHERE seq = ?").bind(1, p.seq).run();
            drop.commit();
        }
    }
    auto q = m_store.db().prepare("SELECT count(*) FROM sync_pending");
    report.waiting = q.step() ? q.integer(0) : 0;
}

void Engine::apply(const QByteArray &collectionId, const QByteArray &envelope)
{
    const std::optional<Collection> c = m_collections.find(collectionId);
    if (!c)
        throw SyncError(SyncErrorKind::NotPaired, QStringLiteral("This device is not a member of that collection"));
    SyncReport report;
    Transaction tx(m_store.db());
    if (m_incoming.apply(*c, envelope, report) == Outcome::Waiting)
        keepWaiting(c->id, envelope);
    tx.commit();
}

} // namespace bollplank::sync
