// calendar: the meeting series (recurrence on libical), moved and cancelled occurrences, the next
// meetings, iCalendar export and import, and the reminder settings.
#include "commands.h"
#include "context.h"

#include "calendar/icalendar.h"
#include "reminders/reminderstore.h"
#include "repo/meetings.h"
#include "schedule/recurrence.h"
#include "schedule/seriesrepository.h"
#include "store/transaction.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

constexpr qint64 Day = 24 * 3600 * 1000LL;

Language language()
{
    return QLocale().language() == QLocale::Swedish ? Language::Swedish : Language::English;
}

CivilTime civil(const QString &text, const QString &what)
{
    try {
        return CivilTime::parse(text);
    } catch (const StoreError &) {
        throw usageError(u"%1: not a real date and time (YYYY-MM-DDTHH:MM)"_s.arg(what));
    }
}

MeetingSeries seriesOf(Context &ctx)
{
    const auto series = MeetingSeriesRepository(ctx.store()).forMentorship(ctx.mentorshipId());
    if (!series)
        throw invalidInput(u"this mentorship has no meeting series yet; set one with \"calendar series\""_s);
    return *series;
}

QJsonObject seriesJson(const MeetingSeries &s)
{
    return { { u"id"_s, s.meta.id }, { u"mentorship"_s, s.mentorshipId }, { u"rule"_s, s.rule },
        { u"start"_s, s.start.toString() }, { u"zone"_s, s.timeZone }, { u"duration"_s, s.durationMinutes },
        { u"place"_s, jsonText(s.place) } };
}

QString seriesText(const MeetingSeries &s)
{
    return u"Series %1: %2 from %3 (%4), %5 minutes%6"_s
        .arg(shortId(s.meta.id), s.rule, s.start.toString(), s.timeZone)
        .arg(s.durationMinutes)
        .arg(s.place.isEmpty() ? QString() : u", "_s + s.place);
}

void series(Context &ctx)
{
    MeetingSeriesRepository repo(ctx.store());
    const QString mentorship = ctx.mentorshipId();
    MeetingSeries s = repo.forMentorship(mentorship).value_or(MeetingSeries {});
    const bool creating = s.meta.id.isEmpty();
    if (creating) {
        (void)ctx.args.required(u"start"_s);
        s.mentorshipId = mentorship;
    }
    if (const auto rule = ctx.args.value(u"cadence"_s))
        s.rule = *rule;
    if (const auto start = ctx.args.value(u"start"_s))
        s.start = civil(*start, u"--start"_s);
    if (const auto zone = ctx.args.value(u"zone"_s))
        s.timeZone = *zone;
    if (const auto duration = ctx.number(u"duration"_s))
        s.durationMinutes = *duration;
    if (const auto place = ctx.args.value(u"place"_s))
        s.place = *place;
    repo.save(s);
    ctx.out.result(seriesJson(s), (creating ? u"Added "_s : u"Saved "_s) + seriesText(s));
}

void next(Context &ctx)
{
    const QString mentorship = ctx.mentorshipId();
    MentorshipSchedule schedule;
    schedule.mentorship.meta.id = mentorship;
    MeetingSeriesRepository repo(ctx.store());
    schedule.series = repo.forMentorship(mentorship);
    if (schedule.series)
        schedule.exceptions = repo.exceptions(schedule.series->meta.id);
    schedule.meetings = MeetingRepository(ctx.store()).listFor(mentorship);
    const qint64 from = ctx.date(u"from"_s).has_value()
        ? QDateTime(*ctx.date(u"from"_s), QTime(0, 0)).toMSecsSinceEpoch()
        : ctx.store().now();
    const int limit = ctx.number(u"limit"_s).value_or(6);
    if (limit < 1 || limit > 1000)
        throw usageError(u"--limit: 1 to 1000"_s);
    QJsonArray array;
    QStringList text;
    QList<UpcomingMeeting> upcoming = meetingsBetween(schedule, from, from + 3660 * Day);
    if (upcoming.size() > limit)
        upcoming.resize(limit);
    for (const UpcomingMeeting &m : upcoming) {
        array.append(QJsonObject { { u"start"_s, jsonTime(m.startsAt) }, { u"duration"_s, m.durationMinutes },
            { u"kind"_s, toString(m.kind) }, { u"place"_s, jsonText(m.place) } });
        text.append(u"%1  %2 min  %3%4"_s.arg(textTime(m.startsAt))
                        .arg(m.durationMinutes)
                        .arg(toString(m.kind), m.place.isEmpty() ? QString() : u"  "_s + m.place));
    }
    ctx.out.result(array, upcoming.isEmpty() ? u"No meetings ahead."_s : text.join(u'\n'));
}

void cancel(Context &ctx)
{
    const MeetingSeries s = seriesOf(ctx);
    const CivilTime when = civil(ctx.params.value(0), u"the occurrence"_s);
    MeetingSeriesRepository(ctx.store()).cancelOccurrence(s.meta.id, when);
    ctx.out.result(QJsonObject { { u"cancelled"_s, when.toString() } },
        u"Cancelled the meeting of %1"_s.arg(when.toString()));
}

