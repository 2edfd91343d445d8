#pragma once

#include "domain/records.h"

#include <QList>

namespace bollplank {

class Store;

/// Minutes of a meeting: one text for the meeting as a whole (area 0) and one per focus area.
class MinutesRepository
{
public:
    explicit MinutesRepository(Store &store)
        : m_store(store)
    {
    }

    /// Saving minutes for a (meeting, area) that already has some revises them.
    void save(Minutes &minutes);
    [[nodiscard]] Minutes get(const QString &id);
    /// Ordered by area, the meeting as a whole first.
    [[nodiscard]] QList<Minutes> forMeeting(const QString &meetingId);
    void remove(const QString &id);

private:
    Store &m_store;
};

} // namespace bollplank
