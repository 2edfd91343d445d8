// The journal repository: revisions, tombstones, filters, sharing times and validation.
#include "repo/reflections.h"
#include "testsupport.h"

#include <QTest>

using namespace bollplank;

class ReflectionsTest : public QObject
{
    Q_OBJECT

    static Reflection make(const QString &body, QList<int> areas = {}, Visibility v = Visibility::Private)
    {
        Reflection r;
        r.body = body;
        r.focusAreas = areas;
        r.visibility = v;
        return r;
    }

private slots:
    void saveAssignsSyncMetadata()
    {
        test::TempProfile p;
        ReflectionRepository repo(p.store());
        Reflection r = make(QStringLiteral("# Idag\nEtt **svårt** samtal."), { 5, 2 });
        r.lens = Lens::Employees;
        r.stress = 4;
        repo.save(r);
        QCOMPARE(r.meta.id.size(), 36);
        QCOMPARE(r.meta.revision, 1);
        QCOMPARE(r.meta.authorDevice, p.store().deviceId());
        QCOMPARE(r.meta.updatedAt, p.now);
        QCOMPARE(r.createdAt, p.now);
        QCOMPARE(r.focusAreas, (QList<int> { 2, 5 })); // handed back as stored: sorted

        const Reflection back = repo.get(r.meta.id);
        QCOMPARE(back.body, r.body);
        QCOMPARE(back.focusAreas, (QList<int> { 2, 5 }));
        QCOMPARE(back.lens, std::optional<Lens>(Lens::Employees));
        QCOMPARE(back.stress, std::optional<int>(4));
        QVERIFY(back.visibility == Visibility::Private);
        QVERIFY(!back.sharedAt);
    }

