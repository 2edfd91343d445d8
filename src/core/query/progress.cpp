#include "progress.h"

#include "profile/store.h"
#include "repo/mentorships.h"
#include "schedule/cadence.h"
#include "store/statement.h"

#include <QDateTime>

namespace bollplank {

int wholeMonthsBetween(const QDate &start, const QDate &end)
{
    if (!start.isValid() || !end.isValid() || end <= start)
        return 0;
    int months = (end.year() - start.year()) * 12 + (end.month() - start.month());
    // A month is complete only once the same day of the month is reached (or the month's last day,
    // when it has no such day).
    const int anchor = qMin(start.day(), end.daysInMonth());
    if (end.day() < anchor)
        --months;
    return qMax(0, months);
}

Progress progress(Store &store, const QString &mentorshipId, const QDate &asOf)
{
    const Mentorship mentorship = MentorshipRepository(store).get(mentorshipId);
    Progress p;
    p.plannedMonths = mentorship.plannedMonths;
    p.monthsElapsed = wholeMonthsBetween(mentorship.startDate, asOf);
    const qint64 until = asOf.addDays(1).startOfDay().toMSecsSinceEpoch();
    auto held = store.db().prepare("SELECT count(*), max(starts_at) FROM meeting WHERE mentorship_id = ? "
                                   "AND deleted = 0 AND status = 'held' AND starts_at < ?");
    held.bind(1, mentorshipId).bind(2, until);
    if (held.step()) {
        p.meetingsHeld = held.integer(0);
        if (!held.isNull(1))
            p.lastMeeting = QDateTime::fromMSecsSinceEpoch(held.int64(1)).date();
    }
    p.meetingsExpected = Cadence::occurrencesBetween(mentorship.cadence, mentorship.startDate, asOf);
    p.monthsWithoutMeeting
        = wholeMonthsBetween(p.lastMeeting.isValid() ? p.lastMeeting : mentorship.startDate, asOf);
    return p;
}

} // namespace bollplank
