#include "reminderservice.h"

#include "reminders/reminderstore.h"

#include <QDateTime>

namespace bollplank {

namespace {

Notification notificationOf(const Reminder &r)
{
    return { r.id, r.title, r.body, r.fireAt };
}

QStringList idsOf(const QList<Reminder> &reminders)
{
    QStringList ids;
    for (const Reminder &r : reminders)
        ids.append(r.id);
    return ids;
}

} // namespace

ReminderService::ReminderService(
    Store &store, Notifier &notifier, Language language, QString timeZone, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_notifier(notifier)
    , m_language(language)
    , m_timeZone(std::move(timeZone))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReminderService::onTimer);
}

QList<Reminder> ReminderService::undelivered(qint64 from, qint64 to)
{
    const PlanInput input = loadPlanInput(m_store, m_language, m_timeZone);
    const ReminderSettings settings = ReminderSettingsRepository(m_store).load();
    const qint64 now = m_clock();
    QList<Reminder> due = planReminders(input, settings, now, from, to);
    ReminderLog log(m_store);
    const QSet<QString> shown = log.delivered(due);
    due.removeIf([&](const Reminder &r) { return shown.contains(r.id); });
    return due;
}

void ReminderService::start()
{
    (void)deliverMissed();
    reschedule();
}

bool ReminderService::quietNow(qint64 now)
{
    return nextAllowedTime(ReminderSettingsRepository(m_store).load(), now, m_timeZone) != now;
}

int ReminderService::deliverMissed()
{
    const qint64 now = m_clock();
    if (quietNow(now))
        return 0; // held back: the timer wakes at the end of the quiet hours
    const QList<Reminder> missed = undelivered(now - MissedWindow, now + 1);
    if (missed.isEmpty())
        return 0;
    // On a mobile OS the scheduled notifications were shown while the app was closed.
    if (!m_notifier.canSchedule())
        m_notifier.show(notificationOf(collapseMissed(missed, m_language)));
    ReminderLog(m_store).markDelivered(missed, now);
    ReminderLog(m_store).prune(now - 4 * MissedWindow);
    emit delivered(idsOf(missed));
    return int(missed.size());
}

int ReminderService::deliverDue()
{
    const qint64 now = m_clock();
    if (quietNow(now))
        return 0;
    const QList<Reminder> due = undelivered(now - MissedWindow, now + 1);
    if (due.isEmpty())
        return 0;
    if (!m_notifier.canSchedule())
        for (const Reminder &r : due)
            m_notifier.show(notificationOf(r));
    ReminderLog(m_store).markDelivered(due, now);
    emit delivered(idsOf(due));
    return int(due.size());
}

void ReminderService::reschedule()
{
    const qint64 now = m_clock();
    const QList<Reminder> upcoming = undelivered(now + 1, now + 8 * 24 * 3600 * 1000LL);
    if (m_notifier.canSchedule()) {
        m_notifier.cancelScheduled();
        for (const Reminder &r : upcoming)
            m_notifier.schedule(notificationOf(r));
    }
    qint64 wait
        = upcoming.isEmpty() ? MaxSleep : std::clamp<qint64>(upcoming.first().fireAt - now, 0, MaxSleep);
    const qint64 allowed = nextAllowedTime(ReminderSettingsRepository(m_store).load(), now, m_timeZone);
    if (allowed != now)
        wait = std::clamp<qint64>(allowed - now, 0, MaxSleep);
    m_nextCheck = now + wait;
    m_timer.start(std::chrono::milliseconds(wait));
}

void ReminderService::onTimer()
{
    (void)deliverDue();
    reschedule();
}

} // namespace bollplank
