#pragma once

#include "domain/records.h"

#include <QDate>
#include <QTime>
#include <compare>
#include <optional>

namespace bollplank {

/// A wall-clock date and time with no zone of its own: "the 3rd of March at 14:00" as people
/// say it. A series says in which zone it is meant.
struct CivilTime
{
    QDate date;
    QTime time;

    [[nodiscard]] bool isValid() const { return date.isValid() && time.isValid(); }
    /// "2026-03-03T14:00".
    [[nodiscard]] QString toString() const;
    /// Reads "YYYY-MM-DDTHH:MM" (seconds allowed, ignored). Throws StoreError InvalidInput, naming
    /// the value, for anything else, including impossible dates such as 2026-02-29 or 2026-04-31.
    [[nodiscard]] static CivilTime parse(const QString &text);

    friend bool operator==(const CivilTime &, const CivilTime &) = default;
    friend std::strong_ordering operator<=>(const CivilTime &a, const CivilTime &b)
    {
        if (a.date != b.date)
            return a.date < b.date ? std::strong_ordering::less : std::strong_ordering::greater;
        if (a.time != b.time)
            return a.time < b.time ? std::strong_ordering::less : std::strong_ordering::greater;
        return std::strong_ordering::equal;
    }
};

/// A mentorship's recurring formal meetings: an RRULE from a first meeting in an IANA time zone.
/// Occurrences are computed by libical (see Recurrence); single ones may be moved or cancelled.
struct MeetingSeries
{
    RecordMeta meta;
    QString mentorshipId;
    QString rule = QStringLiteral("FREQ=MONTHLY"); ///< iCalendar RRULE, e.g. FREQ=MONTHLY;BYDAY=1TU
    CivilTime start; ///< the first meeting, wall time in timeZone
    QString timeZone; ///< IANA id; empty means Recurrence::defaultZone()
    int durationMinutes = 150;
    QString place;
    QString uid; ///< the iCalendar UID of an imported series; empty for our own
};

/// One occurrence of a series changed: cancelled, or moved to another time (and length).
struct SeriesException
{
    RecordMeta meta;
    QString seriesId;
    CivilTime occurrence; ///< the original wall time, as the rule gives it (RECURRENCE-ID)
    bool cancelled = false;
    std::optional<qint64> movedTo; ///< ms since the epoch, UTC
    std::optional<int> durationMinutes;
};

} // namespace bollplank
