#pragma once

#include "storytypes.h"

namespace bollplank::demo {

// Anders Berg's tablet: three adepts at different stages. The plans are in mentorplan.cpp, the
// texts in mentorstory_*.cpp. Adepts in order: about 2, 9 and 16 months in.

inline constexpr int MentorAdeptCount = 3;
inline constexpr int MentorWithOpenRequest = 1; ///< the adept whose urgent request is still open

[[nodiscard]] const MentorshipPlan &mentorPlan(int adept);
[[nodiscard]] MentorshipText mentorText(Language language, int adept);

[[nodiscard]] MentorshipText mentorTextSv(int adept);
[[nodiscard]] MentorshipText mentorTextEn(int adept);

} // namespace bollplank::demo
