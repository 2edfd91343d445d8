#include "relaystore.h"

#include "store/sodiuminit.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>
#include <QVariant>

#include <sodium.h>

#include <atomic>
#include <filesystem>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRelayStore, "bollplank.relay.store")

namespace bollplank::net {

namespace {

const QString NotifyChannel = u"bollplank_new"_s;
constexpr qint64 MailboxLifetimeSeconds = 7 * 24 * 3600;

QString nextConnectionName()
{
    static std::atomic<int> counter { 0 };
    return u"bollplank-relay-%1"_s.arg(++counter);
}

QByteArray contentHash(const QByteArray &bytes)
{
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), size_t(hash.size()),
        reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()), nullptr, 0);
    return hash;
}

/// A prepared statement that throws on failure; the message names the step, never the values.
class Query
{
public:
    Query(const QSqlDatabase &db, const QString &sql)
        : m_query(db)
    {
        m_query.setForwardOnly(true);
        if (!m_query.prepare(sql))
            fail(u"prepare"_s);
    }
    Query &bind(const QVariant &value)
    {
        m_query.addBindValue(value);
        return *this;
    }
    Query &exec()
    {
        if (!m_query.exec())
            fail(u"run"_s);
        return *this;
    }
    bool next() { return m_query.next(); }
    [[nodiscard]] QVariant value(int i) const { return m_query.value(i); }
    [[nodiscard]] int affected() const { return m_query.numRowsAffected(); }

private:
    [[noreturn]] void fail(const QString &step) const
    {
        throw RelayStoreError(
            u"relay storage: cannot %1 a statement: %2"_s.arg(step, m_query.lastError().text())
                .toStdString());
    }
    QSqlQuery m_query;
};

/// Commits on commit(), rolls back when left by an exception.
class Transaction
{
public:
    explicit Transaction(QSqlDatabase db)
        : m_db(std::move(db))
    {
        if (!m_db.transaction())
            throw RelayStoreError(
                u"relay storage: cannot begin: %1"_s.arg(m_db.lastError().text()).toStdString());
    }
    ~Transaction()
    {
        if (!m_done)
            m_db.rollback();
    }
    void commit()
    {
        if (!m_db.commit())
            throw RelayStoreError(
                u"relay storage: cannot commit: %1"_s.arg(m_db.lastError().text()).toStdString());
        m_done = true;
    }
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

private:
    QSqlDatabase m_db;
    bool m_done = false;
};

const char *const SqliteSchema[] = {
    "CREATE TABLE IF NOT EXISTS collections (id BLOB PRIMARY KEY, last_seq INTEGER NOT NULL,"
    " frozen INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS members (collection BLOB NOT NULL, device BLOB NOT NULL,"
    " PRIMARY KEY (collection, device))",
    "CREATE TABLE IF NOT EXISTS envelopes (collection BLOB NOT NULL, seq INTEGER NOT NULL,"
    " hash BLOB NOT NULL, body BLOB NOT NULL, pusher BLOB,"
    " PRIMARY KEY (collection, seq), UNIQUE (collection, hash))",
    "CREATE TABLE IF NOT EXISTS mailbox (mailbox BLOB NOT NULL, hash BLOB NOT NULL, body BLOB NOT NULL,"
    " posted INTEGER NOT NULL, PRIMARY KEY (mailbox, hash))",
    // The signed statement that added each member (protocol version 2).
    "CREATE TABLE IF NOT EXISTS member_statements (collection BLOB NOT NULL, device BLOB NOT NULL,"
    " statement BLOB NOT NULL, signature BLOB NOT NULL, PRIMARY KEY (collection, device))",
    // The signed statement that revoked each former member: its proof when it asks again.
    "CREATE TABLE IF NOT EXISTS revocations (collection BLOB NOT NULL, device BLOB NOT NULL,"
    " statement BLOB NOT NULL, signature BLOB NOT NULL, PRIMARY KEY (collection, device))",
};

