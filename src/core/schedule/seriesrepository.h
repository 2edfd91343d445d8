#pragma once

#include "schedule/series.h"

#include <QList>
#include <optional>

namespace bollplank {

class Store;

/// Meeting series and their moved and cancelled occurrences, in the encrypted store.
/// A mentorship has at most one live series; saving a second one for it is refused.
class MeetingSeriesRepository
{
public:
    explicit MeetingSeriesRepository(Store &store)
        : m_store(store)
    {
    }

    /// Validates (Recurrence::validate) and writes. An empty time zone is stored as the default zone.
    void save(MeetingSeries &series);
    [[nodiscard]] MeetingSeries get(const QString &id);
    [[nodiscard]] std::optional<MeetingSeries> forMentorship(const QString &mentorshipId);
    /// Every live series.
    [[nodiscard]] QList<MeetingSeries> list();
    /// Deletes the series and its exceptions (tombstones).
    void remove(const QString &id);

    /// Live exceptions of a series, by original time.
    [[nodiscard]] QList<SeriesException> exceptions(const QString &seriesId);
    /// Cancels one occurrence; throws InvalidInput unless the rule gives one at that wall time.
    void cancelOccurrence(const QString &seriesId, const CivilTime &occurrence);
    /// Moves one occurrence to another instant (and optionally another length).
    void moveOccurrence(const QString &seriesId, const CivilTime &occurrence, qint64 startsAt,
        std::optional<int> durationMinutes = std::nullopt);
    /// Undoes a move or a cancellation.
    void restoreOccurrence(const QString &seriesId, const CivilTime &occurrence);

    /// Takes a series from an imported invitation for a mentorship: it replaces the mentorship's
    /// series if it has one (an invitation updates the rhythm), with the invitation's moved and
    /// cancelled occurrences. Returns the series as saved. The caller holds the transaction.
    MeetingSeries adoptImported(MeetingSeries series, const QString &mentorshipId,
        const QList<SeriesException> &exceptions);

private:
    void writeException(SeriesException &exception);

    Store &m_store;
};

} // namespace bollplank
