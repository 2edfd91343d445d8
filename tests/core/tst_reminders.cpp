// The reminder planner: kinds, defaults, stable ids, quiet hours, discretion, and never content.
#include "reminders/planner.h"
#include "reminders/reminderstore.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/minutes.h"
#include "repo/reflections.h"
#include "repo/requests.h"
#include "schedule/seriesrepository.h"
#include "testsupport.h"

#include <QTimeZone>

using namespace bollplank;

namespace {

constexpr qint64 Minute = 60'000;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;
const QString Stockholm = QStringLiteral("Europe/Stockholm");

qint64 sthlm(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone("Europe/Stockholm")).toMSecsSinceEpoch();
}

MentorshipSchedule schedule(
    const char *rule = "FREQ=MONTHLY;BYDAY=1TU", const char *start = "2026-01-06T14:00")
{
    MentorshipSchedule s;
    s.mentorship.meta.id = QStringLiteral("m1");
    s.mentorship.adeptName = QStringLiteral("Karin Lund");
    s.mentorship.mentorName = QStringLiteral("Anders Berg");
    s.mentorship.startDate = QDate(2026, 1, 1);
    MeetingSeries series;
    series.meta.id = QStringLiteral("s1");
    series.mentorshipId = QStringLiteral("m1");
    series.rule = QString::fromLatin1(rule);
    series.start = CivilTime::parse(QString::fromLatin1(start));
    series.timeZone = Stockholm;
    series.place = QStringLiteral("Café Pascal");
    s.series = series;
    return s;
}

PlanInput input(Role role, MentorshipSchedule s, Language language = Language::English)
{
    return { role, language, Stockholm, { std::move(s) } };
}

QList<Reminder> ofKind(const QList<Reminder> &all, ReminderKind kind)
{
    QList<Reminder> out;
    for (const Reminder &r : all)
        if (r.kind == kind)
            out.append(r);
    return out;
}

ReminderSettings noQuietHours()
{
    ReminderSettings s;
    s.quietStart.reset();
    s.quietEnd.reset();
    return s;
}

} // namespace

class RemindersTest : public QObject
{
    Q_OBJECT

private slots:
    void defaultsForTheNextMeeting()
    {
        const qint64 now = sthlm(2026, 1, 20, 12);
        const auto all
            = planReminders(input(Role::Adept, schedule()), ReminderSettings(), now, now, now + 20 * Day);
        // The meeting of 3 February 14:00: a day and an hour before, and preparation 3 days before.
        const auto meeting = ofKind(all, ReminderKind::Meeting);
        QCOMPARE(meeting.size(), 2);
        QCOMPARE(meeting.at(0).fireAt, sthlm(2026, 2, 2, 14));
        QCOMPARE(meeting.at(1).fireAt, sthlm(2026, 2, 3, 13));
        QCOMPARE(meeting.at(0).title, QStringLiteral("Mentorship meeting"));
        QCOMPARE(
            meeting.at(0).body, QStringLiteral("Tuesday 3 February 14:00 with Anders Berg, Café Pascal"));
        const auto prepare = ofKind(all, ReminderKind::Prepare);
        QCOMPARE(prepare.size(), 1);
        QCOMPARE(prepare.at(0).fireAt, sthlm(2026, 1, 31, 14));
        // Halfway between 6 January and 3 February: the reflection nudge (the adept's).
        const auto reflect = ofKind(all, ReminderKind::Reflect);
        QCOMPARE(reflect.size(), 1);
        QCOMPARE(reflect.at(0).fireAt, sthlm(2026, 1, 20, 14));
        // Stable ids: the same plan twice gives the same ids; all distinct.
        const auto again
            = planReminders(input(Role::Adept, schedule()), ReminderSettings(), now, now, now + 20 * Day);
        QStringList ids, idsAgain;
        for (const auto &r : all)
            ids << r.id;
        for (const auto &r : again)
            idsAgain << r.id;
        QCOMPARE(ids, idsAgain);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        for (int i = 1; i < all.size(); ++i)
            QVERIFY(all.at(i - 1).fireAt <= all.at(i).fireAt);
    }

