// Migration 8 from version 7: a paired profile keeps its collections, cursors, outbox and
// invites; no collection is bound to an endpoint (so each goes on syncing through the profile's
// own endpoint, as before), and each pull cursor is kept under the empty endpoint, for the first
// server the collection is pulled from afterwards.
#include "store/database.h"
#include "store/migrations.h"
#include "store/securekey.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace bollplank;

class MigrationV8Test : public QObject
{
    Q_OBJECT

private slots:
    void aPairedProfileFromVersion7KeepsEverythingAndIsBoundNowhere()
    {
        QTemporaryDir dir;
        const SecureKey key = SecureKey::random();
        Database db = Database::open(dir.filePath(QStringLiteral("db")), key);
        migrate(db, 7);
        const std::string journal = "x'" + std::string(32, 'a') + "'";
        const std::string shared = "x'" + std::string(32, 'b') + "'";
        db.exec("INSERT INTO sync_collection (id, kind, current_epoch, created_at) VALUES (" + journal + ", 'journal', 1, 1);"
                "INSERT INTO sync_collection (id, kind, mentorship_id, current_epoch, created_at) VALUES (" + shared
            + ", 'shared', 'm1', 1, 2);"
              "INSERT INTO sync_cursor (collection_id, after) VALUES (" + journal + ", 17);"
              "INSERT INTO sync_cursor (collection_id, after) VALUES (" + shared + ", 42);"
              "INSERT INTO sync_outbox (collection_id, table_name, record_id, envelope) VALUES (" + shared
            + ", 'reflection', 'r1', x'00');"
              "INSERT INTO sync_invite (mailbox, role, purpose, secret, expires_at) VALUES (x'01', 'accepted', "
              "'partner', x'02', 5);");
        migrate(db, 8);
        QCOMPARE(db.userVersion(), 8);

        auto cursors = db.prepareOnce("SELECT collection_id, endpoint, after FROM sync_cursor ORDER BY after");
        QVERIFY(cursors.step());
        QCOMPARE(cursors.blob(0), QByteArray(16, '\xaa'));
        QCOMPARE(cursors.text(1), QString());
        QCOMPARE(cursors.int64(2), 17);
        QVERIFY(cursors.step());
        QCOMPARE(cursors.blob(0), QByteArray(16, '\xbb'));
        QCOMPARE(cursors.int64(2), 42);
        QVERIFY(!cursors.step());

        auto routes = db.prepareOnce("SELECT count(*) FROM sync_route");
        QVERIFY(routes.step());
        QCOMPARE(routes.integer(0), 0);
        auto collections = db.prepareOnce("SELECT count(*) FROM sync_collection");
        QVERIFY(collections.step());
        QCOMPARE(collections.integer(0), 2);
        auto outbox = db.prepareOnce("SELECT count(*) FROM sync_outbox WHERE envelope IS NOT NULL");
        QVERIFY(outbox.step());
        QCOMPARE(outbox.integer(0), 1);
        auto sent = db.prepareOnce("SELECT count(*) FROM sync_outbox_sent");
        QVERIFY(sent.step());
        QCOMPARE(sent.integer(0), 0);
        auto invite = db.prepareOnce("SELECT purpose, endpoint IS NULL FROM sync_invite");
        QVERIFY(invite.step());
        QCOMPARE(invite.text(0), QStringLiteral("partner"));
        QCOMPARE(invite.int64(1), 1);

        // One cursor per collection and endpoint from now on.
        db.exec("INSERT INTO sync_cursor (collection_id, endpoint, after) VALUES (" + shared + ", 'ws://a:1', 3);");
        EXPECT_STORE_ERROR(
            db.exec("INSERT INTO sync_cursor (collection_id, endpoint, after) VALUES (" + shared + ", 'ws://a:1', 4);"),
            Constraint);
        EXPECT_STORE_ERROR(db.exec("INSERT INTO sync_route (collection_id, endpoint) VALUES (" + shared + ", '');"),
            Constraint);
    }

    void failedStepLeavesVersion7()
    {
        QTemporaryDir dir;
        const SecureKey key = SecureKey::random();
        Database db = Database::open(dir.filePath(QStringLiteral("db")), key);
        migrate(db, 7);
        db.exec("INSERT INTO sync_cursor (collection_id, after) VALUES (x'" + std::string(32, 'c') + "', 9);"
                "ALTER TABLE sync_invite ADD COLUMN endpoint TEXT;"); // makes step 8 fail at its end
        EXPECT_STORE_ERROR(migrate(db, 8), Internal);
        QCOMPARE(db.userVersion(), 7);
        auto q = db.prepareOnce("SELECT after FROM sync_cursor");
        QVERIFY(q.step());
        QCOMPARE(q.int64(0), 9);
        auto route = db.prepareOnce("SELECT count(*) FROM sqlite_master WHERE name = 'sync_route'");
        QVERIFY(route.step());
        QCOMPARE(route.integer(0), 0);
    }
};

QTEST_GUILESS_MAIN(MigrationV8Test)
#include "tst_migration_v8.moc"
