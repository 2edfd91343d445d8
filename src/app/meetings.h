#pragma once

#include <QObject>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class Session;
class Settings;
class Store;

/// The meetings screen: a mentorship's meeting rhythm (an RRULE expanded by libical), its next
/// occurrences with moved and cancelled ones marked, the booked and held meetings, and the
/// calendar file export and import. The mentor picks the adept; the adept has one mentorship.
/// Every change is announced by scheduleChanged(), so the reminders are planned again.
class Meetings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /// [{ id, name }]: the mentorships, named by the other party
    Q_PROPERTY(QVariantList mentorships READ mentorships NOTIFY changed)
    Q_PROPERTY(QString mentorshipId READ mentorshipId NOTIFY changed)
    Q_PROPERTY(QString partnerName READ partnerName NOTIFY changed)
    Q_PROPERTY(bool hasMentorship READ hasMentorship NOTIFY changed)
    Q_PROPERTY(bool hasSeries READ hasSeries NOTIFY changed)
    /// "The first Tuesday of every month at 14:00"
    Q_PROPERTY(QString rhythmText READ rhythmText NOTIFY changed)
    Q_PROPERTY(QString timeZone READ timeZone NOTIFY changed)
    /// "Times in Europe/Stockholm (CET)"
    Q_PROPERTY(QString timeZoneText READ timeZoneText NOTIFY changed)
    /// The editor's starting values: { pattern, ordinal, weekday, interval, rule, year, month,
    /// day, hour, minute, zone, duration }
    Q_PROPERTY(QVariantMap rhythmForm READ rhythmForm NOTIFY changed)
    /// [{ key, startsAt, dayText, timeText, originalText, moved, cancelled, year, month, day,
    /// hour, minute }]: the next occurrences of the rhythm; key is the original wall time
    Q_PROPERTY(QVariantList occurrences READ occurrences NOTIFY changed)
    /// [{ meetingId, dayText, timeText, kindText, statusText }]: booked meetings ahead
    Q_PROPERTY(QVariantList booked READ booked NOTIFY changed)
    /// The same for the last held meetings, newest first
    Q_PROPERTY(QVariantList held READ held NOTIFY changed)
    /// [{ value, text }] for the editor
    Q_PROPERTY(QVariantList ordinalChoices READ ordinalChoices NOTIFY changed)
    Q_PROPERTY(QVariantList weekdayChoices READ weekdayChoices NOTIFY changed)
    Q_PROPERTY(QVariantList durationChoices READ durationChoices NOTIFY changed)
    /// Short month names, January first, for the date picker
    Q_PROPERTY(QStringList monthNames READ monthNames NOTIFY changed)
    Q_PROPERTY(QString suggestedFileName READ suggestedFileName NOTIFY changed)
    /// The suggested file in the documents folder, for the save dialog
    Q_PROPERTY(QUrl suggestedFileUrl READ suggestedFileUrl NOTIFY changed)
    Q_PROPERTY(QUrl documentsFolder READ documentsFolder CONSTANT)
    /// What the last move, cancel or rhythm edit could not do (shown in its dialog)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    static constexpr int ShownOccurrences = 8;

    Meetings(Session *session, Settings *settings, QObject *parent = nullptr);
    static Meetings *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] QVariantList mentorships() const { return m_mentorships; }
    [[nodiscard]] QString mentorshipId() const { return m_mentorshipId; }
    [[nodiscard]] QString partnerName() const { return m_partnerName; }
    [[nodiscard]] bool hasMentorship() const { return !m_mentorshipId.isEmpty(); }
    [[nodiscard]] bool hasSeries() const { return !m_seriesId.isEmpty(); }
    [[nodiscard]] QString rhythmText() const { return m_rhythmText; }
    [[nodiscard]] QString timeZone() const { return m_timeZone; }
    [[nodiscard]] QString timeZoneText() const;
    [[nodiscard]] QVariantMap rhythmForm() const { return m_rhythmForm; }
    [[nodiscard]] QVariantList occurrences() const { return m_occurrences; }
    [[nodiscard]] QVariantList booked() const { return m_booked; }
    [[nodiscard]] QVariantList held() const { return m_held; }
    [[nodiscard]] QVariantList ordinalChoices() const;
    [[nodiscard]] QVariantList weekdayChoices() const;
    [[nodiscard]] QVariantList durationChoices() const;
    [[nodiscard]] QStringList monthNames() const;
    [[nodiscard]] QString suggestedFileName() const;
    [[nodiscard]] QUrl suggestedFileUrl() const;
    [[nodiscard]] QUrl documentsFolder() const;
    [[nodiscard]] QString errorText() const { return m_errorText; }

    Q_INVOKABLE void refresh();
    Q_INVOKABLE void selectMentorship(const QString &id);
    /// Moves the occurrence with this key to another wall time in the rhythm's zone. False with
    /// errorText set for a date that does not exist or a time the zone skips.
    Q_INVOKABLE bool moveOccurrence(const QString &key, int year, int month, int day, int hour, int minute);
    Q_INVOKABLE bool cancelOccurrence(const QString &key);
    /// Undoes a move or a cancellation.
    Q_INVOKABLE bool restoreOccurrence(const QString &key);
    /// Saves the rhythm from the editor's values (see rhythmForm). False with errorText set for an
    /// impossible date, an invalid rule or an unknown time zone; nothing is saved then.
    Q_INVOKABLE bool saveRhythm(const QVariantMap &form);
    /// The words for a rhythm the editor shows, or an empty string if the rule is invalid.
    Q_INVOKABLE QString describeRhythm(const QVariantMap &form) const;
    /// Writes the mentorship's meetings as an iCalendar file (path or file: URL).
    Q_INVOKABLE bool exportTo(const QString &pathOrUrl);
    /// Reads an invitation .ics from the other party into this mentorship.
    Q_INVOKABLE bool importFrom(const QString &pathOrUrl);
    Q_INVOKABLE void clearError();

signals:
    void changed();
    void errorTextChanged();
    /// The series, its exceptions or the meetings changed: plan the reminders again.
    void scheduleChanged();
    /// A short outcome for the snackbar (export and import).
    void notice(const QString &text);

private:
    void clear();
    void load(Store &store);
    void setError(const QString &text);

    Session *m_session;
    Settings *m_settings;
    QVariantList m_mentorships;
    QString m_mentorshipId;
    QString m_partnerName;
    QString m_seriesId;
    QString m_rhythmText;
    QString m_timeZone;
    QVariantMap m_rhythmForm;
    QVariantList m_occurrences;
    QVariantList m_booked;
    QVariantList m_held;
    QString m_errorText;
};

} // namespace bollplank
