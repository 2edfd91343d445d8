// Meetings and what hangs off them: focus areas, minutes, action items, evaluations, requests.
#include "repo/actionitems.h"
#include "repo/evaluations.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/minutes.h"
#include "repo/requests.h"
#include "testsupport.h"

#include <QTest>

using namespace bollplank;

class MeetingsTest : public QObject
{
    Q_OBJECT

    static QString mentorship(Store &store)
    {
        Mentorship m;
        m.adeptName = QStringLiteral("Karin");
        m.mentorName = QStringLiteral("Anders");
        m.startDate = QDate(2025, 9, 1);
        MentorshipRepository(store).save(m);
        return m.meta.id;
    }

    static Meeting meeting(Store &store, const QString &mentorshipId, qint64 start,
        MeetingStatus status = MeetingStatus::Held)
    {
        Meeting m;
        m.mentorshipId = mentorshipId;
        m.startsAt = start;
        m.status = status;
        m.place = QStringLiteral("Hotel Eggers");
        MeetingRepository(store).save(m);
        return m;
    }

private slots:
    void meetingDefaultsAndQueries()
    {
        test::TempProfile p;
        const QString ms = mentorship(p.store());
        MeetingRepository repo(p.store());
        const Meeting m1 = meeting(p.store(), ms, test::at(2025, 10, 7, 14));
        const Meeting m2 = meeting(p.store(), ms, test::at(2025, 11, 4, 14));
        const Meeting next = meeting(p.store(), ms, test::at(2025, 12, 2, 14), MeetingStatus::Planned);
        meeting(p.store(), ms, test::at(2025, 11, 20, 9), MeetingStatus::Cancelled);

        const Meeting back = repo.get(m1.meta.id);
        QCOMPARE(back.durationMinutes, 150);
        QCOMPARE(back.coachingMinutes, 30);
        QVERIFY(back.kind == MeetingKind::Formal);
        QCOMPARE(back.place, QStringLiteral("Hotel Eggers"));
        QCOMPARE(repo.listFor(ms).size(), 4);
        QCOMPARE(repo.listFor(ms).first().meta.id, m1.meta.id);
        QCOMPARE(repo.nextPlanned(ms, test::at(2025, 11, 10))->meta.id, next.meta.id);
        QVERIFY(!repo.nextPlanned(ms, test::at(2025, 12, 3)));
        QCOMPARE(repo.lastHeldBefore(ms, next.startsAt)->meta.id, m2.meta.id);
        QCOMPARE(repo.lastHeldBefore(ms, m2.startsAt)->meta.id, m1.meta.id);
        QVERIFY(!repo.lastHeldBefore(ms, m1.startsAt));

        Minutes minutes { {}, m2.meta.id, 0, QStringLiteral("x") };
        MinutesRepository(p.store()).save(minutes);
        repo.remove(m2.meta.id);
        QCOMPARE(repo.lastHeldBefore(ms, next.startsAt)->meta.id, m1.meta.id);
        QVERIFY(MinutesRepository(p.store()).forMeeting(m2.meta.id).isEmpty()); // went with its meeting
    }

    void meetingValidation()
    {
        test::TempProfile p;
        const QString ms = mentorship(p.store());
        MeetingRepository repo(p.store());
        Meeting m;
        m.mentorshipId = ms;
        EXPECT_STORE_ERROR(repo.save(m), InvalidInput); // no start
        m.startsAt = test::at(2026, 1, 1);
        m.coachingMinutes = 200;
        EXPECT_STORE_ERROR(repo.save(m), InvalidInput);
        m.coachingMinutes = 30;
        m.mentorshipId = QStringLiteral("no-such-mentorship");
        EXPECT_STORE_ERROR(repo.save(m), Constraint); // foreign key
        QCOMPARE(repo.listFor(ms).size(), 0);
    }

