#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class FocusCatalog;
class Session;
class Settings;
class Store;

/// The mentor's page about one adept: the reflections the adept shared, each with the mentor's
/// comments; the mentor's private notes; the meeting history; progress toward the planned
/// length; and the focus areas month by month.
class AdeptReview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(QString mentorshipId READ mentorshipId NOTIFY changed)
    Q_PROPERTY(QString adeptName READ adeptName NOTIFY changed)
    /// { stageText, fraction, monthsText, meetingsText, lastMeetingText, endText, startText, cadenceText }
    Q_PROPERTY(QVariantMap progress READ progress NOTIFY changed)
    /// Newest first: [{ reflectionId, dateText, areasText, lensText, body, comments: [{ commentId, body, shown, dateText }] }]
    Q_PROPERTY(QVariantList reflections READ reflections NOTIFY changed)
    /// Newest first: [{ noteId, body, shown, dateText }] (shown: the Markdown to render, without images)
    Q_PROPERTY(QVariantList notes READ notes NOTIFY changed)
    /// Newest first: [{ meetingId, dateText, timeText, statusText, kindText, areasText, held, planned }]
    Q_PROPERTY(QVariantList meetings READ meetings NOTIFY changed)
    /// The planned meeting a "Start meeting" opens (empty when none is booked).
    Q_PROPERTY(QString nextMeetingId READ nextMeetingId NOTIFY changed)
    /// Oldest first: [{ label, yearText, counts: [6 ints] }], reflections and meetings together.
    Q_PROPERTY(QVariantList chart READ chart NOTIFY changed)
    /// The chart said in words, for screen readers and the text view.
    Q_PROPERTY(QStringList chartText READ chartText NOTIFY changed)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    AdeptReview(Session *session, Settings *settings, FocusCatalog *catalog, QObject *parent = nullptr);
    static AdeptReview *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] QString mentorshipId() const { return m_mentorshipId; }
    [[nodiscard]] QString adeptName() const { return m_adeptName; }
    [[nodiscard]] QVariantMap progress() const { return m_progress; }
    [[nodiscard]] QVariantList reflections() const { return m_reflections; }
    [[nodiscard]] QVariantList notes() const { return m_notes; }
    [[nodiscard]] QVariantList meetings() const { return m_meetings; }
    [[nodiscard]] QString nextMeetingId() const { return m_nextMeetingId; }
    [[nodiscard]] QVariantList chart() const { return m_chart; }
    [[nodiscard]] QStringList chartText() const { return m_chartText; }
    [[nodiscard]] QString errorText() const { return m_errorText; }

    /// Loads one adept's page.
    Q_INVOKABLE bool open(const QString &mentorshipId);
    Q_INVOKABLE void refresh();
    /// A new comment (empty commentId) or an edit of one; false with errorText when it cannot.
    Q_INVOKABLE bool saveComment(const QString &reflectionId, const QString &commentId, const QString &body);
    Q_INVOKABLE bool removeComment(const QString &commentId);
    Q_INVOKABLE bool saveNote(const QString &noteId, const QString &body);
    Q_INVOKABLE bool removeNote(const QString &noteId);

signals:
    void changed();
    void errorTextChanged();
    /// Something the mentor home counts changed.
    void edited();

private:
    void clear();
    void setError(const QString &text);
    void loadChart(Store &store, const QDate &start);

    Session *m_session;
    Settings *m_settings;
    FocusCatalog *m_catalog;
    QString m_mentorshipId;
    QString m_adeptName;
    QVariantMap m_progress;
    QVariantList m_reflections;
    QVariantList m_notes;
    QVariantList m_meetings;
    QString m_nextMeetingId;
    QVariantList m_chart;
    QStringList m_chartText;
    QString m_errorText;
};

} // namespace bollplank
