#pragma once

// What one sync round did, for the person (the app's and the CLI's reports) and for the app's
// lists.

#include "changeset.h"
#include "erasure.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace bollplank::sync {

/// Changes of one device in one collection that the server has not delivered although later
/// ones of the same device arrived: "the relay is holding back N changes from Karin's phone".
struct Withheld
{
    QByteArray collectionId;
    QByteArray author; ///< the device's Ed25519 key
    QString deviceId; ///< as its records name it
    QString role; ///< "adept" or "mentor": whose device it is
    qint64 missing = 0;
};

struct SyncReport
{
    int pushed = 0; ///< envelopes the server acknowledged
    int pulled = 0; ///< envelopes received
    int applied = 0; ///< of those, written to this device's records
    int merged = 0; ///< concurrent edits merged cleanly
    int conflicts = 0; ///< concurrent edits kept as a conflict copy
    int waiting = 0; ///< verified envelopes still waiting for a record they refer to
    /// Why envelopes were refused (never their content); each also went to the log.
    QStringList refused;
    /// Collections the server would not let this device use (not paired yet, or unpaired).
    int notPaired = 0;
    /// Devices whose changes the server holds back: later ones of theirs arrived, these did not.
    QList<Withheld> withheld;
    /// Two different histories from one device (a fork), refused; kept on record.
    int forks = 0;
    /// Collections this device was revoked from, by a member it knows, and erased (erasure.h).
    QList<Erasure> erased;
    /// Servers skipped because they could not be reached (syncEach); their collections sync next time.
    QStringList unreachable;
    /// The records this sync inserted, updated or deleted here, by table (changeset.h): what the
    /// app's lists refresh.
    ChangeSet changes;

    /// Adds another server's report: counts add up; what describes the profile as a whole
    /// (waiting, withheld, forks) is the later one's.
    SyncReport &operator+=(const SyncReport &other);
    /// Adds what applying envelopes counted in part: pulled, applied, merged, conflicts,
    /// refusals, erasures and changes. The engine counts each transaction's envelopes in a part
    /// of their own and adds it once they committed, so a rolled-back attempt reports nothing.
    void addApplied(const SyncReport &part);
};

} // namespace bollplank::sync
