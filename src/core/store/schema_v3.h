#pragma once

#include <string_view>

namespace bollplank::schema {

// Same sync columns as schema_v1.h (kept in step by hand: that header undefines its macro).
#define BOLLPLANK_SYNC_COLUMNS                                                                          \
    "seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, rev INTEGER NOT NULL CHECK (rev >= 1), author_device TEXT NOT NULL, " \
    "updated_at INTEGER NOT NULL, deleted INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)), "

// Meeting series, their per-occurrence changes, reminder settings and the reminder delivery log.
// Wall-clock times are stored as text "YYYY-MM-DDTHH:MM" in the series' IANA zone, so a change
// of the zone's rules moves nothing the user chose; the UTC instant is computed by libical.
inline constexpr std::string_view v3 =
    "CREATE TABLE meeting_series (" BOLLPLANK_SYNC_COLUMNS
    "  mentorship_id TEXT NOT NULL REFERENCES mentorship(id),"
    "  rule TEXT NOT NULL,"            // iCalendar RRULE
    "  dtstart TEXT NOT NULL,"         // local wall time of the first meeting
    "  tzid TEXT NOT NULL,"            // IANA zone id, e.g. Europe/Stockholm
    "  duration_min INTEGER NOT NULL DEFAULT 150 CHECK (duration_min BETWEEN 1 AND 1440),"
    "  place TEXT NOT NULL DEFAULT '',"
    "  uid TEXT NOT NULL DEFAULT '');" // the iCalendar UID when imported from an invitation
    "CREATE INDEX meeting_series_by_mentorship ON meeting_series(mentorship_id, deleted);"

    "CREATE TABLE series_exception (" BOLLPLANK_SYNC_COLUMNS
    "  series_id TEXT NOT NULL REFERENCES meeting_series(id),"
    "  occurrence TEXT NOT NULL,"      // the original wall time (the RECURRENCE-ID)
    "  cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),"
    "  moved_to INTEGER,"              // ms since the epoch, UTC; null unless moved
    "  duration_min INTEGER CHECK (duration_min BETWEEN 1 AND 1440),"
    "  UNIQUE (series_id, occurrence));"

    "CREATE TABLE reminder_settings (" BOLLPLANK_SYNC_COLUMNS
    "  singleton INTEGER NOT NULL DEFAULT 1 UNIQUE CHECK (singleton = 1),"
    "  meeting_on INTEGER NOT NULL DEFAULT 1 CHECK (meeting_on IN (0, 1)),"
    "  meeting_offsets TEXT NOT NULL DEFAULT '1440,60'," // minutes before the meeting
    "  prepare_on INTEGER NOT NULL DEFAULT 1 CHECK (prepare_on IN (0, 1)),"
    "  prepare_days INTEGER NOT NULL DEFAULT 3 CHECK (prepare_days BETWEEN 1 AND 14),"
    "  reflect_on INTEGER NOT NULL DEFAULT 1 CHECK (reflect_on IN (0, 1)),"
    "  unbooked_on INTEGER NOT NULL DEFAULT 1 CHECK (unbooked_on IN (0, 1)),"
    "  request_on INTEGER NOT NULL DEFAULT 1 CHECK (request_on IN (0, 1)),"
    "  quiet_start INTEGER CHECK (quiet_start BETWEEN 0 AND 1439)," // minutes after midnight; null: none
    "  quiet_end INTEGER CHECK (quiet_end BETWEEN 0 AND 1439),"
    "  discreet INTEGER NOT NULL DEFAULT 0 CHECK (discreet IN (0, 1)));"

    "CREATE TABLE reminder_delivered (" BOLLPLANK_SYNC_COLUMNS
    "  reminder_id TEXT NOT NULL UNIQUE,"
    "  fire_at INTEGER NOT NULL,"
    "  delivered_at INTEGER NOT NULL);"
    "CREATE INDEX reminder_delivered_by_time ON reminder_delivered(fire_at);";

#undef BOLLPLANK_SYNC_COLUMNS

} // namespace bollplank::schema
