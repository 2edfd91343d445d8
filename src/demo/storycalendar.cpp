#include "storycalendar.h"

namespace bollplank::demo {

QDate startDate(const MentorshipPlan &plan, const QDate &today)
{
    return today.addMonths(-plan.monthsAgo).addDays(-plan.extraDaysAgo);
}

QDate workday(const QDate &day)
{
    switch (day.dayOfWeek()) {
    case Qt::Saturday:
        return day.addDays(-1);
    case Qt::Sunday:
        return day.addDays(1);
    default:
        return day;
    }
}

QDate nearest(const QDate &day, int weekday)
{
    int shift = weekday - day.dayOfWeek();
    if (shift > 3)
        shift -= 7;
    else if (shift < -3)
        shift += 7;
    return day.addDays(shift);
}

QDate reflectionDate(const QDate &start, const ReflectionPlan &reflection)
{
    const QDate day = start.addDays(reflection.day);
    // Most entries tell of a working day ("today the board..."); a few name their day.
    return reflection.weekday == 0 ? workday(day) : nearest(day, reflection.weekday);
}

namespace {

/// The plan's weekday nearest the slot's nominal date, plus the meeting's own shift.
QDate nominalDay(const MentorshipPlan &plan, const QDate &start, const MeetingPlan &meeting)
{
    const QDate around = start.addDays(plan.firstMeetingDays).addMonths(meeting.slot);
    return nearest(around, plan.weekday).addDays(meeting.dayShift);
}

/// Christmas to New Year's Day, when nobody books a mentoring afternoon.
bool inHolidays(const QDate &day)
{
    return (day.month() == 12 && day.day() >= 22) || (day.month() == 1 && day.day() <= 2);
}

} // namespace

QDate meetingDate(const MentorshipPlan &plan, const QDate &start, const MeetingPlan &meeting)
{
    if (meeting.kind == MeetingKind::AdHoc)
        return workday(start.addDays(meeting.slot));
    const QDate day = nominalDay(plan, start, meeting);
    if (!inHolidays(day))
        return day;
    // A week earlier or later, whichever is nearer, keeps the monthly rhythm.
    return day.month() == 12 && day.day() <= 26 ? day.addDays(-7) : day.addDays(7);
}

QDate nextMeetingDate(const MentorshipPlan &plan, const QDate &start, const QDate &today)
{
    const QDate day = nominalDay(plan, start, plan.next);
    if (!inHolidays(day))
        return day;
    // Booked about two weeks ahead: of the weeks before and after the holidays, the nearer to that.
    const QDate before = day.addDays(-7), after = day.addDays(7);
    return qAbs(today.daysTo(before) - 14) <= qAbs(today.daysTo(after) - 14) ? before : after;
}

} // namespace bollplank::demo
