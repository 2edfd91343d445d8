#include "lookbackat.h"

#include "repo/actionitems.h"
#include "repo/evaluations.h"
#include "repo/meetings.h"
#include "repo/minutes.h"
#include "repo/reflections.h"

namespace bollplank {

LookBack lookBackAt(Store &store, const Meeting &meeting)
{
    if (!meeting.meta.id.isEmpty())
        return lookBack(store, meeting.meta.id);
    LookBack result;
    result.meeting = meeting;
    result.previous = MeetingRepository(store).lastHeldBefore(meeting.mentorshipId, meeting.startsAt);
    if (result.previous) {
        result.previousMinutes = MinutesRepository(store).forMeeting(result.previous->meta.id);
        result.previousEvaluations = EvaluationRepository(store).forMeeting(result.previous->meta.id);
    }
    result.openActionItems = ActionItemRepository(store).open(meeting.mentorshipId);
    const qint64 since = result.previous ? result.previous->startsAt : 0;
    result.sharedSince = ReflectionRepository(store).sharedSince(meeting.mentorshipId, since);
    return result;
}

} // namespace bollplank
