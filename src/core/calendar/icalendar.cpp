#include "icalendar.h"

#include "schedule/cadence.h"
#include "schedule/recurrence.h"
#include "store/storeerror.h"

#include <QDateTime>
#include <QHash>
#include <libical/ical.h>
#include <memory>

namespace bollplank::ICalendar {

namespace {

constexpr qint64 Minute = 60'000;

[[noreturn]] void fail(const std::string &message)
{
    throw StoreError(StoreError::Kind::InvalidInput, "Calendar file: " + message);
}

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

void quietLibical()
{
    // libical may be built to abort on errors; a bad file must be an error, not a crash.
    static const bool done = [] {
        icalerror_set_errors_are_fatal(0);
        return true;
    }();
    (void)done;
}

QString summaryText(Language language)
{
    return language == Language::Swedish ? QStringLiteral("Mentorsmöte")
                                         : QStringLiteral("Mentorship meeting");
}

bool isUtc(const QString &zone)
{
    return zone == QLatin1String("UTC") || zone == QLatin1String("Etc/UTC");
}

icaltimetype floating(const CivilTime &c)
{
    const QString text
        = c.date.toString(QStringLiteral("yyyyMMdd")) + c.time.toString(QStringLiteral("'T'HHmm'00'"));
    return icaltime_from_string(text.toLatin1().constData());
}

icaltimetype utcTime(qint64 ms)
{
    return icaltime_from_timet_with_zone(time_t(ms / 1000), 0, icaltimezone_get_utc_timezone());
}

/// A date-time property in zone: TZID=zone with a floating value, or a UTC value.
template <typename Make> icalproperty *zoned(Make make, const CivilTime &c, const QString &zone)
{
    if (isUtc(zone))
        return make(utcTime(Recurrence::toUtc(c, zone)));
    icalproperty *p = make(floating(c));
    icalproperty_add_parameter(p, icalparameter_new_tzid(zone.toUtf8().constData()));
    return p;
}

void addCommon(
    icalcomponent *event, const ExportOptions &o, int durationMinutes, const QString &place, qint64 stamp)
{
    icalcomponent_add_property(event, icalproperty_new_dtstamp(utcTime(stamp)));
    icalcomponent_add_property(
        event, icalproperty_new_duration(icaldurationtype_from_int(durationMinutes * 60)));
    icalcomponent_add_property(event, icalproperty_new_summary(summaryText(o.language).toUtf8().constData()));
    icalcomponent_add_property(event, icalproperty_new_class(ICAL_CLASS_PRIVATE));
    if (o.includePlace && !place.trimmed().isEmpty())
        icalcomponent_add_property(event, icalproperty_new_location(place.trimmed().toUtf8().constData()));
    for (int offset : o.alarmOffsets) {
        icalcomponent *alarm = icalcomponent_new_valarm();
        icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
        icalcomponent_add_property(
            alarm, icalproperty_new_description(summaryText(o.language).toUtf8().constData()));
        icaltriggertype trigger = icaltriggertype_from_int(0);
        trigger.duration = icaldurationtype_from_int(-offset * 60);
        icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
        icalcomponent_add_component(event, alarm);
    }
}

QString uidOf(const QString &id, const QString &given)
{
    return given.isEmpty() ? id + QStringLiteral("@bollplank") : given;
}

} // namespace

QByteArray exportMeetings(const std::optional<MeetingSeries> &series,
    const QList<SeriesException> &exceptions, const QList<Meeting> &meetings, const ExportOptions &o)
{
    quietLibical();
    const qint64 stamp = o.stamp ? o.stamp : QDateTime::currentMSecsSinceEpoch();
    const QString zone = series && !series->timeZone.isEmpty() ? series->timeZone : Recurrence::defaultZone();
    icaltimezone *tz = nullptr;
    if (!isUtc(zone)) {
        Recurrence::requireKnownZone(zone);
        tz = icaltimezone_get_builtin_timezone(zone.toUtf8().constData());
    }

    Component cal(icalcomponent_new_vcalendar());
    icalcomponent_add_property(cal.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(cal.get(), icalproperty_new_prodid("-//Bollplank//Bollplank//EN"));
    icalcomponent_add_property(cal.get(), icalproperty_new_method(ICAL_METHOD_PUBLISH));
    if (tz) {
        // libical's zone is named "/freeassociation.sourceforge.net/<IANA id>"; calendars expect the
        // plain IANA id, which libical and other readers also resolve.
        icalcomponent *vtz = icalcomponent_new_clone(icaltimezone_get_component(tz));
        icalproperty_set_tzid(
            icalcomponent_get_first_property(vtz, ICAL_TZID_PROPERTY), zone.toUtf8().constData());
        icalcomponent_add_component(cal.get(), vtz);
    }

    QList<qint64> occurrenceMinutes;
    if (series) {
        const QString uid = uidOf(series->meta.id, series->uid);
        icalcomponent *event = icalcomponent_new_vevent();
        icalcomponent_add_property(event, icalproperty_new_uid(uid.toUtf8().constData()));
        icalcomponent_add_property(event, zoned(&icalproperty_new_dtstart, series->start, zone));
        icalrecurrencetype rule = icalrecurrencetype_from_string(series->rule.toUtf8().constData());
        icalcomponent_add_property(event, icalproperty_new_rrule(rule));
        for (const SeriesException &e : exceptions)
            if (!e.meta.deleted && e.cancelled)
                icalcomponent_add_property(event, zoned(&icalproperty_new_exdate, e.occurrence, zone));
        addCommon(event, o, series->durationMinutes, series->place, stamp);
        icalcomponent_add_component(cal.get(), event);

        for (const SeriesException &e : exceptions) {
            if (e.meta.deleted || e.cancelled || !e.movedTo)
                continue;
            icalcomponent *moved = icalcomponent_new_vevent();
            icalcomponent_add_property(moved, icalproperty_new_uid(uid.toUtf8().constData()));
            icalcomponent_add_property(moved, zoned(&icalproperty_new_recurrenceid, e.occurrence, zone));
            icalcomponent_add_property(
                moved, zoned(&icalproperty_new_dtstart, Recurrence::fromUtc(*e.movedTo, zone), zone));
            addCommon(moved, o, e.durationMinutes.value_or(series->durationMinutes), series->place, stamp);
            icalcomponent_add_component(cal.get(), moved);
        }
        // Meeting records standing for an occurrence are already in the series.
        qint64 lastMeeting = 0;
        for (const Meeting &m : meetings)
            lastMeeting = std::max(lastMeeting, m.startsAt);
        if (!meetings.isEmpty())
            for (const auto &occurrence :
                Recurrence::expand(*series, exceptions, 0, lastMeeting + Minute, 5000))
                occurrenceMinutes.append(occurrence.startsAt / Minute);
    }

    for (const Meeting &m : meetings) {
        if (m.meta.deleted || occurrenceMinutes.contains(m.startsAt / Minute))
            continue;
        icalcomponent *event = icalcomponent_new_vevent();
        icalcomponent_add_property(event, icalproperty_new_uid(uidOf(m.meta.id, {}).toUtf8().constData()));
        icalcomponent_add_property(
            event, zoned(&icalproperty_new_dtstart, Recurrence::fromUtc(m.startsAt, zone), zone));
        if (m.status == MeetingStatus::Cancelled)
            icalcomponent_add_property(event, icalproperty_new_status(ICAL_STATUS_CANCELLED));
        addCommon(event, o, m.durationMinutes, m.place, stamp);
        icalcomponent_add_component(cal.get(), event);
    }

    char *text = icalcomponent_as_ical_string_r(cal.get());
    QByteArray result(text);
    free(text);
    return result;
}

namespace {

/// The IANA id in a TZID parameter: plain, or behind a libical-style "/vendor/" prefix.
QString ianaOf(const QString &tzid)
{
    if (Recurrence::isKnownZone(tzid))
        return tzid;
    if (tzid.startsWith(QLatin1Char('/'))) {
        // "/freeassociation.sourceforge.net/Europe/Stockholm", "/citadel.org/20190914_1/Europe/Stockholm"
        const QStringList parts = tzid.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QString candidate = parts.mid(i).join(QLatin1Char('/'));
            if (Recurrence::isKnownZone(candidate))
                return candidate;
        }
    }
    return {};
}

struct ZonedTime
{
    CivilTime civil;
    QString zone;
    qint64 utc = 0;
};

/// A date-time property's value as a wall time in a zone we know, plus its instant.
ZonedTime readTime(
    icalproperty *p, icaltimetype t, const QString &userZone, const char *what, icalcomponent *cal)
{
    if (icaltime_is_null_time(t) || !icaltime_is_valid_time(t))
        fail(std::string("the ") + what + " is not a valid date and time");
    if (t.is_date)
        fail(std::string("an all-day event is not a meeting (") + what + " has no time of day)");
    const CivilTime civil { QDate(t.year, t.month, t.day), QTime(t.hour, t.minute) };
    if (!civil.isValid())
        fail(std::string("the ") + what + " is not a real date");
    if (icaltime_is_utc(t)) {
        const qint64 utc = qint64(icaltime_as_timet(t)) * 1000;
        return { Recurrence::fromUtc(utc, userZone), userZone, utc };
    }
    icalparameter *param = icalproperty_get_first_parameter(p, ICAL_TZID_PARAMETER);
    if (!param)
        return { civil, userZone, Recurrence::toUtc(civil, userZone) }; // floating: the user's zone
    const QString tzid = QString::fromUtf8(icalparameter_get_tzid(param));
    const QString iana = ianaOf(tzid);
    if (!iana.isEmpty())
        return { civil, iana, Recurrence::toUtc(civil, iana) };
    // A zone only the file defines: take the instant by its VTIMEZONE, keep it in the user's zone.
    if (!t.zone)
        t.zone = icalcomponent_get_timezone(cal, icalparameter_get_tzid(param));
    if (t.zone) {
        const qint64 utc = qint64(icaltime_as_timet_with_zone(t, t.zone)) * 1000;
        return { Recurrence::fromUtc(utc, userZone), userZone, utc };
    }
    fail("unknown time zone \"" + tzid.toStdString() + "\" and no VTIMEZONE defines it");
}

void refuseErrors(icalcomponent *c)
{
    for (icalproperty *p = icalcomponent_get_first_property(c, ICAL_XLICERROR_PROPERTY); p;
         p = icalcomponent_get_next_property(c, ICAL_XLICERROR_PROPERTY))
        fail(std::string("malformed: ")
            + (icalproperty_get_xlicerror(p) ? icalproperty_get_xlicerror(p) : "?"));
    for (icalcomponent *child = icalcomponent_get_first_component(c, ICAL_ANY_COMPONENT); child;
         child = icalcomponent_get_next_component(c, ICAL_ANY_COMPONENT))
        refuseErrors(child);
}

int durationOf(icalcomponent *event, const ZonedTime &start, const QString &userZone)
{
    if (icalproperty *end = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY)) {
        const ZonedTime e
            = readTime(end, icalcomponent_get_dtend(event), userZone, "end", icalcomponent_get_parent(event));
        const qint64 minutes = (e.utc - start.utc) / Minute;
        if (minutes < 1 || minutes > 1440)
            fail("a meeting lasts 1 minute to 24 hours");
        return int(minutes);
    }
    if (icalproperty *d = icalcomponent_get_first_property(event, ICAL_DURATION_PROPERTY)) {
        const int seconds = icaldurationtype_as_int(icalproperty_get_duration(d));
        if (seconds < 60 || seconds > 24 * 3600)
            fail("a meeting lasts 1 minute to 24 hours");
        return seconds / 60;
    }
    return 150;
}

} // namespace

