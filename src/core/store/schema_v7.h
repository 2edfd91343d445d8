#pragma once

#include <string_view>

namespace bollplank::schema {

// Erasure on revocation (docs/SECURITY.md): a device cut off from a collection erases what it held
// only through it. The frozen collection row stays, marked erased, so it is never fetched again;
// the advisory that tells the person says how many records went (never which, nor their content).
inline constexpr std::string_view v7 =
    "ALTER TABLE sync_collection ADD COLUMN erased_at INTEGER;"
    "ALTER TABLE sync_advisory ADD COLUMN erased_records INTEGER;";

} // namespace bollplank::schema
