// The queries the product is built on: the look back, progress, and focus areas over time.
#include "query/distribution.h"
#include "query/lookback.h"
#include "query/progress.h"
#include "repo/actionitems.h"
#include "repo/evaluations.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/minutes.h"
#include "repo/reflections.h"
#include "testsupport.h"

#include <QTest>

using namespace bollplank;

class QueriesTest : public QObject
{
    Q_OBJECT

    static QString mentorship(Store &store, QDate start = QDate(2025, 9, 1), QString cadence = {})
    {
        Mentorship m;
        m.adeptName = QStringLiteral("Karin");
        m.mentorName = QStringLiteral("Anders");
        m.startDate = start;
        if (!cadence.isEmpty())
            m.cadence = cadence;
        MentorshipRepository(store).save(m);
        return m.meta.id;
    }

    static Meeting meeting(Store &store, const QString &ms, qint64 start, MeetingStatus status)
    {
        Meeting m;
        m.mentorshipId = ms;
        m.startsAt = start;
        m.status = status;
        MeetingRepository(store).save(m);
        return m;
    }

    static Reflection reflect(test::TempProfile &p, const QString &text, qint64 when, Visibility v, QList<int> areas = {})
    {
        p.now = when;
        Reflection r;
        r.body = text;
        r.visibility = v;
        r.focusAreas = areas;
        ReflectionRepository(p.store()).save(r);
        return r;
    }

private slots:
    void lookBackGathersWhatTheMeetingOpensWith()
    {
        test::TempProfile p;
        const QString ms = mentorship(p.store());
        const Meeting first = meeting(p.store(), ms, test::at(2025, 10, 7, 14), MeetingStatus::Held);
        const Meeting previous = meeting(p.store(), ms, test::at(2025, 11, 4, 14), MeetingStatus::Held);
        meeting(p.store(), ms, test::at(2025, 11, 20, 14), MeetingStatus::Cancelled);
        const Meeting current = meeting(p.store(), ms, test::at(2025, 12, 2, 14), MeetingStatus::Planned);

        Minutes old { {}, first.meta.id, 0, QStringLiteral("Gamla anteckningar") };
        Minutes prev { {}, previous.meta.id, 0, QStringLiteral("Förra mötets anteckningar") };
        MinutesRepository(p.store()).save(old);
        MinutesRepository(p.store()).save(prev);
        Evaluation e { {}, previous.meta.id, Role::Adept, 4, QStringLiteral("Givande") };
        EvaluationRepository(p.store()).save(e);
        ActionItem open { {}, ms, previous.meta.id, Role::Adept, QStringLiteral("Prata med ekonomichefen"), {}, {} };
        ActionItem done { {}, ms, first.meta.id, Role::Adept, QStringLiteral("Klart"), {}, {} };
        ActionItemRepository(p.store()).save(open);
        ActionItemRepository(p.store()).save(done);
        ActionItemRepository(p.store()).setDone(done.meta.id, true);

        reflect(p, QStringLiteral("Delad före förra mötet"), test::at(2025, 10, 20), Visibility::Shared);
        reflect(p, QStringLiteral("Delad efter förra mötet"), test::at(2025, 11, 10), Visibility::Shared);
        reflect(p, QStringLiteral("Privat efter förra mötet"), test::at(2025, 11, 12), Visibility::Private);
        Reflection otherAdept = reflect(p, QStringLiteral("En annan adepts"), test::at(2025, 11, 13), Visibility::Private);
        otherAdept.mentorshipId = mentorship(p.store());
        otherAdept.visibility = Visibility::Shared;
        ReflectionRepository(p.store()).save(otherAdept);

        const LookBack lb = lookBack(p.store(), current.meta.id);
        QCOMPARE(lb.meeting.meta.id, current.meta.id);
        QVERIFY(lb.previous);
        QCOMPARE(lb.previous->meta.id, previous.meta.id); // the cancelled one is skipped
        QCOMPARE(lb.previousMinutes.size(), 1);
        QCOMPARE(lb.previousMinutes.first().body, QStringLiteral("Förra mötets anteckningar"));
        QCOMPARE(lb.previousEvaluations.size(), 1);
        QCOMPARE(lb.openActionItems.size(), 1);
        QCOMPARE(lb.openActionItems.first().body, QStringLiteral("Prata med ekonomichefen"));
        QCOMPARE(lb.sharedSince.size(), 1);
        QCOMPARE(lb.sharedSince.first().body, QStringLiteral("Delad efter förra mötet"));
    }

    void lookBackOfTheFirstMeeting()
    {
        test::TempProfile p;
        const QString ms = mentorship(p.store());
        reflect(p, QStringLiteral("Inför första mötet"), test::at(2025, 9, 20), Visibility::Shared);
        const Meeting m = meeting(p.store(), ms, test::at(2025, 10, 7, 14), MeetingStatus::Planned);
        const LookBack lb = lookBack(p.store(), m.meta.id);
        QVERIFY(!lb.previous);
        QVERIFY(lb.previousMinutes.isEmpty());
        QCOMPARE(lb.sharedSince.size(), 1);
        EXPECT_STORE_ERROR((void)lookBack(p.store(), QStringLiteral("missing")), NotFound);
    }

