#pragma once

#include "domain/records.h"
#include "reminders/settings.h"
#include "schedule/series.h"

#include <QList>

namespace bollplank {

/// One reminder to show. Its id is stable (the same meeting, offset and kind give the same id on
/// every run), so the delivery log can show each exactly once. Title and body are built only from
/// non-confidential text: the kind, the time, and (unless discreet) the other party's name and
/// the place. Never notes, reflections, minutes, focus areas or a request's reason.
struct Reminder
{
    QString id;
    ReminderKind kind = ReminderKind::Meeting;
    qint64 fireAt = 0; ///< ms since the epoch, UTC (after quiet hours are applied)
    qint64 subjectAt = 0; ///< the meeting's start (or the request's time), UTC ms
    QString mentorshipId;
    QString title;
    QString body;
};

/// One mentorship as the planner sees it.
struct MentorshipSchedule
{
    Mentorship mentorship;
    std::optional<MeetingSeries> series;
    QList<SeriesException> exceptions;
    QList<Meeting> meetings; ///< every live meeting record
    QList<AdHocRequest> openRequests; ///< requests still open
};

struct PlanInput
{
    Role role = Role::Adept;
    Language language = Language::English;
    QString timeZone; ///< for quiet hours and the times in texts; empty: Recurrence::defaultZone()
    QList<MentorshipSchedule> mentorships;
};

/// A meeting that will take place: a planned meeting record or a series occurrence (a record at
/// the same minute stands for the occurrence; a cancelled record or exception removes it).
struct UpcomingMeeting
{
    QString mentorshipId;
    qint64 startsAt = 0;
    int durationMinutes = 150;
    QString place;
    MeetingKind kind = MeetingKind::Formal;
};

/// The meetings of one mentorship starting in [from, to), oldest first.
[[nodiscard]] QList<UpcomingMeeting> meetingsBetween(
    const MentorshipSchedule &schedule, qint64 from, qint64 to);

/// The reminders that fire in [from, to), oldest first: a pure function of its arguments.
/// Reminders about a meeting that has started by now are left out (they would be pointless).
[[nodiscard]] QList<Reminder> planReminders(
    const PlanInput &input, const ReminderSettings &settings, qint64 now, qint64 from, qint64 to);

/// at itself, or the end of the quiet hours at falls in (zone: IANA id, empty for the default).
/// A reminder already due is held back to this time, so nothing shows during quiet hours.
[[nodiscard]] qint64 nextAllowedTime(
    const ReminderSettings &settings, qint64 at, const QString &zone = QString());

/// One notification standing for several reminders missed while the app was closed.
[[nodiscard]] Reminder collapseMissed(const QList<Reminder> &missed, Language language);

} // namespace bollplank
