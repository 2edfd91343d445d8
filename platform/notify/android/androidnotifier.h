#pragma once

#include "notifier.h"

namespace bollplank {

/// Android: a notification channel ("Reminders") and AlarmManager alarms that fire
/// BollplankReminderReceiver, which posts the notification while the app is closed.
/// Needs POST_NOTIFICATIONS (API 33+) and SCHEDULE_EXACT_ALARM or USE_EXACT_ALARM in the manifest.
class AndroidNotifier : public Notifier
{
public:
    AndroidNotifier();
    void show(const Notification &notification) override;
    [[nodiscard]] bool canSchedule() const override { return true; }
    void schedule(const Notification &notification) override;
    void cancelScheduled() override;
};

} // namespace bollplank
