#pragma once

#include <QDate>
#include <QString>

namespace bollplank {

class Store;

/// How far a mentorship has come, as of a date.
struct Progress
{
    int monthsElapsed = 0;          ///< whole months since the start
    int plannedMonths = 18;
    int meetingsHeld = 0;
    int meetingsExpected = 0;       ///< what the cadence schedules from the start to the date
    int monthsWithoutMeeting = 0;   ///< whole months since the last held meeting (or the start)
    QDate lastMeeting;              ///< invalid when none was held
    [[nodiscard]] double fractionElapsed() const
    {
        return plannedMonths > 0 ? qMin(1.0, double(monthsElapsed) / plannedMonths) : 0.0;
    }
};

/// Whole calendar months from start to end (the 31 January to 28 February is 0, to 1 March is 1).
[[nodiscard]] int wholeMonthsBetween(const QDate &start, const QDate &end);

[[nodiscard]] Progress progress(Store &store, const QString &mentorshipId, const QDate &asOf);

} // namespace bollplank