void move(Context &ctx)
{
    const MeetingSeries s = seriesOf(ctx);
    const CivilTime when = civil(ctx.params.value(0), u"the occurrence"_s);
    const CivilTime to = civil(ctx.args.required(u"to"_s), u"--to"_s);
    const qint64 startsAt = Recurrence::toUtc(to, s.timeZone);
    MeetingSeriesRepository(ctx.store()).moveOccurrence(s.meta.id, when, startsAt, ctx.number(u"duration"_s));
    ctx.out.result(QJsonObject { { u"occurrence"_s, when.toString() }, { u"start"_s, jsonTime(startsAt) } },
        u"Moved the meeting of %1 to %2"_s.arg(when.toString(), textTime(startsAt)));
}

void restore(Context &ctx)
{
    const MeetingSeries s = seriesOf(ctx);
    const CivilTime when = civil(ctx.params.value(0), u"the occurrence"_s);
    MeetingSeriesRepository(ctx.store()).restoreOccurrence(s.meta.id, when);
    ctx.out.result(QJsonObject { { u"restored"_s, when.toString() } },
        u"Restored the meeting of %1"_s.arg(when.toString()));
}

void exportIcs(Context &ctx)
{
    const QString mentorship = ctx.mentorshipId();
    MeetingSeriesRepository repo(ctx.store());
    const auto s = repo.forMentorship(mentorship);
    ICalendar::ExportOptions options;
    options.language = language();
    options.includePlace = ctx.args.has(u"with-place"_s);
    options.alarmOffsets = ReminderSettingsRepository(ctx.store()).load().meetingOffsets;
    options.stamp = ctx.store().now();
    const QByteArray ics
        = ICalendar::exportMeetings(s, s ? repo.exceptions(s->meta.id) : QList<SeriesException> {},
            MeetingRepository(ctx.store()).listFor(mentorship), options);
    const QString out = ctx.args.value(u"out"_s).value_or(u"-"_s);
    if (out == u"-"_s) {
        Output::printText(QString::fromUtf8(ics));
        return;
    }
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(ics) != ics.size())
        throw CliError(ExitCode::Io, u"cannot write %1"_s.arg(out));
    ctx.out.result(QJsonObject { { u"file"_s, out }, { u"bytes"_s, qint64(ics.size()) } },
        u"Wrote %1 (%2 bytes)"_s.arg(out).arg(ics.size()));
}

