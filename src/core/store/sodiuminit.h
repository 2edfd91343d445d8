#pragma once

namespace bollplank {

/// Initialises libsodium once per process; throws if the library cannot start (no entropy source).
void ensureSodium();

} // namespace bollplank
