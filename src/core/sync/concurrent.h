#pragma once

// A revision that arrives written on top of the same revision as a change made here: both devices
// settle it the same way, without talking to each other.
//
//   both deleted           nothing to do
//   one deleted            an edit beats a delete: the edit stays, at a revision above both
//   both edited            fields and lines changed on one side only merge (mergeLines, against the
//                          merge base kept in sync_history)
//   the same lines edited  not mergeable: the larger device key's version stays in the record, the
//                          other becomes a visible conflict copy with an id both devices derive alike;
//                          a table with one row per key (minutes, an evaluation) keeps both versions
//                          in the record's text instead

#include "incoming.h"

namespace bollplank::sync {

struct EnvelopeHeader;

/// The incoming side of a concurrent edit.
struct ConcurrentEdit
{
    const Collection &collection;
    const EnvelopeHeader &header;
    const Payload &theirs;
    const Member &author;
    qint64 localRevision = 0; ///< of the row here
};

/// Settles it (above) and counts it in report.merged or report.conflicts. Waiting when a row the
/// result refers to has not arrived.
[[nodiscard]] Outcome settleConcurrent(Here here, const ConcurrentEdit &edit, SyncReport &report);

} // namespace bollplank::sync
