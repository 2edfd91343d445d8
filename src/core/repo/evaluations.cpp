#include "evaluations.h"

#include "recordio.h"
#include "store/transaction.h"

namespace bollplank {

namespace {

const std::string SelectEvaluation = std::string("SELECT ") + MetaColumns
    + ", meeting_id, party, rating, body FROM evaluation ";

Evaluation evaluationFrom(const Statement &row)
{
    Evaluation e;
    e.meta = readMeta(row);
    e.meetingId = row.text(5);
    e.party = parseRole(row.text(6));
    e.rating = row.integer(7);
    e.body = row.text(8);
    return e;
}

} // namespace

void EvaluationRepository::save(Evaluation &e)
{
    require(!e.meetingId.isEmpty(), "An evaluation belongs to a meeting");
    require(e.rating >= 1 && e.rating <= 5, "The rating must be between 1 and 5");
    require(e.body.size() <= 20'000, "The evaluation is too long (at most 20,000 characters)");
    Transaction tx(m_store.db());
    if (e.meta.id.isEmpty())
        e.meta.id = findIdBy(m_store, "evaluation", { { "meeting_id", e.meetingId }, { "party", toString(e.party) } })
                        .value_or(QString());
    writeRecord(m_store, "evaluation", e.meta,
        { { "meeting_id", e.meetingId }, { "party", toString(e.party) }, { "rating", e.rating }, { "body", e.body } });
    tx.commit();
}

Evaluation EvaluationRepository::get(const QString &id)
{
    return fetchOne(m_store, SelectEvaluation + "WHERE id = ? AND deleted = 0", id, &evaluationFrom, "evaluation");
}

QList<Evaluation> EvaluationRepository::forMeeting(const QString &meetingId)
{
    return fetchAll(
        m_store, SelectEvaluation + "WHERE meeting_id = ? AND deleted = 0 ORDER BY party",
        [&](Statement &s) { s.bind(1, meetingId); }, &evaluationFrom);
}

void EvaluationRepository::remove(const QString &id)
{
    Transaction tx(m_store.db());
    tombstone(m_store, "evaluation", id, { { "body", QString() }, { "rating", 1 } });
    tx.commit();
}

} // namespace bollplank
