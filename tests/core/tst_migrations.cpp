// Schema migrations: each step from the version before it, atomic, and newer schemas refused.
#include "query/search.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/securekey.h"
#include "store/statement.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace bollplank;

namespace {

int count(Database &db, const char *sql)
{
    auto q = db.prepareOnce(sql);
    return q.step() ? q.integer(0) : -1;
}

QByteArray digest(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class MigrationsTest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SecureKey m_key = SecureKey::random();
    int m_n = 0;

    Database fresh() { return Database::open(m_dir.filePath(QStringLiteral("db%1").arg(++m_n)), m_key); }

private slots:
    void versionsAreNumberedOneStepAtATime()
    {
        const auto &all = migrations();
        QVERIFY(!all.empty());
        // Strictly increasing from 1; a gap is allowed (a number reserved by a parallel branch).
        QCOMPARE(all.front().version, 1);
        for (std::size_t i = 1; i < all.size(); ++i)
            QVERIFY(all[i].version > all[i - 1].version);
        QCOMPARE(latestSchemaVersion(), all.back().version);
    }

    void fromEmptyToVersion1()
    {
        Database db = fresh();
        QCOMPARE(db.userVersion(), 0);
        migrate(db, 1);
        QCOMPARE(db.userVersion(), 1);
        for (const char *table : { "profile", "mentorship", "agreement", "meeting", "meeting_focus", "minutes",
                 "action_item", "evaluation", "reflection", "comment", "mentor_note", "adhoc_request" }) {
            auto q = db.prepareOnce("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?");
            q.bind(1, QString::fromLatin1(table));
            QVERIFY(q.step());
            QVERIFY2(q.integer(0) == 1, table);
            // Every record carries the sync columns.
            auto cols = db.prepareOnce(std::string("SELECT id, rev, author_device, updated_at, deleted FROM ") + table);
            (void)cols.step();
        }
        QCOMPARE(count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'search_index'"), 0);
    }

    void fromVersion1ToVersion2IndexesExistingRows()
    {
        Database db = fresh();
        migrate(db, 1);
        db.exec("INSERT INTO reflection (id, rev, author_device, updated_at, body, created_at)"
                " VALUES ('r1', 1, 'd', 1, 'Styrelsemötet gick över förväntan', 1);"
                "INSERT INTO reflection (id, rev, author_device, updated_at, deleted, body, created_at)"
                " VALUES ('r2', 2, 'd', 1, 1, '', 1);"
                "INSERT INTO mentorship (id, rev, author_device, updated_at, adept_name, mentor_name, start_date)"
                " VALUES ('m', 1, 'd', 1, 'A', 'B', '2025-01-01');"
                "INSERT INTO meeting (id, rev, author_device, updated_at, mentorship_id, starts_at)"
                " VALUES ('x', 1, 'd', 1, 'm', 5);"
                "INSERT INTO minutes (id, rev, author_device, updated_at, meeting_id, body)"
                " VALUES ('n', 1, 'd', 1, 'x', 'Vi pratade om rekrytering');");
        migrate(db, 2);
        QCOMPARE(db.userVersion(), 2);
        QCOMPARE(count(db, "SELECT count(*) FROM search_index"), 2); // the tombstone is not indexed
        QCOMPARE(count(db, "SELECT count(*) FROM search_index WHERE search_index MATCH 'styrelse*'"), 1);
        QCOMPARE(count(db, "SELECT count(*) FROM search_index WHERE search_index MATCH 'rekryt*'"), 1);
        // Triggers keep the index current after the step.
        db.exec("UPDATE reflection SET body = 'Nytt innehåll' WHERE id = 'r1'");
        QCOMPARE(count(db, "SELECT count(*) FROM search_index WHERE search_index MATCH 'styrelse*'"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM search_index WHERE search_index MATCH 'innehåll'"), 1);
    }

    void migratingIsIdempotent()
    {
        Database db = fresh();
        migrate(db);
        migrate(db);
        QCOMPARE(db.userVersion(), latestSchemaVersion());
    }

    void aFailingStepChangesNothing()
    {
        Database db = fresh();
        migrate(db, 1);
        // Something in the way of step 2 makes it fail half-way through its SQL.
        db.exec("CREATE TRIGGER minutes_fts_insert AFTER INSERT ON minutes BEGIN SELECT 1; END;");
        EXPECT_STORE_ERROR(migrate(db), Internal);
        QCOMPARE(db.userVersion(), 1);
        QCOMPARE(count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'search_index'"), 0);
        QCOMPARE(count(db, "SELECT count(*) FROM sqlite_master WHERE name = 'reflection_fts_insert'"), 0);
    }

    void newerSchemaIsRefusedAndLeftAlone()
    {
        const QString path = m_dir.filePath(QStringLiteral("newer.db"));
        {
            Database db = Database::open(path, m_key);
            migrate(db);
            db.exec("PRAGMA user_version = 99");
        }
        const QByteArray before = digest(path);
        {
            Database db = Database::open(path, m_key);
            const std::string message = test::expectError([&] { migrate(db); }, StoreError::Kind::NewerSchema);
            QVERIFY2(message.find("newer version") != std::string::npos, message.c_str());
            QCOMPARE(db.userVersion(), 99);
        }
        QCOMPARE(digest(path), before);
    }
};

QTEST_GUILESS_MAIN(MigrationsTest)
#include "tst_migrations.moc"
