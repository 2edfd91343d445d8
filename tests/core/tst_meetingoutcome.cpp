// Ending a meeting: everything it decided is written in one transaction with the draft's
// removal, or nothing is.
#include "query/lookback.h"
#include "query/lookbackat.h"
#include "repo/actionitems.h"
#include "repo/evaluations.h"
#include "repo/meetingdrafts.h"
#include "repo/meetingoutcome.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/minutes.h"
#include "testsupport.h"

#include <QTest>

using namespace bollplank;

class MeetingOutcomeTest : public QObject
{
    Q_OBJECT

    struct Fixture
    {
        test::TempProfile p { Role::Mentor };
        QString mentorshipId;
        Meeting booked;
        QString earlierItemId;

        Fixture()
        {
            Mentorship m;
            m.adeptName = QStringLiteral("Karin");
            m.mentorName = QStringLiteral("Anders");
            m.startDate = QDate(2025, 9, 1);
            MentorshipRepository(p.store()).save(m);
            mentorshipId = m.meta.id;
            booked.mentorshipId = mentorshipId;
            booked.startsAt = test::at(2026, 1, 15, 9);
            booked.place = QStringLiteral("Hotel Eggers");
            MeetingRepository(p.store()).save(booked);
            ActionItem earlier;
            earlier.mentorshipId = mentorshipId;
            earlier.body = QStringLiteral("Talk to the chairman");
            ActionItemRepository(p.store()).save(earlier);
            earlierItemId = earlier.meta.id;
            MeetingDraft draft { mentorshipId, booked.meta.id, 0, QByteArrayLiteral("half a meeting") };
            MeetingDraftRepository(p.store()).save(draft);
        }

        MeetingOutcome outcome() const
        {
            MeetingOutcome o;
            o.meeting = booked;
            o.focusAreas = { 2, 6 };
            Minutes whole;
            whole.body = QStringLiteral("We looked back at the autumn.");
            Minutes leadership;
            leadership.area = 2;
            leadership.body = QStringLiteral("Delegating the budget work.");
            Minutes emptyArea;
            emptyArea.area = 6;
            o.minutes = { whole, leadership, emptyArea };
            ActionItem item;
            item.owner = Role::Adept;
            item.body = QStringLiteral("Write down the three priorities");
            item.dueDate = QDate(2026, 1, 31);
            o.actionItems = { item };
            o.doneActionItemIds = { earlierItemId };
            Evaluation adept;
            adept.party = Role::Adept;
            adept.rating = 5;
            adept.body = QStringLiteral("Clearer now.");
            Evaluation mentor;
            mentor.party = Role::Mentor;
            mentor.rating = 4;
            o.evaluations = { adept, mentor };
            Meeting next;
            next.startsAt = test::at(2026, 2, 12, 9);
            next.place = booked.place;
            o.next = next;
            return o;
        }

        int count(const char *table)
        {
            auto q = p.store().db().prepareOnce(std::string("SELECT count(*) FROM ") + table);
            return q.step() ? q.integer(0) : -1;
        }

