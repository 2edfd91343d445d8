#pragma once

#include "domain/records.h"

#include <QList>
#include <optional>

namespace bollplank {

class Store;

/// Everything a meeting decided, written when it ends.
struct MeetingOutcome
{
    /// The meeting held: a booked one (meta.id set) or one started without booking (empty id).
    /// It is saved as held.
    Meeting meeting;
    QList<int> focusAreas;
    /// Area 0 for the meeting as a whole, 1-6 per focus area; meetingId is filled in. Empty
    /// texts are not written.
    QList<Minutes> minutes;
    /// New action items; mentorshipId and meetingId are filled in.
    QList<ActionItem> actionItems;
    /// Open action items from earlier meetings that were done by this one.
    QList<QString> doneActionItemIds;
    /// Each party's evaluation; meetingId is filled in.
    QList<Evaluation> evaluations;
    /// The next meeting to book (a new one, or a booked one moved: meta.id set).
    std::optional<Meeting> next;
};

/// Writes the outcome as one transaction, and discards the mentorship's meeting draft in the
/// same step: either all of it is stored or, on any error (thrown as StoreError), none of it.
/// Fills in the ids of what it wrote.
void saveMeetingOutcome(Store &store, MeetingOutcome &outcome);

} // namespace bollplank