    void swedishTexts()
    {
        const qint64 now = sthlm(2026, 1, 20, 12);
        const auto all = planReminders(
            input(Role::Adept, schedule(), Language::Swedish), ReminderSettings(), now, now, now + 20 * Day);
        const auto meeting = ofKind(all, ReminderKind::Meeting);
        QCOMPARE(meeting.at(0).title, QStringLiteral("Mentorsmöte"));
        QCOMPARE(meeting.at(0).body, QStringLiteral("tisdag 3 februari 14:00 med Anders Berg, Café Pascal"));
    }

    void discreetHidesNameAndPlace()
    {
        ReminderSettings settings;
        settings.discreet = true;
        const qint64 now = sthlm(2026, 1, 20, 12);
        auto s = schedule();
        AdHocRequest request;
        request.meta.id = QStringLiteral("q1");
        request.meta.updatedAt = now - Hour;
        request.urgency = Urgency::High;
        request.reason = QStringLiteral("Styrelsen vill avsätta mig");
        s.openRequests = { request };
        for (Role role : { Role::Adept, Role::Mentor }) {
            const auto all = planReminders(input(role, s), settings, now, now - Day, now + 40 * Day);
            QVERIFY(!all.isEmpty());
            for (const Reminder &r : all) {
                const QString text = r.title + r.body;
                QVERIFY2(!text.contains(QStringLiteral("Karin")) && !text.contains(QStringLiteral("Anders"))
                        && !text.contains(QStringLiteral("Pascal"))
                        && !text.contains(QStringLiteral("Styrelsen")),
                    qPrintable(text));
            }
        }
        const auto request2
            = ofKind(planReminders(input(Role::Mentor, s), ReminderSettings(), now, now - Day, now + Day),
                ReminderKind::Request);
        QCOMPARE(request2.size(), 1);
        QCOMPARE(request2.at(0).body, QStringLiteral("Karin Lund would like to meet (urgency: high)."));
        QCOMPARE(request2.at(0).fireAt, now - Hour);
    }

    void eachKindCanBeSwitchedOff()
    {
        const qint64 now = sthlm(2026, 1, 20, 12);
        for (ReminderKind kind : { ReminderKind::Meeting, ReminderKind::Prepare, ReminderKind::Reflect }) {
            ReminderSettings settings;
            QVERIFY(!ofKind(
                planReminders(input(Role::Adept, schedule()), settings, now, now, now + 20 * Day), kind)
                         .isEmpty());
            settings.setOn(kind, false);
            QVERIFY(!settings.isOn(kind));
            QVERIFY(ofKind(
                planReminders(input(Role::Adept, schedule()), settings, now, now, now + 20 * Day), kind)
                        .isEmpty());
        }
        ReminderSettings custom = noQuietHours();
        custom.meetingOffsets = { 30 };
        const auto meeting
            = ofKind(planReminders(input(Role::Adept, schedule()), custom, now, now, now + 20 * Day),
                ReminderKind::Meeting);
        QCOMPARE(meeting.size(), 1);
        QCOMPARE(meeting.at(0).fireAt, sthlm(2026, 2, 3, 13, 30));
    }

    void quietHoursMoveRemindersOut()
    {
        const qint64 now = sthlm(2026, 1, 20, 12);
        // A meeting at 07:30: the hour-before reminder (06:30) waits for 07:00, the end of quiet hours.
        auto early = schedule("FREQ=MONTHLY;BYDAY=1TU", "2026-01-06T07:30");
        auto meeting
            = ofKind(planReminders(input(Role::Adept, early), ReminderSettings(), now, now, now + 20 * Day),
                ReminderKind::Meeting);
        QCOMPARE(meeting.size(), 2);
        QCOMPARE(meeting.at(1).fireAt, sthlm(2026, 2, 3, 7, 0));
        // A meeting at 07:00: waiting would be too late, so it comes just before quiet hours begin.
        auto atSeven = schedule("FREQ=MONTHLY;BYDAY=1TU", "2026-01-06T07:00");
        meeting
            = ofKind(planReminders(input(Role::Adept, atSeven), ReminderSettings(), now, now, now + 20 * Day),
                ReminderKind::Meeting);
        QCOMPARE(meeting.at(0).fireAt, sthlm(2026, 2, 2, 7, 0));
        QCOMPARE(meeting.at(1).fireAt, sthlm(2026, 2, 2, 21, 59));
        for (const Reminder &r :
            planReminders(input(Role::Adept, atSeven), ReminderSettings(), now, now, now + 60 * Day)) {
            const QTime t = QDateTime::fromMSecsSinceEpoch(r.fireAt, QTimeZone("Europe/Stockholm")).time();
            QVERIFY2(t >= QTime(7, 0) && t < QTime(22, 0), qPrintable(r.id));
        }
    }

