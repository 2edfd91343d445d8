#pragma once

#include "enums.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace bollplank {

/// What every stored record carries for sync. A new record has an empty id; saving fills it in.
struct RecordMeta
{
    QString id;           ///< UUID, without braces
    qint64 revision = 0;  ///< 1 on creation, +1 on every write (edits and deletion)
    QString authorDevice; ///< the device that wrote this revision
    qint64 updatedAt = 0; ///< ms since the epoch, UTC
    bool deleted = false; ///< a tombstone: content blanked, row kept so the deletion can sync
};

struct Profile
{
    RecordMeta meta;
    Role role = Role::Adept;
    QString displayName;
    QString deviceId;
    qint64 createdAt = 0;
};

struct Mentorship
{
    RecordMeta meta;
    QString adeptName;
    QString mentorName;
    QDate startDate;
    int plannedMonths = 18;
    QString cadence = QStringLiteral("FREQ=MONTHLY"); ///< iCalendar RRULE of the formal meetings
};

struct Agreement
{
    RecordMeta meta;
    QString mentorshipId;
    QString goals;
    QString adeptExpectations;
    QString mentorExpectations;
    QString confidentiality;
    std::optional<qint64> adeptAcknowledgedAt;  ///< ms since the epoch
    std::optional<qint64> mentorAcknowledgedAt; ///< ms since the epoch
};

struct Meeting
{
    RecordMeta meta;
    QString mentorshipId;
    MeetingStatus status = MeetingStatus::Planned;
    MeetingKind kind = MeetingKind::Formal;
    qint64 startsAt = 0; ///< ms since the epoch, UTC
    int durationMinutes = 150;
    QString place;
    int coachingMinutes = 30;
};

struct Minutes
{
    RecordMeta meta;
    QString meetingId;
    int area = 0; ///< focus area 1-6, or 0 for the meeting as a whole
    QString body; ///< Markdown
};

struct ActionItem
{
    RecordMeta meta;
    QString mentorshipId;
    QString meetingId; ///< empty when not from a meeting
    Role owner = Role::Adept;
    QString body;
    QDate dueDate;                ///< invalid when open-ended
    std::optional<qint64> doneAt; ///< ms since the epoch; empty while open
};

struct Evaluation
{
    RecordMeta meta;
    QString meetingId;
    Role party = Role::Adept;
    int rating = 3; ///< 1-5
    QString body;
};

struct Reflection
{
    RecordMeta meta;
    QString mentorshipId; ///< empty for a journal not tied to a mentorship
    QString body;         ///< Markdown
    QList<int> focusAreas;
    std::optional<Lens> lens;
    std::optional<int> stress; ///< 1-5
    Visibility visibility = Visibility::Private;
    qint64 createdAt = 0; ///< ms since the epoch; set on first save when 0
    std::optional<qint64> sharedAt; ///< set by the repository when visibility turns to shared
};

struct Comment
{
    RecordMeta meta;
    QString reflectionId;
    QString body;
};

struct MentorNote
{
    RecordMeta meta;
    QString mentorshipId;
    QString body;
};

struct AdHocRequest
{
    RecordMeta meta;
    QString mentorshipId;
    Urgency urgency = Urgency::Medium;
    QString reason;
    RequestStatus status = RequestStatus::Open;
    QString meetingId; ///< the meeting it became, once accepted
};

} // namespace bollplank