void importIcs(Context &ctx)
{
    const QString path = ctx.params.value(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CliError(ExitCode::Io, u"cannot read %1"_s.arg(path));
    // Read one byte past the limit so the core can say the file is too large.
    const QByteArray data = file.read(ICalendar::MaxBytes + 1);
    const ICalendar::Invitation invitation = ICalendar::parse(data);
    const QString mentorship = ctx.mentorshipId();
    MeetingSeriesRepository seriesRepo(ctx.store());
    MeetingRepository meetings(ctx.store());
    QJsonArray array;
    QStringList text;
    Transaction tx(ctx.store().db());
    for (const ICalendar::ImportedEvent &e : invitation.events) {
        if (e.series) {
            const MeetingSeries s = seriesRepo.adoptImported(*e.series, mentorship, e.exceptions);
            array.append(seriesJson(s));
            text.append(seriesText(s));
        } else {
            Meeting m = e.meeting;
            m.mentorshipId = mentorship;
            meetings.save(m);
            array.append(QJsonObject { { u"meeting"_s, m.meta.id }, { u"start"_s, jsonTime(m.startsAt) },
                { u"status"_s, toString(m.status) } });
            text.append(
                u"Meeting %1 at %2 (%3)"_s.arg(shortId(m.meta.id), textTime(m.startsAt), toString(m.status)));
        }
    }
    tx.commit();
    ctx.out.result(array, u"Imported:\n"_s + text.join(u'\n'));
}

QList<ReminderKind> kinds(const QString &list)
{
    QList<ReminderKind> out;
    for (const QString &word : list.split(u',', Qt::SkipEmptyParts))
        out.append(parseChoice(word, u"enable/disable"_s, &parseReminderKind));
    return out;
}

std::optional<QTime> clock(const QString &text)
{
    const QTime t = QTime::fromString(text.trimmed(), u"HH:mm"_s);
    if (!t.isValid())
        throw usageError(u"--quiet: HH:MM-HH:MM or none"_s);
    return t;
}

void reminders(Context &ctx)
{
    ReminderSettingsRepository repo(ctx.store());
    ReminderSettings s = repo.load();
    bool changed = false;
    if (const auto on = ctx.args.value(u"enable"_s))
        for (ReminderKind k : kinds(*on)) {
            s.setOn(k, true);
            changed = true;
        }
    if (const auto off = ctx.args.value(u"disable"_s))
        for (ReminderKind k : kinds(*off)) {
            s.setOn(k, false);
            changed = true;
        }
    if (const auto offsets = ctx.args.value(u"offsets"_s)) {
        s.meetingOffsets = parseIdList(*offsets, u"--offsets"_s);
        changed = true;
    }
    if (const auto days = ctx.number(u"prepare-days"_s)) {
        s.prepareDays = *days;
        changed = true;
    }
    if (const auto quiet = ctx.args.value(u"quiet"_s)) {
        if (isNone(*quiet)) {
            s.quietStart.reset();
            s.quietEnd.reset();
        } else {
            const QStringList parts = quiet->split(u'-');
            if (parts.size() != 2)
                throw usageError(u"--quiet: HH:MM-HH:MM or none"_s);
            s.quietStart = clock(parts.at(0));
            s.quietEnd = clock(parts.at(1));
        }
        changed = true;
    }
    if (const auto discreet = ctx.args.value(u"discreet"_s)) {
        if (*discreet != u"on"_s && *discreet != u"off"_s)
            throw usageError(u"--discreet: on or off"_s);
        s.discreet = *discreet == u"on"_s;
        changed = true;
    }
    if (changed)
        repo.save(s);
    QJsonObject object;
    QStringList text;
    QJsonArray offsets;
    QStringList offsetText;
    for (int o : s.meetingOffsets) {
        offsets.append(o);
        offsetText.append(QString::number(o));
    }
    for (ReminderKind k : { ReminderKind::Meeting, ReminderKind::Prepare, ReminderKind::Reflect,
             ReminderKind::Unbooked, ReminderKind::Request }) {
        object.insert(toString(k), s.isOn(k));
        text.append(u"%1: %2"_s.arg(toString(k), s.isOn(k) ? u"on"_s : u"off"_s));
    }
    const QString quiet = s.quietStart
        ? s.quietStart->toString(u"HH:mm"_s) + u'-' + s.quietEnd->toString(u"HH:mm"_s)
        : u"none"_s;
    object.insert(u"offsets"_s, offsets);
    object.insert(u"prepareDays"_s, s.prepareDays);
    object.insert(u"quiet"_s, quiet);
    object.insert(u"discreet"_s, s.discreet);
    text << u"meeting offsets (minutes before): "_s + offsetText.join(u',')
         << u"prepare days before: "_s + QString::number(s.prepareDays) << u"quiet hours: "_s + quiet
         << u"discreet: "_s + (s.discreet ? u"on"_s : u"off"_s);
    ctx.out.result(object, text.join(u'\n'));
}

} // namespace

void addCalendarCommands(QList<Command> &commands)
{
    commands += {
        { u"calendar series"_s,
            u"[--mentorship ID] [--cadence RRULE] [--start YYYY-MM-DDTHH:MM] [--zone ZONE] [--duration "
            u"MINUTES] "
            "[--place PLACE]"_s,
            u"set the meeting series: an RRULE such as FREQ=MONTHLY;BYDAY=1TU from the first meeting, "
            "in an IANA zone (default: the system's)"_s,
            0, 0, &series },
        { u"calendar next"_s, u"[--mentorship ID] [--from YYYY-MM-DD] [--limit N]"_s,
            u"the next meetings: series occurrences (moved ones where they now are) and single meetings"_s, 0,
            0, &next },
        { u"calendar cancel"_s, u"YYYY-MM-DDTHH:MM [--mentorship ID]"_s,
            u"cancel one occurrence of the series (its original time)"_s, 1, 1, &cancel },
        { u"calendar move"_s,
            u"YYYY-MM-DDTHH:MM --to YYYY-MM-DDTHH:MM [--duration MINUTES] [--mentorship ID]"_s,
            u"move one occurrence of the series (times in the series' zone)"_s, 1, 1, &move },
        { u"calendar restore"_s, u"YYYY-MM-DDTHH:MM [--mentorship ID]"_s,
            u"undo a move or cancellation of one occurrence"_s, 1, 1, &restore },
        { u"calendar export"_s, u"[--mentorship ID] [--out FILE|-] [--with-place]"_s,
            u"write the meetings as iCalendar (.ics): rule, moved and cancelled occurrences, alarms; "
            "no names or notes, no place unless --with-place"_s,
            0, 0, &exportIcs },
        { u"calendar import"_s, u"FILE [--mentorship ID]"_s,
            u"add the meeting or series of an invitation (.ics, at most 1 MiB) to the mentorship"_s, 1, 1,
            &importIcs },
        { u"calendar reminders"_s,
            u"[--enable KINDS] [--disable KINDS] [--offsets MINUTES,...] [--prepare-days N] "
            "[--quiet HH:MM-HH:MM|none] [--discreet on|off]"_s,
            u"show or change the reminders (kinds: meeting, prepare, reflect, unbooked, request)"_s, 0, 0,
            &reminders },
    };
}

} // namespace bollplank::cli
