#include "rawstore.h"

#include "store/migrations.h"

#include <sodium.h>
#include <sqlite3.h>
#include <stdexcept>

namespace bench {

RawConnection::RawConnection(const std::string &path, const std::string &keyLiteral)
{
    const int rc = sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, "open");
    const int keyRc = sqlite3_key(m_db, keyLiteral.data(), int(keyLiteral.size()));
    if (keyRc != SQLITE_OK)
        fail(keyRc, "key");
    sqlite3_busy_timeout(m_db, 5000);
    // The same page size as the store's new databases, so the floor pays the same per-page cost.
    exec("PRAGMA cipher_compatibility = 3;"
         "PRAGMA cipher_page_size = 4096;"
         "PRAGMA journal_mode = WAL;"
         "PRAGMA synchronous = NORMAL;"
         "PRAGMA temp_store = MEMORY;"
         "PRAGMA secure_delete = ON;"
         "PRAGMA foreign_keys = ON;");
}

RawConnection::~RawConnection()
{
    sqlite3_close_v2(m_db);
}

void RawConnection::exec(std::string_view sql)
{
    const std::string owned(sql);
    const int rc = sqlite3_exec(m_db, owned.c_str(), nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        fail(rc, "exec");
}

void RawConnection::fail(int rc, std::string_view what) const
{
    throw std::runtime_error("raw SQLCipher " + std::string(what)
        + " failed: " + (m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc)));
}

RawStatement::RawStatement(RawConnection &db, std::string_view sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v2(db.handle(), sql.data(), int(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        db.fail(rc, "prepare");
}

RawStatement::~RawStatement()
{
    sqlite3_finalize(m_stmt);
}

bool RawStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    m_db.fail(sqlite3_reset(m_stmt), "step");
}

void RawStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

void insertRow(RawStatement &insert, const RawReflectionRow &row)
{
    sqlite3_stmt *s = insert.get();
    sqlite3_bind_text(s, 1, row.id.data(), int(row.id.size()), SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, row.rev);
    sqlite3_bind_text(s, 3, row.authorDevice.data(), int(row.authorDevice.size()), SQLITE_STATIC);
    sqlite3_bind_int64(s, 4, row.updatedAt);
    if (row.hasMentorship)
        sqlite3_bind_text(s, 5, row.mentorshipId.data(), int(row.mentorshipId.size()), SQLITE_STATIC);
    else
        sqlite3_bind_null(s, 5);
    sqlite3_bind_text(s, 6, row.body.data(), int(row.body.size()), SQLITE_STATIC);
    sqlite3_bind_int64(s, 7, row.focusMask);
    if (row.hasLens)
        sqlite3_bind_text(s, 8, row.lens.data(), int(row.lens.size()), SQLITE_STATIC);
    else
        sqlite3_bind_null(s, 8);
    if (row.hasStress)
        sqlite3_bind_int64(s, 9, row.stress);
    else
        sqlite3_bind_null(s, 9);
    sqlite3_bind_text(s, 10, row.visibility.data(), int(row.visibility.size()), SQLITE_STATIC);
    sqlite3_bind_int64(s, 11, row.createdAt);
    if (row.hasSharedAt)
        sqlite3_bind_int64(s, 12, row.sharedAt);
    else
        sqlite3_bind_null(s, 12);
    while (insert.step()) { }
    insert.reset();
}

RawReflectionRow readRawRow(sqlite3_stmt *s)
{
    RawReflectionRow row;
    row.id = columnText(s, 0);
    row.rev = sqlite3_column_int64(s, 1);
    row.authorDevice = columnText(s, 2);
    row.updatedAt = sqlite3_column_int64(s, 3);
    row.hasMentorship = sqlite3_column_type(s, 5) != SQLITE_NULL;
    row.mentorshipId = columnText(s, 5);
    row.body = columnText(s, 6);
    row.focusMask = sqlite3_column_int64(s, 7);
    row.hasLens = sqlite3_column_type(s, 8) != SQLITE_NULL;
    row.lens = columnText(s, 8);
    row.hasStress = sqlite3_column_type(s, 9) != SQLITE_NULL;
    row.stress = sqlite3_column_int64(s, 9);
    row.visibility = columnText(s, 10);
    row.createdAt = sqlite3_column_int64(s, 11);
    row.hasSharedAt = sqlite3_column_type(s, 12) != SQLITE_NULL;
    row.sharedAt = sqlite3_column_int64(s, 12);
    return row;
}

std::vector<RawReflectionRow> readAllRows(sqlite3 *db)
{
    const std::string sql = std::string(RawSelectRowSql) + " ORDER BY seq";
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("cannot read reflections: ") + sqlite3_errmsg(db));
    std::vector<RawReflectionRow> rows;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        rows.push_back(readRawRow(stmt));
    const std::string error = rc == SQLITE_DONE ? std::string() : sqlite3_errmsg(db);
    sqlite3_finalize(stmt);
    if (!error.empty())
        throw std::runtime_error("cannot read reflections: " + error);
    return rows;
}

void createSchema(RawConnection &db)
{
    for (const bollplank::Migration &step : bollplank::migrations()) {
        db.exec("BEGIN IMMEDIATE");
        db.exec(step.sql);
        db.exec("PRAGMA user_version = " + std::to_string(step.version));
        db.exec("COMMIT");
    }
}

std::string columnText(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? std::string(text, std::size_t(sqlite3_column_bytes(stmt, column))) : std::string();
}

std::string rawKeyLiteral(const unsigned char *key, std::size_t size)
{
    std::string hex(size * 2 + 1, '\0');
    sodium_bin2hex(hex.data(), hex.size(), key, size);
    hex.pop_back();
    return "x'" + hex + "'";
}

} // namespace bench