const char *const PostgresSchema[] = {
    "CREATE TABLE IF NOT EXISTS collections (id BYTEA PRIMARY KEY, last_seq BIGINT NOT NULL,"
    " frozen SMALLINT NOT NULL DEFAULT 0)",
    // Relay databases made before freezing: no collection is frozen.
    "ALTER TABLE collections ADD COLUMN IF NOT EXISTS frozen SMALLINT NOT NULL DEFAULT 0",
    "CREATE TABLE IF NOT EXISTS members (collection BYTEA NOT NULL, device BYTEA NOT NULL,"
    " PRIMARY KEY (collection, device))",
    "CREATE TABLE IF NOT EXISTS envelopes (collection BYTEA NOT NULL, seq BIGINT NOT NULL,"
    " hash BYTEA NOT NULL, body BYTEA NOT NULL, pusher BYTEA,"
    " PRIMARY KEY (collection, seq), UNIQUE (collection, hash))",
    // Relay databases made before the pusher column: their envelopes are simply never skipped.
    "ALTER TABLE envelopes ADD COLUMN IF NOT EXISTS pusher BYTEA",
    "CREATE TABLE IF NOT EXISTS mailbox (mailbox BYTEA NOT NULL, hash BYTEA NOT NULL, body BYTEA NOT NULL,"
    " posted BIGINT NOT NULL, PRIMARY KEY (mailbox, hash))",
    // The signed statement that added each member (protocol version 2).
    "CREATE TABLE IF NOT EXISTS member_statements (collection BYTEA NOT NULL, device BYTEA NOT NULL,"
    " statement BYTEA NOT NULL, signature BYTEA NOT NULL, PRIMARY KEY (collection, device))",
    // The signed statement that revoked each former member: its proof when it asks again.
    "CREATE TABLE IF NOT EXISTS revocations (collection BYTEA NOT NULL, device BYTEA NOT NULL,"
    " statement BYTEA NOT NULL, signature BYTEA NOT NULL, PRIMARY KEY (collection, device))",
};

/// Statements without values (PostgreSQL cannot PREPARE schema changes).
void runPlain(const QSqlDatabase &db, const QString &sql, const QString &what = u"set up the tables"_s)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        throw RelayStoreError(
            u"relay storage: cannot %1: %2"_s.arg(what, query.lastError().text()).toStdString());
}

// ---- Encryption at rest (SQLite with a key) ----
//
// Qt's QSQLITE plugin links libsqlite3, but every Bollplank process also links libsqlcipher, whose
// sqlite3_* symbols the plugin's calls resolve to. That is a property of how the process was
// linked and loaded, not something the compiler checks, so every keyed open asks SQLCipher for its
// version and refuses to go on without one: a plain SQLite would take `PRAGMA key` as an unknown
// pragma, ignore it, and write everything in the clear.

const char *const NotSqlCipher =
    "SQLCipher is not in use here; refusing to store the endpoint's data unencrypted";

/// The first 16 bytes of every unencrypted SQLite file; an SQLCipher file starts with a random salt.
const QByteArray PlainHeader("SQLite format 3\0", 16);

/// Where a conversion writes the encrypted copy before it takes the plain file's place.
QString encryptingPath(const QString &path)
{
    return path + u".encrypting"_s;
}

bool isPlainSqliteFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(PlainHeader.size()) == PlainHeader;
}