    void focusAreasAreRecordsThatComeAndGo()
    {
        test::TempProfile p;
        const QString ms = mentorship(p.store());
        MeetingRepository repo(p.store());
        const Meeting m = meeting(p.store(), ms, test::at(2026, 2, 3, 14), MeetingStatus::Planned);
        repo.setFocusAreas(m.meta.id, { 6, 2 });
        QCOMPARE(repo.focusAreas(m.meta.id), (QList<int> { 2, 6 }));
        repo.setFocusAreas(m.meta.id, { 2, 4 });
        QCOMPARE(repo.focusAreas(m.meta.id), (QList<int> { 2, 4 }));
        repo.setFocusAreas(m.meta.id, { 6 }); // back again: the tombstoned choice revives
        QCOMPARE(repo.focusAreas(m.meta.id), (QList<int> { 6 }));
        auto rows = p.store().db().prepareOnce("SELECT count(*), sum(deleted), max(rev) FROM meeting_focus");
        QVERIFY(rows.step());
        QCOMPARE(rows.integer(0), 3); // one record per area ever chosen
        QCOMPARE(rows.integer(1), 2);
        QCOMPARE(rows.integer(2), 3); // area 6: chosen, dropped, chosen again
        EXPECT_STORE_ERROR(repo.setFocusAreas(m.meta.id, { 0 }), InvalidInput);
        EXPECT_STORE_ERROR(repo.setFocusAreas(QStringLiteral("nope"), { 1 }), NotFound);
    }

