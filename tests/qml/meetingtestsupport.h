#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class AppContext;

/// What the meeting-mode tests need beyond the app's API: a mentorship with a history to look
/// back on, control of meeting mode's clock, and reading the store directly to check what the
/// UI really wrote.
class MeetingTestSupport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit MeetingTestSupport(AppContext *context, QObject *parent = nullptr);
    static MeetingTestSupport *create(QQmlEngine *engine, QJSEngine *);

    /// A mentorship with Karin: a meeting held a month ago (minutes, evaluations, an open action
    /// item), a reflection shared since, a meeting booked for today (focus areas 2 and 6 chosen)
    /// and an open high-urgency ad-hoc request.
    /// Returns { mentorshipId, meetingId, requestId }.
    Q_INVOKABLE QVariantMap seedMentorship();
    /// Stops meeting mode's clock at the current time; it then moves only by advanceMinutes().
    Q_INVOKABLE void freezeClock();
    Q_INVOKABLE void advanceMinutes(int minutes);
    /// { status, kind, startsAt (ISO local), place, durationMinutes } of a meeting.
    Q_INVOKABLE QVariantMap meeting(const QString &meetingId) const;
    Q_INVOKABLE QVariantList focusAreas(const QString &meetingId) const;
    /// { "<area>": body } of a meeting's minutes.
    Q_INVOKABLE QVariantMap minutes(const QString &meetingId) const;
    /// [{ owner, body, due }] of the action items a meeting created.
    Q_INVOKABLE QVariantList actionItems(const QString &meetingId) const;
    Q_INVOKABLE int openActionItems(const QString &mentorshipId) const;
    /// [{ party, rating, body }]
    Q_INVOKABLE QVariantList evaluations(const QString &meetingId) const;
    /// The planned meeting after the given one, or an empty id.
    Q_INVOKABLE QString plannedAfter(const QString &mentorshipId, const QString &meetingId) const;
    Q_INVOKABLE int meetingCount(const QString &mentorshipId) const;
    /// { status, meetingId } of a request.
    Q_INVOKABLE QVariantMap request(const QString &requestId) const;
    /// True if any file of the profile holds text (UTF-8 or UTF-16) in the clear.
    Q_INVOKABLE bool profileFilesContain(const QString &text) const;

private:
    AppContext *m_context;
    qint64 m_now = 0;
};

} // namespace bollplank