void wipe(QString &text)
{
    // Only our reference remains (the query that used it is gone), so this writes in place.
    sodium_memzero(text.data(), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

/// `before` + x'<64 hex digits>' + `after`: SQLCipher takes a raw key only as that literal (32
/// binary bytes would be a passphrase, stretched with PBKDF2 on every open). Built in one buffer
/// reserved up front, so no reallocation leaves a copy of the key behind.
QString withKeyLiteral(QStringView before, const SecureKey &key, QStringView after)
{
    QString sql;
    sql.reserve(before.size() + 3 + qsizetype(SecureKey::Size) * 2 + after.size());
    sql.append(before);
    sql.append(u"\"x'"_s);
    static constexpr char16_t Digits[] = u"0123456789abcdef";
    for (const unsigned char byte : key.bytes()) {
        sql.append(QChar(Digits[byte >> 4]));
        sql.append(QChar(Digits[byte & 0xf]));
    }
    sql.append(u"'\""_s);
    sql.append(after);
    return sql;
}

/// Runs a statement that names the key (binding `value` when given) and wipes its text. Qt hands
/// its UTF-16 buffer to SQLite without copying it; SQLite keeps its own UTF-8 copy only while the
/// statement is prepared, and SQLCipher keeps the key in its own memory from then on.
bool execWithKey(const QSqlDatabase &db, QStringView before, const SecureKey &key, QStringView after,
    QString *error, const std::optional<QString> &value = std::nullopt)
{
    QString sql = withKeyLiteral(before, key, after);
    bool ok = false;
    {
        QSqlQuery query(db);
        if (value) {
            ok = query.prepare(sql);
            if (ok) {
                query.addBindValue(*value);
                ok = query.exec();
            }
        } else {
            ok = query.exec(sql);
        }
        if (!ok && error)
            *error = query.lastError().text();
    }
    wipe(sql);
    return ok;
}

QString cipherVersion(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    return query.exec(u"PRAGMA cipher_version"_s) && query.next() ? query.value(0).toString().trimmed() : QString();
}

/// Keys a freshly opened SQLite connection and proves the key; throws before anything is written.
void applyKey(const QSqlDatabase &db, const SecureKey &key)
{
    QString error;
    // First, before any page is read: SQLCipher takes the key only on a connection that has not
    // touched the file yet.
    if (!execWithKey(db, u"PRAGMA key = ", key, u"", &error))
        throw RelayStoreError(u"relay storage: cannot apply the database key: %1"_s.arg(error).toStdString());
    if (cipherVersion(db).isEmpty())
        throw RelayStoreError(u"relay storage: %1"_s.arg(QLatin1StringView(NotSqlCipher)).toStdString());
    // The profile database's settings (src/core/store/database.cpp): a mobile build on SQLCipher 4
    // reads the SQLCipher 3 format only when told (3.4 ignores the pragma), and the page size is
    // set after it, since compatibility 3 alone would mean 1 KiB pages.
    runPlain(db, u"PRAGMA cipher_compatibility = 3"_s, u"set up encryption"_s);
    runPlain(db, u"PRAGMA cipher_page_size = %1"_s.arg(RelayStore::EncryptedPageSize), u"set up encryption"_s);
    // Sorting and temporary tables stay in memory, never in a temporary file beside the database.
    runPlain(db, u"PRAGMA temp_store = MEMORY"_s, u"set up encryption"_s);
    // The first read proves the key: with another key (or a damaged file) the first page fails its
    // HMAC here, and nothing has been written.
    QSqlQuery probe(db);
    if (!probe.exec(u"SELECT count(*) FROM sqlite_master"_s) || !probe.next())
        throw RelayStoreError(
            "relay storage: the SQLite database cannot be read with this key: it was encrypted with another "
            "key (another profile's), or it is damaged; it was left as it is");
}

/// A connection of its own for the conversion, closed and removed when it ends.
class ConversionConnection
{
public:
    explicit ConversionConnection(const QString &path)
        : m_name(nextConnectionName() + u"-convert"_s)
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        if (!db.open()) {
            const QString error = db.lastError().text();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_name);
            throw RelayStoreError(
                u"relay storage: cannot open the plain SQLite database to encrypt it: %1"_s.arg(error).toStdString());
        }
    }
    ~ConversionConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ConversionConnection(const ConversionConnection &) = delete;
    ConversionConnection &operator=(const ConversionConnection &) = delete;
    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
};

void removeWithCompanions(const QString &path)
{
    for (const QString &suffix : { QString(), u"-journal"_s, u"-wal"_s, u"-shm"_s })
        QFile::remove(path + suffix);
}

/// Flushes a file's (or a folder's) data and metadata to the disk. Elsewhere than on Unix only
/// SQLite's own sync at commit applies (it syncs an attached database's file when a transaction
/// ends), and the rename is as durable as the file system makes it.
bool syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
#else
    Q_UNUSED(path);
    return true;
#endif
}

