#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class FocusCatalog;
class Session;
class Settings;
class Store;

/// The adept's side of the mentorship: the minutes of every held meeting, the action items
/// (the adept ticks off their own), each party's evaluation, and the adept's own evaluation.
class AdeptSide : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool hasMentorship READ hasMentorship NOTIFY changed)
    Q_PROPERTY(QString mentorshipId READ mentorshipId NOTIFY changed)
    Q_PROPERTY(QString mentorName READ mentorName NOTIFY changed)
    /// Held meetings, newest first: [{ meetingId, dateText, kindText, areasText,
    ///   minutes: [{ title, body }], evaluations: [{ partyText, rating, body }],
    ///   myRating, myEvaluation, evaluated }]
    Q_PROPERTY(QVariantList meetings READ meetings NOTIFY changed)
    /// Open first (soonest due first), then done: [{ itemId, body, ownerText, dueText, overdue, done, mine }]
    Q_PROPERTY(QVariantList actions READ actions NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    AdeptSide(Session *session, Settings *settings, FocusCatalog *catalog, QObject *parent = nullptr);
    static AdeptSide *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] bool hasMentorship() const { return !m_mentorshipId.isEmpty(); }
    [[nodiscard]] QString mentorshipId() const { return m_mentorshipId; }
    [[nodiscard]] QString mentorName() const { return m_mentorName; }
    [[nodiscard]] QVariantList meetings() const { return m_meetings; }
    [[nodiscard]] QVariantList actions() const { return m_actions; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    Q_INVOKABLE void refresh();
    /// Ticks off (or reopens) one of the adept's own action items; the mentor's are theirs to tick.
    Q_INVOKABLE bool setActionDone(const QString &itemId, bool done);
    /// The adept's evaluation of a held meeting: a rating 1-5 and free text (may be empty).
    Q_INVOKABLE bool evaluate(const QString &meetingId, int rating, const QString &text);

signals:
    void changed();
    void errorTextChanged();
    /// An action item changed: the meeting preparation page shows the open ones too.
    void actionsEdited();

private:
    void clear();
    void setError(const QString &text);

    Session *m_session;
    Settings *m_settings;
    FocusCatalog *m_catalog;
    QString m_mentorshipId;
    QString m_mentorName;
    QVariantList m_meetings;
    QVariantList m_actions;
    QString m_errorText;
};

} // namespace bollplank
