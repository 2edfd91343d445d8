#pragma once

#include "domain/enums.h"

#include <array>
#include <optional>
#include <span>

namespace bollplank::demo {

// A demo story is a language-neutral plan (when things happened, which focus areas, ratings)
// plus one text table per language, index for index. Keeping the plan in one place means the
// Swedish and English demos always have the same shape.

enum class Language { Swedish, English };

/// Focus-area bits for compact plans (bit id-1, as FocusAreas::maskOf).
namespace Area {
inline constexpr int Work = 1 << 0;
inline constexpr int Leadership = 1 << 1;
inline constexpr int Customers = 1 << 2;
inline constexpr int Climate = 1 << 3;
inline constexpr int Staff = 1 << 4;
inline constexpr int Stress = 1 << 5;
} // namespace Area

enum class LensPick { None, Customers, Employees, Partners, Owners, Board };

[[nodiscard]] std::optional<Lens> toLens(LensPick pick);

/// When and how a reflection was written.
struct ReflectionPlan
{
    int day = 0; ///< days after the mentorship's start
    int minute = 0; ///< local time, minutes after midnight
    int areas = 0; ///< Area bits
    LensPick lens = LensPick::None;
    int stress = 0; ///< 1-5, or 0 for none
    bool shared = false;
    int weekday = 0; ///< the nearest such Qt::DayOfWeek, for a text that names its day; 0: a working day
};

struct ReflectionText
{
    const char16_t *body = nullptr;
    const char16_t *comment = nullptr; ///< the mentor's comment on a shared reflection, if any
};

struct ActionPlan
{
    Role owner = Role::Adept;
    int dueDays = 14; ///< after the meeting
    int doneDays = -1; ///< after the meeting, or -1 while still open
};

struct MeetingPlan
{
    MeetingKind kind = MeetingKind::Formal;
    int slot = 0; ///< formal: months after the first meeting; ad hoc: days after the start (a working day)
    int dayShift = 0; ///< formal: days after the mentorship's meeting weekday in that week
    int minute = 14 * 60;
    int duration = 150;
    int place = 0; ///< index into the text's place table
    int areas = 0; ///< Area bits the adept chose
    int actionCount = 0;
    std::array<ActionPlan, 3> actions {};
    int adeptRating = 4;
    int mentorRating = 4;
};

struct MeetingText
{
    const char16_t *minutes = nullptr; ///< the meeting as a whole
    std::array<const char16_t *, 3> areaMinutes {}; ///< per chosen area, ascending ids
    std::array<const char16_t *, 3> actions {}; ///< in the plan's order
    const char16_t *adeptEvaluation = nullptr;
    const char16_t *mentorEvaluation = nullptr;
};

struct AgreementText
{
    const char16_t *goals = nullptr;
    const char16_t *adeptExpectations = nullptr;
    const char16_t *mentorExpectations = nullptr;
    const char16_t *confidentiality = nullptr;
};

struct RequestPlan
{
    int day = -1; ///< days after the start; -1 when the story has no request
    int minute = 0;
    Urgency urgency = Urgency::Medium;
    int meeting = -1; ///< index of the ad-hoc meeting it became, or -1 while open
};

struct NotePlan
{
    int day = 0;
    int minute = 0;
};

/// One mentorship's story, as seen from either side.
struct MentorshipPlan
{
    int monthsAgo = 0; ///< the start, in months before today
    int extraDaysAgo = 0; ///< and this many days more
    int plannedMonths = 18;
    int firstMeetingDays = 14; ///< the first formal meeting, days after the start
    int weekday = 2; ///< Qt::DayOfWeek of the formal meetings
    std::span<const MeetingPlan> meetings; ///< held meetings, in time order
    std::span<const ReflectionPlan> reflections; ///< in time order
    std::span<const NotePlan> notes; ///< the mentor's private notes
    RequestPlan request;
    MeetingPlan next; ///< the next planned formal meeting (its slot, place and areas)
};

struct MentorshipText
{
    const char16_t *adeptName = nullptr;
    const char16_t *mentorName = nullptr;
    AgreementText agreement;
    std::span<const char16_t *const> places;
    std::span<const MeetingText> meetings;
    std::span<const ReflectionText> reflections;
    std::span<const char16_t *const> notes;
    const char16_t *requestReason = nullptr;
};

} // namespace bollplank::demo
