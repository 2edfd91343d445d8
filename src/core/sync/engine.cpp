#include "engine.h"

#include "authorship.h"
#include "chain.h"
#include "envelope.h"
#include "merge.h"
#include "outbox.h"
#include "publickeys.h"
#include "profile/store.h"
#include "records.h"
#include "rotation.h"
#include "routes.h"
#include "advisories.h"
#include "store/storeerror.h"
#include "store/transaction.h"
#include "transport.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QSet>
#include <QUuid>
#include <sodium.h>

#include <atomic>
#include <exception>
#include <functional>
#include <optional>
#include <thread>

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
constexpr int HistoryKept = 16;

[[noreturn]] void tampered(const QString &why)
{
    throw SyncError(SyncErrorKind::Tampered, QStringLiteral("Envelope refused: ") + why);
}

struct Held
{
    qint64 revision = 0;
    bool deleted = false;
    QString table;
    QByteArray hash;       ///< of the envelope of that revision (empty before format 2)
    QByteArray parentHash; ///< what that envelope was written on top of
};

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
// merged there (applyOne), so its content is no merge base: keeping it would double what a cold
// sync writes.
bool mergesIn(Store &store, const Collection &c, const QString &table)
{
    return !(c.kind == CollectionKind::Shared && table == QLatin1String("reflection") && isAdeptProfile(store));
}

