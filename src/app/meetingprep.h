#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class Journal;
class Session;
class Settings;
class Store;

/// Before the next meeting: when and where it is, the focus areas the adept picks for it, the
/// open action items, what has been shared since the last meeting, and "I need a sounding
/// board" requests for an ad-hoc meeting.
class MeetingPrep : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool hasMentorship READ hasMentorship NOTIFY changed)
    Q_PROPERTY(QString mentorName READ mentorName NOTIFY changed)
    /// "Month 14 of 18" and a 0-1 fraction for the progress bar.
    Q_PROPERTY(QString progressText READ progressText NOTIFY changed)
    Q_PROPERTY(double progress READ progress NOTIFY changed)
    Q_PROPERTY(bool hasNextMeeting READ hasNextMeeting NOTIFY changed)
    /// { meetingId, dayText, timeText, weekText, place, inDaysText, adHoc }
    Q_PROPERTY(QVariantMap nextMeeting READ nextMeeting NOTIFY changed)
    /// Area ids chosen for the next meeting.
    Q_PROPERTY(QVariantList chosenAreas READ chosenAreas NOTIFY changed)
    /// [{ itemId, body, ownerText, dueText, overdue }]
    Q_PROPERTY(QVariantList openActions READ openActions NOTIFY changed)
    /// [{ reflectionId, excerpt, dateText }]
    Q_PROPERTY(QVariantList sharedSince READ sharedSince NOTIFY changed)
    /// [{ requestId, urgencyText, reason, dateText }]
    Q_PROPERTY(QVariantList openRequests READ openRequests NOTIFY changed)
    /// [{ value, text }]
    Q_PROPERTY(QVariantList urgencyChoices READ urgencyChoices NOTIFY changed)
    Q_PROPERTY(int maxReasonLength READ maxReasonLength CONSTANT)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    MeetingPrep(Session *session, Settings *settings, Journal *journal, QObject *parent = nullptr);
    static MeetingPrep *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] bool hasMentorship() const { return !m_mentorshipId.isEmpty(); }
    [[nodiscard]] QString mentorName() const { return m_mentorName; }
    [[nodiscard]] QString progressText() const { return m_progressText; }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] bool hasNextMeeting() const { return !m_nextMeeting.isEmpty(); }
    [[nodiscard]] QVariantMap nextMeeting() const { return m_nextMeeting; }
    [[nodiscard]] QVariantList chosenAreas() const { return m_chosenAreas; }
    [[nodiscard]] QVariantList openActions() const { return m_openActions; }
    [[nodiscard]] QVariantList sharedSince() const { return m_sharedSince; }
    [[nodiscard]] QVariantList openRequests() const { return m_openRequests; }
    [[nodiscard]] QVariantList urgencyChoices() const;
    [[nodiscard]] int maxReasonLength() const;
    [[nodiscard]] QString errorText() const { return m_errorText; }

    Q_INVOKABLE void refresh();
    /// Adds or removes one focus area for the next meeting.
    Q_INVOKABLE bool setAreaChosen(int areaId, bool chosen);
    Q_INVOKABLE bool setActionDone(const QString &itemId, bool done);
    /// Sends an "I need a sounding board" request; false with errorText set when it cannot.
    Q_INVOKABLE bool requestSoundingBoard(const QString &urgency, const QString &reason);

signals:
    void changed();
    void errorTextChanged();

private:
    void clear();
    void setError(const QString &text);

    Session *m_session;
    Settings *m_settings;
    QString m_mentorshipId;
    QString m_mentorName;
    QString m_progressText;
    double m_progress = 0;
    QVariantMap m_nextMeeting;
    QVariantList m_chosenAreas;
    QVariantList m_openActions;
    QVariantList m_sharedSince;
    QVariantList m_openRequests;
    QString m_errorText;
};

} // namespace bollplank
