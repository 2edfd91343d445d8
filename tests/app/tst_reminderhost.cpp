// The app runs the reminders of the open profile: the service starts on unlock with the
// in-memory notifier (fake platform), shows a reminder missed while locked once at start-up,
// never again after another unlock, fires a due one once, stops on lock, and no notification
// carries note content (nor, when discreet, the other party's name or the place).

#include "appcontext.h"
#include "reminderhost.h"
#include "remindersettings.h"
#include "session.h"
#include "startup.h"
#include "staticqml.h"

#include "memorynotifier.h"
#include "profile/profile.h"
#include "reminderservice.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/reflections.h"

#include <QDateTime>
#include <QQmlEngine>
#include <QTemporaryDir>
#include <QtTest>

using namespace bollplank;

namespace {

const QString Passphrase = QStringLiteral("harbour lantern quietly 47");
const QString NoteMarker = QStringLiteral("ZQX-confidential-note-4411");
const QString PlaceMarker = QStringLiteral("ZQX-Cafe-Place");
constexpr qint64 Minute = 60 * 1000;

bool leaks(const Notification &n, const QString &marker)
{
    return n.title.contains(marker) || n.body.contains(marker);
}

} // namespace

class TestReminderHost : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static void unlock(Session *session)
    {
        session->unlock(Passphrase);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::Unlocked, 10000);
    }

private slots:
    void runsWhileUnlockedAndShowsEachReminderOnce()
    {
        AppOptions o;
        o.profileFolder = m_dir.filePath(QStringLiteral("profile"));
        o.settingsFile = m_dir.filePath(QStringLiteral("settings.ini"));
        o.fakePlatform = true;
        o.fastKdf = true;
        o.forcedLanguage = QStringLiteral("en");
        QQmlEngine engine;
        Startup::prepareEngine(engine, o);
        AppContext *context = AppContext::of(&engine);
        Session *session = context->session();
        ReminderHost *host = context->reminderHost();
        QVERIFY(!host->isRunning());

        session->createProfile(QStringLiteral("adept"), QStringLiteral("Karin"), Passphrase, false);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::Unlocked, 10000);
        QVERIFY(host->isRunning());
        auto *notifier = dynamic_cast<MemoryNotifier *>(host->notifier());
        QVERIFY(notifier); // fake platform: never the desktop's notifications
        QVERIFY(notifier->shown.isEmpty());

        // Only the hour-before meeting reminder, at any hour: set through the settings controller.
        ReminderPreferences *prefs = context->reminderPreferences();
        QVERIFY(prefs->setOption(QStringLiteral("meetingDayBefore"), false));
        QVERIFY(prefs->setOption(QStringLiteral("prepare"), false));
        QVERIFY(prefs->setOption(QStringLiteral("reflect"), false));
        QVERIFY(prefs->setOption(QStringLiteral("quietHours"), false));

        Store &store = session->profile()->store(); // until the next lock
        Mentorship m;
        m.adeptName = QStringLiteral("Karin");
        m.mentorName = QStringLiteral("Maria");
        m.startDate = QDate::currentDate().addMonths(-1);
        MentorshipRepository(store).save(m);
        Reflection r;
        r.mentorshipId = m.meta.id;
        r.body = NoteMarker;
        r.visibility = Visibility::Shared;
        ReflectionRepository(store).save(r);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Meeting soon; // its hour-before reminder fell due half an hour ago, while "closed"
        soon.mentorshipId = m.meta.id;
        soon.startsAt = now + 30 * Minute;
        soon.place = PlaceMarker;
        MeetingRepository(store).save(soon);

        session->lock();
        QVERIFY(!host->isRunning());
        QVERIFY(!host->service());
        unlock(session);
        QVERIFY(host->isRunning());
        QCOMPARE(notifier->shown.size(), 1); // the missed one, at start-up
        const Notification missed = notifier->shown.first();
        QCOMPARE(missed.title, QStringLiteral("Mentorship meeting"));
        QVERIFY(missed.body.contains(QStringLiteral("Maria"))); // not discreet yet
        QVERIFY(!leaks(missed, NoteMarker));

        session->lock();
        unlock(session);
        QCOMPARE(notifier->shown.size(), 1); // not again
        QCOMPARE(host->service()->deliverDue(), 0);

        // Discreet, and a meeting in an hour and a half: its reminder is due when the clock gets there.
        QVERIFY(prefs->setOption(QStringLiteral("discreet"), true));
        Meeting later;
        later.mentorshipId = m.meta.id;
        later.startsAt = now + 90 * Minute;
        later.place = PlaceMarker;
        MeetingRepository(session->profile()->store()).save(later); // the profile opened anew
        host->reschedule();
        ReminderService *service = host->service();
        QCOMPARE(service->nextCheckAt(), later.startsAt - 60 * Minute);
        const qint64 due = later.startsAt - 60 * Minute + 1000;
        service->setClock([due] { return due; });
        QSignalSpy delivered(service, &ReminderService::delivered);
        QCOMPARE(service->deliverDue(), 1);
        QCOMPARE(delivered.size(), 1);
        QCOMPARE(notifier->shown.size(), 2);
        const Notification shown = notifier->shown.last();
        QCOMPARE(shown.title, QStringLiteral("Mentorship meeting"));
        QVERIFY(!leaks(shown, NoteMarker));
        QVERIFY(!leaks(shown, QStringLiteral("Maria")));
        QVERIFY(!leaks(shown, PlaceMarker));
        QCOMPARE(service->deliverDue(), 0);
        QCOMPARE(notifier->shown.size(), 2);
        for (const Notification &n : std::as_const(notifier->shown))
            QVERIFY(!leaks(n, NoteMarker));
    }
};

QTEST_MAIN(TestReminderHost)
#include "tst_reminderhost.moc"
