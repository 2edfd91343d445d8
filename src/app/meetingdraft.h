#pragma once

#include "domain/enums.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

namespace bollplank {

/// One action item being written during a meeting.
struct DraftActionItem
{
    Role owner = Role::Adept;
    QString body;
    QString due; ///< as typed, ISO date; empty for open-ended
};

/// Everything on the table during a meeting, before it ends: what meeting mode shows and what a
/// draft keeps. Texts are kept as typed (dates too), so a draft gives back exactly what was left.
struct MeetingState
{
    QString mentorshipId;
    QString meetingId; ///< empty: a meeting that was not booked beforehand
    MeetingKind kind = MeetingKind::Formal;
    qint64 startsAt = 0; ///< ms since the epoch, UTC
    int durationMinutes = 150;
    QString place;
    int coachingMinutes = 30;

    int step = 0;
    /// When the coaching block was started (ms since the epoch); 0 before. The timer is computed
    /// from this, so it keeps running while the page is closed or the app is locked.
    qint64 coachingStartedAt = 0;

    QList<int> areas;
    QMap<int, QString> minutes; ///< area 0 (the whole meeting) and 1-6
    QList<DraftActionItem> actions;
    QList<QString> doneActionIds; ///< earlier open items ticked off during the look back

    int adeptRating = 0; ///< 0: not given
    QString adeptEvaluation;
    int mentorRating = 0;
    QString mentorEvaluation;

    bool bookNext = true;
    QString nextMeetingId; ///< a next meeting already booked, to move rather than book again
    QString nextDate;      ///< ISO date as typed
    QString nextTime;      ///< "HH:mm" as typed
    int nextDurationMinutes = 150;
    QString nextPlace;
};

/// The state as CBOR for the encrypted draft table, and back. fromCbor() refuses anything that
/// is not a draft of this version (a damaged or future draft is not resumed).
[[nodiscard]] QByteArray toCbor(const MeetingState &state);
[[nodiscard]] std::optional<MeetingState> meetingStateFromCbor(const QByteArray &bytes);

} // namespace bollplank
