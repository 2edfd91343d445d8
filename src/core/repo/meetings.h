#pragma once

#include "domain/records.h"

#include <QList>
#include <optional>

namespace bollplank {

class Store;

/// Meetings and the focus areas chosen for each.
class MeetingRepository
{
public:
    explicit MeetingRepository(Store &store)
        : m_store(store)
    {
    }

    void save(Meeting &meeting);
    [[nodiscard]] Meeting get(const QString &id);
    /// Oldest first.
    [[nodiscard]] QList<Meeting> listFor(const QString &mentorshipId);
    /// The first planned meeting starting at or after from.
    [[nodiscard]] std::optional<Meeting> nextPlanned(const QString &mentorshipId, qint64 from);
    /// The last held meeting that started before before.
    [[nodiscard]] std::optional<Meeting> lastHeldBefore(const QString &mentorshipId, qint64 before);
    void remove(const QString &id);

    /// Replaces the focus areas chosen for a meeting (each choice is its own synced record).
    void setFocusAreas(const QString &meetingId, const QList<int> &areas);
    /// Ascending area ids.
    [[nodiscard]] QList<int> focusAreas(const QString &meetingId);

private:
    Store &m_store;
};

} // namespace bollplank