    void movedAndCancelledOccurrences()
    {
        const qint64 now = sthlm(2026, 1, 20, 12);
        auto s = schedule();
        SeriesException cancelled;
        cancelled.occurrence = CivilTime::parse(QStringLiteral("2026-02-03T14:00"));
        cancelled.cancelled = true;
        SeriesException moved;
        moved.occurrence = CivilTime::parse(QStringLiteral("2026-03-03T14:00"));
        moved.movedTo = sthlm(2026, 3, 5, 10);
        s.exceptions = { cancelled, moved };
        const auto meeting
            = ofKind(planReminders(input(Role::Adept, s), noQuietHours(), now, now, now + 50 * Day),
                ReminderKind::Meeting);
        QCOMPARE(meeting.size(), 2); // nothing for 3 February; 4 and 5 March for the moved one
        QCOMPARE(meeting.at(0).fireAt, sthlm(2026, 3, 4, 10));
        QCOMPARE(meeting.at(0).subjectAt, sthlm(2026, 3, 5, 10));
        // A meeting record at an occurrence's time stands for it (no double reminders); an ad-hoc
        // meeting is a single event with its own reminders.
        auto withRecords = schedule();
        Meeting record;
        record.meta.id = QStringLiteral("r1");
        record.startsAt = sthlm(2026, 2, 3, 14);
        record.place = QStringLiteral("Kontoret");
        Meeting adhoc;
        adhoc.meta.id = QStringLiteral("r2");
        adhoc.kind = MeetingKind::AdHoc;
        adhoc.startsAt = sthlm(2026, 1, 27, 16);
        withRecords.meetings = { record, adhoc };
        const auto all
            = planReminders(input(Role::Adept, withRecords), noQuietHours(), now, now, now + 20 * Day);
        const auto m2 = ofKind(all, ReminderKind::Meeting);
        QCOMPARE(m2.size(), 4);
        QCOMPARE(m2.at(0).title, QStringLiteral("Ad-hoc meeting"));
        QVERIFY(m2.at(3).body.endsWith(QStringLiteral("Kontoret")));
        QCOMPARE(ofKind(all, ReminderKind::Prepare).size(), 1); // not for the ad-hoc meeting
    }

    void mentorIsNudgedWhenNoNextMeetingIsBooked()
    {
        auto s = schedule();
        s.series.reset();
        Meeting held;
        held.meta.id = QStringLiteral("h1");
        held.status = MeetingStatus::Held;
        held.startsAt = sthlm(2026, 1, 6, 14);
        s.meetings = { held };
        const qint64 now = sthlm(2026, 1, 6, 18);
        auto unbooked
            = ofKind(planReminders(input(Role::Mentor, s), ReminderSettings(), now, now, now + 7 * Day),
                ReminderKind::Unbooked);
        QCOMPARE(unbooked.size(), 1);
        QCOMPARE(unbooked.at(0).fireAt, sthlm(2026, 1, 7, 16, 30)); // a day after the meeting ended
        QCOMPARE(unbooked.at(0).body, QStringLiteral("Book the next meeting with Karin Lund."));
        // Still unbooked weeks later: due at once, with the same id.
        const qint64 later = sthlm(2026, 2, 20, 12);
        const auto stillDue = ofKind(
            planReminders(input(Role::Mentor, s), ReminderSettings(), later, later - Day, later + Minute),
            ReminderKind::Unbooked);
        QCOMPARE(stillDue.size(), 1);
        QCOMPARE(stillDue.at(0).id, unbooked.at(0).id);
        // Booked: no nudge. The adept never gets this one.
        Meeting next;
        next.startsAt = sthlm(2026, 3, 3, 14);
        s.meetings.append(next);
        QVERIFY(
            ofKind(planReminders(input(Role::Mentor, s), ReminderSettings(), later, later - Day, later + Day),
                ReminderKind::Unbooked)
                .isEmpty());
        s.meetings.removeLast();
        QVERIFY(
            ofKind(planReminders(input(Role::Adept, s), ReminderSettings(), later, later - Day, later + Day),
                ReminderKind::Unbooked)
                .isEmpty());
    }

