#pragma once

#include "notifier.h"
#include "reminders/planner.h"

#include <QObject>
#include <QTimer>
#include <functional>

namespace bollplank {

class Store;

/// Shows the reminders of an unlocked profile through a Notifier, each once.
/// start(): the reminders that fell due while the app was closed (up to a week back) are shown
/// once, as one notification if there are several; then a timer fires the next due one. Nothing
/// shows during quiet hours: what falls due then waits for their end. The
/// delivery log in the encrypted store keeps each reminder from showing twice, across restarts.
/// When the notifier can schedule with the OS (mobile), upcoming reminders are handed to it instead.
class ReminderService : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<qint64()>;

    ReminderService(Store &store, Notifier &notifier, Language language, QString timeZone = QString(),
        QObject *parent = nullptr);

    /// ms since the epoch, UTC; replaceable for tests.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    /// Shows missed reminders once, then arms the timer.
    void start();
    /// Shows what fell due and was not shown; returns how many reminders that covered.
    int deliverMissed();
    /// Shows every due, undelivered reminder on its own; returns how many.
    int deliverDue();
    /// Plans again (call after meetings, series or settings change) and re-arms the timer.
    void reschedule();
    /// When the timer will next look, ms since the epoch; 0 if idle.
    [[nodiscard]] qint64 nextCheckAt() const { return m_nextCheck; }

    static constexpr qint64 MissedWindow = 7LL * 24 * 3600 * 1000;
    /// The timer wakes at least this often, so a changed clock or a suspend is caught up.
    static constexpr qint64 MaxSleep = 3600 * 1000;

signals:
    void delivered(const QStringList &reminderIds);

private:
    [[nodiscard]] QList<Reminder> undelivered(qint64 from, qint64 to);
    [[nodiscard]] bool quietNow(qint64 now);
    void onTimer();

    Store &m_store;
    Notifier &m_notifier;
    Language m_language;
    QString m_timeZone;
    Clock m_clock;
    QTimer m_timer;
    qint64 m_nextCheck = 0;
};

} // namespace bollplank