    void editWritesNextRevisionKeepingCreation()
    {
        test::TempProfile p;
        ReflectionRepository repo(p.store());
        Reflection r = make(QStringLiteral("Första utkastet"));
        repo.save(r);
        const qint64 created = r.createdAt;
        p.advance(60'000);
        r.body = QStringLiteral("Andra utkastet");
        r.lens.reset();
        repo.save(r);
        QCOMPARE(r.meta.revision, 2);
        const Reflection back = repo.get(r.meta.id);
        QCOMPARE(back.body, QStringLiteral("Andra utkastet"));
        QCOMPARE(back.createdAt, created);
        QCOMPARE(back.meta.updatedAt, created + 60'000);
        QCOMPARE(back.meta.revision, 2);
    }

    void sharingTimeIsKeptFromFirstShareAndClearedOnUnshare()
    {
        test::TempProfile p;
        ReflectionRepository repo(p.store());
        Reflection r = make(QStringLiteral("Till mentorn"));
        repo.save(r);
        p.advance(1000);
        r.visibility = Visibility::Shared;
        repo.save(r);
        const qint64 firstShare = p.now;
        QCOMPARE(repo.get(r.meta.id).sharedAt, std::optional<qint64>(firstShare));
        p.advance(1000);
        r.body = QStringLiteral("Till mentorn, förtydligat");
        repo.save(r);
        QCOMPARE(repo.get(r.meta.id).sharedAt, std::optional<qint64>(firstShare));
        r.visibility = Visibility::Private;
        repo.save(r);
        QVERIFY(!repo.get(r.meta.id).sharedAt);
        QCOMPARE(repo.sharedSince(QStringLiteral("any"), 0).size(), 0);
    }

    void removeLeavesBlankTombstone()
    {
        test::TempProfile p;
        ReflectionRepository repo(p.store());
        Reflection r = make(QStringLiteral("Hemligt"), { 6 }, Visibility::Shared);
        r.stress = 5;
        repo.save(r);
        repo.remove(r.meta.id);
        EXPECT_STORE_ERROR((void)repo.get(r.meta.id), NotFound);
        EXPECT_STORE_ERROR(repo.remove(r.meta.id), NotFound);
        QCOMPARE(repo.count(), 0);
        auto row = p.store().db().prepareOnce(
            "SELECT deleted, rev, body, focus_mask, stress, visibility FROM reflection WHERE id = ?");
        row.bind(1, r.meta.id);
        QVERIFY(row.step());
        QCOMPARE(row.integer(0), 1);
        QCOMPARE(row.integer(1), 2);
        QCOMPARE(row.text(2), QString());
        QCOMPARE(row.integer(3), 0);
        QVERIFY(row.isNull(4));
        QCOMPARE(row.text(5), QStringLiteral("private"));
    }

    void savingAgainRestoresADeletedEntry()
    {
        test::TempProfile p;
        ReflectionRepository repo(p.store());
        Reflection r = make(QStringLiteral("Ångra mig"));
        repo.save(r);
        repo.remove(r.meta.id);
        repo.save(r); // undo: an edit beats a delete
        QCOMPARE(r.meta.revision, 3);
        QCOMPARE(repo.get(r.meta.id).body, QStringLiteral("Ångra mig"));
    }

    void listFiltersAndPages()
    {
        test::TempProfile p;
        ReflectionRepository repo(p.store());
        for (int i = 0; i < 30; ++i) {
            Reflection r = make(QStringLiteral("Post %1").arg(i), { 1 + i % 6 },
                i % 3 == 0 ? Visibility::Shared : Visibility::Private);
            if (i % 5 == 0)
                r.lens = Lens::Board;
            repo.save(r);
            p.advance(3'600'000);
        }
        QCOMPARE(repo.count(), 30);
        const QList<Reflection> first = repo.list({}, 10, 0);
        QCOMPARE(first.size(), 10);
        QCOMPARE(first.first().body, QStringLiteral("Post 29")); // newest first
        QCOMPARE(repo.list({}, 10, 20).last().body, QStringLiteral("Post 0"));

        ReflectionFilter byArea;
        byArea.focusArea = 2;
        QCOMPARE(repo.count(byArea), 5);
        for (const Reflection &r : repo.list(byArea, 100))
            QVERIFY(r.focusAreas.contains(2));

        ReflectionFilter board;
        board.lens = Lens::Board;
        QCOMPARE(repo.count(board), 6);

        ReflectionFilter shared;
        shared.visibility = Visibility::Shared;
        QCOMPARE(repo.count(shared), 10);

        ReflectionFilter combined = shared;
        combined.lens = Lens::Board;
        QCOMPARE(repo.count(combined), 2); // posts 0 and 15

        ReflectionFilter window;
        window.createdFrom = p.now - 5 * 3'600'000;
        QCOMPARE(repo.count(window), 5);
    }

    void validation()
    {
        test::TempProfile p;
        ReflectionRepository repo(p.store());
        Reflection empty = make(QStringLiteral("   \n"));
        EXPECT_STORE_ERROR(repo.save(empty), InvalidInput);
        Reflection badArea = make(QStringLiteral("x"), { 7 });
        EXPECT_STORE_ERROR(repo.save(badArea), InvalidInput);
        Reflection badStress = make(QStringLiteral("x"));
        badStress.stress = 6;
        EXPECT_STORE_ERROR(repo.save(badStress), InvalidInput);
        Reflection huge = make(QString(ReflectionRepository::MaxBodyLength + 1, QLatin1Char('a')));
        EXPECT_STORE_ERROR(repo.save(huge), InvalidInput);
        Reflection unknown = make(QStringLiteral("x"));
        unknown.meta.id = QStringLiteral("00000000-0000-0000-0000-000000000000");
        EXPECT_STORE_ERROR(repo.save(unknown), NotFound);
        QCOMPARE(repo.count(), 0);
        EXPECT_STORE_ERROR((void)parseLens(QStringLiteral("shareholders")), InvalidInput);
    }
};

QTEST_GUILESS_MAIN(ReflectionsTest)
#include "tst_reflections.moc"
