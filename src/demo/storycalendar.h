#pragma once

#include "storytypes.h"

#include <QDate>

namespace bollplank::demo {

// When things happen in a story: plans give days after a mentorship's start; these turn them into
// dates a person would have chosen (working days, the weekday the pair meets on, no meetings over
// Christmas), relative to the demo's today.

/// The mentorship's start date for a plan, as of today.
[[nodiscard]] QDate startDate(const MentorshipPlan &plan, const QDate &today);
/// day itself on a working day; a Saturday becomes the Friday before, a Sunday the Monday after.
[[nodiscard]] QDate workday(const QDate &day);
/// The weekday (Qt::DayOfWeek) nearest day, at most three days away.
[[nodiscard]] QDate nearest(const QDate &day, int weekday);
/// The day a reflection of the plan was written.
[[nodiscard]] QDate reflectionDate(const QDate &start, const ReflectionPlan &reflection);
/// The day a held meeting of the plan falls on: formal ones on the plan's weekday about monthly,
/// never between Christmas and New Year's Day; ad-hoc ones on a working day.
[[nodiscard]] QDate meetingDate(const MentorshipPlan &plan, const QDate &start, const MeetingPlan &meeting);
/// The day of the plan's next meeting, booked about two weeks ahead of today.
[[nodiscard]] QDate nextMeetingDate(const MentorshipPlan &plan, const QDate &start, const QDate &today);

} // namespace bollplank::demo
