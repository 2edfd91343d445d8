#include "mentorships.h"

#include "meetings.h"
#include "recordio.h"
#include "schedule/cadence.h"
#include "store/transaction.h"

#include <QStringList>

namespace bollplank {

namespace {

const std::string SelectMentorship = std::string("SELECT ") + MetaColumns
    + ", adept_name, mentor_name, start_date, planned_months, cadence FROM mentorship ";
const std::string SelectAgreement = std::string("SELECT ") + MetaColumns
    + ", mentorship_id, goals, adept_expectations, mentor_expectations, confidentiality, adept_ack_at, "
      "mentor_ack_at FROM agreement ";

Mentorship mentorshipFrom(const Statement &row)
{
    Mentorship m;
    m.meta = readMeta(row);
    m.adeptName = row.text(5);
    m.mentorName = row.text(6);
    m.startDate = dateFrom(row.text(7));
    m.plannedMonths = row.integer(8);
    m.cadence = row.text(9);
    return m;
}

Agreement agreementFrom(const Statement &row)
{
    Agreement a;
    a.meta = readMeta(row);
    a.mentorshipId = row.text(5);
    a.goals = row.text(6);
    a.adeptExpectations = row.text(7);
    a.mentorExpectations = row.text(8);
    a.confidentiality = row.text(9);
    a.adeptAcknowledgedAt = row.optionalInt64(10);
    a.mentorAcknowledgedAt = row.optionalInt64(11);
    return a;
}

} // namespace

void MentorshipRepository::save(Mentorship &m)
{
    require(!m.adeptName.trimmed().isEmpty() && !m.mentorName.trimmed().isEmpty(),
        "A mentorship needs the names of the adept and the mentor");
    require(m.startDate.isValid(), "A mentorship needs a valid start date");
    require(m.plannedMonths >= 1 && m.plannedMonths <= 120, "The planned length must be 1 to 120 months");
    Cadence::validate(m.cadence);
    m.adeptName = m.adeptName.trimmed();
    m.mentorName = m.mentorName.trimmed();
    m.cadence = m.cadence.trimmed();
    Transaction tx(m_store.db());
    writeRecord(m_store, "mentorship", m.meta,
        { { "adept_name", m.adeptName }, { "mentor_name", m.mentorName }, { "start_date", dateValue(m.startDate) },
            { "planned_months", m.plannedMonths }, { "cadence", m.cadence } });
    tx.commit();
}

Mentorship MentorshipRepository::get(const QString &id)
{
    return fetchOne(m_store, SelectMentorship + "WHERE id = ? AND deleted = 0", id, &mentorshipFrom, "mentorship");
}

QList<Mentorship> MentorshipRepository::list()
{
    return fetchAll(
        m_store, SelectMentorship + "WHERE deleted = 0 ORDER BY start_date DESC", [](Statement &) {},
        &mentorshipFrom);
}

void MentorshipRepository::remove(const QString &id)
{
    Transaction tx(m_store.db());
    tombstone(m_store, "mentorship", id, { { "adept_name", QString() }, { "mentor_name", QString() } });
    // Everything of the mentorship goes with it. Reflections stay: the journal is the adept's own.
    MeetingRepository meetings(m_store);
    for (const Meeting &meeting : meetings.listFor(id))
        meetings.remove(meeting.meta.id);
    tombstoneWhere(m_store, "agreement", "mentorship_id", id,
        { { "goals", QString() }, { "adept_expectations", QString() }, { "mentor_expectations", QString() },
            { "confidentiality", QString() } });
    tombstoneWhere(m_store, "action_item", "mentorship_id", id, { { "body", QString() } });
    tombstoneWhere(m_store, "mentor_note", "mentorship_id", id, { { "body", QString() } });
    tombstoneWhere(m_store, "adhoc_request", "mentorship_id", id, { { "reason", QString() } });
    {
        auto series = m_store.db().prepare("SELECT id FROM meeting_series WHERE mentorship_id = ? AND deleted = 0");
        series.bind(1, id);
        QStringList seriesIds;
        while (series.step())
            seriesIds.append(series.text(0));
        series.reset();
        for (const QString &seriesId : seriesIds)
            tombstoneWhere(m_store, "series_exception", "series_id", seriesId, {});
    }
    tombstoneWhere(m_store, "meeting_series", "mentorship_id", id, { { "place", QString() } });
    tx.commit();
}

void MentorshipRepository::saveAgreement(Agreement &a)
{
    (void)get(a.mentorshipId);
    Transaction tx(m_store.db());
    // One agreement per mentorship: a new one for a mentorship that has one becomes its next revision.
    if (a.meta.id.isEmpty())
        a.meta.id = findIdBy(m_store, "agreement", { { "mentorship_id", a.mentorshipId } }).value_or(QString());
    // An acknowledgement is of a text: when the text changes, both parties acknowledge it anew.
    if (const auto previous = agreementFor(a.mentorshipId);
        previous && previous->meta.id == a.meta.id
        && (previous->goals != a.goals || previous->adeptExpectations != a.adeptExpectations
            || previous->mentorExpectations != a.mentorExpectations
            || previous->confidentiality != a.confidentiality)) {
        a.adeptAcknowledgedAt.reset();
        a.mentorAcknowledgedAt.reset();
    }
    writeRecord(m_store, "agreement", a.meta,
        { { "mentorship_id", a.mentorshipId }, { "goals", a.goals }, { "adept_expectations", a.adeptExpectations },
            { "mentor_expectations", a.mentorExpectations }, { "confidentiality", a.confidentiality },
            { "adept_ack_at", optionalValue(a.adeptAcknowledgedAt) },
            { "mentor_ack_at", optionalValue(a.mentorAcknowledgedAt) } });
    tx.commit();
}

std::optional<Agreement> MentorshipRepository::agreementFor(const QString &mentorshipId)
{
    const auto rows = fetchAll(
        m_store, SelectAgreement + "WHERE mentorship_id = ? AND deleted = 0",
        [&](Statement &s) { s.bind(1, mentorshipId); }, &agreementFrom);
    if (rows.isEmpty())
        return std::nullopt;
    return rows.first();
}

void MentorshipRepository::acknowledge(const QString &mentorshipId, Role party)
{
    Transaction tx(m_store.db());
    auto agreement = agreementFor(mentorshipId);
    if (!agreement)
        throw StoreError(StoreError::Kind::NotFound, "This mentorship has no agreement to acknowledge yet");
    (party == Role::Adept ? agreement->adeptAcknowledgedAt : agreement->mentorAcknowledgedAt) = m_store.now();
    saveAgreement(*agreement);
    tx.commit();
}

} // namespace bollplank
