#pragma once

#include <string_view>

namespace bollplank::schema {

// Pairing with no write transaction held across the network (issue #13). An answer or a grant is
// committed with its invite first and then posted; until the mailbox took it, it waits here and
// goes again on the next pairing step or sync. Before, the step held a transaction open while it
// posted, which kept every other writer of the profile (the app's screens, once sync runs on its
// own connection) waiting on the network.
inline constexpr std::string_view v9 =
    "ALTER TABLE sync_invite ADD COLUMN outgoing BLOB;";

} // namespace bollplank::schema
