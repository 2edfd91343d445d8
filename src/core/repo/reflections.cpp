#include "reflections.h"

#include "domain/focusareas.h"
#include "recordio.h"
#include "store/transaction.h"

#include <limits>

namespace bollplank {

namespace {

const std::string SelectColumns = std::string("SELECT ") + MetaColumns
    + ", mentorship_id, body, focus_mask, lens, stress, visibility, created_at, shared_at FROM reflection ";

Reflection fromRow(const Statement &row)
{
    Reflection r;
    r.meta = readMeta(row);
    r.mentorshipId = row.optionalText(5).value_or(QString());
    r.body = row.text(6);
    r.focusAreas = FocusAreas::idsOf(row.integer(7));
    if (!row.isNull(8))
        r.lens = parseLens(row.text(8));
    if (!row.isNull(9))
        r.stress = row.integer(9);
    r.visibility = parseVisibility(row.text(10));
    r.createdAt = row.int64(11);
    r.sharedAt = row.optionalInt64(12);
    return r;
}

// One WHERE clause for list and count; parameters are bound by number, unset ones as NULL.
const std::string FilterClause = "WHERE deleted = 0 AND (?1 IS NULL OR focus_mask & ?1) AND (?2 IS NULL OR lens = ?2) "
                                 "AND (?3 IS NULL OR visibility = ?3) AND created_at >= ?4 AND created_at < ?5 "
                                 "AND (?8 IS NULL OR mentorship_id IS NULL OR mentorship_id = ?8) ";

void bindFilter(Statement &s, const ReflectionFilter &f)
{
    if (f.focusArea)
        s.bind(1, qint64(FocusAreas::maskOf({ *f.focusArea })));
    else
        s.bindNull(1);
    s.bind(2, f.lens ? QVariant(toString(*f.lens)) : QVariant());
    s.bind(3, f.visibility ? QVariant(toString(*f.visibility)) : QVariant());
    s.bind(4, f.createdFrom.value_or(std::numeric_limits<qint64>::min()));
    s.bind(5, f.createdTo.value_or(std::numeric_limits<qint64>::max()));
    s.bind(8, f.mentorshipId ? QVariant(*f.mentorshipId) : QVariant());
}

} // namespace

void ReflectionRepository::save(Reflection &r)
{
    require(!r.body.trimmed().isEmpty(), "A reflection needs some text");
    require(r.body.size() <= MaxBodyLength, "The reflection is too long (at most 200,000 characters)");
    require(!r.stress || (*r.stress >= 1 && *r.stress <= 5), "Stress level must be between 1 and 5");
    const int mask = FocusAreas::maskOf(r.focusAreas);
    r.focusAreas = FocusAreas::idsOf(mask); // hand back what is stored: sorted, no duplicates

    Transaction tx(m_store.db());
    const qint64 now = m_store.now();
    if (r.createdAt == 0)
        r.createdAt = now;
    if (r.visibility == Visibility::Shared) {
        // Sharing time is kept from the first share; switching back to private clears it.
        std::optional<qint64> previous;
        if (!r.meta.id.isEmpty()) {
            auto q = m_store.db().prepare("SELECT shared_at FROM reflection WHERE id = ? AND visibility = 'shared'");
            q.bind(1, r.meta.id);
            if (q.step())
                previous = q.optionalInt64(0);
        }
        r.sharedAt = previous.value_or(now);
    } else {
        r.sharedAt.reset();
    }
    writeRecord(m_store, "reflection", r.meta,
        { { "mentorship_id", emptyAsNull(r.mentorshipId) }, { "body", r.body }, { "focus_mask", mask },
            { "lens", r.lens ? QVariant(toString(*r.lens)) : QVariant() },
            { "stress", r.stress ? QVariant(*r.stress) : QVariant() }, { "visibility", toString(r.visibility) },
            { "created_at", r.createdAt }, { "shared_at", optionalValue(r.sharedAt) } });
    tx.commit();
}

Reflection ReflectionRepository::get(const QString &id)
{
    return fetchOne(m_store, SelectColumns + "WHERE id = ? AND deleted = 0", id, &fromRow, "reflection");
}

QList<Reflection> ReflectionRepository::list(const ReflectionFilter &filter, int limit, int offset)
{
    return fetchAll(
        m_store, SelectColumns + FilterClause + "ORDER BY created_at DESC, seq DESC LIMIT ?6 OFFSET ?7",
        [&](Statement &s) {
            bindFilter(s, filter);
            s.bind(6, limit).bind(7, offset);
        },
        &fromRow);
}

int ReflectionRepository::count(const ReflectionFilter &filter)
{
    // ?6 and ?7 (list's page) are unused here; SQLite allows gaps in numbered parameters.
    auto q = m_store.db().prepare("SELECT count(*) FROM reflection " + FilterClause);
    bindFilter(q, filter);
    return q.step() ? q.integer(0) : 0;
}

QList<Reflection> ReflectionRepository::sharedSince(
    const QString &mentorshipId, qint64 since, std::optional<qint64> until)
{
    return fetchAll(
        m_store,
        SelectColumns
            + "WHERE deleted = 0 AND visibility = 'shared' AND shared_at >= ? AND shared_at < ? "
              "AND (mentorship_id IS NULL OR mentorship_id = ?) ORDER BY shared_at",
        [&](Statement &s) {
            s.bind(1, since).bind(2, until.value_or(std::numeric_limits<qint64>::max())).bind(3, mentorshipId);
        },
        &fromRow);
}

void ReflectionRepository::remove(const QString &id)
{
    Transaction tx(m_store.db());
    tombstone(m_store, "reflection", id,
        { { "body", QString() }, { "focus_mask", 0 }, { "lens", QVariant() }, { "stress", QVariant() },
            { "visibility", QStringLiteral("private") }, { "shared_at", QVariant() } });
    tx.commit();
}

} // namespace bollplank
