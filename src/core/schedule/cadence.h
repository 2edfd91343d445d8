#pragma once

#include <QDate>
#include <QString>

namespace bollplank::Cadence {

/// Throws StoreError InvalidInput unless rule is an iCalendar RRULE libical accepts, repeating
/// at most daily and at least yearly (meetings, not alarms).
void validate(const QString &rule);

/// How many meetings the rule schedules from start (counted) up to and including end.
/// Computed by libical's own expansion; capped at 10,000 occurrences.
[[nodiscard]] int occurrencesBetween(const QString &rule, const QDate &start, const QDate &end);

} // namespace bollplank::Cadence
