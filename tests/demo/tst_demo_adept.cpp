// The adept demo: Karin's 14 months, in Swedish and English, has the shape the app, the
// screenshots and the benchmarks count on.
#include "demotest.h"

#include "domain/focusareas.h"
#include "query/distribution.h"
#include "query/lookback.h"
#include "query/progress.h"
#include "query/search.h"
#include "repo/actionitems.h"
#include "repo/evaluations.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/minutes.h"
#include "repo/notes.h"
#include "repo/requests.h"

#include <QDateTime>
#include <QRegularExpression>
#include <algorithm>
#include <map>

using namespace bollplank;
using namespace bollplank::test;

class TestDemoAdept : public QObject
{
    Q_OBJECT

private:
    std::map<QString, std::unique_ptr<DemoFixture>> m_demos;

    Store &store()
    {
        QFETCH_GLOBAL(QString, language);
        return m_demos.at(language)->store();
    }
    Mentorship mentorship()
    {
        const QList<Mentorship> all = MentorshipRepository(store()).list();
        return all.value(0);
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
                = std::make_unique<DemoFixture>(demoOptions(QString::fromLatin1(language), Role::Adept));
    }

    void profileAndMentorship()
    {
        QFETCH_GLOBAL(QString, language);
        const Profile p = m_demos.at(language)->profile->profile();
        QVERIFY(p.role == Role::Adept);
        QCOMPARE(p.displayName, QStringLiteral("Karin Lindqvist"));

        const QList<Mentorship> all = MentorshipRepository(store()).list();
        QCOMPARE(all.size(), 1);
        const Mentorship m = all.first();
        QCOMPARE(m.adeptName, QStringLiteral("Karin Lindqvist"));
        QCOMPARE(m.mentorName, QStringLiteral("Anders Berg"));
        QCOMPARE(m.startDate, Today.addMonths(-14));
        QCOMPARE(m.plannedMonths, 18);
        QCOMPARE(m.cadence, QStringLiteral("FREQ=MONTHLY"));
    }

    void agreementAcknowledgedByBoth()
    {
        const auto a = MentorshipRepository(store()).agreementFor(mentorship().meta.id);
        QVERIFY(a.has_value());
        QVERIFY(!a->goals.isEmpty());
        QVERIFY(!a->adeptExpectations.isEmpty());
        QVERIFY(!a->mentorExpectations.isEmpty());
        QVERIFY(!a->confidentiality.isEmpty());
        QVERIFY(a->adeptAcknowledgedAt.has_value());
        QVERIFY(a->mentorAcknowledgedAt.has_value());
        QVERIFY(*a->adeptAcknowledgedAt < startOf(Today));
    }

    void reflectionsMixAndSpread()
    {
        ReflectionRepository repo(store());
        const int total = repo.count();
        QCOMPARE(total, 60);
        const int shared = repo.count(withVisibility(Visibility::Shared));
        QVERIFY2(shared >= 15 && shared <= 25, qPrintable(QString::number(shared)));
        QCOMPARE(repo.count(withVisibility(Visibility::Private)), total - shared);
        for (const FocusArea &area : FocusAreas::all())
            QVERIFY2(repo.count(inArea(area.id)) > 0, qPrintable(area.nameEn));
        // Leadership and staff matters dominate, as in a CEO's journal.
        QVERIFY(repo.count(inArea(2)) > repo.count(inArea(3)));
        QVERIFY(repo.count(inArea(5)) > repo.count(inArea(4)));

        const QList<Reflection> all = allReflections(store());
        int withLens = 0, withStress = 0, stressHigh = 0;
        for (const Reflection &r : all) {
            QCOMPARE(r.mentorshipId, mentorship().meta.id);
            QVERIFY(r.createdAt < startOf(Today));
            QVERIFY(r.createdAt >= startOf(Today.addMonths(-14)));
            QVERIFY(r.meta.updatedAt >= r.createdAt);
            QVERIFY2(r.body.size() >= 150, qPrintable(r.body));
            withLens += r.lens.has_value();
            withStress += r.stress.has_value();
            stressHigh += r.stress.value_or(0) >= 4;
            QCOMPARE(r.sharedAt.has_value(), r.visibility == Visibility::Shared);
        }
        QVERIFY(withLens >= 30);
        QVERIFY(withStress >= 10 && withStress < 60);
        QVERIFY(stressHigh >= 5);

        // Every month of the 14 has entries.
        const QList<FocusMonth> months = focusDistribution(store(), Today.addMonths(-14), Today.addDays(-1));
        int monthsWithEntries = 0;
        for (const FocusMonth &m : months) {
            int sum = 0;
            for (int n : m.reflections)
                sum += n;
            monthsWithEntries += sum > 0;
        }
        QVERIFY2(monthsWithEntries >= 14, qPrintable(QString::number(monthsWithEntries)));
    }

