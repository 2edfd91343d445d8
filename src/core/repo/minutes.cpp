#include "minutes.h"

#include "domain/focusareas.h"
#include "recordio.h"
#include "store/transaction.h"

namespace bollplank {

namespace {

const std::string SelectMinutes = std::string("SELECT ") + MetaColumns + ", meeting_id, area, body FROM minutes ";

Minutes minutesFrom(const Statement &row)
{
    Minutes m;
    m.meta = readMeta(row);
    m.meetingId = row.text(5);
    m.area = row.integer(6);
    m.body = row.text(7);
    return m;
}

} // namespace

void MinutesRepository::save(Minutes &m)
{
    require(m.area == 0 || FocusAreas::isValid(m.area), "Minutes are for the whole meeting (0) or a focus area 1-6");
    require(!m.meetingId.isEmpty(), "Minutes belong to a meeting");
    require(m.body.size() <= 200'000, "The minutes are too long (at most 200,000 characters)");
    Transaction tx(m_store.db());
    if (m.meta.id.isEmpty())
        m.meta.id = findIdBy(m_store, "minutes", { { "meeting_id", m.meetingId }, { "area", m.area } })
                        .value_or(QString());
    writeRecord(m_store, "minutes", m.meta, { { "meeting_id", m.meetingId }, { "area", m.area }, { "body", m.body } });
    tx.commit();
}

Minutes MinutesRepository::get(const QString &id)
{
    return fetchOne(m_store, SelectMinutes + "WHERE id = ? AND deleted = 0", id, &minutesFrom, "minutes");
}

QList<Minutes> MinutesRepository::forMeeting(const QString &meetingId)
{
    return fetchAll(
        m_store, SelectMinutes + "WHERE meeting_id = ? AND deleted = 0 ORDER BY area",
        [&](Statement &s) { s.bind(1, meetingId); }, &minutesFrom);
}

void MinutesRepository::remove(const QString &id)
{
    Transaction tx(m_store.db());
    tombstone(m_store, "minutes", id, { { "body", QString() } });
    tx.commit();
}

} // namespace bollplank
