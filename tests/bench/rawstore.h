#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace bench {

/// The floor the benchmark compares against: SQLCipher through the sqlite3 C API and nothing
/// else, with the connection settings Bollplank uses. Errors throw std::runtime_error.
class RawConnection
{
public:
    /// sqlite3_open_v2 + sqlite3_key with keyLiteral (x'<64 hex>') + the same pragmas as
    /// bollplank::Database::open (WAL, synchronous=NORMAL, temp_store=MEMORY, secure_delete=ON,
    /// foreign_keys=ON, a 5 s busy timeout).
    RawConnection(const std::string &path, const std::string &keyLiteral);
    RawConnection(const RawConnection &) = delete;
    RawConnection &operator=(const RawConnection &) = delete;
    ~RawConnection();

    void exec(std::string_view sql);
    [[nodiscard]] sqlite3 *handle() const noexcept { return m_db; }
    [[noreturn]] void fail(int rc, std::string_view what) const;

private:
    sqlite3 *m_db = nullptr;
};

/// A statement prepared once and reset after each use; finalised on destruction.
class RawStatement
{
public:
    RawStatement(RawConnection &db, std::string_view sql);
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;
    ~RawStatement();

    [[nodiscard]] sqlite3_stmt *get() const noexcept { return m_stmt; }
    /// sqlite3_step: true on a row, false when done; throws on an error.
    [[nodiscard]] bool step();
    /// Resets and clears the bindings for the next use.
    void reset();

private:
    RawConnection &m_db;
    sqlite3_stmt *m_stmt = nullptr;
};

/// One reflection row as it is stored: the bytes of every column but seq, so the raw
/// database can hold exactly what Bollplank wrote.
struct RawReflectionRow
{
    std::string id;
    std::int64_t rev = 1;
    std::string authorDevice;
    std::int64_t updatedAt = 0;
    bool hasMentorship = false;
    std::string mentorshipId;
    std::string body;
    std::int64_t focusMask = 0;
    bool hasLens = false;
    std::string lens;
    bool hasStress = false;
    std::int64_t stress = 0;
    std::string visibility;
    std::int64_t createdAt = 0;
    bool hasSharedAt = false;
    std::int64_t sharedAt = 0;
};

/// The columns of the INSERT that bollplank's writeRecord issues for a new reflection, in order.
inline constexpr std::string_view RawInsertSql
    = "INSERT INTO reflection (id, rev, author_device, updated_at, deleted, mentorship_id, body, focus_mask, "
      "lens, stress, visibility, created_at, shared_at) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)";

/// The columns of a RawReflectionRow, in order, from the reflection table; add a WHERE or ORDER BY.
inline constexpr std::string_view RawSelectRowSql
    = "SELECT id, rev, author_device, updated_at, deleted, mentorship_id, body, focus_mask, lens, stress, "
      "visibility, created_at, shared_at FROM reflection";

/// Reads the current row of a statement made from RawSelectRowSql.
[[nodiscard]] RawReflectionRow readRawRow(sqlite3_stmt *stmt);
/// Every reflection row of a database (Bollplank's or a raw one), in insertion order.
[[nodiscard]] std::vector<RawReflectionRow> readAllRows(sqlite3 *db);

/// Binds row to a statement prepared from RawInsertSql and runs it.
void insertRow(RawStatement &insert, const RawReflectionRow &row);

/// Creates the raw database's schema by running every one of Bollplank's migration steps, so a
/// new step (an index, say) reaches the floor too.
void createSchema(RawConnection &db);

/// A text column's bytes, empty for NULL.
[[nodiscard]] std::string columnText(sqlite3_stmt *stmt, int column);

/// Hex of 32 random bytes as the blob literal SQLCipher takes for a raw key.
[[nodiscard]] std::string rawKeyLiteral(const unsigned char *key, std::size_t size);

} // namespace bench
