#pragma once

// Sync's own home in the app (issue #13): one object on a thread of its own, with its own
// connection to the profile's database, that owns the transports, the live subscription and the
// retry schedule. The screens talk to it only by queued calls and its signals; nothing on the UI
// thread ever waits for the network, and nothing here touches the UI thread's connection.
//
// Writer discipline: the profile has two writers, the UI's connection and this one. SQLCipher in
// WAL mode lets either read while the other writes; writes take turns, each holding the lock only
// for a short transaction (the engine commits a pull every few tens of milliseconds, and no step
// here holds a transaction across a network call), and a writer that finds the lock taken waits
// for it (busy timeout, src/core/store/database.cpp).

#include "endpoints.h"

#include "sync/engine.h"
#include "sync/pairingflow.h"

#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

namespace bollplank {
class Store;
}

namespace bollplank::net {

/// What one step of the service came to.
struct SyncOutcome
{
    enum class Step { Sync, Accept, ReadAnswer, Confirm, Finish, Unpair, Revoke };
    Step step = Step::Sync;
    /// The request it answers (setRequest); 0 for a step the service began by itself.
    quint64 request = 0;
    bool ok = false;
    /// Why it failed, when a SyncError said; nullopt with ok false: something else failed.
    std::optional<sync::SyncErrorKind> error;
    /// Accept: where the answer went, and the safety number to compare.
    sync::AcceptedInvite accepted;
    /// ReadAnswer: the safety number, once the answer opened.
    QString safetyNumber;
    /// ReadAnswer: nothing at the direct endpoint, but something waits at the sync server: the
    /// other device could not reach this one.
    bool answeredElsewhere = false;
    /// Finish: the grant arrived.
    bool granted = false;
    /// Sync: the person stopped it (cancel()); what arrived until then stays.
    bool cancelled = false;
    /// Sync (and the sync after a pairing step): what it did.
    sync::SyncReport report;
};

class SyncService : public QObject
{
    Q_OBJECT

public:
    /// store: this service's own connection to the profile (UnlockedProfile::openConnection).
    /// stop: set from any thread to stop the sync under way (SyncServiceThread::cancel).
    explicit SyncService(std::unique_ptr<Store> store, std::shared_ptr<std::atomic<bool>> stop = {},
        QObject *parent = nullptr);
    ~SyncService() override;

    // Each of these runs on the service's thread: call them through SyncServiceThread::post.
    void setEndpoints(const Endpoints &endpoints);
    /// On while the profile is paired: syncs now, then live (a subscription at every server), every
    /// quarter minute while changes wait to go out, and every five minutes anyway.
    void setActive(bool on);
    /// A sync now, whatever else was asked.
    void syncNow();
    /// A sync soon; several requests before it starts make one.
    void requestSync();
    /// The next step's outcome carries this number, so whoever asked for it knows it by it.
    void setRequest(quint64 request) { m_request = request; }
    /// The network came back or changed: a sync waiting out a retry goes now.
    void networkChanged();
    void acceptInvite(const QString &text);
    void readAnswer(const QByteArray &mailbox, bool alsoOwnServer);
    void confirm(const QByteArray &mailbox);
    void finish(const QByteArray &mailbox);
    void unpair(const QString &mentorshipId);
    void revokeDevice(const QByteArray &signPublicKey);

    /// The wait before retry number `failures` (1, 2, ...): doubling from 2 s to at most 5 min,
    /// then spread by a random factor from 0.5 to 1.5 so devices that lost the same server do not
    /// all come back at once. Public for its test.
    [[nodiscard]] static int retryDelayMs(int failures, double jitter);

signals:
    void busyChanged(bool busy);
    /// A sync's pulls came this far (sync/engine.h, SyncProgress), at most every tenth of a second.
    void progress(qint64 received, qint64 expected);
    void finished(const bollplank::net::SyncOutcome &outcome);

private:
    void runSync();
    /// Runs body as `step`, catches what it throws into the outcome, and announces it.
    void run(SyncOutcome::Step step, const std::function<void(SyncOutcome &)> &body);
    /// One sync with every server in use; throws when none could be reached.
    sync::SyncReport syncAll();
    /// syncAll after a step that changed the profile (`done` names it for the log); a server out
    /// of reach does not undo the step.
    void syncAfter(SyncOutcome &out, const char *done);
    void startWatching();
    void stopWatching();
    void tick();
    void scheduleRetry(bool unreachable);

    std::unique_ptr<Store> m_store;
    std::shared_ptr<std::atomic<bool>> m_stop;
    Endpoints m_endpoints;
    bool m_active = false;
    bool m_syncQueued = false;
    quint64 m_request = 0;
    int m_failures = 0;
    qint64 m_lastSync = 0;
    QTimer m_tick;
    QTimer m_retry;
    QThread *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stopWatching;
};

/// Runs a SyncService on a thread of its own for as long as a profile is open.
class SyncServiceThread
{
public:
    explicit SyncServiceThread(std::unique_ptr<Store> store);
    /// Waits for the step under way (app exit, tests). See retire().
    ~SyncServiceThread();
    SyncServiceThread(const SyncServiceThread &) = delete;
    SyncServiceThread &operator=(const SyncServiceThread &) = delete;

    [[nodiscard]] SyncService *service() const { return m_service; }
    /// Stops the sync under way after the batch it is applying (from any thread); the next sync
    /// goes on where it stopped.
    void cancel() { *m_stop = true; }
    /// Runs fn on the service's thread, after what was posted before it.
    template<class Fn> void post(Fn fn)
    {
        QMetaObject::invokeMethod(m_service, std::move(fn), Qt::QueuedConnection);
    }
    /// The profile is closing: nothing more is posted, nothing the service says is heard, and the
    /// thread ends once the step under way finished, without anyone waiting for it. Returns the
    /// thread, which deletes itself when done (a caller that must outlive it can wait on it).
    [[nodiscard]] QThread *retire();

private:
    QThread *m_thread = nullptr;
    /// Before the service, which shares it.
    std::shared_ptr<std::atomic<bool>> m_stop;
    SyncService *m_service = nullptr;
};

} // namespace bollplank::net

Q_DECLARE_METATYPE(bollplank::net::SyncOutcome)
