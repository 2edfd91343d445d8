// Migration 4 from version 3: meeting drafts; and the draft repository over it.
#include "repo/meetingdrafts.h"
#include "repo/mentorships.h"
#include "store/database.h"
#include "store/migrations.h"
#include "store/securekey.h"
#include "testsupport.h"

#include <QTemporaryDir>

using namespace bollplank;

class MigrationV4Test : public QObject
{
    Q_OBJECT

private slots:
    void fromVersion3ToVersion4()
    {
        QTemporaryDir dir;
        const SecureKey key = SecureKey::random();
        Database db = Database::open(dir.filePath(QStringLiteral("db")), key);
        migrate(db, 3);
        QCOMPARE(db.userVersion(), 3);
        db.exec(
            "INSERT INTO mentorship (id, rev, author_device, updated_at, adept_name, mentor_name, start_date)"
            " VALUES ('m1', 1, 'd', 1, 'Karin', 'Anders', '2026-01-01');");
        migrate(db, 4);
        QCOMPARE(db.userVersion(), 4);
        auto m = db.prepareOnce("SELECT adept_name FROM mentorship WHERE id = 'm1'");
        QVERIFY(m.step());
        QCOMPARE(m.text(0), QStringLiteral("Karin"));
        db.exec("INSERT INTO meeting_draft (mentorship_id, saved_at, body) VALUES ('m1', 5, x'a0');");
        auto d = db.prepareOnce("SELECT meeting_id, saved_at, length(body) FROM meeting_draft");
        QVERIFY(d.step());
        QCOMPARE(d.text(0), QString());
        QCOMPARE(d.int64(1), 5);
        QCOMPARE(d.integer(2), 1);
        // One draft per mentorship.
        EXPECT_STORE_ERROR(
            db.exec("INSERT INTO meeting_draft (mentorship_id, saved_at, body) VALUES ('m1', 6, x'a0');"),
            Constraint);
    }

    void failedStepLeavesVersion3()
    {
        QTemporaryDir dir;
        const SecureKey key = SecureKey::random();
        Database db = Database::open(dir.filePath(QStringLiteral("db")), key);
        migrate(db, 3);
        db.exec("CREATE TABLE meeting_draft (x);"); // makes step 4 fail
        EXPECT_STORE_ERROR(migrate(db, 4), Internal);
        QCOMPARE(db.userVersion(), 3);
    }

    void draftRoundTrip()
    {
        test::TempProfile p;
        Mentorship ms;
        ms.adeptName = QStringLiteral("Karin");
        ms.mentorName = QStringLiteral("Anders");
        ms.startDate = QDate(2025, 9, 1);
        MentorshipRepository(p.store()).save(ms);
        MeetingDraftRepository drafts(p.store());
        QVERIFY(!drafts.get(ms.meta.id));
        QVERIFY(!drafts.exists(ms.meta.id));

        MeetingDraft draft { ms.meta.id, QStringLiteral("meeting-1"), 0, QByteArrayLiteral("first") };
        drafts.save(draft);
        QCOMPARE(draft.savedAt, p.now);
        p.advance(60'000);
        draft.body = QByteArrayLiteral("second");
        drafts.save(draft); // replaces, never a second row
        const auto back = drafts.get(ms.meta.id);
        QVERIFY(back);
        QCOMPARE(back->meetingId, QStringLiteral("meeting-1"));
        QCOMPARE(back->body, QByteArrayLiteral("second"));
        QCOMPARE(back->savedAt, p.now);
        QVERIFY(drafts.exists(ms.meta.id));

        // A draft survives closing and reopening the profile.
        p.reopen();
        MeetingDraftRepository reopened(p.store());
        QCOMPARE(reopened.get(ms.meta.id)->body, QByteArrayLiteral("second"));
        reopened.remove(ms.meta.id);
        QVERIFY(!reopened.exists(ms.meta.id));
        reopened.remove(ms.meta.id); // already gone: fine

        MeetingDraft empty { ms.meta.id, {}, 0, {} };
        EXPECT_STORE_ERROR(reopened.save(empty), InvalidInput);
        MeetingDraft orphan { {}, {}, 0, QByteArrayLiteral("x") };
        EXPECT_STORE_ERROR(reopened.save(orphan), InvalidInput);
        QVERIFY(!reopened.exists(ms.meta.id));
    }
};

QTEST_GUILESS_MAIN(MigrationV4Test)
#include "tst_migration_v4.moc"
