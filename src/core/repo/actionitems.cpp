#include "actionitems.h"

#include "meetings.h"
#include "recordio.h"
#include "store/transaction.h"

namespace bollplank {

namespace {

const std::string SelectItem = std::string("SELECT ") + MetaColumns
    + ", mentorship_id, meeting_id, owner, body, due_date, done_at FROM action_item ";

ActionItem itemFrom(const Statement &row)
{
    ActionItem a;
    a.meta = readMeta(row);
    a.mentorshipId = row.text(5);
    a.meetingId = row.optionalText(6).value_or(QString());
    a.owner = parseRole(row.text(7));
    a.body = row.text(8);
    a.dueDate = dateFrom(row.optionalText(9).value_or(QString()));
    a.doneAt = row.optionalInt64(10);
    return a;
}

} // namespace

void ActionItemRepository::save(ActionItem &a)
{
    require(!a.mentorshipId.isEmpty(), "An action item belongs to a mentorship");
    require(!a.body.trimmed().isEmpty(), "An action item needs a description");
    require(a.body.size() <= 10'000, "The action item is too long (at most 10,000 characters)");
    a.body = a.body.trimmed();
    Transaction tx(m_store.db());
    if (!a.meetingId.isEmpty())
        require(MeetingRepository(m_store).get(a.meetingId).mentorshipId == a.mentorshipId,
            "The meeting belongs to another mentorship");
    writeRecord(m_store, "action_item", a.meta,
        { { "mentorship_id", a.mentorshipId }, { "meeting_id", emptyAsNull(a.meetingId) },
            { "owner", toString(a.owner) }, { "body", a.body }, { "due_date", dateValue(a.dueDate) },
            { "done_at", optionalValue(a.doneAt) } });
    tx.commit();
}

ActionItem ActionItemRepository::get(const QString &id)
{
    return fetchOne(m_store, SelectItem + "WHERE id = ? AND deleted = 0", id, &itemFrom, "action item");
}

QList<ActionItem> ActionItemRepository::open(const QString &mentorshipId)
{
    return fetchAll(
        m_store,
        SelectItem + "WHERE mentorship_id = ? AND deleted = 0 AND done_at IS NULL "
                     "ORDER BY due_date IS NULL, due_date, updated_at",
        [&](Statement &s) { s.bind(1, mentorshipId); }, &itemFrom);
}

QList<ActionItem> ActionItemRepository::all(const QString &mentorshipId)
{
    return fetchAll(
        m_store, SelectItem + "WHERE mentorship_id = ? AND deleted = 0 ORDER BY seq DESC",
        [&](Statement &s) { s.bind(1, mentorshipId); }, &itemFrom);
}

QList<ActionItem> ActionItemRepository::forMeeting(const QString &meetingId)
{
    return fetchAll(
        m_store, SelectItem + "WHERE meeting_id = ? AND deleted = 0 ORDER BY seq",
        [&](Statement &s) { s.bind(1, meetingId); }, &itemFrom);
}

void ActionItemRepository::setDone(const QString &id, bool done)
{
    Transaction tx(m_store.db());
    ActionItem item = get(id);
    if (done == item.doneAt.has_value())
        return; // already so: no new revision to sync
    item.doneAt = done ? std::optional<qint64>(m_store.now()) : std::nullopt;
    save(item);
    tx.commit();
}

void ActionItemRepository::remove(const QString &id)
{
    Transaction tx(m_store.db());
    tombstone(m_store, "action_item", id, { { "body", QString() } });
    tx.commit();
}

} // namespace bollplank
