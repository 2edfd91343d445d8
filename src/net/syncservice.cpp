#include "syncservice.h"

#include "profile/store.h"
#include "store/storeerror.h"
#include "sync/roster.h"
#include "sync/rotation.h"
#include "sync/routes.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcService, "bollplank.sync")

namespace bollplank::net {

namespace {

/// Changes wait in the outbox between live updates; a quiet check this often sends them.
constexpr int TickMs = 15000;
/// With nothing to send and nothing announced, a sync this often anyway (a missed announcement).
constexpr qint64 QuietSyncMs = 5 * 60 * 1000;
constexpr int FirstRetryMs = 2000;
constexpr int LongestRetryMs = 5 * 60 * 1000;

} // namespace

SyncService::SyncService(std::unique_ptr<Store> store, std::shared_ptr<std::atomic<bool>> stop, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
    , m_stop(stop ? std::move(stop) : std::make_shared<std::atomic<bool>>(false))
    // Children, so moving the service to its thread moves its timers along.
    , m_tick(this)
    , m_retry(this)
    , m_stopWatching(std::make_shared<std::atomic<bool>>(false))
{
    qRegisterMetaType<SyncOutcome>();
    m_tick.setInterval(TickMs);
    connect(&m_tick, &QTimer::timeout, this, &SyncService::tick);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &SyncService::requestSync);
}

SyncService::~SyncService()
{
    stopWatching();
}

int SyncService::retryDelayMs(int failures, double jitter)
{
    const int doublings = std::clamp(failures - 1, 0, 20);
    const qint64 base = std::min<qint64>(qint64(FirstRetryMs) << doublings, LongestRetryMs);
    return int(double(base) * std::clamp(jitter, 0.5, 1.5));
}

void SyncService::setEndpoints(const Endpoints &endpoints)
{
    if (m_endpoints == endpoints)
        return;
    m_endpoints = endpoints;
    // Each server's subscription names only the collections that sync through it.
    if (m_watcher) {
        stopWatching();
        startWatching();
    }
}

void SyncService::setActive(bool on)
{
    if (m_active == on)
        return;
    m_active = on;
    if (on) {
        m_tick.start();
        requestSync();
        startWatching();
    } else {
        m_tick.stop();
        m_retry.stop();
        stopWatching();
    }
}

void SyncService::requestSync()
{
    if (m_syncQueued)
        return;
    m_syncQueued = true;
    QTimer::singleShot(0, this, &SyncService::runSync);
}

void SyncService::networkChanged()
{
    m_failures = 0;
    if (m_retry.isActive()) {
        m_retry.stop();
        requestSync();
    }
}

void SyncService::tick()
{
    if (!m_active || m_syncQueued || m_retry.isActive())
        return;
    try {
        sync::Engine engine(*m_store);
        if (engine.outgoingCount() > 0 || m_lastSync < QDateTime::currentMSecsSinceEpoch() - QuietSyncMs)
            requestSync();
    } catch (const std::exception &e) {
        qCWarning(lcService) << "cannot count outgoing changes:" << e.what();
    }
}

void SyncService::syncNow()
{
    run(SyncOutcome::Step::Sync, [this](SyncOutcome &out) { out.report = syncAll(); });
}

void SyncService::runSync()
{
    m_syncQueued = false;
    run(SyncOutcome::Step::Sync, [this](SyncOutcome &out) { out.report = syncAll(); });
}

sync::SyncReport SyncService::syncAll()
{
    const QList<QUrl> urls = m_endpoints.inUse(*m_store);
    if (urls.isEmpty())
        throw sync::SyncError(sync::SyncErrorKind::Unreachable, u"no sync address"_s);
    sync::Engine engine(*m_store);
    m_endpoints.configure(engine);
    QElapsedTimer sinceShown;
    sinceShown.start();
    engine.setProgress([this, &sinceShown](const sync::SyncProgress &p) {
        if (sinceShown.elapsed() < 100 && p.received < p.expected)
            return;
        sinceShown.restart();
        emit progress(p.received, p.expected);
    });
    engine.setStop([stop = m_stop] { return stop->load(); });
    // Each server carries only the collections whose readers meet there. One that cannot be
    // reached (the mentor's direct endpoint, out of the room) does not keep the others from
    // syncing; the person hears of it only when none could be reached.
    std::vector<std::unique_ptr<RelayTransport>> relays;
    std::vector<sync::Transport *> servers;
    for (const QUrl &url : urls) {
        relays.push_back(openTransport(*m_store, url));
        servers.push_back(relays.back().get());
    }
    const sync::SyncReport report = engine.syncEach(servers);
    // A grant committed before a post that did not get through goes again (sync/pairingflow.h).
    for (sync::Transport *server : servers)
        if (!report.unreachable.contains(server->endpointName()))
            (void)sync::sendWaitingPairingMessages(*m_store, *server);
    qCInfo(lcService, "synced: %d sent, %d received, %d applied, %d collection(s) not paired, %d server(s) unreachable",
        report.pushed, report.pulled, report.applied, report.notPaired, int(report.unreachable.size()));
    for (const QString &why : report.refused)
        qCWarning(lcService) << "refused:" << why;
    m_lastSync = QDateTime::currentMSecsSinceEpoch();
    return report;
}

void SyncService::syncAfter(SyncOutcome &out, const char *done)
{
    // Every server in use hears of the change at once; one out of reach hears with the next sync,
    // and the step itself still counts as done.
    try {
        out.report = syncAll();
    } catch (const sync::SyncError &e) {
        qCInfo(lcService) << done << "- the sync after it waits:" << e.what();
    }
}

void SyncService::run(SyncOutcome::Step step, const std::function<void(SyncOutcome &)> &body)
{
    emit busyChanged(true);
    SyncOutcome out;
    out.step = step;
    out.request = std::exchange(m_request, 0);
    try {
        body(out);
        out.ok = true;
    } catch (const sync::SyncError &e) {
        qCWarning(lcService) << "sync step failed:" << int(e.kind()) << e.what();
        out.error = e.kind();
    } catch (const sync::SyncCancelled &) {
        qCInfo(lcService) << "sync stopped by the person; it goes on from here next time";
        out.cancelled = true;
    } catch (const std::exception &e) {
        qCWarning(lcService) << "sync step failed:" << e.what();
    }
    // A stop asked for counts once: the next sync runs.
    *m_stop = false;
    if (step == SyncOutcome::Step::Sync)
        scheduleRetry(!out.ok && out.error == sync::SyncErrorKind::Unreachable);
    // Idle first: whoever hears the outcome finds the service no longer busy.
    emit busyChanged(false);
    emit finished(out);
}

void SyncService::scheduleRetry(bool unreachable)
{
    if (!unreachable) {
        m_failures = 0;
        return;
    }
    ++m_failures;
    if (m_active)
        m_retry.start(retryDelayMs(m_failures, 0.5 + QRandomGenerator::global()->generateDouble()));
}

void SyncService::acceptInvite(const QString &text)
{
    run(SyncOutcome::Step::Accept,
        [&](SyncOutcome &out) { out.accepted = sync::acceptInvite(*m_store, transportFactory(*m_store), text); });
}

void SyncService::readAnswer(const QByteArray &mailbox, bool alsoOwnServer)
{
    run(SyncOutcome::Step::ReadAnswer, [&](SyncOutcome &out) {
        const auto transport = openTransport(*m_store, m_endpoints.active());
        if (const std::optional<QString> digits = sync::openAnswer(*m_store, *transport, mailbox)) {
            out.safetyNumber = *digits;
            return;
        }
        if (!alsoOwnServer || m_endpoints.own.isEmpty())
            return;
        // The other device could not reach this one and answered through the sync server. This
        // device syncs with it through its direct endpoint, so that pair would never meet: the
        // answer stays unopened and the person hears why.
        try {
            out.answeredElsewhere = !openTransport(*m_store, m_endpoints.own)->readMailbox(mailbox).empty();
        } catch (const sync::SyncError &) {
            // The sync server is not reachable from here either: nothing arrived there.
        }
    });
}

void SyncService::confirm(const QByteArray &mailbox)
{
    run(SyncOutcome::Step::Confirm, [&](SyncOutcome &out) {
        const auto transport = openTransport(*m_store, m_endpoints.active());
        sync::confirmPairing(*m_store, *transport, mailbox, m_endpoints.ownNames());
        syncAfter(out, "paired");
    });
}

void SyncService::finish(const QByteArray &mailbox)
{
    run(SyncOutcome::Step::Finish, [&](SyncOutcome &out) {
        // Where the answer went (acceptInvite), not this person's own server.
        const auto transport = openTransport(*m_store, parseEndpoint(sync::pairingEndpoint(*m_store, mailbox)));
        out.granted = sync::receiveGrant(*m_store, *transport, mailbox, m_endpoints.ownNames()).has_value();
        if (!out.granted)
            return;
        syncAfter(out, "paired");
    });
}

void SyncService::unpair(const QString &mentorshipId)
{
    // The cut happens here, at once and offline too: a new shared space and key among this
    // person's own devices, the old one frozen. The sync after it tells the other side and the
    // server; one out of reach hears with the next.
    run(SyncOutcome::Step::Unpair, [&](SyncOutcome &out) {
        try {
            (void)sync::endPairing(*m_store, mentorshipId);
        } catch (const StoreError &) {
            throw sync::SyncError(sync::SyncErrorKind::NotPaired, u"this mentorship is not paired"_s);
        }
        syncAfter(out, "unpaired");
    });
}

void SyncService::revokeDevice(const QByteArray &signPublicKey)
{
    run(SyncOutcome::Step::Revoke, [&](SyncOutcome &out) {
        // Only this person's own other devices: the other person's go with unpairing.
        const QList<sync::RosterDevice> own = sync::ownOtherDevices(*m_store);
        if (std::none_of(own.cbegin(), own.cend(), [&](const sync::RosterDevice &d) { return d.signPublicKey == signPublicKey; }))
            throw sync::SyncError(sync::SyncErrorKind::NotPaired, u"no other device of this person has that key"_s);
        (void)sync::revokeDeviceEverywhere(*m_store, signPublicKey);
        syncAfter(out, "revoked");
    });
}

void SyncService::startWatching()
{
    if (m_watcher || !m_active)
        return;
    // One connection per server, each watching only the collections that sync through it: a
    // watch names the collection, and the journal's id is no business of the other person's server.
    struct Watched
    {
        std::shared_ptr<RelayTransport> relay;
        QList<QByteArray> ids;
    };
    QList<Watched> watched;
    try {
        sync::Engine engine(*m_store);
        m_endpoints.configure(engine);
        for (const QUrl &url : m_endpoints.inUse(*m_store)) {
            Watched w { openTransport(*m_store, url), {} };
            for (const sync::Collection &c : engine.collections().all())
                if (engine.syncsThrough(c, w.relay->endpointName()))
                    w.ids.append(c.id);
            if (!w.ids.isEmpty())
                watched.append(std::move(w));
        }
    } catch (const std::exception &e) {
        qCWarning(lcService) << "no live updates:" << e.what();
        return;
    }
    if (watched.isEmpty())
        return;
    m_stopWatching = std::make_shared<std::atomic<bool>>(false);
    auto stop = m_stopWatching;
    // Waiting for news blocks, so it has a thread of its own; news becomes a sync request here.
    m_watcher = QThread::create([this, watched, stop] {
        const int slice = std::max(100, 500 / int(watched.size()));
        QList<bool> watching(watched.size(), false);
        while (!*stop) {
            bool offline = false;
            for (qsizetype i = 0; i < watched.size() && !*stop; ++i) {
                try {
                    if (!watching[i]) {
                        for (const QByteArray &id : watched[i].ids) {
                            try {
                                watched[i].relay->watch(id);
                            } catch (const sync::SyncError &e) {
                                if (e.kind() != sync::SyncErrorKind::NotPaired)
                                    throw;
                            }
                        }
                        watching[i] = true;
                    }
                    if (!watched[i].relay->waitForNews(slice).empty())
                        QMetaObject::invokeMethod(this, &SyncService::requestSync, Qt::QueuedConnection);
                } catch (const std::exception &) {
                    watching[i] = false;
                    offline = true;
                }
            }
            // Offline somewhere: try again a little later; the quarter-minute check still syncs.
            for (int i = 0; offline && i < 20 && !*stop; ++i)
                QThread::msleep(250);
        }
    });
    m_watcher->setObjectName(u"sync-watch"_s);
    m_watcher->start();
}

void SyncService::stopWatching()
{
    if (!m_watcher)
        return;
    *m_stopWatching = true;
    m_watcher->wait();
    delete m_watcher;
    m_watcher = nullptr;
}

SyncServiceThread::SyncServiceThread(std::unique_ptr<Store> store)
    : m_thread(new QThread)
    , m_stop(std::make_shared<std::atomic<bool>>(false))
    , m_service(new SyncService(std::move(store), m_stop))
{
    m_thread->setObjectName(u"sync"_s);
    m_service->moveToThread(m_thread);
    // Timers and the watcher belong to the service's thread: it deletes the service there.
    QObject::connect(m_thread, &QThread::finished, m_service, &QObject::deleteLater);
    m_thread->start();
}

QThread *SyncServiceThread::retire()
{
    if (!m_thread)
        return nullptr;
    QThread *thread = m_thread;
    QObject::disconnect(m_service, nullptr, nullptr, nullptr);
    // Stops the subscription and the timers after the step under way, then the thread ends.
    QMetaObject::invokeMethod(
        m_service,
        [service = m_service, thread] {
            service->setActive(false);
            thread->quit();
        },
        Qt::QueuedConnection);
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread = nullptr;
    m_service = nullptr;
    return thread;
}

SyncServiceThread::~SyncServiceThread()
{
    if (QThread *thread = retire(); thread) {
        QObject::disconnect(thread, &QThread::finished, thread, &QObject::deleteLater);
        thread->wait();
        delete thread;
    }
}

} // namespace bollplank::net