    void collapsedMissedReminders()
    {
        const qint64 now = sthlm(2026, 1, 20, 12);
        const auto all
            = planReminders(input(Role::Adept, schedule()), ReminderSettings(), now, now, now + 20 * Day);
        QVERIFY(all.size() >= 3);
        const Reminder one = collapseMissed(all, Language::English);
        QCOMPARE(one.title, QStringLiteral("%1 reminders while Bollplank was closed").arg(all.size()));
        QVERIFY(one.body.contains(all.first().title));
        QCOMPARE(collapseMissed({ all.first() }, Language::English).id, all.first().id);
    }

    void settingsAndLogInTheStoreAndNoContent()
    {
        test::TempProfile p;
        ReminderSettingsRepository settingsRepo(p.store());
        ReminderSettings settings = settingsRepo.load();
        QCOMPARE(settings.meetingOffsets, (QList<int> { 1440, 60 }));
        settings.meetingOffsets = { 60, 2880, 60 };
        settings.discreet = true;
        settings.reflectOn = false;
        settings.quietStart = QTime(21, 30);
        settings.quietEnd = QTime(6, 45);
        settingsRepo.save(settings);
        settings = settingsRepo.load();
        QCOMPARE(settings.meetingOffsets, (QList<int> { 2880, 60 }));
        QVERIFY(settings.discreet && !settings.reflectOn);
        QCOMPARE(*settings.quietStart, QTime(21, 30));
        QCOMPARE(*settings.quietEnd, QTime(6, 45));
        settings.prepareDays = 0;
        EXPECT_STORE_ERROR(settingsRepo.save(settings), InvalidInput);
        settings.prepareDays = 2;
        settings.quietEnd.reset();
        EXPECT_STORE_ERROR(settingsRepo.save(settings), InvalidInput);
        settings.quietStart.reset();
        settings.discreet = false;
        settingsRepo.save(settings);
        QVERIFY(!settingsRepo.load().quietStart);

        Mentorship m;
        m.adeptName = QStringLiteral("Karin");
        m.mentorName = QStringLiteral("Anders");
        m.startDate = QDate(2026, 1, 1);
        MentorshipRepository(p.store()).save(m);
        MeetingSeries s;
        s.mentorshipId = m.meta.id;
        s.rule = QStringLiteral("FREQ=MONTHLY;BYDAY=1TU");
        s.start = CivilTime::parse(QStringLiteral("2026-01-06T14:00"));
        s.timeZone = Stockholm;
        MeetingSeriesRepository(p.store()).save(s);
        Meeting held;
        held.mentorshipId = m.meta.id;
        held.startsAt = sthlm(2026, 1, 6, 14);
        held.status = MeetingStatus::Held;
        MeetingRepository(p.store()).save(held);
        Minutes minutes;
        minutes.meetingId = held.meta.id;
        minutes.body = QStringLiteral("HEMLIGT protokoll");
        MinutesRepository(p.store()).save(minutes);
        Reflection reflection;
        reflection.mentorshipId = m.meta.id;
        reflection.body = QStringLiteral("HEMLIG reflektion");
        ReflectionRepository(p.store()).save(reflection);

        const PlanInput in = loadPlanInput(p.store(), Language::Swedish, Stockholm);
        QVERIFY(in.role == Role::Adept);
        QCOMPARE(in.mentorships.size(), 1);
        const qint64 now = sthlm(2026, 1, 20, 12);
        const auto all = planReminders(in, settings, now, now, now + 60 * Day);
        QVERIFY(all.size() >= 6);
        for (const Reminder &r : all)
            QVERIFY(!(r.title + r.body).contains(QStringLiteral("HEMLIG")));

        ReminderLog log(p.store());
        QVERIFY(!log.wasDelivered(all.first().id));
        log.markDelivered({ all.first() }, now);
        log.markDelivered({ all.first(), all.at(1) }, now);
        QVERIFY(log.wasDelivered(all.first().id));
        QCOMPARE(log.delivered(all).size(), 2);
        p.close();
        p.reopen();
        QCOMPARE(ReminderLog(p.store()).delivered(all).size(), 2);
    }
};

QTEST_GUILESS_MAIN(RemindersTest)
#include "tst_reminders.moc"
