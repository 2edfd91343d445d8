#include "meetingoutcome.h"

#include "actionitems.h"
#include "evaluations.h"
#include "meetingdrafts.h"
#include "meetings.h"
#include "minutes.h"
#include "profile/store.h"
#include "recordio.h"
#include "store/transaction.h"

namespace bollplank {

void saveMeetingOutcome(Store &store, MeetingOutcome &outcome)
{
    Meeting &meeting = outcome.meeting;
    require(meeting.status != MeetingStatus::Cancelled || !meeting.meta.id.isEmpty(),
        "A cancelled meeting cannot be held");
    Transaction tx(store.db());
    MeetingRepository meetings(store);
    meeting.status = MeetingStatus::Held;
    meetings.save(meeting);
    meetings.setFocusAreas(meeting.meta.id, outcome.focusAreas);

    MinutesRepository minutes(store);
    for (Minutes &m : outcome.minutes) {
        if (m.body.trimmed().isEmpty())
            continue;
        m.meetingId = meeting.meta.id;
        minutes.save(m);
    }
    ActionItemRepository actions(store);
    for (ActionItem &item : outcome.actionItems) {
        item.mentorshipId = meeting.mentorshipId;
        item.meetingId = meeting.meta.id;
        actions.save(item);
    }
    for (const QString &id : std::as_const(outcome.doneActionItemIds)) {
        require(actions.get(id).mentorshipId == meeting.mentorshipId, "The action item belongs to another mentorship");
        actions.setDone(id, true);
    }
    EvaluationRepository evaluations(store);
    for (Evaluation &e : outcome.evaluations) {
        e.meetingId = meeting.meta.id;
        evaluations.save(e);
    }
    if (outcome.next) {
        Meeting &next = *outcome.next;
        require(next.startsAt > meeting.startsAt, "The next meeting must come after this one");
        next.mentorshipId = meeting.mentorshipId;
        next.status = MeetingStatus::Planned;
        meetings.save(next);
    }
    MeetingDraftRepository(store).remove(meeting.mentorshipId);
    tx.commit();
}

} // namespace bollplank
