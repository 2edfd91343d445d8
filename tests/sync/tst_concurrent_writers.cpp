// Writer discipline (issue #13): the app's UI and its sync thread each hold their own connection to
// the profile's database (WAL, busy timeout 5 s) and take turns at its one write lock. Here the UI
// saves a reflection every few milliseconds while a sync connection applies a steady stream of
// envelopes from the person's other device, for BOLLPLANK_CONCURRENT_SECONDS (60 by default): no
// write may fail (SQLITE_BUSY), nothing either side wrote may be lost, and no UI save may wait as
// long as the busy timeout. The UI's saves (median, p99, longest) and its longest wait for the
// write lock are printed; only the timeout is asserted, so a slow machine cannot make it flaky.

#include "syncfixture.h"

#include "repo/reflections.h"
#include "store/busywait.h"
#include "store/transaction.h"
#include "sync/collections.h"

#include <QElapsedTimer>
#include <QHash>

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <thread>

using namespace bollplank;
using namespace bollplank::sync;
using bollplank::test::Device;

namespace {

// The in-memory server serves one caller at a time, as the relay serialises a collection's appends.
class LockedTransport : public Transport
{
public:
    LockedTransport(Transport &inner, std::mutex &mutex)
        : m_inner(inner)
        , m_mutex(mutex)
    {
    }
    void push(const QByteArray &c, const std::vector<QByteArray> &envelopes) override
    {
        const std::lock_guard lock(m_mutex);
        m_inner.push(c, envelopes);
    }
    PullPage pull(const QByteArray &c, std::int64_t after, int limit) override
    {
        const std::lock_guard lock(m_mutex);
        return m_inner.pull(c, after, limit);
    }
    void setMember(const QByteArray &c, const QByteArray &device, bool revoke) override
    {
        const std::lock_guard lock(m_mutex);
        m_inner.setMember(c, device, revoke);
    }
    void postToMailbox(const QByteArray &mailbox, const QByteArray &message) override
    {
        const std::lock_guard lock(m_mutex);
        m_inner.postToMailbox(mailbox, message);
    }
    std::vector<QByteArray> readMailbox(const QByteArray &mailbox) override
    {
        const std::lock_guard lock(m_mutex);
        return m_inner.readMailbox(mailbox);
    }
    QString endpointName() const override { return m_inner.endpointName(); }

private:
    Transport &m_inner;
    std::mutex &m_mutex;
};

int secondsToRun()
{
    bool ok = false;
    const int seconds = qEnvironmentVariableIntValue("BOLLPLANK_CONCURRENT_SECONDS", &ok);
    return ok && seconds > 0 ? seconds : 60;
}

QString bodyFor(const char *who, int n)
{
    return QStringLiteral("%1 reflection %2: ").arg(QLatin1String(who)).arg(n)
        + QStringLiteral("what the day was like, and what I make of it now. ").repeated(5);
}

// Runs f on a thread of its own, keeping what it throws for join().
class Worker
{
public:
    template <typename F>
    explicit Worker(F f)
        : m_thread([this, f = std::move(f)] {
            try {
                f();
            } catch (...) {
                m_failure = std::current_exception();
            }
        })
    {
    }
    ~Worker() { (void)join(); }
    /// Waits for the thread; what it threw, if anything.
    std::exception_ptr join()
    {
        if (m_thread.joinable())
            m_thread.join();
        return m_failure;
    }

private:
    std::exception_ptr m_failure;
    std::thread m_thread;
};

QHash<QString, QString> bodiesById(Store &store)
{
    QHash<QString, QString> out;
    auto q = store.db().prepareOnce("SELECT id, body FROM reflection WHERE deleted = 0");
    while (q.step())
        out.insert(q.text(0), q.text(1));
    return out;
}

} // namespace

