#include "meetingstestsupport.h"

#include "appcontext.h"
#include "meetings.h"
#include "reminderhost.h"
#include "session.h"

#include "calendar/icalendar.h"
#include "profile/profile.h"
#include "reminders/reminderstore.h"
#include "repo/mentorships.h"
#include "schedule/recurrence.h"
#include "schedule/seriesrepository.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QQmlEngine>
#include <QTemporaryDir>

namespace bollplank {

namespace {

constexpr qint64 Year = 366LL * 24 * 3600 * 1000;

QTemporaryDir &tempDir()
{
    static QTemporaryDir dir;
    return dir;
}

QVariantList asList(const QList<Recurrence::Occurrence> &occurrences)
{
    QVariantList list;
    for (const Recurrence::Occurrence &o : occurrences)
        list.append(QVariantMap { { QStringLiteral("startsAt"), double(o.startsAt) },
            { QStringLiteral("key"), o.original.toString() }, { QStringLiteral("moved"), o.moved },
            { QStringLiteral("cancelled"), o.cancelled } });
    return list;
}

} // namespace

MeetingsTestSupport::MeetingsTestSupport(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

MeetingsTestSupport *MeetingsTestSupport::create(QQmlEngine *engine, QJSEngine *)
{
    return new MeetingsTestSupport(AppContext::of(engine), engine);
}

QString MeetingsTestSupport::addMentorship(const QString &adeptName, const QString &mentorName)
{
    Store &store = m_context->session()->profile()->store();
    Mentorship m;
    m.adeptName = adeptName;
    m.mentorName = mentorName;
    m.startDate = QDate::currentDate().addMonths(-2);
    MentorshipRepository(store).save(m);
    m_context->meetings()->refresh();
    return m.meta.id;
}

void MeetingsTestSupport::addSeries(
    const QString &mentorshipId, const QString &rule, const QString &start, const QString &zone)
{
    Store &store = m_context->session()->profile()->store();
    MeetingSeries s;
    s.mentorshipId = mentorshipId;
    s.rule = rule;
    s.start = CivilTime::parse(start);
    s.timeZone = zone;
    MeetingSeriesRepository(store).save(s);
    m_context->meetings()->refresh();
}

QVariantList MeetingsTestSupport::coreOccurrences(const QString &mentorshipId, int n) const
{
    Store &store = m_context->session()->profile()->store();
    MeetingSeriesRepository repo(store);
    const auto series = repo.forMentorship(mentorshipId);
    if (!series)
        return {};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    return asList(Recurrence::expand(*series, repo.exceptions(series->meta.id), now, now + 3 * Year, n));
}

QVariantList MeetingsTestSupport::storedExceptions(const QString &mentorshipId) const
{
    Store &store = m_context->session()->profile()->store();
    MeetingSeriesRepository repo(store);
    const auto series = repo.forMentorship(mentorshipId);
    QVariantList list;
    if (!series)
        return list;
    for (const SeriesException &e : repo.exceptions(series->meta.id))
        list.append(QVariantMap { { QStringLiteral("key"), e.occurrence.toString() },
            { QStringLiteral("cancelled"), e.cancelled },
            { QStringLiteral("movedTo"), e.movedTo ? double(*e.movedTo) : 0.0 } });
    return list;
}

QVariantMap MeetingsTestSupport::storedSeries(const QString &mentorshipId) const
{
    Store &store = m_context->session()->profile()->store();
    const auto series = MeetingSeriesRepository(store).forMentorship(mentorshipId);
    if (!series)
        return {};
    return { { QStringLiteral("rule"), series->rule }, { QStringLiteral("start"), series->start.toString() },
        { QStringLiteral("zone"), series->timeZone }, { QStringLiteral("duration"), series->durationMinutes } };
}

QVariantMap MeetingsTestSupport::storedReminderSettings() const
{
    const ReminderSettings s = ReminderSettingsRepository(m_context->session()->profile()->store()).load();
    QVariantList offsets;
    for (int o : s.meetingOffsets)
        offsets.append(o);
    return { { QStringLiteral("meetingOn"), s.meetingOn }, { QStringLiteral("offsets"), offsets },
        { QStringLiteral("prepareOn"), s.prepareOn }, { QStringLiteral("reflectOn"), s.reflectOn },
        { QStringLiteral("unbookedOn"), s.unbookedOn }, { QStringLiteral("requestOn"), s.requestOn },
        { QStringLiteral("quietStart"), s.quietStart ? s.quietStart->toString(QStringLiteral("HH:mm")) : QString() },
        { QStringLiteral("quietEnd"), s.quietEnd ? s.quietEnd->toString(QStringLiteral("HH:mm")) : QString() },
        { QStringLiteral("discreet"), s.discreet } };
}

QVariantList MeetingsTestSupport::occurrencesInFile(const QString &path, int n) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const ICalendar::Invitation invitation = ICalendar::parse(file.readAll());
    for (const ICalendar::ImportedEvent &e : invitation.events) {
        if (!e.series)
            continue;
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        return asList(Recurrence::expand(*e.series, e.exceptions, now, now + 3 * Year, n));
    }
    return {};
}

QString MeetingsTestSupport::fileText(const QString &path) const
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QString MeetingsTestSupport::tempPath(const QString &name) const
{
    return tempDir().filePath(name);
}

bool MeetingsTestSupport::writeFile(const QString &path, const QByteArray &data) const
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

bool MeetingsTestSupport::remindersRunning() const
{
    return m_context->reminderHost()->isRunning();
}

} // namespace bollplank
