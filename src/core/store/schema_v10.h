#pragma once

#include <string_view>

namespace bollplank::schema {

// Unsaved text of open editors (issue #13, "nothing lost on the way out"): what a person was
// typing when the app lost focus, went to the background, locked itself or closed. Local to this
// device and never synced; inside the encrypted database like everything else, so a draft never
// touches the disk in the clear. One row per editor: "reflection:new", "reflection:<id>",
// "comment:<reflection id>".
inline constexpr std::string_view v10 =
    "CREATE TABLE editor_draft ("
    "  key TEXT PRIMARY KEY CHECK (length(key) BETWEEN 1 AND 200),"
    "  fields BLOB NOT NULL,"
    "  saved_at INTEGER NOT NULL) WITHOUT ROWID;";

} // namespace bollplank::schema
