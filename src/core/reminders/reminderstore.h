#pragma once

#include "reminders/planner.h"
#include "reminders/settings.h"

#include <QSet>

namespace bollplank {

class Store;

/// The reminder settings row.
class ReminderSettingsRepository
{
public:
    explicit ReminderSettingsRepository(Store &store)
        : m_store(store)
    {
    }
    /// The stored settings, or the defaults when none were saved.
    [[nodiscard]] ReminderSettings load();
    /// Validates (offsets, days, quiet hours both set or both unset) and writes.
    void save(ReminderSettings &settings);

private:
    Store &m_store;
};

/// Which reminders were shown, so each is shown once, across restarts.
class ReminderLog
{
public:
    explicit ReminderLog(Store &store)
        : m_store(store)
    {
    }
    [[nodiscard]] bool wasDelivered(const QString &reminderId);
    /// The delivered ids among the given ones.
    [[nodiscard]] QSet<QString> delivered(const QList<Reminder> &reminders);
    /// Records the reminders as shown at deliveredAt (already recorded ones are left alone).
    void markDelivered(const QList<Reminder> &reminders, qint64 deliveredAt);
    /// Forgets entries whose reminder fired before cutoff (the log stays small).
    void prune(qint64 cutoff);

private:
    Store &m_store;
};

/// What the planner needs, read from the store: every live mentorship with its series,
/// exceptions, meetings and open requests, and this profile's role.
[[nodiscard]] PlanInput loadPlanInput(Store &store, Language language, const QString &timeZone = QString());

} // namespace bollplank
