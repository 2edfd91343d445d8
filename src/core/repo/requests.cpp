#include "requests.h"

#include "meetings.h"
#include "recordio.h"
#include "store/transaction.h"

namespace bollplank {

namespace {

const std::string SelectRequest = std::string("SELECT ") + MetaColumns
    + ", mentorship_id, urgency, reason, status, meeting_id FROM adhoc_request ";

AdHocRequest requestFrom(const Statement &row)
{
    AdHocRequest r;
    r.meta = readMeta(row);
    r.mentorshipId = row.text(5);
    r.urgency = parseUrgency(row.text(6));
    r.reason = row.text(7);
    r.status = parseRequestStatus(row.text(8));
    r.meetingId = row.optionalText(9).value_or(QString());
    return r;
}

} // namespace

void RequestRepository::save(AdHocRequest &r)
{
    require(!r.mentorshipId.isEmpty(), "A request belongs to a mentorship");
    require(r.reason.size() <= MaxReasonLength, "Keep the reason short (at most 500 characters)");
    r.reason = r.reason.trimmed();
    Transaction tx(m_store.db());
    writeRecord(m_store, "adhoc_request", r.meta,
        { { "mentorship_id", r.mentorshipId }, { "urgency", toString(r.urgency) }, { "reason", r.reason },
            { "status", toString(r.status) }, { "meeting_id", emptyAsNull(r.meetingId) } });
    tx.commit();
}

AdHocRequest RequestRepository::get(const QString &id)
{
    return fetchOne(m_store, SelectRequest + "WHERE id = ? AND deleted = 0", id, &requestFrom, "request");
}

QList<AdHocRequest> RequestRepository::all(const QString &mentorshipId)
{
    return fetchAll(
        m_store, SelectRequest + "WHERE mentorship_id = ? AND deleted = 0 ORDER BY seq DESC",
        [&](Statement &s) { s.bind(1, mentorshipId); }, &requestFrom);
}

void RequestRepository::remove(const QString &id)
{
    Transaction tx(m_store.db());
    tombstone(m_store, "adhoc_request", id, { { "reason", QString() } });
    tx.commit();
}

QList<AdHocRequest> RequestRepository::open(const QString &mentorshipId)
{
    return fetchAll(
        m_store,
        SelectRequest + "WHERE mentorship_id = ? AND deleted = 0 AND status = 'open' "
                        "ORDER BY CASE urgency WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, seq",
        [&](Statement &s) { s.bind(1, mentorshipId); }, &requestFrom);
}

void RequestRepository::accept(const QString &id, const QString &meetingId)
{
    Transaction tx(m_store.db());
    AdHocRequest request = get(id);
    require(request.status == RequestStatus::Open, "Only an open request can be accepted");
    require(MeetingRepository(m_store).get(meetingId).mentorshipId == request.mentorshipId,
        "The meeting belongs to another mentorship");
    request.status = RequestStatus::Accepted;
    request.meetingId = meetingId;
    save(request);
    tx.commit();
}

void RequestRepository::setStatus(const QString &id, RequestStatus status)
{
    Transaction tx(m_store.db());
    AdHocRequest request = get(id);
    request.status = status;
    save(request);
    tx.commit();
}

} // namespace bollplank
