#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class Session;
class Settings;
class Store;

/// Starting a mentorship and its agreement: goals, what each side expects, the confidentiality
/// clause, and each party's acknowledgement. Either party sets it up on their own device (there is
/// no sync yet); the profile's role says which side "I" am.
class MentorshipSetup : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// [{ value, text }]: the cadences offered for formal meetings (iCalendar rules).
    Q_PROPERTY(QVariantList cadenceChoices READ cadenceChoices NOTIFY changed)
    /// The agreement loaded by load(): { mentorshipId, exists, adeptName, mentorName, goals,
    /// adeptExpectations, mentorExpectations, confidentiality, adeptAcknowledged, mentorAcknowledged,
    /// adeptAckText, mentorAckText, mineAcknowledged, bothAcknowledged }
    Q_PROPERTY(QVariantMap agreement READ agreement NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    MentorshipSetup(Session *session, Settings *settings, QObject *parent = nullptr);
    static MentorshipSetup *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] QVariantList cadenceChoices() const;
    [[nodiscard]] QVariantMap agreement() const { return m_agreement; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    /// "Monthly", "Every six weeks", ... or the rule itself when it is none of the offered ones.
    [[nodiscard]] static QString cadenceText(const QString &rule);

    /// Creates a mentorship with the other party's name (the adept's on a mentor's device, the
    /// mentor's on an adept's), a start date "yyyy-MM-dd", the planned length in months and a
    /// cadence value. Returns its id, or an empty string with errorText set; nothing is written then.
    Q_INVOKABLE QString createMentorship(const QString &otherName, const QString &startDate, int plannedMonths,
        const QString &cadence);
    /// Loads the agreement of a mentorship; one not written yet comes with the default texts.
    Q_INVOKABLE void load(const QString &mentorshipId);
    /// Saves the agreement's texts. Changing a text already acknowledged asks both parties anew.
    Q_INVOKABLE bool saveAgreement(const QString &goals, const QString &adeptExpectations,
        const QString &mentorExpectations, const QString &confidentiality);
    /// Records that this profile's party has read and accepts the saved agreement, today.
    Q_INVOKABLE bool acknowledge();

signals:
    void changed();
    void errorTextChanged();
    /// A mentorship was created or its agreement changed: lists that show it reload.
    void mentorshipsChanged();

private:
    void setError(const QString &text);

    Session *m_session;
    Settings *m_settings;
    QString m_mentorshipId;
    QVariantMap m_agreement;
    QString m_errorText;
};

} // namespace bollplank
