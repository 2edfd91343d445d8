#pragma once

#include "notifier.h"

#include <QList>

namespace bollplank {

/// Records what would have been shown: for tests.
class MemoryNotifier : public Notifier
{
public:
    void show(const Notification &notification) override { shown.append(notification); }
    [[nodiscard]] bool canSchedule() const override { return schedules; }
    void schedule(const Notification &notification) override { scheduled.append(notification); }
    void cancelScheduled() override { scheduled.clear(); }

    QList<Notification> shown;
    QList<Notification> scheduled;
    bool schedules = false; ///< act like a mobile OS that fires scheduled notifications itself
};

} // namespace bollplank
