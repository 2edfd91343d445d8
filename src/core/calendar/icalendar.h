#pragma once

#include "domain/records.h"
#include "reminders/settings.h"
#include "schedule/series.h"

#include <QByteArray>
#include <QList>
#include <optional>

namespace bollplank::ICalendar {

/// Calendar files larger than this are refused before parsing.
inline constexpr qsizetype MaxBytes = 1024 * 1024;
/// And files with more events than this.
inline constexpr int MaxEvents = 500;

struct ExportOptions
{
    Language language = Language::English;
    QList<int> alarmOffsets { 1440, 60 }; ///< minutes before; one VALARM each
    bool includePlace = false; ///< LOCATION: off by default, a calendar may be shared
    qint64 stamp = 0; ///< DTSTAMP, ms since the epoch; 0: now
};

/// An iCalendar (RFC 5545) file of a mentorship's meetings: the series as one VEVENT with its
/// RRULE in its zone (with the VTIMEZONE), EXDATEs for cancelled occurrences, a VEVENT with
/// RECURRENCE-ID for each moved one, and a VEVENT for each other meeting (STATUS:CANCELLED if
/// cancelled). Every event has the neutral SUMMARY "Mentorship meeting" / "Mentorsmöte" and
/// VALARMs; no names, notes, focus areas or other confidential text. UIDs are the record ids.
[[nodiscard]] QByteArray exportMeetings(const std::optional<MeetingSeries> &series,
    const QList<SeriesException> &exceptions, const QList<Meeting> &meetings,
    const ExportOptions &options = {});

/// One event of an invitation: either a series (with its exceptions) or a single meeting.
struct ImportedEvent
{
    QString uid;
    std::optional<MeetingSeries> series;
    QList<SeriesException> exceptions;
    Meeting meeting; ///< when not a series: startsAt, durationMinutes, place, status
};

struct Invitation
{
    QString method; ///< METHOD (REQUEST, PUBLISH, CANCEL...) or empty
    QList<ImportedEvent> events;
};

/// Reads an invitation file sent by the other party (one meeting or a series). Throws StoreError
/// InvalidInput with a clear message for a file that is too large, not iCalendar, malformed, has
/// no event, an all-day event, an invalid rule, or a time zone neither libical nor the file
/// defines. A zone defined only by the file's VTIMEZONE (e.g. Outlook's "W. Europe Standard
/// Time") is converted to the same instant in userZone (documented fallback). Only times,
/// rule, length, place and status are read; SUMMARY and DESCRIPTION are ignored.
[[nodiscard]] Invitation parse(const QByteArray &data, const QString &userZone = QString());

} // namespace bollplank::ICalendar