/// Replaces a plain endpoint database (from a release that did not encrypt it) by an encrypted
/// copy with every row: SQLCipher's documented way (ATTACH ... KEY, sqlcipher_export) into a file
/// beside it, synced, then renamed over it. Until the rename the plain file is whole and is what
/// opens; after it, the encrypted one. A crash in between leaves one of them, never neither; the
/// next start converts again from the plain file.
void encryptPlainFile(const QString &path, const SecureKey &key)
{
    const QString temp = encryptingPath(path);
    removeWithCompanions(temp); // a conversion cut short left this copy; the plain file is whole
    try {
        {
            ConversionConnection connection(path);
            const QSqlDatabase db = connection.db();
            // Before anything is written: without SQLCipher the "encrypted" copy would be plain.
            if (cipherVersion(db).isEmpty())
                throw RelayStoreError(u"relay storage: %1"_s.arg(QLatin1StringView(NotSqlCipher)).toStdString());
            // The write-ahead log into the file itself, and no log kept: the plain file alone then
            // holds every row, and no plain -wal is left beside the encrypted file (SQLCipher
            // would read one as pages of it). Another process holding the file keeps its log;
            // then nothing is converted now.
            {
                QSqlQuery mode(db);
                if (!mode.exec(u"PRAGMA journal_mode = DELETE"_s) || !mode.next()
                    || mode.value(0).toString().compare(u"delete"_s, Qt::CaseInsensitive) != 0)
                    throw RelayStoreError(
                        "relay storage: cannot encrypt the plain SQLite database: another process is using it");
            }
            QString error;
            if (!execWithKey(db, u"ATTACH DATABASE ? AS encrypted KEY ", key, u"", &error, temp))
                throw RelayStoreError(
                    u"relay storage: cannot create the encrypted copy: %1"_s.arg(error).toStdString());
            const QString step = u"encrypt the plain SQLite database"_s;
            runPlain(db, u"PRAGMA encrypted.cipher_compatibility = 3"_s, step);
            runPlain(db, u"PRAGMA encrypted.cipher_page_size = %1"_s.arg(RelayStore::EncryptedPageSize), step);
            runPlain(db, u"SELECT sqlcipher_export('encrypted')"_s, step);
            // Every table arrived whole, before the plain file is given up.
            QStringList tables;
            {
                QSqlQuery names(db);
                if (!names.exec(u"SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s))
                    throw RelayStoreError("relay storage: cannot list the plain database's tables");
                while (names.next())
                    tables.append(names.value(0).toString());
            }
            for (const QString &table : std::as_const(tables)) {
                const QString quoted = u'"' + QString(table).replace(u'"', u"\"\""_s) + u'"';
                QSqlQuery count(db);
                if (!count.exec(u"SELECT (SELECT count(*) FROM main.%1), (SELECT count(*) FROM encrypted.%1)"_s.arg(quoted))
                    || !count.next() || count.value(0).toLongLong() != count.value(1).toLongLong())
                    throw RelayStoreError("relay storage: the encrypted copy of the plain database is incomplete");
            }
            runPlain(db, u"DETACH DATABASE encrypted"_s, step);
        }
        if (!syncToDisk(temp))
            throw RelayStoreError("relay storage: cannot write the encrypted copy to the disk");
        QFile::setPermissions(temp, QFile::ReadOwner | QFile::WriteOwner);
        // Fully checkpointed above, so these hold nothing the plain file lacks.
        for (const QString &suffix : { u"-wal"_s, u"-shm"_s, u"-journal"_s }) {
            if (QFile::exists(path + suffix) && !QFile::remove(path + suffix))
                throw RelayStoreError("relay storage: cannot remove the plain database's log files");
        }
        std::error_code renamed;
        std::filesystem::rename(QFile::encodeName(temp).toStdString(), QFile::encodeName(path).toStdString(), renamed);
        if (renamed)
            throw RelayStoreError(u"relay storage: cannot put the encrypted copy in place: %1"_s
                    .arg(QString::fromLocal8Bit(renamed.message()))
                    .toStdString());
    } catch (...) {
        removeWithCompanions(temp);
        throw;
    }
    // The rename itself on the disk; the encrypted file is in place either way.
    if (!syncToDisk(QFileInfo(path).absolutePath()))
        qCWarning(lcRelayStore) << "cannot sync the folder of the encrypted endpoint database";
    qCInfo(lcRelayStore) << "encrypted the endpoint database made by an earlier release";
}

} // namespace

std::unique_ptr<RelayStore> RelayStore::open(const QString &spec, const std::optional<SecureKey> &key)
{
    ensureSodium();
    const bool postgres = spec.startsWith(u"postgresql://"_s) || spec.startsWith(u"postgres://"_s);
    if (key && postgres)
        throw RelayStoreError("relay storage: a database key encrypts an SQLite file only, not PostgreSQL");
    if (key && isPlainSqliteFile(spec))
        encryptPlainFile(spec, *key);
    // A keyed open that fails removes the empty file it made, and only that.
    const bool existed = postgres || QFileInfo::exists(spec);
    const QString name = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(postgres ? u"QPSQL"_s : u"QSQLITE"_s, name);
    if (!db.isValid()) {
        QSqlDatabase::removeDatabase(name);
        throw RelayStoreError(postgres ? "relay storage: Qt's PostgreSQL driver (QPSQL) is not installed"
                                       : "relay storage: Qt's SQLite driver (QSQLITE) is not installed");
    }
    if (postgres) {
        const QUrl url(spec);
        if (!url.isValid() || url.host().isEmpty() || url.path().size() < 2) {
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            throw RelayStoreError(
                "relay storage: a PostgreSQL URL reads postgresql://user@host:port/database");
        }
        db.setHostName(url.host());
        if (url.port() > 0)
            db.setPort(url.port());
        db.setUserName(url.userName());
        db.setPassword(url.password());
        db.setDatabaseName(url.path().mid(1));
        // Further libpq options (sslmode=require, connect_timeout=5) pass through unchanged.
        const QUrlQuery query(url);
        QStringList options;
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
            options.append(key + u'=' + value);
        db.setConnectOptions(options.join(u';'));
    } else {
        db.setDatabaseName(spec);
    }
    if (!db.open()) {
        const QString error = db.lastError().text();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(name);
        throw RelayStoreError(
            u"relay storage: cannot open %1: %2"_s
                .arg(postgres ? u"the PostgreSQL database"_s : u"the SQLite database"_s, error)
                .toStdString());
    }
    if (key) {
        try {
            applyKey(db, *key);
        } catch (const RelayStoreError &) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(name);
            if (!existed && QFileInfo(spec).size() == 0)
                QFile::remove(spec);
            throw;
        }
    }
    QSqlDriver *driver = db.driver();
    db = QSqlDatabase(); // the store owns the connection from here; it removes it when destroyed
    std::unique_ptr<RelayStore> store(new RelayStore(name, postgres, key));
    store->createSchema();
    if (postgres) {
        if (!driver->subscribeToNotification(NotifyChannel))
            throw RelayStoreError("relay storage: cannot LISTEN for other relay processes' notifications");
        connect(driver, &QSqlDriver::notification, store.get(),
            [s = store.get()](
                const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload) {
                s->onNotification(channel, payload, source == QSqlDriver::SelfSource);
            });
    }
    return store;
}

