// Migration 7 from version 6: a paired profile keeps its collections and advisories; nothing is
// marked erased, and an advisory from before says nothing about erasing.
#include "store/database.h"
#include "store/migrations.h"
#include "store/securekey.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace bollplank;

class MigrationV7Test : public QObject
{
    Q_OBJECT

private slots:
    void aFrozenCollectionAndItsAdvisoryFromVersion6AreKeptAndNotErased()
    {
        QTemporaryDir dir;
        const SecureKey key = SecureKey::random();
        Database db = Database::open(dir.filePath(QStringLiteral("db")), key);
        migrate(db, 6);
        const std::string id = "x'" + std::string(32, 'c') + "'";
        db.exec("INSERT INTO sync_collection (id, kind, mentorship_id, current_epoch, created_at, frozen_at, revoked_at)"
                " VALUES (" + id + ", 'shared', 'm1', 1, 1, 5, 5);"
                "INSERT INTO sync_advisory (collection_id, kind, sign_public, device_id, role, at)"
                " VALUES (" + id + ", 'ended', x'" + std::string(64, 'a') + "', 'd1', 'adept', 5);");
        migrate(db, 7);
        QCOMPARE(db.userVersion(), 7);
        auto c = db.prepareOnce("SELECT frozen_at, revoked_at, erased_at IS NULL FROM sync_collection");
        QVERIFY(c.step());
        QCOMPARE(c.int64(0), 5);
        QCOMPARE(c.int64(1), 5);
        QCOMPARE(c.int64(2), 1);
        auto a = db.prepareOnce("SELECT kind, erased_records IS NULL FROM sync_advisory");
        QVERIFY(a.step());
        QCOMPARE(a.text(0), QStringLiteral("ended"));
        QCOMPARE(a.int64(1), 1);
    }

    void failedStepLeavesVersion6()
    {
        QTemporaryDir dir;
        const SecureKey key = SecureKey::random();
        Database db = Database::open(dir.filePath(QStringLiteral("db")), key);
        migrate(db, 6);
        db.exec("ALTER TABLE sync_advisory ADD COLUMN erased_records INTEGER;"); // makes step 7 fail
        EXPECT_STORE_ERROR(migrate(db, 7), Internal);
        QCOMPARE(db.userVersion(), 6);
        auto q = db.prepareOnce("PRAGMA table_info(sync_collection)");
        while (q.step())
            QVERIFY(q.text(1) != QLatin1String("erased_at"));
    }
};

QTEST_GUILESS_MAIN(MigrationV7Test)
#include "tst_migration_v7.moc"
