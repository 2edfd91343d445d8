#include "search.h"

#include "profile/store.h"
#include "store/statement.h"

#include <QRegularExpression>

namespace bollplank {

QString toMatchExpression(const QString &text)
{
    // Words as unicode61 sees them: runs of letters, digits and marks. Everything else separates.
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}\\p{M}]+"));
    QStringList terms;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QString w = it.next().captured(0);
        // AND, OR, NOT and NEAR are operators to FTS4 only in upper case; lower-casing keeps them words.
        terms.append(w.toLower() + QLatin1Char('*'));
        if (terms.size() == 16)
            break; // enough to find anything; bounds the query's cost
    }
    return terms.join(QLatin1Char(' '));
}

QString toString(SearchHit::Kind kind)
{
    switch (kind) {
    case SearchHit::Kind::Reflection:
        return QStringLiteral("reflection");
    case SearchHit::Kind::Minutes:
        return QStringLiteral("minutes");
    case SearchHit::Kind::Comment:
        return QStringLiteral("comment");
    case SearchHit::Kind::MentorNote:
        return QStringLiteral("note");
    }
    return {};
}

const char *searchSql()
{
    // FTS4 walks its index in docid order and stops after the page, so a common word among
    // 10,000 entries costs a page, not every match: ordering by updated_at instead made snippet()
    // run for each of thousands of matches and read every matching row (over 100 ms; see
    // tests/bench). docid = rowid * 4 + kind and rowids only grow, so docid order is the order
    // in which records were first stored. One subquery, then one lookup per hit in its table.
    return "SELECT p.docid % 4, coalesce(r.id, n.id, c.id, t.id), p.snip,"
           "  coalesce(r.updated_at, n.updated_at, c.updated_at, t.updated_at)"
           " FROM (SELECT docid, snippet(search_index, char(2), char(3), '…', -1, 12) AS snip"
           "   FROM search_index WHERE search_index MATCH ?1 ORDER BY docid DESC LIMIT ?2) p"
           " LEFT JOIN reflection r ON p.docid % 4 = 0 AND r.seq = p.docid / 4"
           " LEFT JOIN minutes n ON p.docid % 4 = 1 AND n.seq = p.docid / 4"
           " LEFT JOIN comment c ON p.docid % 4 = 2 AND c.seq = p.docid / 4"
           " LEFT JOIN mentor_note t ON p.docid % 4 = 3 AND t.seq = p.docid / 4"
           " ORDER BY p.docid DESC";
}

QList<SearchHit> search(Store &store, const QString &text, int limit)
{
    QList<SearchHit> hits;
    const QString expression = toMatchExpression(text);
    if (expression.isEmpty())
        return hits;
    auto query = store.db().prepare(searchSql());
    query.bind(1, expression).bind(2, limit);
    while (query.step()) {
        if (query.isNull(1))
            continue; // an index entry without its record would be a bug; never show an empty hit
        hits.append({ SearchHit::Kind(query.integer(0)), query.text(1), query.text(2), query.int64(3) });
    }
    return hits;
}

} // namespace bollplank
