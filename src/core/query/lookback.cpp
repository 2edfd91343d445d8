#include "lookback.h"

#include "repo/actionitems.h"
#include "repo/evaluations.h"
#include "repo/meetings.h"
#include "repo/minutes.h"
#include "repo/reflections.h"

namespace bollplank {

LookBack lookBack(Store &store, const QString &meetingId)
{
    MeetingRepository meetings(store);
    LookBack result;
    result.meeting = meetings.get(meetingId);
    result.previous = meetings.lastHeldBefore(result.meeting.mentorshipId, result.meeting.startsAt);
    if (result.previous) {
        result.previousMinutes = MinutesRepository(store).forMeeting(result.previous->meta.id);
        result.previousEvaluations = EvaluationRepository(store).forMeeting(result.previous->meta.id);
    }
    result.openActionItems = ActionItemRepository(store).open(result.meeting.mentorshipId);
    const qint64 since = result.previous ? result.previous->startsAt : 0;
    result.sharedSince = ReflectionRepository(store).sharedSince(result.meeting.mentorshipId, since);
    return result;
}

} // namespace bollplank
