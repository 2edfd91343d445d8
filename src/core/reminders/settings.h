#pragma once

#include "domain/records.h"

#include <QList>
#include <QTime>
#include <optional>

namespace bollplank {

/// The language of reminder and calendar texts (the app follows the system language).
enum class Language { English, Swedish };

/// The kinds of reminder, each of which the user can switch off.
enum class ReminderKind {
    Meeting, ///< the meeting itself: by default a day and an hour before
    Prepare, ///< a few days before: choose focus areas, share reflections
    Reflect, ///< halfway between two meetings: a gentle nudge to write a reflection (adept)
    Unbooked, ///< no next meeting is booked for an adept (mentor)
    Request, ///< an adept asked for an ad-hoc meeting (mentor)
};

[[nodiscard]] QString toString(ReminderKind kind); ///< "meeting", "prepare", ...
[[nodiscard]] ReminderKind parseReminderKind(const QString &text); ///< throws InvalidInput

/// What reminds the user, and when. Stored in the encrypted database (one row).
struct ReminderSettings
{
    RecordMeta meta;
    bool meetingOn = true;
    QList<int> meetingOffsets { 1440, 60 }; ///< minutes before the meeting, 1-20160 each, at most 5
    bool prepareOn = true;
    int prepareDays = 3; ///< 1-14
    bool reflectOn = true;
    bool unbookedOn = true;
    bool requestOn = true;
    /// No reminder fires between quietStart and quietEnd (local time; may span midnight);
    /// unset: no quiet hours.
    std::optional<QTime> quietStart = QTime(22, 0);
    std::optional<QTime> quietEnd = QTime(7, 0);
    /// Hide even the other party's name and the place: only "Mentorship meeting" and the time.
    bool discreet = false;

    [[nodiscard]] bool isOn(ReminderKind kind) const;
    void setOn(ReminderKind kind, bool on);
};

} // namespace bollplank