RelayStore::RelayStore(QString connectionName, bool postgres, std::optional<SecureKey> key)
    : m_connection(std::move(connectionName))
    , m_postgres(postgres)
    , m_key(std::move(key))
{
}

RelayStore::~RelayStore()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool RelayStore::reconnect()
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    db.close();
    if (!db.open())
        return false;
    if (m_key) {
        // A reopened SQLite connection starts without its key.
        try {
            applyKey(db, *m_key);
        } catch (const RelayStoreError &e) {
            qCWarning(lcRelayStore) << "cannot reopen the encrypted database:" << e.what();
            db.close();
            return false;
        }
    }
    // A closed connection forgets its LISTEN; the driver object (and the signal) stays.
    return !m_postgres || db.driver()->subscribeToNotification(NotifyChannel);
}

void RelayStore::keepAlive()
{
    QSqlQuery probe(QSqlDatabase::database(m_connection, false));
    if (!probe.exec(u"SELECT 1"_s))
        (void)reconnect();
}

void RelayStore::createSchema()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (m_postgres) {
        // Several relay processes may start at once; CREATE TABLE IF NOT EXISTS alone races.
        Transaction tx(db);
        runPlain(db, u"SELECT pg_advisory_xact_lock(7310442)"_s);
        for (const char *sql : PostgresSchema)
            runPlain(db, QString::fromLatin1(sql));
        tx.commit();
    } else {
        runPlain(db, u"PRAGMA journal_mode = WAL"_s);
        runPlain(db, u"PRAGMA synchronous = NORMAL"_s);
        Transaction tx(db);
        for (const char *sql : SqliteSchema)
            runPlain(db, QString::fromLatin1(sql));
        // SQLite has no ADD COLUMN IF NOT EXISTS: relay databases made before the pusher column
        // (their envelopes are never skipped) or before freezing (nothing is frozen).
        const auto hasColumn = [&db](const QString &table, const QString &column) {
            QSqlQuery columns(db);
            bool found = false;
            if (columns.exec(u"PRAGMA table_info(%1)"_s.arg(table)))
                while (columns.next())
                    found = found || columns.value(1).toString() == column;
            return found;
        };
        if (!hasColumn(u"envelopes"_s, u"pusher"_s))
            runPlain(db, u"ALTER TABLE envelopes ADD COLUMN pusher BLOB"_s);
        if (!hasColumn(u"collections"_s, u"frozen"_s))
            runPlain(db, u"ALTER TABLE collections ADD COLUMN frozen INTEGER NOT NULL DEFAULT 0"_s);
        tx.commit();
    }
}

