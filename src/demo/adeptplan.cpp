#include "adeptstory.h"

namespace bollplank::demo {

namespace {

using namespace Area;
constexpr Role A = Role::Adept;
constexpr Role M = Role::Mentor;
constexpr int Open = -1;

// Day 0 is the start, 14 months before today; the first meeting about two weeks later. The arc:
// a new CEO alone with a founder-chairman, a leadership team built, a customer crisis and a stress
// period around months 6-8, recovery, then owners, strategy and the way ahead.
constexpr ReflectionPlan Reflections[] = {
    // month 0: the lonely role, the mandate
    { 2, 21 * 60 + 40, Work, LensPick::Owners, 0, false },
    { 6, 6 * 60 + 50, Leadership, LensPick::Employees, 0, true },
    { 10, 22 * 60 + 15, Work | Stress, LensPick::None, 3, false },
    { 19, 20 * 60 + 30, Work, LensPick::Owners, 0, true },
    { 25, 12 * 60 + 20, Customers, LensPick::Customers, 0, false },
    // month 1: a leadership team, the CEO as best salesperson
    { 33, 21 * 60 + 5, Leadership, LensPick::Employees, 0, false },
    { 38, 7 * 60 + 10, Staff, LensPick::Employees, 2, false },
    { 49, 22 * 60 + 30, Customers | Work, LensPick::Customers, 3, true },
    { 56, 19 * 60 + 45, Work, LensPick::Board, 0, false },
    // month 2: the decision list, Peter, rumours
    { 63, 6 * 60 + 35, Leadership, LensPick::Owners, 0, true },
    { 67, 21 * 60 + 50, Staff, LensPick::Employees, 3, false },
    { 72, 12 * 60 + 45, Climate, LensPick::Employees, 0, false },
    { 80, 22 * 60 + 5, Leadership | Staff, LensPick::None, 0, true },
    { 86, 20 * 60 + 15, Stress, LensPick::None, 2, false },
    // month 3: the leadership team announced, a sales manager hired
    { 93, 7 * 60 + 20, Leadership, LensPick::Employees, 0, true },
    { 98, 21 * 60 + 35, Climate, LensPick::Employees, 3, false },
    { 110, 19 * 60 + 10, Staff | Customers, LensPick::Customers, 0, false },
    { 116, 22 * 60 + 40, Work, LensPick::Board, 3, false },
    // month 4: a team that waits, a difficult conversation, a late subcontractor
    { 124, 6 * 60 + 45, Leadership, LensPick::Employees, 0, false },
    { 129, 21 * 60 + 20, Staff, LensPick::Employees, 3, true },
    { 140, 20 * 60 + 50, Staff, LensPick::Employees, 2, false },
    { 148, 12 * 60 + 10, Customers, LensPick::Partners, 0, false },
    // month 5: a quality claim, everything at once
    { 155, 22 * 60 + 10, Customers | Stress, LensPick::Customers, 3, true },
    // "I worked all Saturday and half of Sunday"
    { 160, 21 * 60 + 45, Work | Stress, LensPick::None, 4, false, Qt::Sunday },
    { 171, 7 * 60 + 5, Climate, LensPick::Employees, 0, false },
    { 178, 20 * 60 + 40, Work, LensPick::Owners, 3, true },
    // month 6: the stress period
    { 186, 23 * 60 + 15, Stress, LensPick::None, 4, false },
    { 190, 18 * 60 + 55, Staff, LensPick::Employees, 4, true },
    { 194, 21 * 60 + 30, Leadership | Climate, LensPick::Employees, 3, false },
    { 203, 22 * 60 + 20, Stress, LensPick::None, 4, false },
    { 210, 6 * 60 + 10, Customers | Stress, LensPick::Customers, 5, true },
    // month 7: the ad-hoc meeting (day 215) and the way out
    { 215, 21 * 60 + 15, Stress | Work, LensPick::Board, 4, false },
    { 221, 7 * 60 + 40, Leadership, LensPick::Board, 4, true },
    { 227, 20 * 60 + 5, Staff, LensPick::Employees, 3, false },
    { 234, 21 * 60 + 55, Stress, LensPick::None, 3, false },
    { 240, 12 * 60 + 30, Customers, LensPick::Customers, 0, false },
    // month 8: recovery and letting go
    { 247, 21 * 60, Stress | Work, LensPick::None, 2, true },
    { 252, 6 * 60 + 55, Leadership, LensPick::Employees, 0, false },
    { 264, 20 * 60 + 25, Work, LensPick::Board, 0, false },
    { 270, 22 * 60, Climate, LensPick::Employees, 0, false },
    // month 9: sales against production, development talks
    { 277, 21 * 60 + 10, Climate, LensPick::Employees, 3, true },
    { 283, 19 * 60 + 30, Climate | Leadership, LensPick::Employees, 0, false },
    { 294, 7 * 60 + 15, Staff, LensPick::Employees, 0, false },
    { 300, 21 * 60 + 40, Staff, LensPick::Employees, 0, true },
    // month 10: rehabilitation, a successor, who supports me
    { 308, 20 * 60 + 15, Staff, LensPick::Employees, 3, false },
    { 314, 22 * 60 + 5, Staff | Leadership, LensPick::None, 0, true },
    { 323, 6 * 60 + 40, Work, LensPick::None, 2, false },
    { 331, 21 * 60 + 25, Customers, LensPick::Partners, 0, false },
    // month 11: strategy, the owner question
    { 339, 20 * 60 + 50, Leadership, LensPick::Employees, 0, true },
    { 346, 21 * 60 + 30, Leadership, LensPick::Owners, 3, false },
    { 356, 7 * 60 + 25, Work, LensPick::Board, 0, true },
    { 362, 22 * 60 + 15, Climate, LensPick::Employees, 0, false },
    // month 12: a customer won without me, an investor, salaries
    { 369, 21 * 60, Customers, LensPick::Customers, 0, false },
    { 375, 20 * 60 + 20, Leadership, LensPick::Owners, 2, true },
    { 385, 6 * 60 + 50, Staff, LensPick::Employees, 0, false },
    { 391, 21 * 60 + 45, Stress, LensPick::None, 2, false },
    // month 13: a year on, the months left
    { 399, 22 * 60, Leadership | Work, LensPick::None, 0, true },
    { 405, 7 * 60 + 30, Staff, LensPick::Employees, 0, false },
    { 415, 21 * 60 + 20, Leadership, LensPick::Board, 0, true },
    { 420, 20 * 60 + 40, Work | Stress, LensPick::None, 2, false },
};
static_assert(std::size(Reflections) == AdeptReflectionCount);

constexpr int Eggers = 0, Lindholmen = 1, Library = 2, Breakfast = 3;

// Formal meetings on the Tuesday of the week two weeks plus n months after the start; slot 7 fell
// in the crisis and was replaced by the ad-hoc breakfast meeting.
constexpr MeetingPlan Meetings[] = {
    { MeetingKind::Formal, 0, 0, 14 * 60, 150, Eggers, Work | Leadership, 2,
        { { { A, 21, 18 }, { A, 30, 25 } } }, 4, 4 },
    { MeetingKind::Formal, 1, 0, 14 * 60, 150, Eggers, Work | Customers, 2,
        { { { A, 21, 20 }, { M, 7, 3 } } }, 4, 4 },
    { MeetingKind::Formal, 2, 1, 14 * 60, 150, Lindholmen, Leadership | Staff, 2,
        { { { A, 14, 12 }, { A, 10, 9 } } }, 5, 4 },
    { MeetingKind::Formal, 3, 0, 14 * 60, 150, Eggers, Leadership | Climate, 2,
        { { { A, 30, 28 }, { A, 14, 13 } } }, 4, 4 },
    { MeetingKind::Formal, 4, 0, 13 * 60 + 30, 150, Eggers, Leadership | Staff, 3,
        { { { A, 10, 7 }, { A, 30, 29 }, { M, 5, 2 } } }, 4, 5 },
    { MeetingKind::Formal, 5, 0, 14 * 60, 150, Library, Work | Customers, 2,
        { { { A, 7, 6 }, { A, 14, 16 } } }, 3, 4 },
    { MeetingKind::Formal, 6, 2, 14 * 60, 180, Eggers, Customers | Staff | Stress, 3,
        { { { A, 7, 6 }, { A, 14, 40 }, { M, 5, 3 } } }, 3, 4 },
    { MeetingKind::AdHoc, 215, 0, 7 * 60, 90, Breakfast, Customers | Stress, 3,
        { { { A, 2, 2 }, { A, 3, 1 }, { A, 30, 28 } } }, 5, 4 },
    { MeetingKind::Formal, 8, 0, 14 * 60, 150, Eggers, Leadership | Stress, 2,
        { { { A, 14, 6 }, { A, 7, 5 } } }, 5, 5 },
    { MeetingKind::Formal, 9, 0, 14 * 60, 150, Lindholmen, Work | Climate, 2,
        { { { A, 30, 28 }, { A, 14, 10 } } }, 4, 4 },
    { MeetingKind::Formal, 10, 1, 14 * 60, 150, Eggers, Climate | Staff, 2,
        { { { A, 21, 15 }, { M, 30, 22 } } }, 4, 4 },
    { MeetingKind::Formal, 11, 0, 14 * 60, 150, Eggers, Leadership | Staff, 2,
        { { { A, 7, 5 }, { A, 30, 27 } } }, 4, 4 },
    { MeetingKind::Formal, 12, 0, 14 * 60, 150, Library, Work | Leadership | Customers, 2,
        { { { A, 45, Open }, { A, 20, 18 } } }, 5, 4 },
    { MeetingKind::Formal, 13, 0, 14 * 60, 150, Eggers, Leadership | Staff, 3,
        { { { A, 14, Open }, { A, 21, Open }, { M, 7, Open } } }, 4, 5 },
};
static_assert(std::size(Meetings) == AdeptMeetingCount);

const MentorshipPlan Plan {
    .monthsAgo = 14,
    .extraDaysAgo = 0,
    .plannedMonths = 18,
    .firstMeetingDays = 14,
    .weekday = Qt::Tuesday,
    .meetings = Meetings,
    .reflections = Reflections,
    .notes = {},
    .request = { 213, 22 * 60 + 50, Urgency::High, 7 },
    .next = { MeetingKind::Formal, 14, 0, 14 * 60, 150, Eggers, Leadership | Work, 0, {}, 0, 0 },
};

} // namespace

const MentorshipPlan &adeptPlan()
{
    return Plan;
}

MentorshipText adeptText(Language language)
{
    MentorshipText text = language == Language::Swedish ? adeptMeetingsSv() : adeptMeetingsEn();
    text.reflections = language == Language::Swedish ? adeptReflectionsSv() : adeptReflectionsEn();
    return text;
}

} // namespace bollplank::demo
