// The ReminderService over the in-memory notifier: once-only delivery, missed reminders, and a
// notifier that schedules with the OS (as on Android and iOS).
#include "fixture.h"
#include "memorynotifier.h"
#include "reminders/reminderstore.h"
#include "reminderservice.h"

using namespace bollplank;

class ReminderServiceTest : public QObject
{
    Q_OBJECT

private slots:
    void showsDueOnceAndMissedCollapsed()
    {
        test::TempProfile p;
        test::seed(p.store());
        MemoryNotifier notifier;
        qint64 now = test::sthlm(2026, 2, 2, 14, 0);
        ReminderService service(p.store(), notifier, Language::English, QStringLiteral("Europe/Stockholm"));
        service.setClock([&] { return now; });
        QCOMPARE(service.deliverMissed(), 2); // preparation and day-before
        QCOMPARE(notifier.shown.size(), 1);
        QCOMPARE(notifier.shown.first().title, QStringLiteral("2 reminders while Bollplank was closed"));
        QCOMPARE(service.deliverDue(), 0);
        now = test::sthlm(2026, 2, 3, 13, 0);
        QCOMPARE(service.deliverDue(), 1);
        QCOMPARE(notifier.shown.last().title, QStringLiteral("Mentorship meeting"));
        QCOMPARE(notifier.shown.last().body,
            QStringLiteral("Tuesday 3 February 14:00 with Anders Berg, Café Pascal"));
        QCOMPARE(service.deliverDue(), 0);
        service.reschedule();
        QVERIFY(service.nextCheckAt() > now);
        QVERIFY(service.nextCheckAt() <= now + ReminderService::MaxSleep);
    }

    void aSchedulingNotifierGetsTheUpcomingOnes()
    {
        test::TempProfile p;
        test::seed(p.store());
        MemoryNotifier notifier;
        notifier.schedules = true;
        qint64 now = test::sthlm(2026, 1, 30, 9, 0);
        ReminderService service(p.store(), notifier, Language::English, QStringLiteral("Europe/Stockholm"));
        service.setClock([&] { return now; });
        service.start();
        QCOMPARE(notifier.shown.size(), 0);
        QCOMPARE(notifier.scheduled.size(), 3); // within the next 8 days: prepare, day before, hour before
        QCOMPARE(notifier.scheduled.first().fireAt, test::sthlm(2026, 1, 31, 14));
        // The OS showed them; the log only records that.
        now = test::sthlm(2026, 2, 3, 13, 30);
        QCOMPARE(service.deliverDue(), 3);
        QCOMPARE(notifier.shown.size(), 0);
    }

    void missedRemindersWaitForTheEndOfQuietHours()
    {
        test::TempProfile p;
        test::seed(p.store());
        MemoryNotifier notifier;
        qint64 now = test::sthlm(2026, 2, 3, 5, 0); // quiet until 07:00
        ReminderService service(p.store(), notifier, Language::English, QStringLiteral("Europe/Stockholm"));
        service.setClock([&] { return now; });
        service.start();
        QVERIFY(notifier.shown.isEmpty());
        QCOMPARE(service.nextCheckAt(), test::sthlm(2026, 2, 3, 6, 0)); // wakes at least hourly
        now = test::sthlm(2026, 2, 3, 7, 0);
        QCOMPARE(service.deliverMissed(), 2);
        QCOMPARE(notifier.shown.size(), 1);
    }

    void switchedOffKindsAreNotShown()
    {
        test::TempProfile p;
        test::seed(p.store());
        ReminderSettingsRepository repo(p.store());
        ReminderSettings s = repo.load();
        s.meetingOn = false;
        s.prepareOn = false;
        repo.save(s);
        MemoryNotifier notifier;
        qint64 now = test::sthlm(2026, 2, 3, 13, 30);
        ReminderService service(p.store(), notifier, Language::English, QStringLiteral("Europe/Stockholm"));
        service.setClock([&] { return now; });
        QCOMPARE(service.deliverMissed(), 0);
        QVERIFY(notifier.shown.isEmpty());
    }
};

QTEST_GUILESS_MAIN(ReminderServiceTest)
#include "tst_reminderservice.moc"
