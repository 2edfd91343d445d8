// Reminders through freedesktop notifications on a real session bus: the test starts its own
// dbus-daemon and registers a fake org.freedesktop.Notifications server that records Notify calls.
#include "dbusnotifier.h"
#include "fixture.h"
#include "reminders/reminderstore.h"
#include "reminderservice.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QProcess>

using namespace bollplank;

struct NotifyCall
{
    QString appName;
    QString summary;
    QString body;
    QVariantMap hints;
};

/// Answers Notify like a desktop's notification daemon, and remembers each call.
class FakeNotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QList<NotifyCall> calls;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        (void)replacesId;
        (void)appIcon;
        (void)actions;
        (void)expireTimeout;
        calls.append({ appName, summary, body, hints });
        return uint(calls.size());
    }
    QStringList GetCapabilities() { return { QStringLiteral("body") }; }
};

class NotifyDBusTest : public QObject
{
    Q_OBJECT

    QProcess m_daemon;
    QString m_address;
    FakeNotificationServer m_server;
    int m_connections = 0;

    QDBusConnection connect(const char *name)
    {
        return QDBusConnection::connectToBus(
            m_address, QStringLiteral("%1-%2").arg(QLatin1String(name)).arg(++m_connections));
    }

    /// A clock that starts at start and then runs with real time, so the service's QTimer
    /// (which waits real milliseconds) and the planner agree.
    static ReminderService::Clock clockFrom(qint64 start)
    {
        auto elapsed = std::make_shared<QElapsedTimer>();
        elapsed->start();
        return [start, elapsed] { return start + elapsed->elapsed(); };
    }

private slots:
    void initTestCase()
    {
        const QString daemon = QStringLiteral(BOLLPLANK_DBUS_DAEMON);
        if (daemon.isEmpty() || daemon.endsWith(QStringLiteral("NOTFOUND")))
            QSKIP("dbus-daemon is not installed (Debian package dbus)");
        m_daemon.start(daemon,
            { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
        QVERIFY(m_daemon.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(m_daemon.canReadLine(), 5000);
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        QVERIFY(!m_address.isEmpty());

        QDBusConnection server = connect("server");
        QVERIFY(server.isConnected());
        QVERIFY(server.registerObject(DBusNotifier::Path, &m_server, QDBusConnection::ExportAllSlots));
        QVERIFY(server.registerService(DBusNotifier::Service));
    }

    void cleanupTestCase()
    {
        if (m_daemon.state() != QProcess::NotRunning) {
            m_daemon.terminate();
            m_daemon.waitForFinished(3000);
        }
    }

    void init() { m_server.calls.clear(); }

    void aDueReminderIsSentOnceWithoutContent()
    {
        test::TempProfile p;
        test::seed(p.store());
        DBusNotifier notifier(connect("client"));
        QStringList failures;
        QObject::connect(
            &notifier, &DBusNotifier::failed, [&](const QString &, const QString &e) { failures << e; });

        // 15 January: nothing due, nothing missed.
        ReminderService quiet(p.store(), notifier, Language::English, QStringLiteral("Europe/Stockholm"));
        quiet.setClock(clockFrom(test::sthlm(2026, 1, 15, 10)));
        quiet.start();
        QTest::qWait(100);
        QCOMPARE(m_server.calls.size(), 0);

        // 150 ms before the preparation reminder (31 January 14:00): the timer fires it.
        ReminderService service(p.store(), notifier, Language::English, QStringLiteral("Europe/Stockholm"));
        service.setClock(clockFrom(test::sthlm(2026, 1, 31, 14) - 150));
        service.start();
        QCOMPARE(m_server.calls.size(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(m_server.calls.size(), 1, 5000);
        const NotifyCall call = m_server.calls.first();
        QCOMPARE(call.appName, QStringLiteral("Bollplank"));
        QCOMPARE(call.summary, QStringLiteral("Prepare for the meeting"));
        QVERIFY(call.body.contains(QStringLiteral("3 February 14:00")));
        QVERIFY(!call.body.contains(test::Secret));
        QCOMPARE(call.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral("bollplank"));

        // Once: asking again, and a restart, show nothing more.
        QCOMPARE(service.deliverDue(), 0);
        ReminderService restarted(p.store(), notifier, Language::English, QStringLiteral("Europe/Stockholm"));
        restarted.setClock(clockFrom(test::sthlm(2026, 1, 31, 14) + 1000));
        restarted.start();
        QTest::qWait(300);
        QCOMPARE(m_server.calls.size(), 1);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    }

    void missedRemindersAreShownOnceAtStartUp()
    {
        test::TempProfile p;
        test::seed(p.store());
        DBusNotifier notifier(connect("client"));
        // Closed from 15 January until 3 February 13:30: the preparation, day-before and
        // hour-before reminders were missed. One notification says so; content never shows.
        ReminderService service(p.store(), notifier, Language::English, QStringLiteral("Europe/Stockholm"));
        service.setClock(clockFrom(test::sthlm(2026, 2, 3, 13, 30)));
        service.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_server.calls.size(), 1, 5000);
        QCOMPARE(m_server.calls.first().summary, QStringLiteral("3 reminders while Bollplank was closed"));
        QVERIFY(!m_server.calls.first().body.contains(test::Secret));
        QTest::qWait(200);
        QCOMPARE(m_server.calls.size(), 1);

        // Started again: nothing is shown a second time.
        ReminderService again(p.store(), notifier, Language::English, QStringLiteral("Europe/Stockholm"));
        again.setClock(clockFrom(test::sthlm(2026, 2, 3, 13, 40)));
        again.start();
        QTest::qWait(300);
        QCOMPARE(m_server.calls.size(), 1);
    }

    void discreetNotificationsNameNobody()
    {
        test::TempProfile p;
        test::seed(p.store());
        ReminderSettingsRepository settings(p.store());
        ReminderSettings s = settings.load();
        s.discreet = true;
        settings.save(s);
        DBusNotifier notifier(connect("client"));
        ReminderService service(p.store(), notifier, Language::Swedish, QStringLiteral("Europe/Stockholm"));
        service.setClock(clockFrom(test::sthlm(2026, 2, 3, 13, 0) + 10));
        service.start();
        QTRY_VERIFY_WITH_TIMEOUT(!m_server.calls.isEmpty(), 5000);
        for (const NotifyCall &c : m_server.calls) {
            QVERIFY(!c.body.contains(QStringLiteral("Anders")) && !c.body.contains(QStringLiteral("Pascal")));
            QVERIFY(!c.summary.contains(QStringLiteral("Anders")));
            QVERIFY(!c.body.contains(test::Secret));
        }
    }
};

QTEST_GUILESS_MAIN(NotifyDBusTest)
#include "tst_notify_dbus.moc"
