// Migration 3 from version 2: series, exceptions, reminder settings and the delivery log.
#include "store/database.h"
#include "store/migrations.h"
#include "store/securekey.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace bollplank;

class MigrationV3Test : public QObject
{
    Q_OBJECT

private slots:
    void fromVersion2ToVersion3()
    {
        QTemporaryDir dir;
        const SecureKey key = SecureKey::random();
        Database db = Database::open(dir.filePath(QStringLiteral("db")), key);
        migrate(db, 2);
        QCOMPARE(db.userVersion(), 2);
        db.exec(
            "INSERT INTO mentorship (id, rev, author_device, updated_at, adept_name, mentor_name, start_date)"
            " VALUES ('m1', 1, 'd', 1, 'Karin', 'Anders', '2026-01-01');");
        migrate(db, 3);
        QCOMPARE(db.userVersion(), 3);
        QVERIFY(latestSchemaVersion() >= 3);
        for (const char *table :
            { "meeting_series", "series_exception", "reminder_settings", "reminder_delivered" }) {
            auto cols = db.prepareOnce(
                std::string("SELECT seq, id, rev, author_device, updated_at, deleted FROM ") + table);
            QVERIFY2(!cols.step(), table); // exists, with the sync columns, empty
        }
        auto m = db.prepareOnce("SELECT adept_name FROM mentorship WHERE id = 'm1'");
        QVERIFY(m.step());
        QCOMPARE(m.text(0), QStringLiteral("Karin"));

        db.exec(
            "INSERT INTO meeting_series (id, rev, author_device, updated_at, mentorship_id, rule, dtstart, "
            "tzid)"
            " VALUES ('s1', 1, 'd', 1, 'm1', 'FREQ=MONTHLY;BYDAY=1TU', '2026-01-06T14:00', "
            "'Europe/Stockholm');"
            "INSERT INTO series_exception (id, rev, author_device, updated_at, series_id, occurrence, "
            "cancelled)"
            " VALUES ('e1', 1, 'd', 1, 's1', '2026-02-03T14:00', 1);"
            "INSERT INTO reminder_settings (id, rev, author_device, updated_at) VALUES ('r1', 1, 'd', 1);");
        auto defaults = db.prepareOnce(
            "SELECT meeting_offsets, prepare_days, quiet_start, quiet_end, discreet, duration_min"
            " FROM reminder_settings, meeting_series");
        QVERIFY(defaults.step());
        QCOMPARE(defaults.text(0), QStringLiteral("1440,60"));
        QCOMPARE(defaults.integer(1), 3);
        QVERIFY(defaults.isNull(2));
        QCOMPARE(defaults.integer(4), 0);
        QCOMPARE(defaults.integer(5), 150);
        // One occurrence changed once; one settings row.
        EXPECT_STORE_ERROR(
            db.exec("INSERT INTO series_exception (id, rev, author_device, updated_at, series_id, occurrence)"
                    " VALUES ('e2', 1, 'd', 1, 's1', '2026-02-03T14:00');"),
            Constraint);
        EXPECT_STORE_ERROR(db.exec("INSERT INTO reminder_settings (id, rev, author_device, updated_at) "
                                   "VALUES ('r2', 1, 'd', 1);"),
            Constraint);
        EXPECT_STORE_ERROR(db.exec("UPDATE reminder_settings SET quiet_start = 1440;"), Constraint);
    }

    void failedStepLeavesVersion2()
    {
        QTemporaryDir dir;
        const SecureKey key = SecureKey::random();
        Database db = Database::open(dir.filePath(QStringLiteral("db")), key);
        migrate(db, 2);
        db.exec("CREATE TABLE meeting_series (x);"); // makes step 3 fail half way
        EXPECT_STORE_ERROR(migrate(db, 3), Internal);
        QCOMPARE(db.userVersion(), 2);
        auto q = db.prepareOnce("SELECT count(*) FROM sqlite_master WHERE name = 'series_exception'");
        QVERIFY(q.step());
        QCOMPARE(q.integer(0), 0);
    }
};

QTEST_GUILESS_MAIN(MigrationV3Test)
#include "tst_migration_v3.moc"
