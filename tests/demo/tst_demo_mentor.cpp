// The mentor demo: Anders Berg's tablet with three adepts at different stages.
#include "demotest.h"

#include "query/progress.h"
#include "repo/actionitems.h"
#include "repo/evaluations.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/minutes.h"
#include "repo/notes.h"
#include "repo/requests.h"

#include <QDateTime>
#include <map>

using namespace bollplank;
using namespace bollplank::test;

class TestDemoMentor : public QObject
{
    Q_OBJECT

private:
    std::map<QString, std::unique_ptr<DemoFixture>> m_demos;

    Store &store()
    {
        QFETCH_GLOBAL(QString, language);
        return m_demos.at(language)->store();
    }
    /// Oldest mentorship first: about 16, 9 and 2 months in.
    QList<Mentorship> mentorships()
    {
        QList<Mentorship> all = MentorshipRepository(store()).list();
        std::reverse(all.begin(), all.end());
        return all;
    }

private slots:
    void initTestCase_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("sv") << QStringLiteral("sv");
        QTest::newRow("en") << QStringLiteral("en");
    }

    void initTestCase()
    {
        for (const char *language : { "sv", "en" })
            m_demos[QString::fromLatin1(language)]
                = std::make_unique<DemoFixture>(demoOptions(QString::fromLatin1(language), Role::Mentor));
    }

    void threeMentorshipsAtDifferentStages()
    {
        QFETCH_GLOBAL(QString, language);
        const Profile p = m_demos.at(language)->profile->profile();
        QVERIFY(p.role == Role::Mentor);
        QCOMPARE(p.displayName, QStringLiteral("Anders Berg"));

        const QList<Mentorship> all = mentorships();
        QCOMPARE(all.size(), 3);
        const int expected[] = { 16, 9, 2 };
        for (qsizetype i = 0; i < all.size(); ++i) {
            QCOMPARE(all[i].mentorName, QStringLiteral("Anders Berg"));
            QVERIFY(!all[i].adeptName.isEmpty());
            const Progress pr = progress(store(), all[i].meta.id, Today);
            QCOMPARE(pr.monthsElapsed, expected[i]);
            QVERIFY(pr.meetingsHeld >= 2);
            const auto agreement = MentorshipRepository(store()).agreementFor(all[i].meta.id);
            QVERIFY(agreement && agreement->adeptAcknowledgedAt && agreement->mentorAcknowledgedAt);
        }
    }

    void meetingsHaveMinutesActionsAndEvaluations()
    {
        MeetingRepository meetings(store());
        MinutesRepository minutes(store());
        EvaluationRepository evaluations(store());
        ActionItemRepository actions(store());
        int overdue = 0;
        for (const Mentorship &m : mentorships()) {
            int held = 0, planned = 0;
            for (const Meeting &meeting : meetings.listFor(m.meta.id)) {
                if (meeting.status == MeetingStatus::Planned) {
                    ++planned;
                    QVERIFY(meeting.startsAt > startOf(Today));
                    continue;
                }
                ++held;
                QVERIFY(meeting.startsAt < startOf(Today));
                QVERIFY(!minutes.forMeeting(meeting.meta.id).isEmpty());
                QCOMPARE(minutes.forMeeting(meeting.meta.id).first().area, 0);
                QCOMPARE(evaluations.forMeeting(meeting.meta.id).size(), 2);
                QVERIFY(!actions.forMeeting(meeting.meta.id).isEmpty());
                QVERIFY(meetings.focusAreas(meeting.meta.id).size() >= 1);
            }
            QVERIFY(held >= 2);
            QCOMPARE(planned, 1);
            for (const ActionItem &a : actions.open(m.meta.id))
                overdue += a.dueDate < Today;
        }
        QVERIFY(overdue >= 3);
    }

    void sharedReflectionsCommentsAndNotes()
    {
        ReflectionRepository reflections(store());
        QCOMPARE(reflections.count(withVisibility(Visibility::Private)), 0);
        NoteRepository notes(store());
        int comments = 0;
        for (const Mentorship &m : mentorships()) {
            QVERIFY(notes.notesFor(m.meta.id).size() >= 2);
            int shared = 0;
            for (const Reflection &r : allReflections(store())) {
                if (r.mentorshipId != m.meta.id)
                    continue;
                ++shared;
                QVERIFY(r.sharedAt.has_value());
                comments += notes.commentsOn(r.meta.id).size();
            }
            QVERIFY(shared >= 3);
        }
        QVERIFY(comments >= 5);
        // Every reflection belongs to one of the three.
        QCOMPARE(reflections.count(), 15);
    }

    void languageOfTheTexts()
    {
        QFETCH_GLOBAL(QString, language);
        const QString wrong = wrongLanguage(store(), language);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
    }

    void oneOpenHighUrgencyRequest()
    {
        RequestRepository requests(store());
        QList<AdHocRequest> open;
        for (const Mentorship &m : mentorships())
            open += requests.open(m.meta.id);
        QCOMPARE(open.size(), 1);
        QVERIFY(open.first().urgency == Urgency::High);
        QCOMPARE(open.first().mentorshipId, mentorships()[1].meta.id);
        QVERIFY(!open.first().reason.isEmpty());
        QVERIFY(open.first().meta.updatedAt < startOf(Today));
        QVERIFY(open.first().meta.updatedAt > startOf(Today.addDays(-7)));
    }
};

QTEST_GUILESS_MAIN(TestDemoMentor)
#include "tst_demo_mentor.moc"
