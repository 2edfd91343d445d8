#include "mentorstory.h"

#include "store/storeerror.h"

namespace bollplank::demo {

namespace {

using namespace Area;
constexpr Role A = Role::Adept;
constexpr Role M = Role::Mentor;
constexpr int Open = -1;
constexpr MeetingKind F = MeetingKind::Formal;

// 0: Elin Sjöberg, who took over the family bakery from her father. Two meetings in.
constexpr MeetingPlan ElinMeetings[] = {
    { F, 0, 0, 9 * 60, 150, 0, Work | Leadership, 2, { { { A, 21, 15 }, { M, 7, 4 } } }, 4, 4 },
    { F, 1, 0, 9 * 60, 150, 1, Work | Staff, 2, { { { A, 7, Open }, { A, 30, Open } } }, 4, 4 },
};
constexpr ReflectionPlan ElinReflections[] = {
    { 4, 21 * 60 + 10, Work, LensPick::Owners, 0, true },
    { 24, 6 * 60 + 30, Leadership | Staff, LensPick::Employees, 2, true },
    { 50, 22 * 60 + 5, Work | Stress, LensPick::None, 3, true },
};
constexpr NotePlan ElinNotes[] = { { 20, 20 * 60 + 30 }, { 52, 19 * 60 + 45 } };

// 1: Johan Ekström, the first CEO of an IT consultancy who is not one of its founders. His
// chairman has asked for a meeting about "confidence in the management": the open request.
constexpr MeetingPlan JohanMeetings[] = {
    { F, 0, 0, 13 * 60, 150, 0, Work | Leadership, 2, { { { A, 21, 20 }, { M, 7, 2 } } }, 4, 4 },
    { F, 1, 0, 13 * 60, 150, 0, Leadership | Climate, 1, { { { A, 30, 26 } } }, 4, 4 },
    { F, 2, 0, 13 * 60, 150, 1, Work | Customers, 1, { { { A, 21, 19 } } }, 3, 4 },
    { F, 3, 0, 13 * 60, 150, 0, Leadership | Staff, 2, { { { A, 14, 12 }, { M, 14, 9 } } }, 4, 4 },
    { F, 4, 1, 13 * 60, 150, 0, Climate | Stress, 1, { { { A, 30, 30 } } }, 4, 5 },
    { F, 6, 0, 13 * 60, 150, 1, Work | Leadership, 2, { { { A, 21, 18 }, { M, 21, Open } } }, 4, 4 },
    { F, 7, 0, 13 * 60, 150, 0, Customers | Staff, 1, { { { A, 14, 10 } } }, 3, 4 },
    { F, 8, 0, 13 * 60, 150, 0, Work | Leadership | Stress, 2, { { { A, 7, Open }, { A, 30, Open } } }, 3,
        4 },
};
constexpr ReflectionPlan JohanReflections[] = {
    { 22, 21 * 60 + 40, Leadership, LensPick::Employees, 0, true },
    { 75, 12 * 60 + 15, Customers, LensPick::Customers, 0, true },
    { 140, 20 * 60 + 50, Staff, LensPick::Employees, 2, true },
    { 215, 22 * 60 + 30, Climate | Stress, LensPick::Employees, 3, true },
    { 277, 6 * 60 + 20, Work, LensPick::Board, 4, true },
};
constexpr NotePlan JohanNotes[] = { { 24, 17 * 60 + 10 }, { 130, 18 * 60 }, { 270, 17 * 60 + 30 } };

// 2: Sara Nyberg, CEO of a haulage firm that bought a competitor; a fire at the terminal mid-way.
// Sixteen months in, with the end of the mentorship in sight.
constexpr MeetingPlan SaraMeetings[] = {
    { F, 0, 0, 9 * 60 + 30, 150, 0, Work | Leadership, 2, { { { A, 21, 17 }, { M, 7, 3 } } }, 4, 4 },
    { F, 1, 0, 9 * 60 + 30, 150, 0, Leadership | Climate, 1, { { { A, 30, 25 } } }, 4, 4 },
    { F, 2, 0, 9 * 60 + 30, 150, 1, Climate | Staff, 1, { { { A, 14, 14 } } }, 4, 4 },
    { F, 3, 0, 9 * 60 + 30, 150, 0, Work | Customers, 1, { { { A, 21, 20 } } }, 3, 4 },
    { F, 4, 0, 9 * 60 + 30, 150, 0, Leadership | Staff, 2, { { { A, 14, 13 }, { M, 10, 6 } } }, 4, 4 },
    { F, 5, 0, 9 * 60 + 30, 150, 2, Work | Leadership, 1, { { { A, 30, 28 } } }, 4, 4 },
    { F, 7, 0, 9 * 60 + 30, 150, 0, Climate | Staff, 1, { { { A, 21, 21 } } }, 4, 4 },
    { F, 8, 0, 9 * 60 + 30, 180, 0, Work | Stress, 2, { { { A, 7, 5 }, { A, 14, 12 } } }, 5, 5 },
    { F, 9, 0, 9 * 60 + 30, 150, 0, Leadership | Stress, 1, { { { A, 14, 15 } } }, 4, 5 },
    { F, 10, 0, 9 * 60 + 30, 150, 1, Customers | Climate, 1, { { { A, 21, 19 } } }, 4, 4 },
    { F, 11, 0, 9 * 60 + 30, 150, 0, Leadership | Staff, 1, { { { A, 30, 27 } } }, 4, 4 },
    { F, 13, 0, 9 * 60 + 30, 150, 0, Work | Leadership, 1, { { { A, 21, 20 } } }, 4, 4 },
    { F, 14, 0, 9 * 60 + 30, 150, 2, Leadership | Staff, 2, { { { A, 30, Open }, { M, 14, 10 } } }, 4, 4 },
    { F, 15, 0, 9 * 60 + 30, 150, 0, Work | Leadership | Stress, 2, { { { A, 21, Open }, { A, 7, Open } } },
        5, 5 },
};
constexpr ReflectionPlan SaraReflections[] = {
    { 25, 21 * 60 + 20, Leadership, LensPick::Employees, 0, true },
    { 90, 20 * 60 + 40, Climate, LensPick::Employees, 2, true },
    { 150, 7 * 60 + 5, Staff, LensPick::None, 0, true },
    { 254, 23 * 60 + 10, Stress | Work, LensPick::Customers, 5, true },
    { 296, 21 * 60 + 35, Stress, LensPick::None, 3, true },
    { 390, 20 * 60 + 10, Leadership, LensPick::Owners, 0, true },
    { 478, 21 * 60 + 50, Leadership | Work, LensPick::Board, 0, true },
};
constexpr NotePlan SaraNotes[] = {
    { 20, 16 * 60 + 40 },
    { 268, 18 * 60 + 20 },
    { 340, 17 * 60 + 15 },
    { 481, 16 * 60 + 50 },
};

const MentorshipPlan Plans[MentorAdeptCount] = {
    {
        .monthsAgo = 2,
        .extraDaysAgo = 3,
        .plannedMonths = 18,
        .firstMeetingDays = 16,
        .weekday = Qt::Thursday,
        .meetings = ElinMeetings,
        .reflections = ElinReflections,
        .notes = ElinNotes,
        .request = {},
        .next = { F, 2, 0, 9 * 60, 150, 0, 0, 0, {}, 0, 0 },
    },
    {
        .monthsAgo = 9,
        .extraDaysAgo = 6,
        .plannedMonths = 18,
        .firstMeetingDays = 20,
        .weekday = Qt::Wednesday,
        .meetings = JohanMeetings,
        .reflections = JohanReflections,
        .notes = JohanNotes,
        .request = { 277, 6 * 60 + 35, Urgency::High, -1 },
        .next = { F, 9, 0, 13 * 60, 150, 0, Work | Leadership, 0, {}, 0, 0 },
    },
    {
        .monthsAgo = 16,
        .extraDaysAgo = 4,
        .plannedMonths = 18,
        .firstMeetingDays = 17,
        .weekday = Qt::Friday,
        .meetings = SaraMeetings,
        .reflections = SaraReflections,
        .notes = SaraNotes,
        .request = {},
        .next = { F, 16, 0, 9 * 60 + 30, 150, 0, Leadership, 0, {}, 0, 0 },
    },
};

} // namespace

const MentorshipPlan &mentorPlan(int adept)
{
    if (adept < 0 || adept >= MentorAdeptCount)
        throw StoreError(StoreError::Kind::InvalidInput, "No such demo adept");
    return Plans[adept];
}

MentorshipText mentorText(Language language, int adept)
{
    (void)mentorPlan(adept); // checks the index
    return language == Language::Swedish ? mentorTextSv(adept) : mentorTextEn(adept);
}

} // namespace bollplank::demo
