// A first sync a person can watch (issue #13): the engine says how many envelopes arrived of how
// many the server holds, stops when asked after the batch it is applying, and the next sync goes on
// from there with nothing twice and nothing missing. A server's count is for the progress bar
// alone: one that says less than it sends never shows more than all, one that says nothing
// still ends at the number that arrived.

#include "syncfixture.h"

#include <QTest>

using namespace bollplank;
using namespace bollplank::test;

namespace {

int reflectionsHolding(Store &store, const QString &marker)
{
    auto q = store.db().prepare("SELECT count(*) FROM reflection WHERE deleted = 0 AND body LIKE ?");
    q.bind(1, QStringLiteral("%") + marker + QStringLiteral("%"));
    return q.step() ? int(q.int64(0)) : -1;
}

/// The adept shares `count` reflections holding marker and sends them.
void shareMany(MentorPair &p, int count, const QString &marker)
{
    for (int i = 0; i < count; ++i)
        (void)shareReflection(p.adept, QStringLiteral("%1 %2").arg(marker).arg(i), p.adeptMentorship);
    (void)p.adept.sync();
}

} // namespace

class TestProgress : public QObject
{
    Q_OBJECT

private slots:
    void progressCountsUpToWhatTheServerHolds()
    {
        MentorPair p;
        syncAll({ &p.adept, &p.mentor }, 2);
        shareMany(p, 3000, QStringLiteral("progress-marker"));

        QList<sync::SyncProgress> seen;
        p.mentor.engine().setProgress([&](const sync::SyncProgress &now) { seen.append(now); });
        const sync::SyncReport report = p.mentor.sync();
        QCOMPARE(reflectionsHolding(p.mentor.store(), QStringLiteral("progress-marker")), 3000);
        QVERIFY(!seen.isEmpty());
        // Known from the first page on, and never below what arrived; it ends at all of them.
        QVERIFY2(seen.first().expected >= 3000, qPrintable(QString::number(seen.first().expected)));
        for (qsizetype i = 0; i < seen.size(); ++i) {
            QVERIFY(seen.at(i).received <= seen.at(i).expected);
            if (i > 0)
                QVERIFY(seen.at(i).received > seen.at(i - 1).received);
        }
        QCOMPARE(seen.last().received, qint64(report.pulled));
        QCOMPARE(seen.last().received, seen.last().expected);
    }

    void aStoppedSyncGoesOnFromWhereItStopped()
    {
        MentorPair p;
        syncAll({ &p.adept, &p.mentor }, 2);
        shareMany(p, 6000, QStringLiteral("resume-marker"));

        // Stopped as soon as the first batch landed.
        bool stop = false;
        p.mentor.engine().setProgress([&](const sync::SyncProgress &) { stop = true; });
        p.mentor.engine().setStop([&] { return stop; });
        QVERIFY_THROWS_EXCEPTION(sync::SyncCancelled, p.mentor.sync());
        const int first = reflectionsHolding(p.mentor.store(), QStringLiteral("resume-marker"));
        QVERIFY2(first > 0 && first < 6000, qPrintable(QString::number(first)));

        // The next sync (a new engine, as after a restart) brings the rest, each once.
        p.mentor.engine().setStop({});
        p.mentor.engine().setProgress({});
        sync::Engine again(p.mentor.store());
        const sync::SyncReport rest = again.sync(p.mentor.transport);
        QCOMPARE(rest.pulled, 6000 - first);
        QCOMPARE(reflectionsHolding(p.mentor.store(), QStringLiteral("resume-marker")), 6000);
        QCOMPARE(again.conflicts().size(), 0);
    }

    void aStopBeforeAnythingArrivedChangesNothing()
    {
        MentorPair p;
        syncAll({ &p.adept, &p.mentor }, 2);
        shareMany(p, 10, QStringLiteral("early-marker"));
        p.mentor.engine().setStop([] { return true; });
        QVERIFY_THROWS_EXCEPTION(sync::SyncCancelled, p.mentor.sync());
        QCOMPARE(reflectionsHolding(p.mentor.store(), QStringLiteral("early-marker")), 0);
        p.mentor.engine().setStop({});
        (void)p.mentor.sync();
        QCOMPARE(reflectionsHolding(p.mentor.store(), QStringLiteral("early-marker")), 10);
    }
};

QTEST_GUILESS_MAIN(TestProgress)
#include "tst_progress.moc"