std::optional<std::vector<qint64>> RelayStore::append(
    const QByteArray &collection, const std::vector<QByteArray> &envelopes, const QByteArray &pusher)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    // Locking the collection's row serialises appends to one collection across processes, so
    // sequences become visible in order: a reader never sees 11 while 10 is still uncommitted.
    Query last(db,
        m_postgres ? u"SELECT last_seq, frozen FROM collections WHERE id = ? FOR UPDATE"_s
                   : u"SELECT last_seq, frozen FROM collections WHERE id = ?"_s);
    last.bind(collection).exec();
    if (!last.next())
        throw RelayStoreError("relay storage: append to a collection that has no members");
    if (last.value(1).toInt() != 0)
        return std::nullopt;
    qint64 sequence = last.value(0).toLongLong();
    const qint64 before = sequence;

    std::vector<qint64> sequences;
    sequences.reserve(envelopes.size());
    Query find(db, u"SELECT seq FROM envelopes WHERE collection = ? AND hash = ?"_s);
    Query insert(db, u"INSERT INTO envelopes (collection, seq, hash, body, pusher) VALUES (?, ?, ?, ?, ?)"_s);
    for (const QByteArray &bytes : envelopes) {
        const QByteArray hash = contentHash(bytes);
        find.bind(collection).bind(hash).exec();
        if (find.next()) {
            sequences.push_back(find.value(0).toLongLong());
            continue;
        }
        ++sequence;
        insert.bind(collection).bind(sequence).bind(hash).bind(bytes).bind(pusher).exec();
        sequences.push_back(sequence);
    }
    if (sequence != before) {
        Query(db, u"UPDATE collections SET last_seq = ? WHERE id = ?"_s)
            .bind(sequence)
            .bind(collection)
            .exec();
        if (m_postgres) {
            // Delivered to every listening relay process when the transaction commits.
            Query(db, u"SELECT pg_notify(?, ?)"_s)
                .bind(NotifyChannel)
                .bind(QString::fromLatin1(collection.toHex()) + u':' + QString::number(sequence))
                .exec();
        }
    }
    tx.commit();
    return sequences;
}

sync::PullPage RelayStore::read(
    const QByteArray &collection, qint64 after, int limit, qint64 maxBytes, const QByteArray &skipPusher)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // One statement, so the rows scanned and the envelopes returned come from one snapshot: the
    // page's `through` never passes an envelope another process was still committing. A skipped
    // envelope costs a row without its body.
    const int scan = skipPusher.isEmpty() ? limit : std::max(limit, SkipScanRows);
    Query query(db,
        u"SELECT seq, CASE WHEN pusher = ? THEN NULL ELSE body END FROM envelopes "
        "WHERE collection = ? AND seq > ? ORDER BY seq LIMIT ?"_s);
    query.bind(skipPusher.isEmpty() ? QByteArray(1, '\0') : skipPusher).bind(collection).bind(after).bind(scan + 1).exec();
    sync::PullPage page;
    page.through = after;
    qint64 bytes = 0;
    int scanned = 0;
    while (query.next()) {
        if (scanned == scan || int(page.envelopes.size()) == limit) {
            page.more = true;
            break;
        }
        ++scanned;
        const qint64 sequence = query.value(0).toLongLong();
        if (query.value(1).isNull()) {
            page.through = sequence;
            continue;
        }
        QByteArray body = query.value(1).toByteArray();
        if (!page.envelopes.empty() && bytes + body.size() > maxBytes) {
            page.more = true;
            break;
        }
        bytes += body.size();
        page.envelopes.push_back({ sequence, std::move(body) });
        page.through = sequence;
    }
    return page;
}

