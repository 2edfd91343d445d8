#pragma once

#include <string_view>

namespace bollplank::schema {

// Every synced table starts with the same columns, so sync needs no schema rewrite:
// seq (a local row number: an INTEGER PRIMARY KEY keeps rowids stable across VACUUM, which the
// search index relies on), id (UUID), rev (bumped on every write), author_device, updated_at (ms since the epoch, UTC)
// and deleted (a tombstone: the row stays, its content is blanked).
#define BOLLPLANK_SYNC_COLUMNS                                                                          \
    "seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER NOT NULL CHECK (rev >= 1), author_device TEXT NOT NULL, " \
    "updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), "

inline constexpr std::string_view v1 =
    "CREATE TABLE profile (" BOLLPLANK_SYNC_COLUMNS
    "  role TEXT NOT NULL CHECK (role IN ('adept', 'mentor')),"
    "  display_name TEXT NOT NULL,"
    "  device_id TEXT NOT NULL,"
    "  created_at INTEGER NOT NULL);"

    "CREATE TABLE mentorship (" BOLLPLANK_SYNC_COLUMNS
    "  adept_name TEXT NOT NULL,"
    "  mentor_name TEXT NOT NULL,"
    "  start_date TEXT NOT NULL,"  // ISO 8601 date
    "  planned_months INTEGER NOT NULL DEFAULT 18 CHECK (planned_months BETWEEN 1 AND 120),"
    "  cadence TEXT NOT NULL DEFAULT 'FREQ=MONTHLY');"  // an iCalendar RRULE

    "CREATE TABLE agreement (" BOLLPLANK_SYNC_COLUMNS
    "  mentorship_id TEXT NOT NULL UNIQUE REFERENCES mentorship(id),"
    "  goals TEXT NOT NULL DEFAULT '',"
    "  adept_expectations TEXT NOT NULL DEFAULT '',"
    "  mentor_expectations TEXT NOT NULL DEFAULT '',"
    "  confidentiality TEXT NOT NULL DEFAULT '',"
    "  adept_ack_at INTEGER,"
    "  mentor_ack_at INTEGER);"

    "CREATE TABLE meeting (" BOLLPLANK_SYNC_COLUMNS
    "  mentorship_id TEXT NOT NULL REFERENCES mentorship(id),"
    "  status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'held', 'cancelled')),"
    "  kind TEXT NOT NULL DEFAULT 'formal' CHECK (kind IN ('formal', 'adhoc')),"
    "  starts_at INTEGER NOT NULL,"
    "  duration_min INTEGER NOT NULL DEFAULT 150 CHECK (duration_min BETWEEN 1 AND 1440),"
    "  place TEXT NOT NULL DEFAULT '',"
    "  coaching_min INTEGER NOT NULL DEFAULT 30 CHECK (coaching_min BETWEEN 0 AND 1440));"
    "CREATE INDEX meeting_by_time ON meeting(mentorship_id, starts_at);"

    "CREATE TABLE meeting_focus (" BOLLPLANK_SYNC_COLUMNS
    "  meeting_id TEXT NOT NULL REFERENCES meeting(id),"
    "  area INTEGER NOT NULL CHECK (area BETWEEN 1 AND 6),"
    "  UNIQUE (meeting_id, area));"

    "CREATE TABLE minutes (" BOLLPLANK_SYNC_COLUMNS
    "  meeting_id TEXT NOT NULL REFERENCES meeting(id),"
    "  area INTEGER NOT NULL DEFAULT 0 CHECK (area BETWEEN 0 AND 6),"  // 0: the meeting as a whole
    "  body TEXT NOT NULL DEFAULT '',"
    "  UNIQUE (meeting_id, area));"

    "CREATE TABLE action_item (" BOLLPLANK_SYNC_COLUMNS
    "  mentorship_id TEXT NOT NULL REFERENCES mentorship(id),"
    "  meeting_id TEXT REFERENCES meeting(id),"
    "  owner TEXT NOT NULL CHECK (owner IN ('adept', 'mentor')),"
    "  body TEXT NOT NULL DEFAULT '',"
    "  due_date TEXT,"
    "  done_at INTEGER);"
    "CREATE INDEX action_item_open ON action_item(mentorship_id, done_at);"

    "CREATE TABLE evaluation (" BOLLPLANK_SYNC_COLUMNS
    "  meeting_id TEXT NOT NULL REFERENCES meeting(id),"
    "  party TEXT NOT NULL CHECK (party IN ('adept', 'mentor')),"
    "  rating INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),"
    "  body TEXT NOT NULL DEFAULT '',"
    "  UNIQUE (meeting_id, party));"

    "CREATE TABLE reflection (" BOLLPLANK_SYNC_COLUMNS
    "  mentorship_id TEXT REFERENCES mentorship(id),"
    "  body TEXT NOT NULL DEFAULT '',"
    "  focus_mask INTEGER NOT NULL DEFAULT 0 CHECK (focus_mask BETWEEN 0 AND 63),"  // bit n-1: area n
    "  lens TEXT CHECK (lens IN ('customers', 'employees', 'partners', 'owners', 'board')),"
    "  stress INTEGER CHECK (stress BETWEEN 1 AND 5),"
    "  visibility TEXT NOT NULL DEFAULT 'private' CHECK (visibility IN ('private', 'shared')),"
    "  shared_at INTEGER,"  // when it was last switched to shared: drives "shared since the last meeting"
    "  created_at INTEGER NOT NULL);"
    "CREATE INDEX reflection_by_time ON reflection(deleted, created_at);"

    "CREATE TABLE comment (" BOLLPLANK_SYNC_COLUMNS
    "  reflection_id TEXT NOT NULL REFERENCES reflection(id),"
    "  body TEXT NOT NULL DEFAULT '');"
    "CREATE INDEX comment_by_reflection ON comment(reflection_id);"

    "CREATE TABLE mentor_note (" BOLLPLANK_SYNC_COLUMNS
    "  mentorship_id TEXT NOT NULL REFERENCES mentorship(id),"
    "  body TEXT NOT NULL DEFAULT '');"

    "CREATE TABLE adhoc_request (" BOLLPLANK_SYNC_COLUMNS
    "  mentorship_id TEXT NOT NULL REFERENCES mentorship(id),"
    "  urgency TEXT NOT NULL CHECK (urgency IN ('low', 'medium', 'high')),"
    "  reason TEXT NOT NULL DEFAULT '',"
    "  status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined', 'withdrawn')),"
    "  meeting_id TEXT REFERENCES meeting(id));";

#undef BOLLPLANK_SYNC_COLUMNS

} // namespace bollplank::schema
