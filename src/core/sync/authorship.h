#pragma once

// Who may write what in a pair's shared space (DESIGN.md section 3: each table and column has one
// owner by role). A partner's device runs whatever client it likes, so every envelope it sends is
// checked here, when it is applied, against the role this device bound to it at pairing:
//
//   reflection                 the adept's
//   comment, minutes           the mentor's
//   evaluation                 the party's own (party = the author's role, before and after)
//   agreement                  texts by either; adept_ack_at only by the adept, mentor_ack_at only
//                              by the mentor (a changed text resets both, as the app does)
//   adhoc_request              created, reworded and withdrawn by the adept; accepted or declined
//                              (status, meeting_id) by the mentor
//   meeting, meeting_focus,    either: the pair plans meetings, focus areas and action items
//   action_item                together
//
// The adept's and mentor's own private collections hold only their own devices, so nothing is
// checked there beyond membership.

#include <QString>

namespace bollplank {
class Store;
}

namespace bollplank::sync {

struct Payload;

/// Throws SyncError Tampered when a device of authorRole may not make this change to the record
/// (as it stands on this device now) in a shared space. Changes nothing.
void checkSharedAuthorship(Store &store, const QString &authorRole, const QString &recordId, const Payload &theirs);

} // namespace bollplank::sync
