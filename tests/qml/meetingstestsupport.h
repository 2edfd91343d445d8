#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class AppContext;

/// For the meetings and reminder-settings tests: seeds mentorships and a rhythm, and reads
/// back what the core itself says (its expansion, the stored exceptions and settings, an
/// exported file parsed by the core's iCalendar reader), so the tests compare the screen with
/// the core rather than with numbers of their own.
class MeetingsTestSupport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit MeetingsTestSupport(AppContext *context, QObject *parent = nullptr);
    static MeetingsTestSupport *create(QQmlEngine *engine, QJSEngine *);

    /// A mentorship with the given other party's names; returns its id.
    Q_INVOKABLE QString addMentorship(const QString &adeptName, const QString &mentorName);
    /// A rhythm for a mentorship (rule, first meeting "YYYY-MM-DDTHH:MM", zone).
    Q_INVOKABLE void addSeries(const QString &mentorshipId, const QString &rule, const QString &start,
        const QString &zone);
    /// The starts (ms, UTC) of the next n occurrences by Recurrence::expand from now, with
    /// exceptions: [{ startsAt, key, moved, cancelled }].
    Q_INVOKABLE QVariantList coreOccurrences(const QString &mentorshipId, int n) const;
    /// The stored exceptions of the mentorship's series: [{ key, cancelled, movedTo }].
    Q_INVOKABLE QVariantList storedExceptions(const QString &mentorshipId) const;
    /// The series as stored: { rule, start, zone, duration }, or empty.
    Q_INVOKABLE QVariantMap storedSeries(const QString &mentorshipId) const;
    /// The reminder settings the core reads: { meetingOn, offsets, prepareOn, reflectOn,
    /// unbookedOn, requestOn, quietStart, quietEnd, discreet }.
    Q_INVOKABLE QVariantMap storedReminderSettings() const;
    /// Reads an .ics with the core's parser and expands its series the same way:
    /// [{ startsAt, key, moved, cancelled }], n at most; also checks nothing confidential is in it.
    Q_INVOKABLE QVariantList occurrencesInFile(const QString &path, int n) const;
    Q_INVOKABLE QString fileText(const QString &path) const;
    /// A fresh path in a temporary folder that lives as long as the test.
    Q_INVOKABLE QString tempPath(const QString &name) const;
    Q_INVOKABLE bool writeFile(const QString &path, const QByteArray &data) const;
    /// Whether the reminder service runs, and what the (in-memory) notifier showed.
    Q_INVOKABLE bool remindersRunning() const;

private:
    AppContext *m_context;
};

} // namespace bollplank
