#pragma once

#include "statement.h"
#include "storeerror.h"

#include <QString>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace bollplank {

class SecureKey;

/// One open SQLCipher connection. Owns the handle; every SQLite error becomes a StoreError.
class Database
{
public:
    /// Opens (creating if absent) an encrypted database with a raw 256-bit key, applies the
    /// connection settings and proves the key by reading the schema.
    [[nodiscard]] static Database open(const QString &path, const SecureKey &key);

    /// Throws NotEncrypted unless version (what `PRAGMA cipher_version` returned) names a
    /// SQLCipher release. Public so a test can hand it what a plain SQLite would return.
    static void requireCipher(const QString &version);
    /// What `PRAGMA cipher_version` reports on this connection (empty on a plain SQLite).
    [[nodiscard]] QString cipherVersion();

    /// SQLCipher page size of databases created from now on, and of older ones.
    static constexpr int NewPageSize = 4096;
    static constexpr int LegacyPageSize = 1024;

    Database(Database &&other) noexcept;
    Database &operator=(Database &&other) noexcept;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;
    ~Database();

    /// Runs one or more statements that return no rows.
    void exec(std::string_view sql);
    /// A statement compiled once per connection and reused (reset on release). If the same SQL
    /// is already being stepped (a nested query), a one-off statement is returned instead.
    [[nodiscard]] Statement prepare(std::string_view sql);
    /// A fresh statement not kept in the cache (for one-off SQL).
    [[nodiscard]] Statement prepareOnce(std::string_view sql);

    [[nodiscard]] qint64 lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] int userVersion();
    [[nodiscard]] sqlite3 *handle() const noexcept { return m_db; }
    [[nodiscard]] const QString &path() const noexcept { return m_path; }

    /// Turns an SQLite result code into a typed error carrying SQLite's own message.
    [[noreturn]] void raise(int rc, std::string_view context) const;

private:
    Database(sqlite3 *db, QString path);
    [[nodiscard]] static Database openWithPageSize(const QString &path, const SecureKey &key, int pageSize);
    void close() noexcept;

    sqlite3 *m_db = nullptr;
    QString m_path;
    struct Cached
    {
        sqlite3_stmt *stmt = nullptr;
        bool inUse = false;
    };
    // Node-based map: the addresses of the inUse flags stay valid while statements hold them.
    std::unordered_map<std::string, std::unique_ptr<Cached>> m_cache;
};

/// Maps an SQLite primary result code to the store's error kinds.
[[nodiscard]] StoreError::Kind errorKindFor(int sqliteCode) noexcept;

} // namespace bollplank
