#pragma once

#include <QString>
#include <memory>

namespace bollplank {

/// One notification. Its text is built by the reminder planner and never holds content.
struct Notification
{
    QString id; ///< the reminder's stable id
    QString title;
    QString body;
    qint64 fireAt = 0; ///< ms since the epoch, UTC; used by notifiers that schedule ahead
};

/// Shows notifications on one platform. Linux shows them while the app runs (the
/// ReminderService's timer decides when); Android and iOS can also hand them to the OS ahead
/// of time, so they appear while the app is closed.
class Notifier
{
public:
    virtual ~Notifier() = default;
    /// Shows the notification now.
    virtual void show(const Notification &notification) = 0;
    /// True if schedule() makes the OS show a notification at its time even when the app is closed.
    [[nodiscard]] virtual bool canSchedule() const { return false; }
    virtual void schedule(const Notification &notification) { (void)notification; }
    /// Withdraws everything schedule() handed to the OS (before scheduling afresh).
    virtual void cancelScheduled() { }
};

/// The notifier of the platform this is built for: freedesktop D-Bus on Linux, AlarmManager on
/// Android, UNUserNotificationCenter on iOS.
[[nodiscard]] std::unique_ptr<Notifier> createPlatformNotifier();

} // namespace bollplank