    void stressPeriodMidway()
    {
        // The stress entries cluster in months 5-8.
        ReflectionRepository repo(store());
        const QDate start = Today.addMonths(-14);
        const int mid = repo.count(inArea(6, startOf(start.addMonths(5)), startOf(start.addMonths(9))));
        QVERIFY(mid * 2 > repo.count(inArea(6)));
    }

    void markdownAndRealText()
    {
        int bold = 0, lists = 0, headings = 0;
        for (const Reflection &r : allReflections(store())) {
            bold += r.body.contains(QLatin1String("**"));
            lists += r.body.contains(QLatin1String("\n- ")) || r.body.contains(QLatin1String("\n1. "));
            headings += r.body.startsWith(QLatin1String("## "));
            QVERIFY(!r.body.contains(QLatin1String("lorem"), Qt::CaseInsensitive));
        }
        QVERIFY(bold >= 20);
        QVERIFY(lists >= 10);
        QVERIFY(headings >= 8);
    }

    void commentsOnlyOnShared()
    {
        NoteRepository notes(store());
        int commented = 0;
        for (const Reflection &r : allReflections(store())) {
            const QList<Comment> comments = notes.commentsOn(r.meta.id);
            if (r.visibility == Visibility::Private)
                QVERIFY(comments.isEmpty());
            commented += !comments.isEmpty();
            for (const Comment &c : comments)
                QVERIFY(c.meta.updatedAt >= r.createdAt);
        }
        QVERIFY(commented >= 5);
    }

    void meetings()
    {
        MeetingRepository repo(store());
        const QList<Meeting> all = repo.listFor(mentorship().meta.id);
        int formalHeld = 0, adHocHeld = 0, planned = 0;
        QList<qint64> formalStarts;
        for (const Meeting &m : all) {
            if (m.status == MeetingStatus::Planned) {
                ++planned;
                const QDate day = QDateTime::fromMSecsSinceEpoch(m.startsAt).date();
                QVERIFY2(day >= Today.addDays(7) && day <= Today.addDays(16), qPrintable(day.toString()));
                QVERIFY(m.kind == MeetingKind::Formal);
                QVERIFY(!repo.focusAreas(m.meta.id).isEmpty()); // already chosen
                continue;
            }
            QVERIFY(m.status == MeetingStatus::Held);
            QVERIFY(m.startsAt + m.durationMinutes * 60'000 < startOf(Today));
            QVERIFY(!m.place.isEmpty());
            QVERIFY(m.coachingMinutes >= 30 || m.kind == MeetingKind::AdHoc);
            if (m.kind == MeetingKind::Formal) {
                ++formalHeld;
                formalStarts.append(m.startsAt);
                QVERIFY(m.durationMinutes >= 120 && m.durationMinutes <= 180);
                const QTime t = QDateTime::fromMSecsSinceEpoch(m.startsAt).time();
                QVERIFY(t >= QTime(13, 0) && t <= QTime(14, 0));
            } else {
                ++adHocHeld;
            }
        }
        QCOMPARE(formalHeld, 13);
        QCOMPARE(adHocHeld, 1);
        QCOMPARE(planned, 1);
        // About one a month (a week's move around Christmas allowed), none on a weekend.
        for (qsizetype i = 1; i < formalStarts.size(); ++i) {
            const qint64 days = (formalStarts[i] - formalStarts[i - 1]) / 86'400'000;
            QVERIFY2(days >= 14 && days <= 65, qPrintable(QString::number(days)));
        }
        for (qint64 start : formalStarts) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(start).date();
            QVERIFY(day.dayOfWeek() <= Qt::Friday);
            QVERIFY2(!(day.month() == 12 && day.day() >= 22) && !(day.month() == 1 && day.day() <= 2),
                qPrintable(day.toString(Qt::ISODate)));
        }
    }

