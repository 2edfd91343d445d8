// Migration 6 from version 5: a profile paired by the version before roles and chains keeps its
// pairing, and every member of a shared space gets the role that is truly theirs.
#include "store/database.h"
#include "store/migrations.h"
#include "store/securekey.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace bollplank;

namespace {

QString roleOf(Database &db, const char *collectionHex, const char *signHex)
{
    auto q = db.prepareOnce("SELECT role FROM sync_member WHERE hex(collection_id) = ? AND hex(sign_public) = ?");
    q.bind(1, QString::fromLatin1(collectionHex)).bind(2, QString::fromLatin1(signHex));
    return q.step() ? q.optionalText(0).value_or(QStringLiteral("(none)")) : QStringLiteral("(missing)");
}

} // namespace

class MigrationV6Test : public QObject
{
    Q_OBJECT

private slots:
    void aPairedMentorProfileFromVersion5KeepsItsPairingWithRoles()
    {
        QTemporaryDir dir;
        const SecureKey key = SecureKey::random();
        Database db = Database::open(dir.filePath(QStringLiteral("db")), key);
        migrate(db, 5);
        // What version 5 wrote for a mentor with a second device of his own, paired with an adept.
        db.exec("INSERT INTO profile (id, rev, author_device, updated_at, role, display_name, device_id, created_at)"
                " VALUES ('p', 1, 'd1', 1, 'mentor', 'Anders', 'd1', 1);"
                "INSERT INTO sync_identity (singleton, sign_public, sign_seed, box_public, box_secret, created_at)"
                " VALUES (1, x'" + std::string(64, 'a') + "', x'" + std::string(64, '0') + "', x'" + std::string(64, '1')
            + "', x'" + std::string(64, '2') + "', 1);"
              "INSERT INTO sync_collection (id, kind, mentorship_id, current_epoch, created_at) VALUES"
              " (x'" + std::string(32, 'c') + "', 'notes', 'm1', 1, 1), (x'" + std::string(32, 'e') + "', 'shared', 'm1', 1, 2);"
              "INSERT INTO sync_member (collection_id, sign_public, box_public, device_id, announced) VALUES"
              " (x'" + std::string(32, 'c') + "', x'" + std::string(64, 'a') + "', x'" + std::string(64, '1') + "', 'd1', 1),"
              " (x'" + std::string(32, 'c') + "', x'" + std::string(64, 'b') + "', x'" + std::string(64, '3') + "', 'd2', 1),"
              " (x'" + std::string(32, 'e') + "', x'" + std::string(64, 'a') + "', x'" + std::string(64, '1') + "', 'd1', 1),"
              " (x'" + std::string(32, 'e') + "', x'" + std::string(64, 'b') + "', x'" + std::string(64, '3') + "', 'd2', 1),"
              " (x'" + std::string(32, 'e') + "', x'" + std::string(64, 'f') + "', x'" + std::string(64, '4') + "', 'a1', 1);"
              "INSERT INTO sync_record (collection_id, record_id, table_name, revision) VALUES"
              " (x'" + std::string(32, 'e') + "', 'r1', 'comment', 3);");
        migrate(db, 6);
        QCOMPARE(db.userVersion(), 6);
        const std::string notes(32, 'C');
        const std::string shared(32, 'E');
        QCOMPARE(roleOf(db, notes.c_str(), std::string(64, 'A').c_str()), QStringLiteral("mentor"));
        QCOMPARE(roleOf(db, notes.c_str(), std::string(64, 'B').c_str()), QStringLiteral("mentor"));
        QCOMPARE(roleOf(db, shared.c_str(), std::string(64, 'A').c_str()), QStringLiteral("mentor"));
        QCOMPARE(roleOf(db, shared.c_str(), std::string(64, 'B').c_str()), QStringLiteral("mentor"));
        QCOMPARE(roleOf(db, shared.c_str(), std::string(64, 'F').c_str()), QStringLiteral("adept"));
        // What was exchanged is kept; it simply has no envelope hash on record yet.
        auto r = db.prepareOnce("SELECT revision, hash IS NULL, parent_hash IS NULL FROM sync_record WHERE record_id = 'r1'");
        QVERIFY(r.step());
        QCOMPARE(r.int64(0), 3);
        QCOMPARE(r.int64(1), 1);
        QCOMPARE(r.int64(2), 1);
        auto c = db.prepareOnce("SELECT count(*) FROM sync_chain");
        QVERIFY(c.step());
        QCOMPARE(c.integer(0), 0);
    }

    void failedStepLeavesVersion5()
    {
        QTemporaryDir dir;
        const SecureKey key = SecureKey::random();
        Database db = Database::open(dir.filePath(QStringLiteral("db")), key);
        migrate(db, 5);
        db.exec("CREATE TABLE sync_chain (x);"); // makes step 6 fail
        EXPECT_STORE_ERROR(migrate(db, 6), Internal);
        QCOMPARE(db.userVersion(), 5);
        auto q = db.prepareOnce("PRAGMA table_info(sync_member)");
        while (q.step())
            QVERIFY(q.text(1) != QStringLiteral("role"));
    }
};

QTEST_GUILESS_MAIN(MigrationV6Test)
#include "tst_migration_v6.moc"
