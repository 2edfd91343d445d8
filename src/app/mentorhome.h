#pragma once

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class Session;
class Settings;
class Store;

/// The mentor's start page: every adept with what is new since their last meeting, and the
/// open "I need a sounding board" requests of all of them, most urgent first.
class MentorHome : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// [{ mentorshipId, adeptName, stageText, progress, sharedNew, overdue, monthsWithout,
    ///    lastMeetingText, requestCount, urgency, urgencyText }]: adepts with an open request
    /// first (most urgent first), then by name.
    Q_PROPERTY(QVariantList adepts READ adepts NOTIFY changed)
    /// [{ requestId, mentorshipId, adeptName, urgency, urgencyText, reason, dateText }]
    Q_PROPERTY(QVariantList requests READ requests NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY changed)

public:
    MentorHome(Session *session, Settings *settings, QObject *parent = nullptr);
    static MentorHome *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] QVariantList adepts() const { return m_adepts; }
    [[nodiscard]] QVariantList requests() const { return m_requests; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    Q_INVOKABLE void refresh();

signals:
    void changed();

private:
    void clear();

    Session *m_session;
    Settings *m_settings;
    QVariantList m_adepts;
    QVariantList m_requests;
    QString m_errorText;
};

} // namespace bollplank
