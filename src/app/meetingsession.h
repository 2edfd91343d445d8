#pragma once

#include "meetingdraft.h"

#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>
#include <functional>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class Session;
class Settings;
class FocusCatalog;
class Store;

/// Meeting mode: the meeting on the table, step by step (look back, coaching, focus areas and
/// minutes, action items, evaluations, the next meeting), ended as one transaction. Whatever is
/// on the table is kept as a draft in the encrypted database while the meeting runs, so leaving
/// the page, locking the app or closing it loses nothing; the draft is offered for resuming.
/// Also lists the mentor's meetings to start and turns ad-hoc requests into booked meetings.
class MeetingSession : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(bool resumed READ resumed NOTIFY changed)
    Q_PROPERTY(QString mentorshipId READ mentorshipId NOTIFY changed)
    Q_PROPERTY(QString meetingId READ meetingId NOTIFY changed)
    Q_PROPERTY(QString adeptName READ adeptName NOTIFY changed)
    Q_PROPERTY(bool adHoc READ adHoc NOTIFY changed)
    /// "Tuesday 14 April 2026 · 09:00 · Hotel Eggers"
    Q_PROPERTY(QString whenText READ whenText NOTIFY changed)
    Q_PROPERTY(int step READ step WRITE setStep NOTIFY stepChanged)
    /// { hasPrevious, previousText, minutes: [{ title, body }], evaluations: [{ title, rating, body }],
    ///   actions: [{ itemId, body, ownerText, dueText, overdue, done }], shared: [{ excerpt, dateText, areasText }] }
    Q_PROPERTY(QVariantMap lookBack READ lookBack NOTIFY changed)

    Q_PROPERTY(int coachingMinutes READ coachingMinutes NOTIFY changed)
    Q_PROPERTY(bool coachingStarted READ coachingStarted NOTIFY coachingChanged)
    Q_PROPERTY(bool coachingOver READ coachingOver NOTIFY coachingChanged)
    /// "29:59" left, or "+04:10" past the end.
    Q_PROPERTY(QString coachingClock READ coachingClock NOTIFY coachingChanged)
    /// 0-1 of the block used.
    Q_PROPERTY(double coachingProgress READ coachingProgress NOTIFY coachingChanged)

    /// Area ids in catalogue order.
    Q_PROPERTY(QVariantList chosenAreas READ chosenAreas NOTIFY areasChanged)
    /// [{ key, owner, body, due }] (owner "adept" or "mentor"); changes only on add and remove.
    Q_PROPERTY(QVariantList actions READ actions NOTIFY actionsChanged)
    /// [{ value, text }]
    Q_PROPERTY(QVariantList ownerChoices READ ownerChoices NOTIFY changed)

    Q_PROPERTY(int adeptRating READ adeptRating WRITE setAdeptRating NOTIFY evaluationChanged)
    Q_PROPERTY(QString adeptEvaluation READ adeptEvaluation WRITE setAdeptEvaluation NOTIFY evaluationChanged)
    Q_PROPERTY(int mentorRating READ mentorRating WRITE setMentorRating NOTIFY evaluationChanged)
    Q_PROPERTY(QString mentorEvaluation READ mentorEvaluation WRITE setMentorEvaluation NOTIFY evaluationChanged)

    Q_PROPERTY(bool bookNext READ bookNext WRITE setBookNext NOTIFY nextChanged)
    Q_PROPERTY(bool nextAlreadyBooked READ nextAlreadyBooked NOTIFY nextChanged)
    Q_PROPERTY(QString nextDate READ nextDate WRITE setNextDate NOTIFY nextChanged)
    Q_PROPERTY(QString nextTime READ nextTime WRITE setNextTime NOTIFY nextChanged)
    Q_PROPERTY(int nextDurationMinutes READ nextDurationMinutes WRITE setNextDurationMinutes NOTIFY nextChanged)
    Q_PROPERTY(QString nextPlace READ nextPlace WRITE setNextPlace NOTIFY nextChanged)
    /// "Tuesday 12 May 2026, week 20, 09:00–11:30", or what is wrong with the date or time.
    Q_PROPERTY(QString nextSummary READ nextSummary NOTIFY nextChanged)
    Q_PROPERTY(bool nextValid READ nextValid NOTIFY nextChanged)

    /// For the mentor's start page: [{ mentorshipId, adeptName, hasDraft, nextMeetingId, nextText, nextAdHoc }]
    Q_PROPERTY(QVariantList mentorships READ mentorships NOTIFY overviewChanged)
    /// Open ad-hoc requests, most urgent first: [{ requestId, mentorshipId, adeptName, urgencyText, urgent, reason, dateText }]
    Q_PROPERTY(QVariantList openRequests READ openRequests NOTIFY overviewChanged)

    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    enum Step { LookBackStep, CoachingStep, FocusStep, ActionsStep, EvaluationStep, NextStep, StepCount };
    Q_ENUM(Step)

    MeetingSession(Session *session, Settings *settings, FocusCatalog *focus, QObject *parent = nullptr);
    ~MeetingSession() override;
    static MeetingSession *create(QQmlEngine *engine, QJSEngine *);

    /// Replaces the wall clock (ms since the epoch); tests move time with it.
    void setClock(std::function<qint64()> clock);
    /// Writes the draft now instead of after the short pause (tests, and before closing).
    void saveDraftNow();

    [[nodiscard]] bool active() const { return m_active; }
    [[nodiscard]] bool resumed() const { return m_resumed; }
    [[nodiscard]] QString mentorshipId() const { return m_state.mentorshipId; }
    [[nodiscard]] QString meetingId() const { return m_state.meetingId; }
    [[nodiscard]] QString adeptName() const { return m_adeptName; }
    [[nodiscard]] bool adHoc() const { return m_state.kind == MeetingKind::AdHoc; }
    [[nodiscard]] QString whenText() const;
    [[nodiscard]] int step() const { return m_state.step; }
    void setStep(int step);
    [[nodiscard]] QVariantMap lookBack() const { return m_lookBack; }

    [[nodiscard]] int coachingMinutes() const { return m_state.coachingMinutes; }
    [[nodiscard]] bool coachingStarted() const { return m_state.coachingStartedAt > 0; }
    [[nodiscard]] bool coachingOver() const;
    [[nodiscard]] QString coachingClock() const;
    [[nodiscard]] double coachingProgress() const;

    [[nodiscard]] QVariantList chosenAreas() const;
    [[nodiscard]] QVariantList actions() const;
    [[nodiscard]] QVariantList ownerChoices() const;

    [[nodiscard]] int adeptRating() const { return m_state.adeptRating; }
    void setAdeptRating(int rating);
    [[nodiscard]] QString adeptEvaluation() const { return m_state.adeptEvaluation; }
    void setAdeptEvaluation(const QString &text);
    [[nodiscard]] int mentorRating() const { return m_state.mentorRating; }
    void setMentorRating(int rating);
    [[nodiscard]] QString mentorEvaluation() const { return m_state.mentorEvaluation; }
    void setMentorEvaluation(const QString &text);

    [[nodiscard]] bool bookNext() const { return m_state.bookNext; }
    void setBookNext(bool book);
    [[nodiscard]] bool nextAlreadyBooked() const { return !m_state.nextMeetingId.isEmpty(); }
    [[nodiscard]] QString nextDate() const { return m_state.nextDate; }
    void setNextDate(const QString &date);
    [[nodiscard]] QString nextTime() const { return m_state.nextTime; }
    void setNextTime(const QString &time);
    [[nodiscard]] int nextDurationMinutes() const { return m_state.nextDurationMinutes; }
    void setNextDurationMinutes(int minutes);
    [[nodiscard]] QString nextPlace() const { return m_state.nextPlace; }
    void setNextPlace(const QString &place);
    [[nodiscard]] QString nextSummary() const;
    [[nodiscard]] bool nextValid() const;

    [[nodiscard]] QVariantList mentorships() const { return m_mentorships; }
    [[nodiscard]] QVariantList openRequests() const { return m_openRequests; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    /// Opens the meeting: resumes the mentorship's draft when there is one, else starts
    /// meetingId (a booked meeting) or, when empty, a new regular meeting from now.
    Q_INVOKABLE bool begin(const QString &mentorshipId, const QString &meetingId);
    Q_INVOKABLE bool hasDraft(const QString &mentorshipId);
    /// Leaves meeting mode keeping the draft.
    Q_INVOKABLE void leave();
    /// Throws the draft away; nothing of the meeting is saved.
    Q_INVOKABLE void discard();
    /// Saves everything as one transaction and discards the draft; false with errorText when not.
    Q_INVOKABLE bool end();

    Q_INVOKABLE void startCoaching();
    Q_INVOKABLE void restartCoaching();
    Q_INVOKABLE void setAreaChosen(int areaId, bool chosen);
    Q_INVOKABLE QString minutesFor(int areaId) const;
    Q_INVOKABLE void setMinutes(int areaId, const QString &text);
    /// Ticks an open action item from earlier meetings (saved when the meeting ends).
    Q_INVOKABLE void setEarlierActionDone(const QString &itemId, bool done);
    Q_INVOKABLE void addAction(const QString &owner);
    Q_INVOKABLE void setActionOwner(int index, const QString &owner);
    Q_INVOKABLE void setActionBody(int index, const QString &body);
    Q_INVOKABLE void setActionDue(int index, const QString &isoDate);
    Q_INVOKABLE void removeAction(int index);
    /// "Due Tuesday 12 May" for a typed ISO date, or what is wrong with it.
    Q_INVOKABLE QString dueHint(const QString &isoDate) const;

    Q_INVOKABLE void refreshOverview();
    /// A proposal for the ad-hoc meeting a request asks for: { date, time, durationMinutes, place }.
    Q_INVOKABLE QVariantMap adHocProposal(const QString &requestId);
    /// Books the ad-hoc meeting and marks the request handled, in one step; returns the meeting
    /// id, or empty with errorText set.
    Q_INVOKABLE QString bookAdHoc(const QString &requestId, const QString &date, const QString &time,
        int durationMinutes, const QString &place);
    /// Long date text for a typed ISO date and time, or what is wrong with them.
    Q_INVOKABLE QString describe(const QString &date, const QString &time, int durationMinutes) const;
    Q_INVOKABLE bool validMeetingTime(const QString &date, const QString &time, int durationMinutes) const;
    Q_INVOKABLE void clearError();

signals:
    void changed();
    void stepChanged();
    void coachingChanged();
    void areasChanged();
    void actionsChanged();
    void evaluationChanged();
    void nextChanged();
    void overviewChanged();
    void errorTextChanged();
    /// A meeting was ended or an ad-hoc one booked: what lists or plans meetings must reload.
    void meetingsSaved();

private:
    [[nodiscard]] qint64 now() const { return m_clock(); }
    void load(const MeetingState &state, bool resumed);
    void loadLookBack();
    void defaultNextMeeting();
    void touched();
    void close();
    void setError(const QString &text);
    [[nodiscard]] qint64 coachingElapsedMs() const;

    Session *m_session;
    Settings *m_settings;
    FocusCatalog *m_focus;
    std::function<qint64()> m_clock;
    MeetingState m_state;
    bool m_active = false;
    bool m_resumed = false;
    QString m_adeptName;
    QVariantMap m_lookBack;
    QVariantList m_mentorships;
    QVariantList m_openRequests;
    QString m_errorText;
    QTimer m_draftTimer;
    QTimer m_tick;
};

} // namespace bollplank
