#pragma once

#include "storytypes.h"

namespace bollplank::demo {

// Karin Lindqvist, CEO of Hamnvik Automation AB (60 people, Göteborg), 14 months into an
// 18-month mentorship with Anders Berg. The plan is in adeptplan.cpp, the texts in
// adeptreflections_*.cpp and adeptmeetings_*.cpp.

inline constexpr int AdeptReflectionCount = 60;
inline constexpr int AdeptMeetingCount = 14; ///< 13 formal and one ad hoc, in time order

[[nodiscard]] const MentorshipPlan &adeptPlan();
[[nodiscard]] MentorshipText adeptText(Language language);

// The language tables, defined in the per-language files.
[[nodiscard]] std::span<const ReflectionText> adeptReflectionsSv();
[[nodiscard]] std::span<const ReflectionText> adeptReflectionsEn();
[[nodiscard]] MentorshipText adeptMeetingsSv(); ///< everything but the reflections
[[nodiscard]] MentorshipText adeptMeetingsEn();

} // namespace bollplank::demo