    void everyHeldMeetingHasMinutesActionsAndTwoEvaluations()
    {
        MeetingRepository meetings(store());
        MinutesRepository minutes(store());
        EvaluationRepository evaluations(store());
        ActionItemRepository actions(store());
        int done = 0, open = 0;
        for (const Meeting &m : meetings.listFor(mentorship().meta.id)) {
            if (m.status != MeetingStatus::Held)
                continue;
            const QList<int> areas = meetings.focusAreas(m.meta.id);
            QVERIFY(areas.size() >= 2 && areas.size() <= 3);
            const QList<Minutes> mins = minutes.forMeeting(m.meta.id);
            QCOMPARE(mins.size(), areas.size() + 1);
            QCOMPARE(mins.first().area, 0);
            for (qsizetype i = 0; i < areas.size(); ++i)
                QCOMPARE(mins[i + 1].area, areas[i]);
            for (const Minutes &x : mins)
                QVERIFY(x.body.size() > 80);

            const QList<Evaluation> evals = evaluations.forMeeting(m.meta.id);
            QCOMPARE(evals.size(), 2);
            QVERIFY(evals[0].party == Role::Adept);
            QVERIFY(evals[1].party == Role::Mentor);
            for (const Evaluation &e : evals) {
                QVERIFY(e.rating >= 3 && e.rating <= 5);
                QVERIFY(!e.body.isEmpty());
            }

            const QList<ActionItem> items = actions.forMeeting(m.meta.id);
            QVERIFY(items.size() >= 1 && items.size() <= 3);
            for (const ActionItem &a : items) {
                QVERIFY(a.dueDate.isValid());
                if (a.doneAt) {
                    ++done;
                    QVERIFY(*a.doneAt < startOf(Today));
                } else {
                    ++open;
                }
            }
        }
        QVERIFY(done > 3 * open);
        QVERIFY(open >= 3);
        // The open ones are the recent ones.
        const QList<ActionItem> openItems = actions.open(mentorship().meta.id);
        QCOMPARE(openItems.size(), open);
        for (const ActionItem &a : openItems)
            QVERIFY(a.dueDate >= Today.addMonths(-3));
    }

    void adHocRequestBecameAMeeting()
    {
        RequestRepository requests(store());
        QVERIFY(requests.open(mentorship().meta.id).isEmpty());
        MeetingRepository meetings(store());
        QString adHocId;
        for (const Meeting &m : meetings.listFor(mentorship().meta.id))
            if (m.kind == MeetingKind::AdHoc)
                adHocId = m.meta.id;
        QVERIFY(!adHocId.isEmpty());
        auto q = store().db().prepare("SELECT id FROM adhoc_request WHERE deleted = 0");
        QVERIFY(q.step());
        const AdHocRequest r = requests.get(q.text(0));
        QVERIFY(!q.step());
        QVERIFY(r.status == RequestStatus::Accepted);
        QCOMPARE(r.meetingId, adHocId);
        QVERIFY(r.urgency == Urgency::High);
        QVERIFY(r.meta.updatedAt < meetings.get(adHocId).startsAt);
    }

