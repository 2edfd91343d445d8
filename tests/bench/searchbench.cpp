// The full-text search part of StoreBench.

#include "storebench.h"

#include "profile/profile.h"
#include "query/search.h"

#include <sqlite3.h>

namespace bench {

using namespace bollplank;

namespace {

// What people type: Swedish prefixes ("ärl" for ärlig, ärligt), whole words, two-word queries.
const char *const SearchQueries[] = { "ärl", "styrelse", "förändr", "customer", "svåra samtal", "kund",
    "arbetsbelastning", "delegate", "styrelsen förväntar", "balans" };

// The SQL bollplank::search runs, taken from the core itself, so the comparison is of the
// layers around it; the results check below proves both return the same hits.
struct RawHit
{
    std::string id;
    std::string snippet;
};

struct Query
{
    QString text;
    std::string expression; ///< the FTS expression, made outside the timed region for the raw side
    std::int64_t matches = 0;
    Samples bollplank;
    Samples raw;
};

void runRaw(RawStatement &statement, const Query &q, int limit, std::vector<RawHit> &hits)
{
    hits.clear();
    sqlite3_stmt *s = statement.get();
    sqlite3_bind_text(s, 1, q.expression.data(), int(q.expression.size()), SQLITE_STATIC);
    sqlite3_bind_int(s, 2, limit);
    while (statement.step())
        hits.push_back({ columnText(s, 1), columnText(s, 2) });
    statement.reset();
}

void checkSame(
    const QList<SearchHit> &hits, const std::vector<RawHit> &raw, const Query &q, const char *which)
{
    const std::string what
        = std::string("bollplank::search and ") + which + " agree on \"" + q.text.toStdString() + "\"";
    check(hits.size() == qsizetype(raw.size()), what + " (count)");
    for (qsizetype k = 0; k < hits.size(); ++k)
        check(hits[k].id.toStdString() == raw[std::size_t(k)].id
                && hits[k].snippet.toStdString() == raw[std::size_t(k)].snippet,
            what);
}

} // namespace

// Full-text search, the first page of 50 hits with snippets: bollplank::search against the same
// MATCH expression and SQL run raw, interleaved, cycling through the queries.
ReportRow StoreBench::measureSearch()
{
    constexpr int Limit = 50;
    ReportRow row { QStringLiteral("full-text search, first 50 hits"), {}, {}, true,
        QStringLiteral("median < 10 ms"), false };
    auto profile = UnlockedProfile::open(m_profileDir, Passphrase);
    RawConnection raw(m_rawPath, m_rawKey);
    RawStatement same(raw, searchSql());
    RawStatement countMatches(raw, "SELECT count(*) FROM search_index WHERE search_index MATCH ?");

    std::vector<Query> queries;
    for (const char *text : SearchQueries) {
        Query q;
        q.text = QString::fromUtf8(text);
        q.expression = toMatchExpression(q.text).toStdString();
        queries.push_back(std::move(q));
    }

    // A first round warms all three and proves they return the same hits and snippets.
    QList<SearchHit> hits;
    std::vector<RawHit> rawHits;
    for (Query &q : queries) {
        hits = search(profile->store(), q.text, Limit);
        check(!hits.isEmpty(), "a hit for \"" + q.text.toStdString() + "\"");
        runRaw(same, q, Limit, rawHits);
        checkSame(hits, rawHits, q, "the same SQL run raw");
        sqlite3_bind_text(
            countMatches.get(), 1, q.expression.data(), int(q.expression.size()), SQLITE_STATIC);
        check(countMatches.step(), "a match count");
        q.matches = sqlite3_column_int64(countMatches.get(), 0);
        countMatches.reset();
    }

    for (int i = 0; i < m_options.searches; ++i) {
        Query &q = queries[std::size_t(i) % queries.size()];
        // Alternate which goes first, so a warm cache or a busy moment favours neither.
        for (int k = 0; k < 2; ++k) {
            switch ((i + k) % 2) {
            case 0: {
                const double ms = timeMs([&] { hits = search(profile->store(), q.text, Limit); });
                q.bollplank.add(ms);
                row.bollplank.add(ms);
                break;
            }
            default: {
                const double ms = timeMs([&] { runRaw(same, q, Limit, rawHits); });
                q.raw.add(ms);
                row.raw.add(ms);
                break;
            }
            }
        }
    }

    out() << QStringLiteral(
        "\nsearch by query, %1 reflections (median ms; raw = the same SQL)\n")
                 .arg(m_options.reflections)
          << QStringLiteral("%1 %2 %3 %4\n")
                 .arg(QStringLiteral("query"), -24)
                 .arg(QStringLiteral("matches"), 8)
                 .arg(QStringLiteral("bollplank"), 10)
                 .arg(QStringLiteral("raw"), 10);
    for (const Query &q : queries)
        out() << QStringLiteral("%1 %2 %3 %4\n")
                     .arg(QLatin1Char('"') + q.text + QLatin1Char('"'), -24)
                     .arg(q.matches, 8)
                     .arg(q.bollplank.median(), 10, 'f', 3)
                     .arg(q.raw.median(), 10, 'f', 3);
    out().flush();
    row.met = row.bollplank.median() < 10.0;
    return row;
}

} // namespace bench
