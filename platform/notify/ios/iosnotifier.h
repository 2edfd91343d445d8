#pragma once

#include "notifier.h"

namespace bollplank {

/// iOS: UNUserNotificationCenter; scheduled reminders use a UNCalendarNotificationTrigger, so
/// iOS shows them while the app is closed. Authorisation is requested on first use.
class IosNotifier : public Notifier
{
public:
    IosNotifier();
    void show(const Notification &notification) override;
    [[nodiscard]] bool canSchedule() const override { return true; }
    void schedule(const Notification &notification) override;
    void cancelScheduled() override;
};

} // namespace bollplank
