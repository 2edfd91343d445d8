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

QList<SearchHit> search(Store &store, const QString &text, int limit)
{
    QList<SearchHit> hits;
    const QString expression = toMatchExpression(text);
    if (expression.isEmpty())
        return hits;
    // The index holds docid = rowid * 4 + kind; each branch maps one kind back to its table.
    auto query = store.db().prepare(
        "WITH matches AS (SELECT docid, snippet(search_index, char(2), char(3), '…', -1, 12) AS snip"
        "   FROM search_index WHERE search_index MATCH ?1)"
        " SELECT 0, r.id, m.snip, r.updated_at FROM matches m JOIN reflection r ON r.seq = m.docid / 4"
        "   WHERE m.docid % 4 = 0"
        " UNION ALL SELECT 1, n.id, m.snip, n.updated_at FROM matches m JOIN minutes n ON n.seq = m.docid / 4"
        "   WHERE m.docid % 4 = 1"
        " UNION ALL SELECT 2, c.id, m.snip, c.updated_at FROM matches m JOIN comment c ON c.seq = m.docid / 4"
        "   WHERE m.docid % 4 = 2"
        " UNION ALL SELECT 3, t.id, m.snip, t.updated_at FROM matches m JOIN mentor_note t ON t.seq = m.docid / 4"
        "   WHERE m.docid % 4 = 3"
        " ORDER BY 4 DESC LIMIT ?2");
    query.bind(1, expression).bind(2, limit);
    while (query.step())
        hits.append({ SearchHit::Kind(query.integer(0)), query.text(1), query.text(2), query.int64(3) });
    return hits;
}

} // namespace bollplank
