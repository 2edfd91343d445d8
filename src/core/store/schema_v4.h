#pragma once

#include <string_view>

namespace bollplank::schema {

// A meeting left halfway: one draft per mentorship, on this device only. It has no sync columns
// on purpose: a draft is the state of one tablet on the table, not a record of the pair; what
// the meeting decides syncs when it ends. The body is CBOR and lives, like everything else,
// inside the encrypted database.
inline constexpr std::string_view v4 =
    "CREATE TABLE meeting_draft ("
    "  mentorship_id TEXT PRIMARY KEY REFERENCES mentorship(id),"
    "  meeting_id TEXT NOT NULL DEFAULT '',"  // empty: a meeting not booked beforehand
    "  saved_at INTEGER NOT NULL,"            // ms since the epoch, UTC
    "  body BLOB NOT NULL);";

} // namespace bollplank::schema