class TestConcurrentWriters : public QObject
{
    Q_OBJECT

private slots:
    void theUiAndSyncWriteAtOnceAndNothingIsLost()
    {
        test::OwnDevices own;
        Device &laptop = own.laptop;
        Device &phone = own.phone;
        QCOMPARE(own.linked.issuerSafetyNumber, own.linked.answererSafetyNumber);
        test::syncAll({ &laptop, &phone }, 2);

        // The sync thread's own connection, engine and link to the server, as the app will hold them.
        std::unique_ptr<Store> syncStore = laptop.profile.profile->openConnection();
        std::mutex serverLock;
        MemoryTransport laptopLink(own.server, DeviceIdentity::load(*syncStore).signPublicKey(),
            [s = syncStore.get()](
                const QByteArray &message) { return DeviceIdentity::load(*s).sign(message); });
        LockedTransport laptopServer(laptopLink, serverLock);
        LockedTransport phoneServer(phone.transport, serverLock);

        const int seconds = secondsToRun();
        QElapsedTimer clock;
        clock.start();
        const qint64 deadline = qint64(seconds) * 1000;
        std::atomic<bool> stop { false };

        // The other device writes in bursts and pushes them: the stream the laptop applies.
        QStringList phoneIds;
        Worker producer([&] {
            ReflectionRepository repo(phone.store());
            while (!stop.load()) {
                Transaction tx(phone.store().db());
                for (int i = 0; i < 1000; ++i) {
                    Reflection r;
                    r.body = bodyFor("phone", int(phoneIds.size()));
                    repo.save(r);
                    phoneIds.append(r.meta.id);
                }
                tx.commit();
                (void)phone.engine().sync(phoneServer);
            }
        });
        // The laptop's sync thread pulls and applies what arrives, and pushes what the UI wrote.
        int syncRounds = 0;
        int applied = 0;
        Worker syncing([&] {
            Engine engine(*syncStore);
            while (!stop.load()) {
                const SyncReport report = engine.sync(laptopServer);
                applied += report.applied;
                ++syncRounds;
                // The app syncs when the server has news, not in a loop: an idle round rests.
                if (report.pulled == 0)
                    std::this_thread::sleep_for(std::chrono::milliseconds(5));
            }
        });

        // The UI: a reflection every few milliseconds, now and then an edit of an earlier one.
        ReflectionRepository ui(laptop.store());
        QHash<QString, QString> written;
        QList<QString> order;
        qint64 longestNs = 0; // a whole save
        long long longestWaitNs = 0; // of which waiting for the write lock
        std::vector<qint64> savesNs;
        const auto finish = [&] {
            stop.store(true);
            for (const std::exception_ptr &failure : { syncing.join(), producer.join() })
                if (failure)
                    std::rethrow_exception(failure);
        };
        try {
            for (int n = 0; clock.elapsed() < deadline; ++n) {
                Reflection r;
                if (n % 10 == 9) {
                    r = ui.get(order.at(int(std::size_t(n) * 7919 % std::size_t(order.size()))));
                    r.body += QStringLiteral("\nedited at %1").arg(n);
                } else {
                    r.body = bodyFor("laptop", n);
                }
                QElapsedTimer save;
                save.start();
                const long long waitedBefore = busywait::waitedOnThisThreadNs();
                ui.save(r); // throws StoreError Busy if it ever waited past the busy timeout
                const qint64 ns = save.nsecsElapsed();
                savesNs.push_back(ns);
                longestNs = std::max(longestNs, ns);
                longestWaitNs = std::max(longestWaitNs, busywait::waitedOnThisThreadNs() - waitedBefore);
                if (!written.contains(r.meta.id))
                    order.append(r.meta.id);
                written.insert(r.meta.id, r.body);
                std::this_thread::sleep_for(std::chrono::milliseconds(3));
            }
        } catch (...) {
            stop.store(true); // the threads end with their round; the UI's failure is the one reported
            throw;
        }
        finish(); // rethrows what failed on the sync or the producer thread

        std::sort(savesNs.begin(), savesNs.end());
        const double medianMs = double(savesNs.at(savesNs.size() / 2)) / 1e6;
        const double p99Ms = double(savesNs.at(savesNs.size() * 99 / 100)) / 1e6;
        qInfo("%d s: the UI saved %d times (%lld reflections): median %.2f ms, p99 %.1f ms, longest %.1f ms, "
              "longest wait for the write lock %.1f ms; the sync connection ran %d rounds and applied %d "
              "envelopes; the phone wrote %lld",
            seconds, int(savesNs.size()), static_cast<long long>(written.size()), medianMs, p99Ms,
            double(longestNs) / 1e6, double(longestWaitNs) / 1e6, syncRounds, applied,
            static_cast<long long>(phoneIds.size()));
        QVERIFY2(longestWaitNs < qint64(busywait::BusyTimeoutMs) * 1'000'000,
            "a UI save waited out the busy timeout");
        QVERIFY(syncRounds > 0);
        QVERIFY(applied > 0);

        // Then both converge, and nothing either side wrote is missing or stale.
        Engine engine(*syncStore);
        for (int round = 0; round < 3; ++round) {
            (void)engine.sync(laptopServer);
            (void)phone.engine().sync(phoneServer);
        }
        const QHash<QString, QString> onLaptop = bodiesById(laptop.store());
        const QHash<QString, QString> onPhone = bodiesById(phone.store());
        for (auto it = written.cbegin(); it != written.cend(); ++it) {
            QCOMPARE(onLaptop.value(it.key()), it.value());
            QCOMPARE(onPhone.value(it.key()), it.value());
        }
        for (const QString &id : std::as_const(phoneIds))
            QVERIFY2(onLaptop.contains(id), qPrintable(id));
        QCOMPARE(onLaptop.size(), onPhone.size());
        QCOMPARE(engine.outgoingCount(), 0);
        QVERIFY(engine.withheld().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConcurrentWriters)
#include "tst_concurrent_writers.moc"
