#pragma once

#include "schedule/series.h"

#include <QList>
#include <QString>

namespace bollplank::Recurrence {

// Time zones come from libical's built-in zone table, which on Debian is read from the system's
// tzdata (/usr/share/zoneinfo), so DST rules match the rest of the system. Two corrections to
// libical 3.0.16 follow RFC 5545 section 3.3.5: a wall time that does not exist (in the spring
// gap) is read with the offset before the gap (02:30 becomes 03:30 summer time; libical gave
// 01:30), and a wall time that occurs twice (the autumn fold) means the first one (libical gave
// the second).

/// True if libical knows the IANA zone id (e.g. "Europe/Stockholm", "UTC").
[[nodiscard]] bool isKnownZone(const QString &zoneId);
/// The zone new series use: the system's zone (Europe/Stockholm on a Swedish system) when libical
/// knows it, else "UTC" (a documented fallback; the user can choose a zone for each series).
[[nodiscard]] QString defaultZone();
/// Throws StoreError InvalidInput, naming the zone, unless libical knows it.
void requireKnownZone(const QString &zoneId);

/// The instant of a wall time in a zone, ms since the epoch (UTC). Throws InvalidInput for an
/// unknown zone or an invalid time.
[[nodiscard]] qint64 toUtc(const CivilTime &time, const QString &zoneId);
/// The wall time of an instant in a zone (minutes precision).
[[nodiscard]] CivilTime fromUtc(qint64 msSinceEpoch, const QString &zoneId);

/// Throws InvalidInput unless the series is well formed: a valid rule (Cadence::validate), a real
/// first date and time, a known zone (empty: the default), a length of 1-1440 minutes.
void validate(const MeetingSeries &series);

struct Occurrence
{
    CivilTime original; ///< the wall time the rule gives (its RECURRENCE-ID)
    qint64 startsAt = 0; ///< ms since the epoch, UTC: the moved time if moved
    int durationMinutes = 150;
    bool cancelled = false;
    bool moved = false;
};

/// The occurrences of series that start in [from, to) (UTC ms), oldest first: libical's expansion
/// of the rule from the zoned first meeting, with exceptions applied. A cancelled occurrence is
/// listed (cancelled = true) when its original time is in the window; a moved one where it now is.
/// Exceptions that match no occurrence of the rule are ignored. At most cap occurrences.
[[nodiscard]] QList<Occurrence> expand(const MeetingSeries &series, const QList<SeriesException> &exceptions,
    qint64 from, qint64 to, int cap = 1000);

/// True if the rule gives an occurrence at exactly this wall time.
[[nodiscard]] bool isOccurrence(const MeetingSeries &series, const CivilTime &time);

} // namespace bollplank::Recurrence