// What was exchanged through a collection: the parent of the next envelope and, when the record
// can be merged here, a merge base (content empty otherwise).
void remember(Store &store, const QByteArray &collectionId, const QString &recordId, const QString &table,
    qint64 revision, bool deleted, const QByteArray &content, const QByteArray &hash, const QByteArray &parentHash)
{
    auto &db = store.db();
    // Never backwards: a late concurrent revision does not make this device forget a newer one,
    // nor the envelope that carried it (SET reads the row as it was before the update).
    db.prepare("UPDATE sync_record SET hash = CASE WHEN ? >= revision THEN ? ELSE hash END, "
               "parent_hash = CASE WHEN ? >= revision THEN ? ELSE parent_hash END, "
               "revision = max(revision, ?), deleted = ?, table_name = ? WHERE collection_id = ? AND record_id = ?")
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
        db.prepare("INSERT INTO sync_record (collection_id, record_id, table_name, revision, deleted, hash, parent_hash) "
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
    db.prepare("INSERT OR IGNORE INTO sync_history (collection_id, record_id, revision, content) VALUES (?, ?, ?, ?)")
        .bind(1, collectionId)
        .bind(2, recordId)
        .bind(3, revision)
        .bind(4, content)
        .run();
    if (db.changes() == 0)
        db.prepare("UPDATE sync_history SET content = ? WHERE collection_id = ? AND record_id = ? AND revision = ?")
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

std::optional<Payload> historyAt(Store &store, const QByteArray &collectionId, const QString &recordId, qint64 revision)
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

QString memberRecordId(const QByteArray &signPublicKey)
{
    return QStringLiteral("member:") + QString::fromLatin1(signPublicKey.toHex());
}

// The same on every device that meets the same conflict, so two devices make one copy, not two.
QString copyIdFor(const QString &recordId, const QVariantMap &loserFields)
{
    QByteArray digest(16, Qt::Uninitialized);
    const QByteArray input = recordId.toUtf8() + '\0' + QCborValue(QCborMap::fromVariantMap(loserFields)).toCbor();
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), 16,
        reinterpret_cast<const unsigned char *>(input.constData()), std::size_t(input.size()), nullptr, 0);
    digest[6] = char((digest[6] & 0x0f) | 0x40);
    digest[8] = char((digest[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(digest).toString(QUuid::WithoutBraces);
}

// Tables with one row per natural key (a meeting's minutes for an area, a party's evaluation):
// a conflict copy cannot sit beside the record, so the record's text holds both versions.
bool oneRowPerKey(const QString &table)
{
    return table == QLatin1String("minutes") || table == QLatin1String("evaluation")
        || table == QLatin1String("meeting_focus") || table == QLatin1String("agreement");
}

struct LocalState
{
    qint64 revision = 0;
    bool deleted = false;
};

std::optional<LocalState> localState(Store &store, const QString &table, const QString &id)
{
    auto q = store.db().prepare("SELECT rev, deleted FROM " + table.toStdString() + " WHERE id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return LocalState { q.int64(0), q.int64(1) != 0 };
}

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

QVariantMap Engine::grantFields(const Collection &c)
{
    QCborArray keys;
    for (const auto &[epoch, key] : m_collections.keys(c.id))
        keys.append(QCborArray { epoch, QByteArray(reinterpret_cast<const char *>(key.data()), int(SecureKey::Size)) });
    QCborArray members;
    for (const Member &m : m_collections.members(c.id))
        members.append(QCborArray { m.signPublicKey, m.boxPublicKey, m.deviceId, m.role });
    QVariantMap fields { { QStringLiteral("id"), c.id }, { QStringLiteral("kind"), toString(c.kind) },
        { QStringLiteral("mentorship"), c.mentorshipId }, { QStringLiteral("epoch"), c.currentEpoch },
        { QStringLiteral("keys"), QCborValue(keys).toCbor() }, { QStringLiteral("members"), QCborValue(members).toCbor() } };
    // Where the shared space meets the other person, so this person's other devices go there too
    // (routes.h): one endpoint a line. Only this person's own devices read a private collection.
    if (const QStringList routes = routesOf(m_store, c.id); !routes.isEmpty())
        fields.insert(QStringLiteral("endpoints"), routes.join(QLatin1Char('\n')));
    return fields;
}

void Engine::adoptGrant(const Collection &via, const QVariantMap &fields, const QString &recordId)
{
    Collection c;
    c.id = fields.value(QStringLiteral("id")).toByteArray();
    const auto kind = parseCollectionKind(fields.value(QStringLiteral("kind")).toString());
    c.mentorshipId = fields.value(QStringLiteral("mentorship")).toString();
    c.currentEpoch = int(fields.value(QStringLiteral("epoch")).toLongLong());
    if (c.id.size() != Collections::IdSize || kind != CollectionKind::Shared || c.currentEpoch < 1
        || recordId != QStringLiteral("grant:") + QString::fromLatin1(c.id.toHex()))
        tampered(QStringLiteral("malformed collection grant"));
    c.kind = *kind;
    QList<std::pair<int, SecureKey>> keys;
    for (const QCborValue &k : QCborValue::fromCbor(fields.value(QStringLiteral("keys")).toByteArray()).toArray()) {
        const QByteArray blob = k.toArray().at(1).toByteArray();
        if (blob.size() != int(SecureKey::Size))
            tampered(QStringLiteral("malformed collection grant"));
        SecureKey key;
        std::copy(blob.cbegin(), blob.cend(), reinterpret_cast<char *>(key.data()));
        keys.append({ int(k.toArray().at(0).toInteger()), std::move(key) });
    }
    QList<Member> members;
    const QString mine = ownRole(m_store);
    for (const QCborValue &v : QCborValue::fromCbor(fields.value(QStringLiteral("members")).toByteArray()).toArray()) {
        Member m { v.toArray().at(0).toByteArray(), v.toArray().at(1).toByteArray(), v.toArray().at(2).toString(), {} };
        if (!isValidSignKey(m.signPublicKey) || !isValidBoxKey(m.boxPublicKey) || m.deviceId.isEmpty())
            tampered(QStringLiteral("malformed collection grant"));
        // This person's devices are the members of the private collection the grant came through;
        // every other member of the shared space is the other person's.
        m.role = m_collections.member(via.id, m.signPublicKey) ? mine : otherRole(mine);
        members.append(m);
    }
    if (keys.isEmpty())
        tampered(QStringLiteral("malformed collection grant"));
    m_collections.adopt(c, keys, members);
    const QStringList routes
        = fields.value(QStringLiteral("endpoints")).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &endpoint : routes)
        if (!endpoint.trimmed().isEmpty() && endpoint.size() <= 2048)
            bindRoute(m_store, c.id, endpoint);
}

Engine::Engine(Store &store)
    : m_store(store)
    , m_self(DeviceIdentity::load(store))
    , m_collections(store)
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
    if (m_tombstones) {
        // Deleted and unshared text leaves the full-text index's segments too, not only its rows.
        m_tombstones = false;
        m_store.db().exec("INSERT INTO search_index(search_index) VALUES('optimize')");
    }
    return report;
}

SyncReport &SyncReport::operator+=(const SyncReport &other)
{
    pushed += other.pushed;
    pulled += other.pulled;
    applied += other.applied;
    merged += other.merged;
    conflicts += other.conflicts;
    waiting = other.waiting;
    refused += other.refused;
    notPaired += other.notPaired;
    withheld = other.withheld;
    forks = other.forks;
    erased += other.erased;
    unreachable += other.unreachable;
    return *this;
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
    report.erased.append(eraseCutOff(m_store, m_collections, m_self, c, revoker));
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
            payload.fields = { { QStringLiteral("sign_public"), m->signPublicKey },
                { QStringLiteral("box_public"), m->boxPublicKey }, { QStringLiteral("device_id"), m->deviceId },
                { QStringLiteral("role"), m->role } };
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
            payload.fields = grantFields(*granted);
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
        const SyncReport untouched = report;
        try {
            applyBatch(c, batch, endpoint, after, report, false);
        } catch (const std::exception &) {
            report = untouched;
            applyBatch(c, batch, endpoint, after, report, true);
        }
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
        const Outcome outcome = applyOne(c, stored.bytes, report, signatureOk[i] != 0);
        if (outcome == Outcome::Waiting)
            m_store.db()
                .prepare("INSERT INTO sync_pending (collection_id, envelope) VALUES (?, ?)")
                .bind(1, c.id)
                .bind(2, stored.bytes)
                .run();
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
        Transaction one(m_store.db());
        const Outcome outcome = applyOne(c, stored.bytes, report);
        if (outcome == Outcome::Waiting)
            m_store.db()
                .prepare("INSERT INTO sync_pending (collection_id, envelope) VALUES (?, ?)")
                .bind(1, c.id)
                .bind(2, stored.bytes)
                .run();
        else if (outcome == Outcome::Applied)
            ++report.applied;
        one.commit();
    } catch (const SyncError &e) {
        // The message names the check that failed, never the content.
        qWarning("sync: envelope %lld refused: %s", static_cast<long long>(stored.sequence), e.what());
        report.refused.append(QString::fromUtf8(e.what()));
        noteRefused(c, stored.bytes);
        // A device announced by another member may be heard of after its first envelope:
        // keep it, unverified and unapplied, to try again once the membership arrives.
        if (fromUnknownDevice(c, stored.bytes))
            m_store.db()
                .prepare("INSERT INTO sync_pending (collection_id, envelope) VALUES (?, ?)")
                .bind(1, c.id)
                .bind(2, stored.bytes)
                .run();
    } catch (const StoreError &e) {
        // A verified revision this version cannot store (two rows for one key, say): kept
        // to retry, never dropped, and sync goes on.
        qWarning("sync: envelope %lld kept for later: %s", static_cast<long long>(stored.sequence), e.what());
        m_store.db()
            .prepare("INSERT INTO sync_pending (collection_id, envelope) VALUES (?, ?)")
            .bind(1, c.id)
            .bind(2, stored.bytes)
            .run();
    }
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
                Transaction tx(m_store.db());
                if (!c || applyOne(*c, p.envelope, report) != Outcome::Waiting) {
                    m_store.db().prepare("DELETE FROM sync_pending WHERE seq = ?").bind(1, p.seq).run();
                    ++report.applied;
                    progress = true;
                }
                tx.commit();
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
    if (applyOne(*c, envelope, report) == Outcome::Waiting)
        m_store.db()
            .prepare("INSERT INTO sync_pending (collection_id, envelope) VALUES (?, ?)")
            .bind(1, c->id)
            .bind(2, envelope)
            .run();
    tx.commit();
}

Engine::Outcome Engine::applyOne(const Collection &c, const QByteArray &envelope, SyncReport &report, bool signatureChecked)
{
    // Cut off and erased (a rotation earlier in this page): what follows it is not kept either.
    if (isErased(m_store, c.id))
        return Outcome::AlreadyHad;
    const QByteArray hash = envelopeHash(envelope);
    // Our own envelopes come back with every pull: the exact bytes we signed need no checking.
    if (seen(m_store, hash)) {
        const EnvelopeHeader peeked = peekEnvelope(envelope);
        if (peeked.author == m_self.signPublicKey() && peeked.collectionId == c.id)
            return Outcome::AlreadyHad;
    }
    const OpenedEnvelope opened = openEnvelope(envelope, c.id, m_collections, signatureChecked);
    const EnvelopeHeader &header = opened.header;
    const bool mine = header.author == m_self.signPublicKey();
    if (seen(m_store, hash)) {
        if (mine)
            return Outcome::AlreadyHad; // our own envelope, back from the server
        tampered(QStringLiteral("replayed: this envelope was applied before"));
    }
    if (mine)
        tampered(QStringLiteral("replayed: signed by this device but never sent from it"));
    // Authentic from here on: its place in its author's chain counts even if it is refused below.
    chain::take(m_store, header, hash);
    if (header.revision <= chain::highWater(m_store, c.id, header.recordId, header.author))
        tampered(QStringLiteral("replayed or reordered: revision %1 of this record from this device is not newer "
                                "than one already received")
                     .arg(header.revision));
    const Payload theirs = Payload::decode(opened.plaintext);
    if (!allowedIn(c.kind, theirs.table))
        tampered(QStringLiteral("a record of this kind does not belong in this collection"));
    const Member author = *m_collections.member(c.id, header.author);
    const auto accepted = [&] {
        chain::raiseHighWater(m_store, c.id, header.recordId, header.author, header.revision);
        markSeen(m_store, hash);
    };

    if (theirs.table == QLatin1String(MemberTable)) {
        Member added { theirs.fields.value(QStringLiteral("sign_public")).toByteArray(),
            theirs.fields.value(QStringLiteral("box_public")).toByteArray(),
            theirs.fields.value(QStringLiteral("device_id")).toString(),
            theirs.fields.value(QStringLiteral("role")).toString() };
        if (!isValidSignKey(added.signPublicKey) || !isValidBoxKey(added.boxPublicKey) || added.deviceId.isEmpty()
            || added.deviceId.size() > 128 || header.recordId != memberRecordId(added.signPublicKey))
            tampered(QStringLiteral("malformed membership record"));
        if (const std::optional<Member> known = m_collections.member(c.id, added.signPublicKey)) {
            // Never an overwrite: a device keeps the keys, id and role it joined with (the issuer
            // of a pairing announces the other person's device, which every member knows already).
            if (known->boxPublicKey != added.boxPublicKey || known->deviceId != added.deviceId)
                tampered(QStringLiteral("a membership record may not change a member's keys"));
        } else {
            // A person adds only devices of their own: a new device takes its announcer's role.
            if (!added.role.isEmpty() && added.role != author.role)
                tampered(QStringLiteral("a membership record may only add a device of its author's own"));
            added.role = author.role;
            m_collections.addMember(c.id, added, true);
            // Everyone in the collection hears of a new device: compare its safety number.
            addAdvisory(m_store, c.id, Advisory::Kind::DeviceAdded, added.signPublicKey, added.deviceId, added.role);
        }
        remember(m_store, c.id, header.recordId, theirs.table, header.revision, false, QByteArray(), hash,
            header.parentHash);
        accepted();
        return Outcome::Applied;
    }

    if (theirs.table == QLatin1String(RotationTable)) {
        if (const std::optional<Erasure> erased = applyRotation(m_store, m_collections, m_self, c, author, theirs.fields)) {
            report.erased.append(*erased);
            return Outcome::Applied; // the collection's bookkeeping is gone with its records
        }
        remember(m_store, c.id, header.recordId, theirs.table, header.revision, false, QByteArray(), hash,
            header.parentHash);
        accepted();
        return Outcome::Applied;
    }

    if (theirs.table == QLatin1String(GrantTable)) {
        adoptGrant(c, theirs.fields, header.recordId);
        remember(m_store, c.id, header.recordId, theirs.table, header.revision, false, QByteArray(), hash,
            header.parentHash);
        accepted();
        return Outcome::Applied;
    }

    if (c.kind == CollectionKind::Shared)
        checkSharedAuthorship(m_store, author.role, header.recordId, theirs);
    const std::optional<Held> h = held(m_store, c.id, header.recordId);
    if (h && h->table != theirs.table)
        tampered(QStringLiteral("the record changed its kind"));
    // The revision this device holds was written on top of this very envelope: it is older than
    // what is here, delivered late. Applying it would bring back an old value or a deleted record.
    if (h && !h->parentHash.isEmpty() && h->parentHash == hash)
        tampered(QStringLiteral("reordered: revision %1 arrived after the revision written on top of it")
                     .arg(header.revision));

    Outcome outcome = Outcome::Applied;
    const std::optional<LocalState> local = localState(m_store, theirs.table, header.recordId);
    // On the adept's devices a reflection's home is the journal; the shared copy is only a mirror.
    const bool mirror = c.kind == CollectionKind::Shared && theirs.table == QLatin1String("reflection")
        && isAdeptProfile(m_store);
    // Record ids travel in the clear: a partner of one pair must not rewrite (and move into its own
    // mentorship) a record another pair shares with this device, nor hang its rows on one.
    if (!mirror && !belongsIn(m_store, c, theirs.table, header.recordId, theirs.fields))
        tampered(QStringLiteral("the record belongs to another mentorship on this device"));
    if (mirror) {
        outcome = Outcome::AlreadyHad;
    } else if (!local) {
        if (!theirs.deleted && !writeImported(m_store, c, header.recordId, header.revision, author.deviceId, theirs))
            return Outcome::Waiting;
    } else if (!h) {
        // Here already (sent through this collection by another of this person's devices).
        if (local->revision < header.revision) {
            if (!writeImported(m_store, c, header.recordId, header.revision, author.deviceId, theirs))
                return Outcome::Waiting;
        } else {
            outcome = Outcome::AlreadyHad;
        }
    } else if (local->revision <= h->revision && header.revision > h->revision
        && header.parentRevision >= h->revision) {
        // The common case: nothing changed here since, theirs follows what this device holds.
        if (!writeImported(m_store, c, header.recordId, header.revision, author.deviceId, theirs))
            return Outcome::Waiting;
    } else {
        // Concurrent: both sides wrote on top of the same revision.
        const LocalRow ours = *readLocal(m_store, m_collections, c, theirs.table, header.recordId);
        const std::optional<Payload> base = historyAt(m_store, c.id, header.recordId, header.parentRevision);
        const qint64 next = std::max(local->revision, header.revision) + 1;
        const QString &table = theirs.table;
        const auto bumpRevision = [&](qint64 revision) {
            m_store.db()
                .prepare("UPDATE " + table.toStdString() + " SET rev = ?, author_device = ?, updated_at = ? WHERE id = ?")
                .bind(1, revision)
                .bind(2, m_self.deviceId())
                .bind(3, m_store.now())
                .bind(4, header.recordId)
                .run();
            queueChange(m_store, table, header.recordId);
        };
        if (theirs.deleted && ours.payload.deleted) {
            outcome = Outcome::AlreadyHad;
        } else if (theirs.deleted) {
            // An edit beats a delete: ours stays, at a revision above the tombstone.
            bumpRevision(next);
            ++report.merged;
        } else if (ours.payload.deleted) {
            if (!writeImported(m_store, c, header.recordId, next, m_self.deviceId(), theirs))
                return Outcome::Waiting;
            queueChange(m_store, table, header.recordId);
            ++report.merged;
        } else {
            Payload merged = ours.payload;
            merged.updatedAt = std::max(ours.payload.updatedAt, theirs.updatedAt);
            bool clean = true;
            for (auto it = theirs.fields.cbegin(); it != theirs.fields.cend(); ++it) {
                const QVariant o = ours.payload.fields.value(it.key());
                const QVariant &t = it.value();
                if (o == t)
                    continue;
                const std::optional<QVariant> b
                    = base ? std::optional<QVariant>(base->fields.value(it.key())) : std::nullopt;
                if (b && *b == o) {
                    merged.fields.insert(it.key(), t);
                } else if (b && *b == t) {
                    continue;
                } else if (o.typeId() == QMetaType::QString && t.typeId() == QMetaType::QString) {
                    const auto text = mergeLines(b ? b->toString() : QString(), o.toString(), t.toString());
                    if (text)
                        merged.fields.insert(it.key(), *text);
                    else
                        clean = false;
                } else {
                    clean = false;
                }
            }
            if (clean) {
                if (merged.fields != ours.payload.fields) {
                    if (!writeImported(m_store, c, header.recordId, next, m_self.deviceId(), merged))
                        return Outcome::Waiting;
                    queueChange(m_store, table, header.recordId);
                }
                ++report.merged;
            } else {
                // Not mergeable: one version stays in the record, the other becomes a visible copy.
                // Both devices pick the same winner (the larger device key) and the same copy id.
                const bool theirsWins = header.author > m_self.signPublicKey();
                const Payload &winner = theirsWins ? theirs : ours.payload;
                const Payload &loser = theirsWins ? ours.payload : theirs;
                QString copyId;
                if (oneRowPerKey(table)) {
                    Payload both = winner;
                    for (auto it = loser.fields.cbegin(); it != loser.fields.cend(); ++it)
                        if (it.value().typeId() == QMetaType::QString && it.value() != winner.fields.value(it.key()))
                            both.fields.insert(it.key(), winner.fields.value(it.key()).toString()
                                    + QStringLiteral("\n\n<<<<<<< conflict: another version >>>>>>>\n")
                                    + it.value().toString());
                    if (!writeImported(m_store, c, header.recordId, next, m_self.deviceId(), both))
                        return Outcome::Waiting;
                    queueChange(m_store, table, header.recordId);
                } else {
                    if (theirsWins) {
                        if (!writeImported(m_store, c, header.recordId, header.revision, author.deviceId, theirs))
                            return Outcome::Waiting;
                    } else {
                        // Ours stays, above theirs, so the other device takes it as the newer one.
                        bumpRevision(next);
                    }
                    copyId = copyIdFor(header.recordId, loser.fields);
                    if (!localState(m_store, table, copyId)) {
                        if (!writeImported(m_store, c, copyId, 1, m_self.deviceId(), loser))
                            return Outcome::Waiting;
                        queueChange(m_store, table, copyId);
                    }
                }
                m_store.db()
                    .prepare("INSERT INTO sync_conflict (table_name, record_id, copy_id, created_at) VALUES (?, ?, ?, ?)")
                    .bind(1, table)
                    .bind(2, header.recordId)
                    .bind(3, copyId.isEmpty() ? QVariant() : QVariant(copyId))
                    .bind(4, m_store.now())
                    .run();
                ++report.conflicts;
            }
        }
    }
    remember(m_store, c.id, header.recordId, theirs.table, header.revision, theirs.deleted,
        mergesIn(m_store, c, theirs.table) ? opened.plaintext : QByteArray(), hash, header.parentHash);
    if (theirs.deleted)
        m_tombstones = true;
    accepted();
    return outcome;
}

} // namespace bollplank::sync
