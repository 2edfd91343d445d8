#include "meetings.h"

#include "domain/focusareas.h"
#include "recordio.h"
#include "store/transaction.h"

#include <QSet>

namespace bollplank {

namespace {

const std::string SelectMeeting = std::string("SELECT ") + MetaColumns
    + ", mentorship_id, status, kind, starts_at, duration_min, place, coaching_min FROM meeting ";

Meeting meetingFrom(const Statement &row)
{
    Meeting m;
    m.meta = readMeta(row);
    m.mentorshipId = row.text(5);
    m.status = parseMeetingStatus(row.text(6));
    m.kind = parseMeetingKind(row.text(7));
    m.startsAt = row.int64(8);
    m.durationMinutes = row.integer(9);
    m.place = row.text(10);
    m.coachingMinutes = row.integer(11);
    return m;
}

std::optional<Meeting> first(const QList<Meeting> &rows)
{
    return rows.isEmpty() ? std::nullopt : std::optional<Meeting>(rows.first());
}

} // namespace

void MeetingRepository::save(Meeting &m)
{
    require(!m.mentorshipId.isEmpty(), "A meeting belongs to a mentorship");
    require(m.startsAt > 0, "A meeting needs a start time");
    require(m.durationMinutes >= 1 && m.durationMinutes <= 1440, "A meeting lasts 1 minute to 24 hours");
    require(m.coachingMinutes >= 0 && m.coachingMinutes <= m.durationMinutes,
        "The coaching block must fit inside the meeting");
    m.place = m.place.trimmed();
    Transaction tx(m_store.db());
    writeRecord(m_store, "meeting", m.meta,
        { { "mentorship_id", m.mentorshipId }, { "status", toString(m.status) }, { "kind", toString(m.kind) },
            { "starts_at", m.startsAt }, { "duration_min", m.durationMinutes }, { "place", m.place },
            { "coaching_min", m.coachingMinutes } });
    tx.commit();
}

Meeting MeetingRepository::get(const QString &id)
{
    return fetchOne(m_store, SelectMeeting + "WHERE id = ? AND deleted = 0", id, &meetingFrom, "meeting");
}

QList<Meeting> MeetingRepository::listFor(const QString &mentorshipId)
{
    return fetchAll(
        m_store, SelectMeeting + "WHERE mentorship_id = ? AND deleted = 0 ORDER BY starts_at",
        [&](Statement &s) { s.bind(1, mentorshipId); }, &meetingFrom);
}

std::optional<Meeting> MeetingRepository::nextPlanned(const QString &mentorshipId, qint64 from)
{
    return first(fetchAll(
        m_store,
        SelectMeeting + "WHERE mentorship_id = ? AND deleted = 0 AND status = 'planned' AND starts_at >= ? "
                        "ORDER BY starts_at LIMIT 1",
        [&](Statement &s) { s.bind(1, mentorshipId).bind(2, from); }, &meetingFrom));
}

std::optional<Meeting> MeetingRepository::lastHeldBefore(const QString &mentorshipId, qint64 before)
{
    return first(fetchAll(
        m_store,
        SelectMeeting + "WHERE mentorship_id = ? AND deleted = 0 AND status = 'held' AND starts_at < ? "
                        "ORDER BY starts_at DESC LIMIT 1",
        [&](Statement &s) { s.bind(1, mentorshipId).bind(2, before); }, &meetingFrom));
}

void MeetingRepository::remove(const QString &id)
{
    Transaction tx(m_store.db());
    tombstone(m_store, "meeting", id, { { "place", QString() } });
    // What only makes sense with the meeting goes with it; action items stay with the mentorship.
    tombstoneWhere(m_store, "meeting_focus", "meeting_id", id, {});
    tombstoneWhere(m_store, "minutes", "meeting_id", id, { { "body", QString() } });
    tombstoneWhere(m_store, "evaluation", "meeting_id", id, { { "body", QString() } });
    tx.commit();
}

void MeetingRepository::setFocusAreas(const QString &meetingId, const QList<int> &areas)
{
    (void)FocusAreas::maskOf(areas); // validates the ids
    (void)get(meetingId);
    const QSet<int> wanted(areas.begin(), areas.end());
    Transaction tx(m_store.db());
    auto current = m_store.db().prepare("SELECT id, area, deleted FROM meeting_focus WHERE meeting_id = ?");
    current.bind(1, meetingId);
    QList<std::tuple<QString, int, bool>> rows;
    while (current.step())
        rows.append({ current.text(0), current.integer(1), current.int64(2) != 0 });
    current.reset();
    QSet<int> present;
    for (const auto &[id, area, deleted] : rows) {
        present.insert(area);
        if (!deleted && !wanted.contains(area)) {
            tombstone(m_store, "meeting_focus", id, {});
        } else if (deleted && wanted.contains(area)) {
            RecordMeta meta;
            meta.id = id;
            writeRecord(m_store, "meeting_focus", meta, { { "meeting_id", meetingId }, { "area", area } });
        }
    }
    for (int area : wanted) {
        if (present.contains(area))
            continue;
        RecordMeta meta;
        writeRecord(m_store, "meeting_focus", meta, { { "meeting_id", meetingId }, { "area", area } });
    }
    tx.commit();
}

QList<int> MeetingRepository::focusAreas(const QString &meetingId)
{
    auto q = m_store.db().prepare("SELECT area FROM meeting_focus WHERE meeting_id = ? AND deleted = 0 ORDER BY area");
    q.bind(1, meetingId);
    QList<int> areas;
    while (q.step())
        areas.append(q.integer(0));
    return areas;
}

} // namespace bollplank
