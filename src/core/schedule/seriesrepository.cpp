#include "seriesrepository.h"

#include "repo/recordio.h"
#include "schedule/recurrence.h"
#include "store/transaction.h"

namespace bollplank {

namespace {

const std::string SelectSeries = std::string("SELECT ") + MetaColumns
    + ", mentorship_id, rule, dtstart, tzid, duration_min, place, uid FROM meeting_series ";
const std::string SelectException = std::string("SELECT ") + MetaColumns
    + ", series_id, occurrence, cancelled, moved_to, duration_min FROM series_exception ";

MeetingSeries seriesFrom(const Statement &row)
{
    MeetingSeries s;
    s.meta = readMeta(row);
    s.mentorshipId = row.text(5);
    s.rule = row.text(6);
    s.start = CivilTime::parse(row.text(7));
    s.timeZone = row.text(8);
    s.durationMinutes = row.integer(9);
    s.place = row.text(10);
    s.uid = row.text(11);
    return s;
}

SeriesException exceptionFrom(const Statement &row)
{
    SeriesException e;
    e.meta = readMeta(row);
    e.seriesId = row.text(5);
    e.occurrence = CivilTime::parse(row.text(6));
    e.cancelled = row.integer(7) != 0;
    e.movedTo = row.optionalInt64(8);
    if (const auto d = row.optionalInt64(9))
        e.durationMinutes = int(*d);
    return e;
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

} // namespace

void MeetingSeriesRepository::save(MeetingSeries &s)
{
    require(!s.mentorshipId.isEmpty(), "A meeting series belongs to a mentorship");
    if (s.timeZone.isEmpty())
        s.timeZone = Recurrence::defaultZone();
    s.rule = s.rule.trimmed();
    s.place = s.place.trimmed();
    Recurrence::validate(s);
    Transaction tx(m_store.db());
    if (const auto existing = forMentorship(s.mentorshipId))
        require(
            existing->meta.id == s.meta.id, "This mentorship already has a meeting series; edit that one");
    writeRecord(m_store, "meeting_series", s.meta,
        { { "mentorship_id", s.mentorshipId }, { "rule", s.rule }, { "dtstart", s.start.toString() },
            { "tzid", s.timeZone }, { "duration_min", s.durationMinutes }, { "place", s.place },
            { "uid", s.uid } });
    tx.commit();
}

MeetingSeries MeetingSeriesRepository::get(const QString &id)
{
    return fetchOne(
        m_store, SelectSeries + "WHERE id = ? AND deleted = 0", id, &seriesFrom, "meeting series");
}

std::optional<MeetingSeries> MeetingSeriesRepository::forMentorship(const QString &mentorshipId)
{
    const QList<MeetingSeries> rows = fetchAll(
        m_store, SelectSeries + "WHERE mentorship_id = ? AND deleted = 0 ORDER BY seq LIMIT 1",
        [&](Statement &st) { st.bind(1, mentorshipId); }, &seriesFrom);
    return rows.isEmpty() ? std::nullopt : std::optional<MeetingSeries>(rows.first());
}

QList<MeetingSeries> MeetingSeriesRepository::list()
{
    return fetchAll(
        m_store, SelectSeries + "WHERE deleted = 0 ORDER BY seq", [](Statement &) {}, &seriesFrom);
}

void MeetingSeriesRepository::remove(const QString &id)
{
    Transaction tx(m_store.db());
    tombstoneWhere(m_store, "series_exception", "series_id", id, { { "moved_to", QVariant() } });
    tombstone(m_store, "meeting_series", id, { { "place", QString() }, { "uid", QString() } });
    tx.commit();
}

QList<SeriesException> MeetingSeriesRepository::exceptions(const QString &seriesId)
{
    return fetchAll(
        m_store, SelectException + "WHERE series_id = ? AND deleted = 0 ORDER BY occurrence",
        [&](Statement &st) { st.bind(1, seriesId); }, &exceptionFrom);
}

void MeetingSeriesRepository::writeException(SeriesException &e)
{
    const MeetingSeries series = get(e.seriesId);
    require(Recurrence::isOccurrence(series, e.occurrence), "The series has no meeting at that time");
    if (e.durationMinutes)
        require(
            *e.durationMinutes >= 1 && *e.durationMinutes <= 1440, "A meeting lasts 1 minute to 24 hours");
    Transaction tx(m_store.db());
    if (const auto id = findIdBy(m_store, "series_exception",
            { { "series_id", e.seriesId }, { "occurrence", e.occurrence.toString() } }))
        e.meta.id = *id;
    writeRecord(m_store, "series_exception", e.meta,
        { { "series_id", e.seriesId }, { "occurrence", e.occurrence.toString() },
            { "cancelled", e.cancelled ? 1 : 0 },
            { "moved_to", e.movedTo ? QVariant(*e.movedTo) : QVariant() },
            { "duration_min", optionalInt(e.durationMinutes) } });
    tx.commit();
}

void MeetingSeriesRepository::cancelOccurrence(const QString &seriesId, const CivilTime &occurrence)
{
    SeriesException e;
    e.seriesId = seriesId;
    e.occurrence = occurrence;
    e.cancelled = true;
    writeException(e);
}

void MeetingSeriesRepository::moveOccurrence(
    const QString &seriesId, const CivilTime &occurrence, qint64 startsAt, std::optional<int> durationMinutes)
{
    require(startsAt > 0, "A moved meeting needs a start time");
    SeriesException e;
    e.seriesId = seriesId;
    e.occurrence = occurrence;
    e.movedTo = startsAt;
    e.durationMinutes = durationMinutes;
    writeException(e);
}

void MeetingSeriesRepository::restoreOccurrence(const QString &seriesId, const CivilTime &occurrence)
{
    if (const auto id = findIdBy(m_store, "series_exception",
            { { "series_id", seriesId }, { "occurrence", occurrence.toString() } }))
        tombstoneWhere(m_store, "series_exception", "id", *id, { { "moved_to", QVariant() } });
}

MeetingSeries MeetingSeriesRepository::adoptImported(
    MeetingSeries series, const QString &mentorshipId, const QList<SeriesException> &exceptions)
{
    series.mentorshipId = mentorshipId;
    if (const auto existing = forMentorship(mentorshipId))
        series.meta = existing->meta;
    save(series);
    for (const SeriesException &x : exceptions) {
        if (x.cancelled)
            cancelOccurrence(series.meta.id, x.occurrence);
        else if (x.movedTo)
            moveOccurrence(series.meta.id, x.occurrence, *x.movedTo, x.durationMinutes);
    }
    return series;
}

} // namespace bollplank
