#pragma once

// Applying one envelope received through a collection, inside the caller's transaction, in steps:
//
//   admit        the replay checks: not from a collection this device erased, not its own
//                envelope coming back, authentic (openEnvelope), never applied before, its place
//                in its author's chain, newer than that author's last revision of the record,
//                a table the collection may carry;
//   collection   a membership, rotation or grant record (memberrecords.h, rotation.h, grants.h);
//   record       a record of the journal, notes or a shared space: checked against authorship
//                and the mentorship it belongs to, then new, following what is here, or
//                concurrent with a change made here (concurrent.h: merged or a conflict copy).
//
// Every check runs before anything is written; a refusal throws and the caller rolls back.

#include "collections.h"
#include "envelope.h"
#include "records.h"

#include <QByteArray>
#include <optional>
#include <utility>

namespace bollplank {
class Store;
}

namespace bollplank::sync {

class DeviceIdentity;
struct Held;
struct LocalState;
struct SyncReport;

/// What became of an envelope.
enum class Outcome {
    Applied, ///< written to this device's records (or its roster)
    AlreadyHad, ///< nothing to do: this device holds it or something newer
    Waiting, ///< verified, but a record it refers to has not arrived: kept to retry
};

/// What applying an envelope works with.
struct Here
{
    Store &store;
    Collections &collections;
    const DeviceIdentity &self;
};

class Incoming
{
public:
    explicit Incoming(Here here)
        : m_here(here)
    {
    }

    /// Applies an envelope pulled from c. Throws SyncError (Tampered, Protocol, NotPaired) when it
    /// is refused, StoreError when this version cannot store it; either way the caller rolls back.
    /// Counts merges, conflicts and erasures in report. `signatureChecked`: signatureValid() already
    /// returned true for these bytes.
    Outcome apply(
        const Collection &c, const QByteArray &envelope, SyncReport &report, bool signatureChecked = false);

    /// Whether a tombstone was applied since the last call: the full-text index is then optimized.
    [[nodiscard]] bool takeTombstones() noexcept { return std::exchange(m_tombstones, false); }

private:
    struct Admitted
    {
        OpenedEnvelope opened;
        QByteArray hash;
        Payload payload;
        Member author;
    };
    std::optional<Admitted> admit(const Collection &c, const QByteArray &envelope, bool signatureChecked);
    /// Takes an applied envelope's revision as its author's newest and its hash as seen.
    void accept(const Collection &c, const Admitted &in);
    Outcome applyCollectionRecord(const Collection &c, const Admitted &in, SyncReport &report);
    Outcome applyRecord(const Collection &c, const Admitted &in, SyncReport &report);
    Outcome write(const Collection &c, const Admitted &in, const std::optional<Held> &held,
        const std::optional<LocalState> &local, SyncReport &report);

    Here m_here;
    bool m_tombstones = false;
};

} // namespace bollplank::sync
