// The RAII layer over SQLCipher: connection settings, statements, transactions, typed errors.
#include "store/database.h"
#include "store/securekey.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "testsupport.h"

#include <sqlite3.h>

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bollplank;

class StoreTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SecureKey m_key = SecureKey::random();

    [[nodiscard]] QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void opensEncryptedWithConnectionSettings()
    {
        Database db = Database::open(path("settings.db"), m_key);
        auto mode = db.prepareOnce("PRAGMA journal_mode");
        QVERIFY(mode.step());
        QCOMPARE(mode.text(0), QStringLiteral("wal"));
        auto temp = db.prepareOnce("PRAGMA temp_store");
        QVERIFY(temp.step());
        QCOMPARE(temp.integer(0), 2); // MEMORY
        auto secure = db.prepareOnce("PRAGMA secure_delete");
        QVERIFY(secure.step());
        QCOMPARE(secure.integer(0), 1);
        auto fk = db.prepareOnce("PRAGMA foreign_keys");
        QVERIFY(fk.step());
        QCOMPARE(fk.integer(0), 1);
        db.exec("CREATE TABLE t (x); INSERT INTO t VALUES ('hello');");
    }

    void plainSqliteInSqlcipherPlaceIsRefused()
    {
        // The check runs on every open and sees the SQLCipher this build links.
        Database db = Database::open(path("cipher.db"), m_key);
        const QString version = db.cipherVersion();
        qInfo("PRAGMA cipher_version: %s", qPrintable(version));
        QVERIFY(!version.isEmpty());
        Database::requireCipher(version);
        // What a plain SQLite answers (no row, so an empty text) is refused with a typed error
        // before anything is written.
        EXPECT_STORE_ERROR(Database::requireCipher(QString()), NotEncrypted);
        EXPECT_STORE_ERROR(Database::requireCipher(QStringLiteral("  ")), NotEncrypted);
    }

    void fileIsNotPlainSqlite()
    {
        {
            Database db = Database::open(path("plain.db"), m_key);
            db.exec("CREATE TABLE t (x); INSERT INTO t VALUES ('visible?');");
        }
        QFile file(path("plain.db"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(16);
        QCOMPARE(head.size(), 16);
        QVERIFY(!head.startsWith("SQLite format 3"));
    }

    void reopensWithSameKeyAndRefusesAnother()
    {
        {
            Database db = Database::open(path("reopen.db"), m_key);
            db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (42);");
        }
        {
            Database db = Database::open(path("reopen.db"), m_key);
            auto q = db.prepare("SELECT x FROM t");
            QVERIFY(q.step());
            QCOMPARE(q.integer(0), 42);
        }
        EXPECT_STORE_ERROR((void)Database::open(path("reopen.db"), SecureKey::random()), CorruptDatabase);
    }

    void newDatabasesUseFourKilobytePages()
    {
        Database db = Database::open(path("pages.db"), m_key);
        auto size = db.prepareOnce("PRAGMA cipher_page_size");
        QVERIFY(size.step());
        QCOMPARE(size.integer(0), Database::NewPageSize);
    }

    void opensADatabaseMadeWithOneKilobytePages()
    {
        // What profiles made before the 4 KiB change hold: SQLCipher 3.4's default page size.
        const QByteArray file = path("legacy.db").toUtf8();
        {
            sqlite3 *raw = nullptr;
            QCOMPARE(sqlite3_open_v2(file.constData(), &raw, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
                SQLITE_OK);
            const QByteArray literal = "x'" + QByteArray(reinterpret_cast<const char *>(m_key.data()), SecureKey::Size).toHex() + "'";
            QCOMPARE(sqlite3_key(raw, literal.constData(), int(literal.size())), SQLITE_OK);
            QCOMPARE(sqlite3_exec(raw,
                         "PRAGMA cipher_page_size = 1024; PRAGMA journal_mode = WAL;"
                         "CREATE TABLE t (x); INSERT INTO t VALUES ('kept');",
                         nullptr, nullptr, nullptr),
                SQLITE_OK);
            sqlite3_close_v2(raw);
        }
        {
            Database db = Database::open(path("legacy.db"), m_key);
            auto size = db.prepareOnce("PRAGMA cipher_page_size");
            QVERIFY(size.step());
            QCOMPARE(size.integer(0), Database::LegacyPageSize);
            auto q = db.prepare("SELECT x FROM t");
            QVERIFY(q.step());
            QCOMPARE(q.text(0), QStringLiteral("kept"));
            db.exec("INSERT INTO t VALUES ('added')");
        }
        {
            Database db = Database::open(path("legacy.db"), m_key);
            auto q = db.prepare("SELECT count(*) FROM t");
            QVERIFY(q.step());
            QCOMPARE(q.integer(0), 2);
        }
        // A wrong key is still refused as before, whatever the page size, and writes nothing.
        QFile after(path("legacy.db"));
        QVERIFY(after.open(QIODevice::ReadOnly));
        const QByteArray reopened = after.readAll();
        after.close();
        EXPECT_STORE_ERROR((void)Database::open(path("legacy.db"), SecureKey::random()), CorruptDatabase);
        QFile untouched(path("legacy.db"));
        QVERIFY(untouched.open(QIODevice::ReadOnly));
        QCOMPARE(untouched.readAll(), reopened);
    }

    void bindsAndReadsEveryType()
    {
        Database db = Database::open(path("types.db"), m_key);
        db.exec("CREATE TABLE t (i INTEGER, r REAL, s TEXT, b BLOB, n)");
        const QString swedish = QStringLiteral("Ärligt talat: åäö ÅÄÖ ✓");
        db.prepare("INSERT INTO t VALUES (?, ?, ?, ?, ?)")
            .bind(1, qint64(1) << 40)
            .bind(2, 2.5)
            .bind(3, swedish)
            .bind(4, QByteArray("\x00\x01\x02", 3))
            .bindNull(5)
            .run();
        auto q = db.prepare("SELECT i, r, s, b, n FROM t");
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), qint64(1) << 40);
        QCOMPARE(q.real(1), 2.5);
        QCOMPARE(q.text(2), swedish);
        QCOMPARE(q.blob(3), QByteArray("\x00\x01\x02", 3));
        QVERIFY(q.isNull(4));
        QVERIFY(!q.optionalInt64(4).has_value());
        QVERIFY(!q.step());
    }

    void variantBinding()
    {
        Database db = Database::open(path("variant.db"), m_key);
        db.exec("CREATE TABLE t (a, b, c, d)");
        db.prepare("INSERT INTO t VALUES (?, ?, ?, ?)")
            .bind(1, QVariant(7))
            .bind(2, QVariant(true))
            .bind(3, QVariant(QStringLiteral("x")))
            .bind(4, QVariant())
            .run();
        auto q = db.prepare("SELECT typeof(a), typeof(b), typeof(c), typeof(d) FROM t");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("integer"));
        QCOMPARE(q.text(1), QStringLiteral("integer"));
        QCOMPARE(q.text(2), QStringLiteral("text"));
        QCOMPARE(q.text(3), QStringLiteral("null"));
    }

    void errorsAreTyped()
    {
        Database db = Database::open(path("errors.db"), m_key);
        db.exec("CREATE TABLE t (x INTEGER NOT NULL UNIQUE)");
        EXPECT_STORE_ERROR(db.exec("THIS IS NOT SQL"), Internal);
        EXPECT_STORE_ERROR((void)db.prepare("SELECT * FROM missing_table"), Internal);
        db.exec("INSERT INTO t VALUES (1)");
        EXPECT_STORE_ERROR(db.exec("INSERT INTO t VALUES (1)"), Constraint);
        EXPECT_STORE_ERROR(db.prepare("INSERT INTO t VALUES (?)").bindNull(1).run(), Constraint);
        // The cached statement is usable again after its failure.
        db.prepare("INSERT INTO t VALUES (?)").bind(1, 2).run();
        const std::string message
            = test::expectError([&] { db.exec("INSERT INTO t VALUES (1)"); }, StoreError::Kind::Constraint);
        QVERIFY2(message.find("UNIQUE") != std::string::npos, message.c_str());
    }

    void transactionRollsBackUnlessCommitted()
    {
        Database db = Database::open(path("tx.db"), m_key);
        db.exec("CREATE TABLE t (x)");
        {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES (1)");
        }
        try {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES (2)");
            throw std::runtime_error("interrupted");
        } catch (const std::runtime_error &) {
        }
        {
            Transaction tx(db);
            db.exec("INSERT INTO t VALUES (3)");
            tx.commit();
        }
        auto q = db.prepare("SELECT group_concat(x) FROM t");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("3"));
    }

    void nestedTransactionIsASavepoint()
    {
        Database db = Database::open(path("nested.db"), m_key);
        db.exec("CREATE TABLE t (x)");
        {
            Transaction outer(db);
            db.exec("INSERT INTO t VALUES (1)");
            {
                Transaction inner(db);
                db.exec("INSERT INTO t VALUES (2)");
            } // inner rolled back alone
            {
                Transaction inner(db);
                db.exec("INSERT INTO t VALUES (3)");
                inner.commit();
            }
            outer.commit();
        }
        auto q = db.prepare("SELECT group_concat(x) FROM t ORDER BY x");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), QStringLiteral("1,3"));
        {
            Transaction outer(db);
            Transaction inner(db);
            db.exec("INSERT INTO t VALUES (4)");
            inner.commit();
        } // the outer rollback undoes the committed savepoint too
        auto count = db.prepare("SELECT count(*) FROM t");
        QVERIFY(count.step());
        QCOMPARE(count.integer(0), 2);
    }

    void cachedStatementNestsSafely()
    {
        Database db = Database::open(path("cache.db"), m_key);
        db.exec("CREATE TABLE t (x); INSERT INTO t VALUES (1), (2), (3);");
        const char *sql = "SELECT x FROM t ORDER BY x";
        int pairs = 0;
        auto outer = db.prepare(sql);
        while (outer.step()) {
            auto inner = db.prepare(sql); // same SQL while the outer one is mid-iteration
            while (inner.step())
                ++pairs;
        }
        QCOMPARE(pairs, 9);
    }

    void busyWriterGetsTypedError()
    {
        Database first = Database::open(path("busy.db"), m_key);
        first.exec("CREATE TABLE t (x)");
        Database second = Database::open(path("busy.db"), m_key);
        sqlite3_busy_timeout(second.handle(), 50);
        Transaction holding(first);
        first.exec("INSERT INTO t VALUES (1)");
        EXPECT_STORE_ERROR(Transaction tx(second), Busy);
    }
};

QTEST_GUILESS_MAIN(StoreTest)
#include "tst_store.moc"