    void wholeMonths_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QDate>("end");
        QTest::addColumn<int>("months");
        QTest::newRow("same day") << QDate(2025, 9, 1) << QDate(2025, 9, 1) << 0;
        QTest::newRow("one day short") << QDate(2025, 9, 15) << QDate(2025, 10, 14) << 0;
        QTest::newRow("exactly one") << QDate(2025, 9, 15) << QDate(2025, 10, 15) << 1;
        QTest::newRow("month end to shorter month end") << QDate(2025, 1, 31) << QDate(2025, 2, 28) << 1;
        QTest::newRow("leap february") << QDate(2024, 1, 31) << QDate(2024, 2, 29) << 1;
        QTest::newRow("before leap day") << QDate(2024, 1, 31) << QDate(2024, 2, 28) << 0;
        QTest::newRow("over a year") << QDate(2025, 9, 1) << QDate(2026, 11, 29) << 14;
        QTest::newRow("end before start") << QDate(2026, 1, 1) << QDate(2025, 1, 1) << 0;
        QTest::newRow("invalid") << QDate() << QDate(2025, 1, 1) << 0;
    }

    void wholeMonths()
    {
        QFETCH(QDate, start);
        QFETCH(QDate, end);
        QFETCH(int, months);
        QCOMPARE(wholeMonthsBetween(start, end), months);
    }

    void progressAgainstPlanAndCadence()
    {
        test::TempProfile p;
        const QString ms = mentorship(p.store(), QDate(2025, 1, 1));
        // Held monthly January to June, then nothing; one cancelled in July.
        for (int month = 1; month <= 6; ++month)
            meeting(p.store(), ms, test::at(2025, month, 7, 14), MeetingStatus::Held);
        meeting(p.store(), ms, test::at(2025, 7, 7, 14), MeetingStatus::Cancelled);
        meeting(p.store(), ms, test::at(2026, 1, 7, 14), MeetingStatus::Planned);

        const Progress pr = progress(p.store(), ms, QDate(2025, 10, 20));
        QCOMPARE(pr.plannedMonths, 18);
        QCOMPARE(pr.monthsElapsed, 9);
        QCOMPARE(pr.meetingsHeld, 6);
        QCOMPARE(pr.meetingsExpected, 10); // the 1st of each month, January to October
        QCOMPARE(pr.lastMeeting, QDate(2025, 6, 7));
        QCOMPARE(pr.monthsWithoutMeeting, 4); // 7 June to 20 October
        QCOMPARE(pr.fractionElapsed(), 0.5);

        const Progress early = progress(p.store(), ms, QDate(2025, 3, 1));
        QCOMPARE(early.meetingsHeld, 2); // the March meeting has not happened yet
    }

    void progressWithAnotherCadenceAndNoMeetings()
    {
        test::TempProfile p;
        const QString ms = mentorship(p.store(), QDate(2026, 1, 1), QStringLiteral("FREQ=WEEKLY;INTERVAL=4;BYDAY=TH"));
        const Progress pr = progress(p.store(), ms, QDate(2026, 4, 30));
        // Thursdays every four weeks from 1 January 2026: Jan 1, Jan 29, Feb 26, Mar 26, Apr 23.
        QCOMPARE(pr.meetingsExpected, 5);
        QCOMPARE(pr.meetingsHeld, 0);
        QVERIFY(!pr.lastMeeting.isValid());
        QCOMPARE(pr.monthsWithoutMeeting, 3);
    }

    void distributionByMonth()
    {
        test::TempProfile p;
        const QString ms = mentorship(p.store());
        reflect(p, QStringLiteral("a"), test::at(2025, 10, 3), Visibility::Private, { 2, 6 });
        reflect(p, QStringLiteral("b"), test::at(2025, 10, 20), Visibility::Shared, { 2 });
        reflect(p, QStringLiteral("c"), test::at(2025, 12, 1), Visibility::Private, { 5 });
        const Reflection gone = reflect(p, QStringLiteral("d"), test::at(2025, 12, 2), Visibility::Private, { 5 });
        ReflectionRepository(p.store()).remove(gone.meta.id);
        const Meeting m = meeting(p.store(), ms, test::at(2025, 10, 7, 14), MeetingStatus::Held);
        MeetingRepository(p.store()).setFocusAreas(m.meta.id, { 1, 2 });
        const Meeting cancelled = meeting(p.store(), ms, test::at(2025, 12, 7, 14), MeetingStatus::Cancelled);
        MeetingRepository(p.store()).setFocusAreas(cancelled.meta.id, { 3 });

        const QList<FocusMonth> months = focusDistribution(p.store(), QDate(2025, 10, 1), QDate(2025, 12, 31));
        QCOMPARE(months.size(), 3);
        QCOMPARE(months[0].month, QDate(2025, 10, 1));
        QCOMPARE(months[0].reflections, (std::array<int, 6> { 0, 2, 0, 0, 0, 1 }));
        QCOMPARE(months[0].meetings, (std::array<int, 6> { 1, 1, 0, 0, 0, 0 }));
        QCOMPARE(months[1].reflections, (std::array<int, 6> {})); // November: present, empty
        QCOMPARE(months[2].reflections, (std::array<int, 6> { 0, 0, 0, 0, 1, 0 }));
        QCOMPARE(months[2].meetings, (std::array<int, 6> {})); // the cancelled meeting does not count
        QVERIFY(focusDistribution(p.store(), QDate(2025, 12, 1), QDate(2025, 1, 1)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(QueriesTest)
#include "tst_queries.moc"
