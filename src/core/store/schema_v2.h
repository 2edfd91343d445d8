#pragma once

#include <string_view>

namespace bollplank::schema {

// Full-text search inside the encrypted database. FTS4, since Debian's SQLCipher has no FTS5.
// unicode61 folds case for å ä ö as well as ASCII; diacritics are kept, because in Swedish
// å, ä and ö are letters of their own ("för" is not "for"). Prefix indexes make "ärl*" fast.
// One index for four tables: docid = source rowid * 4 + kind (0 reflection, 1 minutes,
// 2 comment, 3 mentor note). Triggers keep it in step inside the writing transaction;
// tombstoned rows leave the index.
#define BOLLPLANK_FTS_TRIGGERS(table, kind)                                                                \
    "CREATE TRIGGER " table "_fts_insert AFTER INSERT ON " table " WHEN new.deleted = 0 BEGIN"            \
    "  INSERT INTO search_index(docid, body) VALUES (new.rowid * 4 + " kind ", new.body); END;"            \
    "CREATE TRIGGER " table "_fts_update AFTER UPDATE OF body, deleted ON " table " BEGIN"                  \
    "  DELETE FROM search_index WHERE docid = old.rowid * 4 + " kind ";"                                  \
    "  INSERT INTO search_index(docid, body) SELECT new.rowid * 4 + " kind ", new.body"                    \
    "    WHERE new.deleted = 0; END;"                                                                      \
    "CREATE TRIGGER " table "_fts_delete AFTER DELETE ON " table " BEGIN"                                  \
    "  DELETE FROM search_index WHERE docid = old.rowid * 4 + " kind "; END;"                             \
    "INSERT INTO search_index(docid, body) SELECT rowid * 4 + " kind ", body FROM " table                  \
    " WHERE deleted = 0;"

inline constexpr std::string_view v2 =
    "CREATE VIRTUAL TABLE search_index USING fts4(body, tokenize=unicode61 \"remove_diacritics=0\","
    " prefix=\"2,3\");"
    BOLLPLANK_FTS_TRIGGERS("reflection", "0")
    BOLLPLANK_FTS_TRIGGERS("minutes", "1")
    BOLLPLANK_FTS_TRIGGERS("comment", "2")
    BOLLPLANK_FTS_TRIGGERS("mentor_note", "3");

#undef BOLLPLANK_FTS_TRIGGERS

} // namespace bollplank::schema
