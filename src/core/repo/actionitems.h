#pragma once

#include "domain/records.h"

#include <QList>

namespace bollplank {

class Store;

/// Action items: who does what by when, and whether it is done.
class ActionItemRepository
{
public:
    explicit ActionItemRepository(Store &store)
        : m_store(store)
    {
    }

    void save(ActionItem &item);
    [[nodiscard]] ActionItem get(const QString &id);
    /// Open items of a mentorship, soonest due first (open-ended last).
    [[nodiscard]] QList<ActionItem> open(const QString &mentorshipId);
    /// Every item of a mentorship, newest first.
    [[nodiscard]] QList<ActionItem> all(const QString &mentorshipId);
    [[nodiscard]] QList<ActionItem> forMeeting(const QString &meetingId);
    void setDone(const QString &id, bool done);
    void remove(const QString &id);

private:
    Store &m_store;
};

} // namespace bollplank
