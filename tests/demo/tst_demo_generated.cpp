// Generated reflections for benchmarks, determinism, and bad options.
#include "demotest.h"

#include "generatedreflections.h"
#include "repo/mentorships.h"
#include "store/storeerror.h"

#include <QDir>
#include <QElapsedTimer>

using namespace bollplank;
using namespace bollplank::test;

namespace {

QStringList bodies(Store &store)
{
    QStringList out;
    for (const Reflection &r : allReflections(store))
        out.append(r.body);
    return out;
}

} // namespace

class TestDemoGenerated : public QObject
{
    Q_OBJECT

private slots:
    void extraReflectionsAddThatMany_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Role>("role");
        QTest::addColumn<int>("story");
        QTest::newRow("adept sv") << QStringLiteral("sv") << Role::Adept << 60;
        QTest::newRow("adept en") << QStringLiteral("en") << Role::Adept << 60;
        QTest::newRow("mentor sv") << QStringLiteral("sv") << Role::Mentor << 15;
    }

    void extraReflectionsAddThatMany()
    {
        QFETCH(QString, language);
        QFETCH(Role, role);
        QFETCH(int, story);
        DemoFixture demo(demoOptions(language, role, Today, 500));
        ReflectionRepository repo(demo.store());
        QCOMPARE(repo.count(), story + 500);
        if (role == Role::Mentor)
            QCOMPARE(repo.count(withVisibility(Visibility::Private)), 0);
        const QList<Mentorship> mentorships = MentorshipRepository(demo.store()).list();
        for (const Mentorship &m : mentorships) {
            int inThis = 0;
            for (const Reflection &r : allReflections(demo.store())) {
                inThis += r.mentorshipId == m.meta.id;
                QVERIFY(r.createdAt < startOf(Today));
            }
            QVERIFY(inThis > (role == Role::Adept ? 500 : 20));
        }
    }

    void generatedTextsLookLikeAJournal()
    {
        DemoFixture demo(demoOptions(QStringLiteral("sv"), Role::Adept, Today));
        GeneratedReflections spec;
        spec.count = 400;
        spec.from = Today.addMonths(-6);
        spec.to = Today;
        spec.seed = 7;
        const int before = ReflectionRepository(demo.store()).count();
        addGeneratedReflections(demo.store(), spec);
        const QList<Reflection> all = allReflections(demo.store());
        QCOMPARE(all.size(), before + 400);
        int shared = 0, withLens = 0, lists = 0, headings = 0, distinct = 0;
        QSet<QString> seen;
        std::array<int, 6> perArea {};
        for (const Reflection &r : all) {
            if (!r.mentorshipId.isEmpty())
                continue; // the story's own
            QVERIFY2(
                r.body.size() >= 300 && r.body.size() <= 1500, qPrintable(QString::number(r.body.size())));
            QVERIFY(!r.focusAreas.isEmpty());
            QVERIFY(!r.body.contains(QLatin1String("{p}")) && !r.body.contains(QLatin1String("{c}")));
            QVERIFY(r.createdAt >= startOf(spec.from) && r.createdAt < startOf(spec.to));
            shared += r.visibility == Visibility::Shared;
            withLens += r.lens.has_value();
            lists += r.body.contains(QLatin1String("\n- "));
            headings += r.body.startsWith(QLatin1String("## "));
            distinct += !seen.contains(r.body);
            seen.insert(r.body);
            for (int area : r.focusAreas)
                ++perArea[std::size_t(area - 1)];
        }
        QCOMPARE(distinct, 400);
        QVERIFY(shared > 80 && shared < 190);
        QVERIFY(withLens > 150);
        QVERIFY(lists > 40);
        QVERIFY(headings > 40);
        for (int n : perArea)
            QVERIFY(n > 20);
    }

    void deterministic_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<Role>("role");
        QTest::newRow("adept sv") << QStringLiteral("sv") << Role::Adept;
        QTest::newRow("mentor en") << QStringLiteral("en") << Role::Mentor;
    }

    void deterministic()
    {
        QFETCH(QString, language);
        QFETCH(Role, role);
        DemoFixture first(demoOptions(language, role, Today, 120));
        DemoFixture second(demoOptions(language, role, Today, 120));
        const QStringList a = bodies(first.store());
        QCOMPARE(a.size(), (role == Role::Adept ? 60 : 15) + 120);
        QCOMPARE(bodies(second.store()), a);
        // And the times are the story's, not the run's.
        QCOMPARE(allReflections(first.store()).first().createdAt,
            allReflections(second.store()).first().createdAt);
    }

    void otherSeedsOtherTexts()
    {
        DemoFixture demo(demoOptions(QStringLiteral("en"), Role::Adept, Today));
        GeneratedReflections spec;
        spec.count = 20;
        spec.language = QStringLiteral("en");
        spec.from = Today.addMonths(-1);
        spec.to = Today;
        spec.seed = 1;
        addGeneratedReflections(demo.store(), spec);
        spec.seed = 2;
        addGeneratedReflections(demo.store(), spec);
        const QStringList all = bodies(demo.store());
        QCOMPARE(QSet<QString>(all.begin(), all.end()).size(), 60 + 40);
    }

    void otherTodaysKeepTheShape_data()
    {
        QTest::addColumn<QDate>("today");
        QTest::newRow("month end") << QDate(2024, 3, 31);
        QTest::newRow("leap day") << QDate(2024, 2, 29);
        QTest::newRow("new year") << QDate(2026, 1, 1);
        QTest::newRow("real today") << QDate::currentDate();
    }

    void otherTodaysKeepTheShape()
    {
        QFETCH(QDate, today);
        for (Role role : { Role::Adept, Role::Mentor }) {
            DemoFixture demo(demoOptions(QStringLiteral("sv"), role, today));
            QCOMPARE(ReflectionRepository(demo.store()).count(), role == Role::Adept ? 60 : 15);
            auto q = demo.store().db().prepareOnce("SELECT max(updated_at) FROM (SELECT updated_at FROM "
                                                   "reflection UNION ALL SELECT updated_at FROM "
                                                   "meeting UNION ALL SELECT updated_at FROM action_item "
                                                   "UNION ALL SELECT updated_at FROM evaluation)");
            QVERIFY(q.step());
            QVERIFY(q.int64(0) < startOf(today));
        }
    }

    void badOptionsLeaveNothingBehind_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("extra");
        QTest::newRow("german") << QStringLiteral("de") << 0;
        QTest::newRow("typo") << QStringLiteral("se") << 0;
        QTest::newRow("negative") << QStringLiteral("sv") << -1;
    }

    void badOptionsLeaveNothingBehind()
    {
        QFETCH(QString, language);
        QFETCH(int, extra);
        QTemporaryDir dir;
        try {
            (void)createDemoProfile(dir.path(), demoOptions(language, Role::Adept, Today, extra));
            QFAIL("expected InvalidInput");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::InvalidInput);
        }
        QVERIFY(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }

    void existingProfileIsLeftAlone()
    {
        DemoFixture demo(demoOptions(QStringLiteral("sv"), Role::Adept));
        const QString folder = demo.profile->folder();
        demo.profile.reset();
        try {
            (void)createDemoProfile(folder, demoOptions(QStringLiteral("en"), Role::Mentor));
            QFAIL("expected InvalidInput");
        } catch (const StoreError &e) {
            QCOMPARE(e.kind(), StoreError::Kind::InvalidInput);
        }
        auto reopened = UnlockedProfile::open(folder, QStringLiteral("demo"));
        QCOMPARE(reopened->profile().displayName, QStringLiteral("Karin Lindqvist"));
        QCOMPARE(ReflectionRepository(reopened->store()).count(), 60);
    }

    void localeNamesAccepted()
    {
        DemoFixture demo(demoOptions(QStringLiteral("en_GB"), Role::Adept));
        QVERIFY(ReflectionRepository(demo.store()).count() == 60);
    }

    /// Opt-in (BOLLPLANK_DEMO_TIMING=1): prints how long 10,000 extra reflections take.
    void tenThousandTiming()
    {
        if (qEnvironmentVariableIntValue("BOLLPLANK_DEMO_TIMING") != 1)
            QSKIP("set BOLLPLANK_DEMO_TIMING=1 to time 10,000 generated reflections");
        for (const char *language : { "sv", "en" }) {
            QElapsedTimer timer;
            timer.start();
            DemoFixture demo(demoOptions(QString::fromLatin1(language), Role::Adept, Today, 10'000));
            const qint64 ms = timer.elapsed();
            QCOMPARE(ReflectionRepository(demo.store()).count(), 10'060);
            qInfo("%s adept demo with 10,000 extra reflections: %lld ms", language, ms);
        }
    }
};

QTEST_GUILESS_MAIN(TestDemoGenerated)
#include "tst_demo_generated.moc"