    void minutesPerMeetingAndArea()
    {
        test::TempProfile p;
        const QString ms = mentorship(p.store());
        const Meeting m = meeting(p.store(), ms, test::at(2026, 2, 3, 14));
        MinutesRepository repo(p.store());
        Minutes whole { {}, m.meta.id, 0, QStringLiteral("Bra möte.") };
        Minutes leadership { {}, m.meta.id, 2, QStringLiteral("Mål för våren.") };
        repo.save(whole);
        repo.save(leadership);
        Minutes again { {}, m.meta.id, 2, QStringLiteral("Mål för våren, reviderat.") };
        repo.save(again); // same (meeting, area): a new revision of the same record
        QCOMPARE(again.meta.id, leadership.meta.id);
        QCOMPARE(again.meta.revision, 2);
        const QList<Minutes> all = repo.forMeeting(m.meta.id);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all[0].area, 0);
        QCOMPARE(all[1].body, QStringLiteral("Mål för våren, reviderat."));
        repo.remove(whole.meta.id);
        QCOMPARE(repo.forMeeting(m.meta.id).size(), 1);
        Minutes bad { {}, m.meta.id, 9, QStringLiteral("x") };
        EXPECT_STORE_ERROR(repo.save(bad), InvalidInput);
    }

    void actionItemsOpenDoneAndOrdered()
    {
        test::TempProfile p;
        const QString ms = mentorship(p.store());
        const Meeting m = meeting(p.store(), ms, test::at(2026, 2, 3, 14));
        ActionItemRepository repo(p.store());
        ActionItem later { {}, ms, m.meta.id, Role::Adept, QStringLiteral("Boka utvecklingssamtal"), QDate(2026, 3, 15), {} };
        ActionItem sooner { {}, ms, m.meta.id, Role::Mentor, QStringLiteral("Skicka artikel"), QDate(2026, 2, 10), {} };
        ActionItem openEnded { {}, ms, {}, Role::Adept, QStringLiteral("Läsa boken"), QDate(), {} };
        repo.save(later);
        repo.save(sooner);
        repo.save(openEnded);
        QList<ActionItem> open = repo.open(ms);
        QCOMPARE(open.size(), 3);
        QCOMPARE(open[0].body, QStringLiteral("Skicka artikel"));
        QCOMPARE(open[1].body, QStringLiteral("Boka utvecklingssamtal"));
        QCOMPARE(open[2].body, QStringLiteral("Läsa boken"));
        QVERIFY(open[2].meetingId.isEmpty());
        QVERIFY(!open[2].dueDate.isValid());
        QCOMPARE(repo.forMeeting(m.meta.id).size(), 2);

        repo.setDone(sooner.meta.id, true);
        QCOMPARE(repo.get(sooner.meta.id).doneAt, std::optional<qint64>(p.now));
        QCOMPARE(repo.get(sooner.meta.id).meta.revision, 2);
        repo.setDone(sooner.meta.id, true); // no change, no new revision
        QCOMPARE(repo.get(sooner.meta.id).meta.revision, 2);
        QCOMPARE(repo.open(ms).size(), 2);
        repo.setDone(sooner.meta.id, false);
        QCOMPARE(repo.open(ms).size(), 3);
        repo.remove(later.meta.id);
        QCOMPARE(repo.all(ms).size(), 2);
        const QString otherMs = mentorship(p.store());
        ActionItem crossed { {}, otherMs, m.meta.id, Role::Adept, QStringLiteral("Fel mentorskap"), QDate(), {} };
        EXPECT_STORE_ERROR(repo.save(crossed), InvalidInput);
        ActionItem blank { {}, ms, {}, Role::Adept, QStringLiteral("  "), QDate(), {} };
        EXPECT_STORE_ERROR(repo.save(blank), InvalidInput);
    }

    void evaluationsOnePerParty()
    {
        test::TempProfile p;
        const QString ms = mentorship(p.store());
        const Meeting m = meeting(p.store(), ms, test::at(2026, 2, 3, 14));
        EvaluationRepository repo(p.store());
        Evaluation mentor { {}, m.meta.id, Role::Mentor, 4, QStringLiteral("Fokuserat") };
        Evaluation adept { {}, m.meta.id, Role::Adept, 5, QStringLiteral("Gav mycket") };
        repo.save(mentor);
        repo.save(adept);
        Evaluation revised { {}, m.meta.id, Role::Adept, 3, QStringLiteral("Vid närmare eftertanke") };
        repo.save(revised);
        QCOMPARE(revised.meta.id, adept.meta.id);
        const QList<Evaluation> all = repo.forMeeting(m.meta.id);
        QCOMPARE(all.size(), 2);
        QVERIFY(all[0].party == Role::Adept);
        QCOMPARE(all[0].rating, 3);
        QVERIFY(all[1].party == Role::Mentor);
        Evaluation outOfRange { {}, m.meta.id, Role::Mentor, 6, {} };
        EXPECT_STORE_ERROR(repo.save(outOfRange), InvalidInput);
    }

    void adHocRequestsBecomeMeetings()
    {
        test::TempProfile p;
        const QString ms = mentorship(p.store());
        RequestRepository repo(p.store());
        AdHocRequest low { {}, ms, Urgency::Low, QStringLiteral("När det passar"), RequestStatus::Open, {} };
        AdHocRequest high { {}, ms, Urgency::High, QStringLiteral("Styrelsen vill byta VD"), RequestStatus::Open, {} };
        repo.save(low);
        repo.save(high);
        QList<AdHocRequest> open = repo.open(ms);
        QCOMPARE(open.size(), 2);
        QVERIFY(open[0].urgency == Urgency::High); // most urgent first

        const Meeting elsewhere = meeting(p.store(), mentorship(p.store()), test::at(2026, 2, 5, 8));
        EXPECT_STORE_ERROR(repo.accept(high.meta.id, elsewhere.meta.id), InvalidInput);
        Meeting adhoc = meeting(p.store(), ms, test::at(2026, 2, 5, 8), MeetingStatus::Planned);
        adhoc.kind = MeetingKind::AdHoc;
        MeetingRepository(p.store()).save(adhoc);
        repo.accept(high.meta.id, adhoc.meta.id);
        QVERIFY(repo.get(high.meta.id).status == RequestStatus::Accepted);
        QCOMPARE(repo.get(high.meta.id).meetingId, adhoc.meta.id);
        QCOMPARE(repo.open(ms).size(), 1);
        EXPECT_STORE_ERROR(repo.accept(high.meta.id, adhoc.meta.id), InvalidInput);
        repo.setStatus(low.meta.id, RequestStatus::Withdrawn);
        QCOMPARE(repo.open(ms).size(), 0);
        QCOMPARE(repo.all(ms).size(), 2);
        repo.remove(low.meta.id);
        QCOMPARE(repo.all(ms).size(), 1);
        AdHocRequest rambling { {}, ms, Urgency::Low, QString(501, QLatin1Char('x')), RequestStatus::Open, {} };
        EXPECT_STORE_ERROR(repo.save(rambling), InvalidInput);
    }
};

QTEST_GUILESS_MAIN(MeetingsTest)
#include "tst_meetings.moc"
