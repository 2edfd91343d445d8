#include "database.h"

#include "busywait.h"
#include "securekey.h"

#include <sodium.h>
#include <sqlite3.h>
#include <utility>

namespace bollplank {

namespace {

// SQLCipher takes a raw key only as the blob literal x'<64 hex>'; 32 binary bytes would be
// treated as a passphrase and run through PBKDF2 on every open.
std::string rawKeyLiteral(const SecureKey &key)
{
    char hex[SecureKey::Size * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, key.data(), SecureKey::Size);
    std::string literal = "x'" + std::string(hex) + "'";
    sodium_memzero(hex, sizeof hex);
    return literal;
}

} // namespace

StoreError::Kind errorKindFor(int sqliteCode) noexcept
{
    switch (sqliteCode & 0xff) {
    case SQLITE_NOTADB:
    case SQLITE_CORRUPT:
        return StoreError::Kind::CorruptDatabase;
    case SQLITE_FULL:
        return StoreError::Kind::DiskFull;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return StoreError::Kind::Busy;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
    case SQLITE_READONLY:
    case SQLITE_PERM:
        return StoreError::Kind::Io;
    case SQLITE_CONSTRAINT:
        return StoreError::Kind::Constraint;
    case SQLITE_NOTFOUND:
        return StoreError::Kind::NotFound;
    default:
        return StoreError::Kind::Internal;
    }
}

Database::Database(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{
}

Database::Database(Database &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_path(std::move(other.m_path))
    , m_cache(std::move(other.m_cache))
{
}

Database &Database::operator=(Database &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_path = std::move(other.m_path);
        m_cache = std::move(other.m_cache);
    }
    return *this;
}

Database::~Database()
{
    close();
}

void Database::close() noexcept
{
    for (auto &[sql, cached] : m_cache)
        sqlite3_finalize(cached->stmt);
    m_cache.clear();
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Database Database::open(const QString &path, const SecureKey &key)
{
    // New databases use 4 KiB pages: SQLCipher encrypts, authenticates and draws a fresh IV for
    // each page it writes, and with 3.4's default 1 KiB pages that per-page cost dominated bulk
    // writes (a cold sync). Databases made with 1 KiB pages (before this change) still open: the
    // wrong page size fails the first page's HMAC, exactly like a wrong key, and changes nothing.
    try {
        return openWithPageSize(path, key, NewPageSize);
    } catch (const StoreError &e) {
        if (e.kind() != StoreError::Kind::CorruptDatabase)
            throw;
        try {
            return openWithPageSize(path, key, LegacyPageSize);
        } catch (const StoreError &) {
            throw e;
        }
    }
}

Database Database::openWithPageSize(const QString &path, const SecureKey &key, int pageSize)
{
    sqlite3 *handle = nullptr;
    const QByteArray file = path.toUtf8();
    const int rc = sqlite3_open_v2(file.constData(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    Database db(handle, path);
    if (rc != SQLITE_OK)
        db.raise(rc, "Cannot open the database file");
    // A plain SQLite (another libsqlite3 loaded in SQLCipher's place) accepts the key calls
    // below as no-ops and would write the journal in plain text: refuse before anything is written.
    requireCipher(db.cipherVersion());

    std::string literal = rawKeyLiteral(key);
    const int keyRc = sqlite3_key(handle, literal.data(), int(literal.size()));
    sodium_memzero(literal.data(), literal.size());
    if (keyRc != SQLITE_OK)
        db.raise(keyRc, "Cannot apply the database key");

    // Keeps mobile builds on SQLCipher 4.x in the 3.x format that Debian's 3.4 reads (SQLCipher
    // 3.4 ignores the pragma); the page size is set after it, which would otherwise reset it.
    db.exec("PRAGMA cipher_compatibility = 3;");
    db.exec("PRAGMA cipher_page_size = " + std::to_string(pageSize) + ";");
    busywait::install(handle); // waits up to 5 s for a lock, in short steps
    try {
        // The first read proves the key: a wrong key or a damaged file fails here.
        auto probe = db.prepareOnce("SELECT count(*) FROM sqlite_master");
        (void)probe.step();
    } catch (const StoreError &e) {
        if (e.kind() == StoreError::Kind::CorruptDatabase)
            throw StoreError(StoreError::Kind::CorruptDatabase,
                "The database cannot be read with this profile's key: it is damaged, or not a "
                "Bollplank database");
        throw;
    }
    db.exec("PRAGMA journal_mode = WAL;"
            "PRAGMA synchronous = NORMAL;"
            "PRAGMA temp_store = MEMORY;"
            // SQLCipher decrypts a page on every cache miss: the default 2 MiB cache made a bulk
            // sync re-read and re-decrypt the same index pages.
            "PRAGMA cache_size = -32768;"
            "PRAGMA secure_delete = ON;"
            "PRAGMA foreign_keys = ON;");
    // The default checkpoints every 1,000 pages, which with small pages meant a checkpoint (and
    // its fsyncs) after nearly every sync page: 8 MiB of WAL between checkpoints instead.
    db.exec("PRAGMA wal_autocheckpoint = " + std::to_string(8 * 1024 * 1024 / pageSize) + ";");
    return db;
}

void Database::requireCipher(const QString &version)
{
    if (version.trimmed().isEmpty())
        throw StoreError(StoreError::Kind::NotEncrypted,
            "The SQLite library in use is not SQLCipher (PRAGMA cipher_version is empty), so the "
            "journal cannot be stored encrypted; nothing was opened or written");
}

QString Database::cipherVersion()
{
    auto stmt = prepareOnce("PRAGMA cipher_version");
    return stmt.step() ? stmt.text(0) : QString();
}

void Database::exec(std::string_view sql)
{
    char *error = nullptr;
    const std::string owned(sql);
    const int rc = sqlite3_exec(m_db, owned.c_str(), nullptr, nullptr, &error);
    busywait::settled();
    if (rc != SQLITE_OK) {
        sqlite3_free(error);
        raise(rc, "Statement failed");
    }
}

Statement Database::prepare(std::string_view sql)
{
    std::string key(sql);
    if (auto it = m_cache.find(key); it != m_cache.end()) {
        if (it->second->inUse)
            return prepareOnce(sql);
        return Statement(*this, it->second->stmt, &it->second->inUse);
    }
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, key.data(), int(key.size()), &stmt, nullptr);
    busywait::settled(); // reading the schema may have waited
    if (rc != SQLITE_OK)
        raise(rc, "Cannot prepare statement");
    auto cached = std::make_unique<Cached>(Cached { stmt, false });
    bool *inUse = &cached->inUse;
    m_cache.emplace(std::move(key), std::move(cached));
    return Statement(*this, stmt, inUse);
}

Statement Database::prepareOnce(std::string_view sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql.data(), int(sql.size()), &stmt, nullptr);
    busywait::settled(); // reading the schema may have waited
    if (rc != SQLITE_OK)
        raise(rc, "Cannot prepare statement");
    return Statement(*this, stmt, nullptr);
}

qint64 Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::userVersion()
{
    auto stmt = prepareOnce("PRAGMA user_version");
    return stmt.step() ? stmt.integer(0) : 0;
}

void Database::raise(int rc, std::string_view context) const
{
    std::string message(context);
    const char *detail = m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc);
    if (!detail || !*detail)
        detail = sqlite3_errstr(rc);
    message += ": ";
    message += detail;
    throw StoreError(errorKindFor(rc), message);
}

} // namespace bollplank