    void progressIs14Of18()
    {
        const Progress p = progress(store(), mentorship().meta.id, Today);
        QCOMPARE(p.monthsElapsed, 14);
        QCOMPARE(p.plannedMonths, 18);
        QCOMPARE(p.meetingsHeld, 14); // 13 formal and the ad-hoc one
        QVERIFY(p.lastMeeting.isValid() && p.lastMeeting < Today);
        QCOMPARE(p.monthsWithoutMeeting, 0);
    }

    void lookBackBeforeTheNextMeeting()
    {
        const auto next = MeetingRepository(store()).nextPlanned(mentorship().meta.id, startOf(Today));
        QVERIFY(next.has_value());
        const LookBack lb = lookBack(store(), next->meta.id);
        QVERIFY(lb.previous.has_value());
        QCOMPARE(lb.previousMinutes.size(), 3);
        QCOMPARE(lb.previousEvaluations.size(), 2);
        QVERIFY(!lb.openActionItems.isEmpty());
        QVERIFY(!lb.sharedSince.isEmpty());
    }

    void nothingStampedInTheFutureAndClockRestored()
    {
        for (const char *table : { "mentorship", "agreement", "meeting", "meeting_focus", "minutes",
                 "action_item", "evaluation", "reflection", "comment", "adhoc_request" }) {
            auto q = store().db().prepareOnce(std::string("SELECT count(*), max(updated_at) FROM ") + table);
            QVERIFY(q.step());
            QVERIFY2(q.integer(0) > 0, table);
            QVERIFY2(q.int64(1) < startOf(Today), table);
        }
        QVERIFY(qAbs(store().now() - QDateTime::currentMSecsSinceEpoch()) < 60'000);
    }

    void languageOfTheTexts()
    {
        QFETCH_GLOBAL(QString, language);
        const QString wrong = wrongLanguage(store(), language);
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong));
        QVERIFY(allTexts(store()).size() > 150);
        if (language == QLatin1String("sv")) {
            for (const Reflection &r : allReflections(store()))
                QVERIFY2(r.body.contains(QRegularExpression(QStringLiteral("[åäöÅÄÖ]"))), qPrintable(r.body));
        }
    }

    void searchFindsTheTexts()
    {
        QFETCH_GLOBAL(QString, language);
        const QStringList words = language == QLatin1String("sv")
            ? QStringList { QStringLiteral("ärlig"), QStringLiteral("förtroendet"),
                  QStringLiteral("Återblick"), QStringLiteral("sömn"), QStringLiteral("ledningsgrupp") }
            : QStringList { QStringLiteral("honest"), QStringLiteral("leadership"),
                  QStringLiteral("Look back"), QStringLiteral("sleep") };
        for (const QString &word : words) {
            const QList<SearchHit> hits = search(store(), word);
            QVERIFY2(!hits.isEmpty(), qPrintable(word));
            for (const SearchHit &h : hits)
                QVERIFY2(h.snippet.contains(QLatin1Char('\x02')), qPrintable(h.snippet));
        }
        if (language == QLatin1String("sv")) {
            // Upper-case Swedish letters fold for the search, too.
            QCOMPARE(search(store(), QStringLiteral("ÄRLIG")).size(),
                search(store(), QStringLiteral("ärlig")).size());
            const QList<SearchHit> minutes = search(store(), QStringLiteral("återblick"), 100);
            QVERIFY(std::any_of(minutes.begin(), minutes.end(),
                [](const SearchHit &h) { return h.kind == SearchHit::Kind::Minutes; }));
        }
    }

    void reopensWithThePassphrase()
    {
        QFETCH_GLOBAL(QString, language);
        auto &demo = *m_demos.at(language);
        const QString folder = demo.profile->folder();
        demo.profile.reset();
        demo.profile = UnlockedProfile::open(folder, QStringLiteral("demo"));
        QCOMPARE(ReflectionRepository(store()).count(), 60);
        demo.profile->verifyIntegrity();
    }
};

QTEST_GUILESS_MAIN(TestDemoAdept)
#include "tst_demo_adept.moc"
