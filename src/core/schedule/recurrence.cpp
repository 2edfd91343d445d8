#include "recurrence.h"

#include "schedule/cadence.h"
#include "store/storeerror.h"

#include <QTimeZone>
#include <libical/ical.h>

namespace bollplank {

QString CivilTime::toString() const
{
    return date.toString(Qt::ISODate) + QLatin1Char('T') + time.toString(QStringLiteral("HH:mm"));
}

CivilTime CivilTime::parse(const QString &text)
{
    const QString t = text.trimmed();
    const qsizetype sep
        = t.indexOf(QLatin1Char('T')) >= 0 ? t.indexOf(QLatin1Char('T')) : t.indexOf(QLatin1Char(' '));
    CivilTime c;
    if (sep == 10) {
        c.date = QDate::fromString(t.left(10), Qt::ISODate);
        const QString clock = t.mid(11);
        c.time = QTime::fromString(
            clock, clock.size() == 5 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss"));
        if (c.time.isValid())
            c.time = QTime(c.time.hour(), c.time.minute());
    }
    if (!c.isValid())
        throw StoreError(StoreError::Kind::InvalidInput,
            "Not a date and time (YYYY-MM-DDTHH:MM, a real calendar date): " + text.toStdString());
    return c;
}

namespace Recurrence {

namespace {

icaltimezone *zoneFor(const QString &zoneId)
{
    if (zoneId.isEmpty())
        return nullptr;
    const QByteArray id = zoneId.toUtf8();
    if (id == "UTC" || id == "Etc/UTC" || id == "Z")
        return icaltimezone_get_utc_timezone();
    return icaltimezone_get_builtin_timezone(id.constData());
}

icaltimezone *requireZone(const QString &zoneId)
{
    icaltimezone *zone = zoneFor(zoneId);
    if (!zone)
        throw StoreError(StoreError::Kind::InvalidInput,
            "Unknown time zone \"" + zoneId.toStdString() + "\" (use an IANA name such as Europe/Stockholm)");
    return zone;
}

icaltimetype icalFrom(const CivilTime &c)
{
    // Built from text, as in cadence.cpp: hand-filled icaltimetype values misled libical 3.0.16's
    // monthly expansion.
    const QString text
        = c.date.toString(QStringLiteral("yyyyMMdd")) + c.time.toString(QStringLiteral("'T'HHmm'00'"));
    return icaltime_from_string(text.toLatin1().constData());
}

CivilTime civilFrom(const icaltimetype &t)
{
    return { QDate(t.year, t.month, t.day), QTime(t.hour, t.minute) };
}

CivilTime wallAt(time_t utc, icaltimezone *zone)
{
    return civilFrom(icaltime_from_timet_with_zone(utc, 0, zone));
}

qint64 secondsBetween(const CivilTime &a, const CivilTime &b)
{
    return QDateTime(a.date, a.time, Qt::UTC).secsTo(QDateTime(b.date, b.time, Qt::UTC));
}

time_t utcSeconds(const CivilTime &c, icaltimezone *zone)
{
    icaltimetype t = icalFrom(c);
    time_t utc = icaltime_as_timet_with_zone(t, zone);
    const CivilTime back = wallAt(utc, zone);
    if (back != c) {
        // In the spring gap: keep the offset before the gap (RFC 5545), which moves the wall time
        // forward by the gap's length.
        utc += secondsBetween(back, c);
        return utc;
    }
    // In the autumn fold: the earlier of the two instants with this wall time.
    for (const int step : { 3600, 1800 }) {
        if (wallAt(utc - step, zone) == c)
            return utc - step;
    }
    return utc;
}

icalrecurrencetype parseRule(const QString &rule)
{
    Cadence::validate(rule);
    const QByteArray text = rule.trimmed().toUtf8();
    return icalrecurrencetype_from_string(text.constData());
}

QString zoneOf(const MeetingSeries &series)
{
    return series.timeZone.isEmpty() ? defaultZone() : series.timeZone;
}

/// Calls visit(civil) for each occurrence of the rule in order until it returns false.
template <typename Visit> void eachOccurrence(const MeetingSeries &series, Visit visit)
{
    icaltimezone *zone = requireZone(zoneOf(series));
    // Expanded in floating wall time, as RFC 5545 defines recurrence; each wall time is then placed
    // in the zone by utcSeconds(). With a zoned start, libical 3.0.16 carries a time shifted by the
    // spring gap (02:30 -> 03:30) into every later occurrence.
    icalrecurrencetype rule = parseRule(series.rule);
    if (!icaltime_is_null_time(rule.until) && icaltime_is_utc(rule.until) && !rule.until.is_date) {
        const CivilTime until = wallAt(icaltime_as_timet(rule.until), zone);
        rule.until = icalFrom(until);
        rule.until.second = 59;
    }
    const icaltimetype start = icalFrom(series.start);
    icalrecur_iterator *it = icalrecur_iterator_new(rule, start);
    if (!it)
        throw StoreError(StoreError::Kind::InvalidInput,
            "libical cannot expand the meeting rhythm " + series.rule.toStdString());
    // Enough for a daily rule over 100 years; a rule that never matches ends here too.
    constexpr int MaxSteps = 40'000;
    int steps = 0;
    for (icaltimetype next = icalrecur_iterator_next(it); !icaltime_is_null_time(next) && steps < MaxSteps;
         next = icalrecur_iterator_next(it), ++steps) {
        if (!visit(civilFrom(next)))
            break;
    }
    icalrecur_iterator_free(it);
}

} // namespace

bool isKnownZone(const QString &zoneId)
{
    return zoneFor(zoneId) != nullptr;
}

QString defaultZone()
{
    const QString system = QString::fromUtf8(QTimeZone::systemTimeZoneId());
    return isKnownZone(system) ? system : QStringLiteral("UTC");
}

void requireKnownZone(const QString &zoneId)
{
    (void)requireZone(zoneId);
}

qint64 toUtc(const CivilTime &time, const QString &zoneId)
{
    if (!time.isValid())
        throw StoreError(StoreError::Kind::InvalidInput, "Not a valid date and time");
    return qint64(utcSeconds(time, requireZone(zoneId))) * 1000;
}

CivilTime fromUtc(qint64 msSinceEpoch, const QString &zoneId)
{
    return wallAt(time_t(msSinceEpoch / 1000), requireZone(zoneId));
}

void validate(const MeetingSeries &series)
{
    Cadence::validate(series.rule);
    if (!series.start.isValid())
        throw StoreError(StoreError::Kind::InvalidInput, "A meeting series needs a real first date and time");
    if (!series.timeZone.isEmpty())
        requireKnownZone(series.timeZone);
    if (series.durationMinutes < 1 || series.durationMinutes > 1440)
        throw StoreError(StoreError::Kind::InvalidInput, "A meeting lasts 1 minute to 24 hours");
    bool any = false;
    eachOccurrence(series, [&](const CivilTime &) {
        any = true;
        return false;
    });
    if (!any)
        throw StoreError(StoreError::Kind::InvalidInput,
            "The meeting rhythm " + series.rule.toStdString() + " gives no meeting from "
                + series.start.toString().toStdString());
}

QList<Occurrence> expand(
    const MeetingSeries &series, const QList<SeriesException> &exceptions, qint64 from, qint64 to, int cap)
{
    QList<Occurrence> result;
    if (to <= from || cap <= 0)
        return result;
    const QString zoneId = zoneOf(series);
    icaltimezone *zone = requireZone(zoneId);
    auto exceptionFor = [&](const CivilTime &c) -> const SeriesException * {
        for (const SeriesException &e : exceptions)
            if (!e.meta.deleted && e.occurrence == c)
                return &e;
        return nullptr;
    };
    // Moved occurrences may land outside the window of their original time, so the rule is
    // expanded far enough to see every moved original too.
    CivilTime lastNeeded = fromUtc(to, zoneId);
    for (const SeriesException &e : exceptions)
        if (!e.meta.deleted && e.occurrence > lastNeeded)
            lastNeeded = e.occurrence;
    eachOccurrence(series, [&](const CivilTime &c) {
        if (c > lastNeeded && qint64(utcSeconds(c, zone)) * 1000 >= to)
            return false;
        Occurrence o;
        o.original = c;
        o.durationMinutes = series.durationMinutes;
        o.startsAt = qint64(utcSeconds(c, zone)) * 1000;
        const qint64 originalStart = o.startsAt;
        if (const SeriesException *e = exceptionFor(c)) {
            o.cancelled = e->cancelled;
            if (e->movedTo && !e->cancelled) {
                o.moved = true;
                o.startsAt = *e->movedTo;
            }
            if (e->durationMinutes)
                o.durationMinutes = *e->durationMinutes;
        }
        const qint64 at = o.cancelled ? originalStart : o.startsAt;
        if (at >= from && at < to)
            result.append(o);
        return true;
    });
    std::stable_sort(result.begin(), result.end(),
        [](const Occurrence &a, const Occurrence &b) { return a.startsAt < b.startsAt; });
    if (result.size() > cap)
        result.resize(cap);
    return result;
}

bool isOccurrence(const MeetingSeries &series, const CivilTime &time)
{
    bool found = false;
    eachOccurrence(series, [&](const CivilTime &c) {
        found = c == time;
        return c < time;
    });
    return found;
}

} // namespace Recurrence

} // namespace bollplank