qint64 RelayStore::lastSequence(const QByteArray &collection)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Query query(db, u"SELECT last_seq FROM collections WHERE id = ?"_s);
    query.bind(collection).exec();
    return query.next() ? query.value(0).toLongLong() : 0;
}

bool RelayStore::isMember(const QByteArray &collection, const QByteArray &device)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Query query(db, u"SELECT 1 FROM members WHERE collection = ? AND device = ?"_s);
    query.bind(collection).bind(device).exec();
    return query.next();
}

RelayStore::MemberResult RelayStore::setMember(const QByteArray &collection, const QByteArray &granter,
    const QByteArray &device, bool revoke, const QByteArray &statement, const QByteArray &signature)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Transaction tx(db);
    Query create(db,
        m_postgres ? u"INSERT INTO collections (id, last_seq) VALUES (?, 0) ON CONFLICT DO NOTHING"_s
                   : u"INSERT OR IGNORE INTO collections (id, last_seq) VALUES (?, 0)"_s);
    create.bind(collection).exec();
    const QString addMember = m_postgres
        ? u"INSERT INTO members (collection, device) VALUES (?, ?) ON CONFLICT DO NOTHING"_s
        : u"INSERT OR IGNORE INTO members (collection, device) VALUES (?, ?)"_s;
    // The latest statement that added the device; a retried request stores the same bytes again.
    const QString keepStatement = m_postgres
        ? u"INSERT INTO member_statements (collection, device, statement, signature) VALUES (?, ?, ?, ?)"
          " ON CONFLICT (collection, device) DO UPDATE SET statement = EXCLUDED.statement,"
          " signature = EXCLUDED.signature"_s
        : u"INSERT OR REPLACE INTO member_statements (collection, device, statement, signature)"
          " VALUES (?, ?, ?, ?)"_s;
    if (create.affected() == 1) {
        Query(db, addMember).bind(collection).bind(granter).exec();
        Query(db, keepStatement).bind(collection).bind(granter).bind(statement).bind(signature).exec();
    } else {
        // Serialise changes on one collection like appends, so two revocations cannot both pass.
        Query state(db,
            m_postgres ? u"SELECT frozen FROM collections WHERE id = ? FOR UPDATE"_s
                       : u"SELECT frozen FROM collections WHERE id = ?"_s);
        state.bind(collection).exec();
        const bool frozen = state.next() && state.value(0).toInt() != 0;
        Query member(db, u"SELECT 1 FROM members WHERE collection = ? AND device = ?"_s);
        member.bind(collection).bind(granter).exec();
        if (!member.next())
            return MemberResult::NotMember;
        if (frozen && !revoke)
            return MemberResult::Frozen;
    }
    if (revoke) {
        Query removed(db, u"DELETE FROM members WHERE collection = ? AND device = ?"_s);
        removed.bind(collection).bind(device).exec();
        Query(db, u"DELETE FROM member_statements WHERE collection = ? AND device = ?"_s)
            .bind(collection)
            .bind(device)
            .exec();
        // Kept only for a device that was a member: a retried revocation keeps the first proof,
        // and nobody fills the table with revocations of devices that never were here.
        if (removed.affected() > 0)
            Query(db,
                m_postgres ? u"INSERT INTO revocations (collection, device, statement, signature) VALUES (?, ?, ?, ?)"
                             " ON CONFLICT (collection, device) DO UPDATE SET statement = EXCLUDED.statement,"
                             " signature = EXCLUDED.signature"_s
                           : u"INSERT OR REPLACE INTO revocations (collection, device, statement, signature)"
                             " VALUES (?, ?, ?, ?)"_s)
                .bind(collection)
                .bind(device)
                .bind(statement)
                .bind(signature)
                .exec();
    } else {
        Query(db, addMember).bind(collection).bind(device).exec();
        Query(db, keepStatement).bind(collection).bind(device).bind(statement).bind(signature).exec();
        Query(db, u"DELETE FROM revocations WHERE collection = ? AND device = ?"_s)
            .bind(collection)
            .bind(device)
            .exec();
    }
    tx.commit();
    return MemberResult::Changed;
}

