#pragma once

// The sync engine: pushes the outbox and pulls each collection by cursor through a Transport.
//
//   sync::Engine engine(profile.store());
//   const sync::SyncReport report = engine.sync(transport); // throws SyncError Unreachable etc.
//
// Idempotent and resumable: an envelope is encoded once and kept until the server acknowledged
// it (the server deduplicates a resent one); a pulled page is applied and its cursor saved in one
// transaction. A transport that fails at any point leaves no duplicate and no gap; call sync again.

#include "collections.h"
#include "identity.h"
#include "incoming.h"
#include "syncreport.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <stdexcept>
#include <vector>

namespace bollplank {
class Store;
}

namespace bollplank::sync {

class Transport;
struct StoredEnvelope;
struct MemberStatement;

/// How far a sync's pulls have come, for a person to watch: envelopes received so far, and how
/// many the servers said they hold (PullPage::left, counted once per collection and server as its
/// first page arrives; a server that says nothing adds what it sends).
struct SyncProgress
{
    qint64 received = 0;
    qint64 expected = 0;
};

/// The person stopped the sync. What was applied stays (each batch commits with its cursor), and
/// the next sync goes on from there.
class SyncCancelled : public std::runtime_error
{
public:
    SyncCancelled() : std::runtime_error("the sync was stopped") {}
};

/// An edit that could not be merged: the record kept one version, the copy holds the other.
struct ConflictCopy
{
    QString table;
    QString recordId;
    QString copyId; ///< empty when the table allows one row per key (the text holds both versions)
    qint64 createdAt = 0;
};

class Engine
{
public:
    explicit Engine(Store &store);

    /// One full round through one server: tell it about new members, push the outbox, pull. It
    /// covers the collections that sync through transport.endpointName() (routes.h): those bound
    /// to it and, when it is one of this person's own endpoints, the private ones. Each server
    /// keeps its own pull cursor, and an envelope leaves the outbox once every server its
    /// collection syncs through has acknowledged it.
    SyncReport sync(Transport &transport);
    /// One round through each server in turn, as one report. A server that cannot be reached
    /// (the mentor's direct endpoint, out of the room) is skipped and named in
    /// SyncReport::unreachable; only when none can be reached is its error thrown.
    SyncReport syncEach(const std::vector<Transport *> &servers);

    /// This person's own endpoints (the sync server in Settings, --relay): the private
    /// collections sync only there and where an own device was linked. Until it is called every
    /// transport counts as one's own and every collection syncs through it (tests with one
    /// server); the app and the CLI always call it, an empty list meaning "none chosen".
    /// unboundShared: where a shared space bound to no endpoint (paired before schema 8) also
    /// syncs, besides the own endpoints: the mentor's direct endpoint while it runs, which such a
    /// pair used before as well.
    /// Called on this thread after each batch a pull applied.
    void setProgress(std::function<void(const SyncProgress &)> report) { m_progress = std::move(report); }
    /// Asked between batches and between collections; true stops the sync (SyncCancelled).
    void setStop(std::function<bool()> stop) { m_stop = std::move(stop); }

    void setOwnEndpoints(const QStringList &endpoints, const QStringList &unboundShared = {})
    {
        m_own = endpoints;
        m_unboundShared = unboundShared;
        m_ownSet = true;
    }
    /// Whether c syncs through endpoint, by the rules above.
    [[nodiscard]] bool syncsThrough(const Collection &c, const QString &endpoint);

    /// Verifies and applies one envelope as if pulled from collectionId. Throws SyncError
    /// (Tampered, Protocol, NotPaired) and changes nothing when it is refused.
    void apply(const QByteArray &collectionId, const QByteArray &envelope);

    /// Creates the private collections this profile is missing (the adept's journal, the mentor's
    /// notes for each mentorship) and queues what belongs in them. Pairing calls it.
    void ensureOwnCollections();

    /// Outgoing revisions not yet acknowledged by the server, in collections that have another
    /// device to go to (a journal with no second device of its owner waits without counting).
    [[nodiscard]] int outgoingCount();
    [[nodiscard]] QList<ConflictCopy> conflicts();
    /// Every device whose changes are being held back, over all collections.
    [[nodiscard]] QList<Withheld> withheld();
    /// Forks recorded over all collections.
    [[nodiscard]] int forks();

    [[nodiscard]] const DeviceIdentity &identity() const noexcept { return m_self; }
    [[nodiscard]] Collections &collections() noexcept { return m_collections; }

private:
    void announce(Transport &transport, const Collection &c);
    void build(const Collection &c);
    void push(Transport &transport, const Collection &c, SyncReport &report);
    /// The other endpoints c syncs through, which must each acknowledge an envelope before it
    /// leaves the outbox; empty while no own endpoints are set (the first acknowledgement counts).
    QStringList otherEndpoints(const Collection &c, const QString &endpoint);
    void pull(Transport &transport, const Collection &c, SyncReport &report);
    void applyBatch(const Collection &c, const std::vector<StoredEnvelope> &batch, const QString &endpoint,
        qint64 cursor, SyncReport &report, bool oneByOne);
    void applyPulled(const Collection &c, const StoredEnvelope &stored, SyncReport &report);
    /// Keeps a verified envelope that refers to a record not here yet, to apply it later.
    void keepWaiting(const QByteArray &collectionId, const QByteArray &envelope);
    void retryWaiting(SyncReport &report);
    bool alone(const Collection &c);
    bool fromUnknownDevice(const Collection &c, const QByteArray &envelope);

    void noteRefused(const Collection &c, const QByteArray &envelope);
    void onRevoked(const Collection &c, const MemberStatement &proof, SyncReport &report);
    void finishFrozen(Transport &transport, const Collection &c, SyncReport &report);

    Store &m_store;
    DeviceIdentity m_self;
    Collections m_collections;
    Incoming m_incoming; ///< applies what is pulled
    QStringList m_own;
    QStringList m_unboundShared;
    bool m_ownSet = false;
    std::function<void(const SyncProgress &)> m_progress;
    std::function<bool()> m_stop;
    SyncProgress m_progressSoFar;
    /// Throws SyncCancelled when the person stopped the sync.
    void stopIfAsked() const
    {
        if (m_stop && m_stop())
            throw SyncCancelled();
    }
    bool m_tombstones = false; ///< a tombstone was sent: the full-text index is optimized
};

} // namespace bollplank::sync