        void verifyNothingWritten()
        {
            MeetingRepository meetings(p.store());
            QVERIFY(meetings.get(booked.meta.id).status == MeetingStatus::Planned);
            QCOMPARE(meetings.get(booked.meta.id).meta.revision, 1);
            QCOMPARE(meetings.listFor(mentorshipId).size(), 1);
            QVERIFY(meetings.focusAreas(booked.meta.id).isEmpty());
            QCOMPARE(count("minutes"), 0);
            QCOMPARE(count("evaluation"), 0);
            QCOMPARE(count("meeting_focus"), 0);
            QCOMPARE(count("action_item"), 1);
            QVERIFY(!ActionItemRepository(p.store()).get(earlierItemId).doneAt);
            QVERIFY(MeetingDraftRepository(p.store()).exists(mentorshipId));
        }
    };

private slots:
    void endingWritesEverythingAndTheNextLookBackShowsIt()
    {
        Fixture f;
        MeetingOutcome o = f.outcome();
        saveMeetingOutcome(f.p.store(), o);

        MeetingRepository meetings(f.p.store());
        QVERIFY(meetings.get(f.booked.meta.id).status == MeetingStatus::Held);
        QCOMPARE(meetings.focusAreas(f.booked.meta.id), (QList<int> { 2, 6 }));
        QCOMPARE(MinutesRepository(f.p.store()).forMeeting(f.booked.meta.id).size(), 2); // the empty one is not kept
        QVERIFY(ActionItemRepository(f.p.store()).get(f.earlierItemId).doneAt);
        QVERIFY(!MeetingDraftRepository(f.p.store()).exists(f.mentorshipId));
        QVERIFY(o.next && !o.next->meta.id.isEmpty());

        const LookBack back = lookBack(f.p.store(), o.next->meta.id);
        QVERIFY(back.previous);
        QCOMPARE(back.previous->meta.id, f.booked.meta.id);
        QCOMPARE(back.previousMinutes.size(), 2);
        QCOMPARE(back.previousMinutes.at(1).body, QStringLiteral("Delegating the budget work."));
        QCOMPARE(back.previousEvaluations.size(), 2);
        QCOMPARE(back.previousEvaluations.at(0).rating, 5);
        QCOMPARE(back.openActionItems.size(), 1);
        QCOMPARE(back.openActionItems.at(0).body, QStringLiteral("Write down the three priorities"));
        QVERIFY(back.openActionItems.at(0).meetingId == f.booked.meta.id);
        QCOMPARE(back.meeting.place, QStringLiteral("Hotel Eggers"));
    }

    void aMeetingNotBookedBeforeIsCreatedHeld()
    {
        Fixture f;
        MeetingOutcome o = f.outcome();
        o.meeting = Meeting {};
        o.meeting.mentorshipId = f.mentorshipId;
        o.meeting.kind = MeetingKind::AdHoc;
        o.meeting.startsAt = test::at(2026, 1, 20, 17);
        o.next.reset();
        const LookBack before = lookBackAt(f.p.store(), o.meeting);
        QCOMPARE(before.openActionItems.size(), 1);
        saveMeetingOutcome(f.p.store(), o);
        const Meeting held = MeetingRepository(f.p.store()).get(o.meeting.meta.id);
        QVERIFY(held.status == MeetingStatus::Held);
        QVERIFY(held.kind == MeetingKind::AdHoc);
        // The booked meeting was not touched.
        QVERIFY(MeetingRepository(f.p.store()).get(f.booked.meta.id).status == MeetingStatus::Planned);
    }

    // A database error in the middle: the meeting, focus areas, minutes and action items were
    // already written inside the transaction when the evaluations fail.
    void aFailureMidSaveLeavesNothing()
    {
        Fixture f;
        f.p.store().db().exec("CREATE TEMP TRIGGER fail_evaluation BEFORE INSERT ON evaluation "
                              "BEGIN SELECT RAISE(ABORT, 'injected failure'); END;");
        MeetingOutcome o = f.outcome();
        EXPECT_STORE_ERROR(saveMeetingOutcome(f.p.store(), o), Constraint);
        f.verifyNothingWritten();

        // The same outcome goes through once the cause is gone.
        f.p.store().db().exec("DROP TRIGGER fail_evaluation;");
        MeetingOutcome again = f.outcome();
        saveMeetingOutcome(f.p.store(), again);
        QCOMPARE(f.count("evaluation"), 2);
    }

    void badInputMidSaveLeavesNothing()
    {
        Fixture f;
        {
            MeetingOutcome o = f.outcome();
            o.evaluations[1].rating = 7; // checked only after everything before it was written
            EXPECT_STORE_ERROR(saveMeetingOutcome(f.p.store(), o), InvalidInput);
            f.verifyNothingWritten();
        }
        {
            MeetingOutcome o = f.outcome();
            o.next->startsAt = f.booked.startsAt - 1; // the very last step
            EXPECT_STORE_ERROR(saveMeetingOutcome(f.p.store(), o), InvalidInput);
            f.verifyNothingWritten();
        }
        {
            MeetingOutcome o = f.outcome();
            o.actionItems[0].body = QStringLiteral("   ");
            EXPECT_STORE_ERROR(saveMeetingOutcome(f.p.store(), o), InvalidInput);
            f.verifyNothingWritten();
        }
    }
};

QTEST_GUILESS_MAIN(MeetingOutcomeTest)
#include "tst_meetingoutcome.moc"