Invitation parse(const QByteArray &data, const QString &userZoneGiven)
{
    quietLibical();
    if (data.size() > MaxBytes)
        fail("too large (" + std::to_string(data.size() / 1024) + " KiB; at most 1 MiB)");
    if (!data.trimmed().startsWith("BEGIN:VCALENDAR"))
        fail("not an iCalendar file (it must begin with BEGIN:VCALENDAR)");
    const QString userZone = userZoneGiven.isEmpty() ? Recurrence::defaultZone() : userZoneGiven;
    Recurrence::requireKnownZone(userZone);

    icalerror_clear_errno();
    Component root(icalparser_parse_string(data.constData()));
    if (!root)
        fail("not a readable iCalendar file");
    icalcomponent *cal = root.get();
    if (icalcomponent_isa(cal) == ICAL_XROOT_COMPONENT)
        fail("more than one calendar in one file");
    if (icalcomponent_isa(cal) != ICAL_VCALENDAR_COMPONENT)
        fail("not an iCalendar file (no VCALENDAR)");
    refuseErrors(cal);

    Invitation result;
    if (icalproperty *m = icalcomponent_get_first_property(cal, ICAL_METHOD_PROPERTY))
        result.method = QString::fromUtf8(icalproperty_method_to_string(icalproperty_get_method(m)));

    if (icalcomponent_count_components(cal, ICAL_VEVENT_COMPONENT) > MaxEvents)
        fail("too many events (at most " + std::to_string(MaxEvents) + ")");
    QHash<QString, qsizetype> byUid;
    QList<icalcomponent *> overrides;
    for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        if (icalcomponent_get_first_property(ev, ICAL_RECURRENCEID_PROPERTY)) {
            overrides.append(ev);
            continue;
        }
        ImportedEvent out;
        const char *uid = icalcomponent_get_uid(ev);
        out.uid = uid ? QString::fromUtf8(uid) : QString();
        icalproperty *startProp = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
        if (!startProp)
            fail("an event has no start (DTSTART)");
        const ZonedTime start = readTime(startProp, icalcomponent_get_dtstart(ev), userZone, "start", cal);
        const int duration = durationOf(ev, start, userZone);
        const char *location = icalcomponent_get_location(ev);
        const QString place = location ? QString::fromUtf8(location).trimmed().left(200) : QString();
        const bool cancelled = icalcomponent_get_status(ev) == ICAL_STATUS_CANCELLED
            || result.method == QLatin1String("CANCEL");

        if (icalproperty *rrule = icalcomponent_get_first_property(ev, ICAL_RRULE_PROPERTY)) {
            icalrecurrencetype rule = icalproperty_get_rrule(rrule);
            char *ruleText = icalrecurrencetype_as_string_r(&rule);
            MeetingSeries s;
            s.rule = QString::fromUtf8(ruleText ? ruleText : "");
            free(ruleText);
            Cadence::validate(s.rule);
            s.start = start.civil;
            s.timeZone = start.zone;
            s.durationMinutes = duration;
            s.place = place;
            s.uid = out.uid;
            Recurrence::validate(s);
            for (icalproperty *ex = icalcomponent_get_first_property(ev, ICAL_EXDATE_PROPERTY); ex;
                 ex = icalcomponent_get_next_property(ev, ICAL_EXDATE_PROPERTY)) {
                const ZonedTime when
                    = readTime(ex, icalproperty_get_exdate(ex), userZone, "cancelled date (EXDATE)", cal);
                SeriesException e;
                e.occurrence = Recurrence::fromUtc(when.utc, s.timeZone);
                e.cancelled = true;
                out.exceptions.append(e);
            }
            out.series = s;
        } else {
            out.meeting.startsAt = start.utc;
            out.meeting.durationMinutes = duration;
            out.meeting.coachingMinutes = std::min(30, duration);
            out.meeting.place = place;
            out.meeting.status = cancelled ? MeetingStatus::Cancelled : MeetingStatus::Planned;
        }
        byUid.insert(out.uid, result.events.size());
        result.events.append(out);
    }
    for (icalcomponent *ev : overrides) {
        const char *uid = icalcomponent_get_uid(ev);
        const auto it = byUid.constFind(uid ? QString::fromUtf8(uid) : QString());
        if (it == byUid.constEnd() || !result.events.at(*it).series)
            fail("a changed occurrence (RECURRENCE-ID) belongs to no series in the file");
        ImportedEvent &owner = result.events[*it];
        const QString zone = owner.series->timeZone;
        icalproperty *rid = icalcomponent_get_first_property(ev, ICAL_RECURRENCEID_PROPERTY);
        const ZonedTime original
            = readTime(rid, icalcomponent_get_recurrenceid(ev), userZone, "RECURRENCE-ID", cal);
        SeriesException e;
        e.occurrence = Recurrence::fromUtc(original.utc, zone);
        if (icalcomponent_get_status(ev) == ICAL_STATUS_CANCELLED) {
            e.cancelled = true;
        } else {
            icalproperty *startProp = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY);
            if (!startProp)
                fail("a moved occurrence has no start (DTSTART)");
            const ZonedTime start
                = readTime(startProp, icalcomponent_get_dtstart(ev), userZone, "start", cal);
            e.movedTo = start.utc;
            const int duration = durationOf(ev, start, userZone);
            if (duration != owner.series->durationMinutes)
                e.durationMinutes = duration;
        }
        owner.exceptions.append(e);
    }
    if (result.events.isEmpty())
        fail("no event (VEVENT) in it");
    return result;
}

} // namespace bollplank::ICalendar
