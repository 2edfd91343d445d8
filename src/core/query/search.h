#pragma once

#include <QList>
#include <QString>

namespace bollplank {

class Store;

/// One match of a full-text search.
struct SearchHit
{
    enum class Kind { Reflection = 0, Minutes = 1, Comment = 2, MentorNote = 3 };
    Kind kind;
    QString id;       ///< the record's UUID
    QString snippet;  ///< the matching passage, matches between \x02 and \x03 (for the UI to style)
    qint64 updatedAt; ///< ms since the epoch
};

/// Turns what a person typed into an FTS4 query: every word must appear, each as a prefix
/// ("ärl" finds "Ärligt"). Quotes and operators are taken as plain text, so no input is a
/// syntax error. Empty when the text has no words.
[[nodiscard]] QString toMatchExpression(const QString &text);

/// Case-insensitive prefix search over reflections, minutes, comments and mentor notes, the most
/// recently written first (by when each record was first stored on this device). Inside the
/// encrypted database: nothing is indexed anywhere else.
[[nodiscard]] QList<SearchHit> search(Store &store, const QString &text, int limit = 50);

[[nodiscard]] QString toString(SearchHit::Kind kind);

/// The SQL search() runs (?1: the match expression, ?2: the limit); public so the benchmark's
/// raw floor runs exactly the same statement.
[[nodiscard]] const char *searchSql();

} // namespace bollplank
