#pragma once

#include "lookback.h"

namespace bollplank {

/// The look back for a meeting that may not be stored yet (a meeting started without being
/// booked): the same content as lookBack(), from the meeting's mentorship and start time.
[[nodiscard]] LookBack lookBackAt(Store &store, const Meeting &meeting);

} // namespace bollplank