std::vector<sync::MemberStatement> RelayStore::members(const QByteArray &collection)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Query query(db,
        u"SELECT m.device, s.statement, s.signature FROM members m LEFT JOIN member_statements s"
        " ON s.collection = m.collection AND s.device = m.device WHERE m.collection = ? ORDER BY m.device"_s);
    query.bind(collection).exec();
    std::vector<sync::MemberStatement> listed;
    while (query.next())
        listed.push_back({ query.value(0).toByteArray(), query.value(1).toByteArray(), query.value(2).toByteArray() });
    return listed;
}

std::optional<sync::MemberStatement> RelayStore::revocation(const QByteArray &collection, const QByteArray &device)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Query query(db, u"SELECT statement, signature FROM revocations WHERE collection = ? AND device = ?"_s);
    query.bind(collection).bind(device).exec();
    if (!query.next())
        return std::nullopt;
    return sync::MemberStatement { device, query.value(0).toByteArray(), query.value(1).toByteArray() };
}

void RelayStore::freeze(const QByteArray &collection)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Query(db, u"UPDATE collections SET frozen = 1 WHERE id = ?"_s).bind(collection).exec();
}

bool RelayStore::post(const QByteArray &mailbox, const QByteArray &message, int maxMessages)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    Transaction tx(db);
    Query(db, u"DELETE FROM mailbox WHERE posted < ?"_s).bind(now - MailboxLifetimeSeconds).exec();
    const QByteArray hash = contentHash(message);
    Query existing(db, u"SELECT 1 FROM mailbox WHERE mailbox = ? AND hash = ?"_s);
    existing.bind(mailbox).bind(hash).exec();
    if (existing.next()) {
        tx.commit();
        return true;
    }
    Query count(db, u"SELECT COUNT(*) FROM mailbox WHERE mailbox = ?"_s);
    count.bind(mailbox).exec();
    if (count.next() && count.value(0).toLongLong() >= maxMessages)
        return false;
    Query(db, u"INSERT INTO mailbox (mailbox, hash, body, posted) VALUES (?, ?, ?, ?)"_s)
        .bind(mailbox)
        .bind(hash)
        .bind(message)
        .bind(now)
        .exec();
    tx.commit();
    return true;
}

std::vector<QByteArray> RelayStore::readMailbox(const QByteArray &mailbox)
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Query query(db, u"SELECT body FROM mailbox WHERE mailbox = ? AND posted >= ? ORDER BY posted, hash"_s);
    query.bind(mailbox).bind(QDateTime::currentSecsSinceEpoch() - MailboxLifetimeSeconds).exec();
    std::vector<QByteArray> messages;
    while (query.next())
        messages.push_back(query.value(0).toByteArray());
    return messages;
}

RelayStore::Counts RelayStore::counts()
{
    const QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    auto count = [&db](const QString &sql) {
        Query query(db, sql);
        query.exec();
        return query.next() ? query.value(0).toLongLong() : 0;
    };
    return { count(u"SELECT COUNT(*) FROM envelopes"_s), count(u"SELECT COUNT(*) FROM members"_s),
        count(u"SELECT COUNT(*) FROM mailbox"_s) };
}

void RelayStore::onNotification(const QString &name, const QVariant &payload, bool fromSelf)
{
    // This process already told its own clients when it stored the envelopes.
    if (name != NotifyChannel || fromSelf)
        return;
    const QString text = payload.toString();
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0)
        return;
    bool ok = false;
    const qint64 sequence = text.mid(colon + 1).toLongLong(&ok);
    const QByteArray collection = QByteArray::fromHex(text.left(colon).toLatin1());
    if (ok && !collection.isEmpty())
        emit appendedElsewhere(collection, sequence);
}

} // namespace bollplank::net
