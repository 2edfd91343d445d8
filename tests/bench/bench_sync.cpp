// bollplank-bench-sync: sync through a real bollplank-relay process on loopback.
//
//   1. Cold: the adept's 10,000 shared reflections through the relay to the mentor (the adept's
//      sync, then the mentor's): each side's seconds, bytes sent and received, the relay's peak
//      memory.
//   2. Live: one new reflection from save on the adept's device to readable on the mentor's,
//      with the mentor watching the shared space: the median and p99 over a number of runs.
//
// Each beside its floor, measured in the same run on the same payloads (syncfloor.h): encrypt,
// sign and store on the sending side; verify, decrypt and insert with the full-text index on the
// receiving side; the crypto on a second core. Exits 0 whatever the figures are.
#include "corpus.h"
#include "rawstore.h"
#include "stats.h"
#include "syncfloor.h"

#include "profile/profile.h"
#include "relaytransport.h"
#include "repo/mentorships.h"
#include "repo/reflections.h"
#include "sync/engine.h"
#include "sync/identity.h"
#include "sync/pairing.h"
#include "sync/records.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <sodium.h>

#include <cstdio>
#include <ctime>
#include <memory>

using namespace Qt::StringLiterals;
using namespace bollplank;

namespace {

QTextStream out(stdout);

struct Options
{
    int count = 10000;
    int liveRuns = 25;
    /// Print when each cold sync began and ended (CLOCK_MONOTONIC), for `perf record -k
    /// CLOCK_MONOTONIC` and `perf report --time` to look at one side at a time.
    bool phases = false;
};

double monotonicSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

/// The relay as a separate process, so its memory is its own.
class Relay
{
public:
    explicit Relay(const QString &dbPath)
    {
        m_process.start(QStringLiteral(BOLLPLANK_RELAY_PATH),
            { u"--db"_s, dbPath, u"--port"_s, u"0"_s, u"--quiet"_s, u"--rate"_s, u"100000"_s, u"--burst"_s,
                u"100000"_s });
        if (!m_process.waitForStarted(30000))
            throw std::runtime_error("cannot start bollplank-relay");
        static const QRegularExpression listening(u"listening on (ws://\\S+)"_s);
        while (m_process.waitForReadyRead(30000) || m_process.canReadLine()) {
            const auto match = listening.match(QString::fromUtf8(m_process.readLine()));
            if (match.hasMatch()) {
                url = QUrl(match.captured(1));
                return;
            }
        }
        throw std::runtime_error("bollplank-relay did not start");
    }
    ~Relay()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(30000))
            m_process.kill();
    }
    /// VmHWM: the peak resident memory of the relay process so far, in KiB.
    [[nodiscard]] qint64 peakKiB() const
    {
        QFile status(u"/proc/%1/status"_s.arg(m_process.processId()));
        if (!status.open(QIODevice::ReadOnly))
            return -1;
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("VmHWM:"))
                return line.mid(6).trimmed().split(' ').value(0).toLongLong();
        }
        return -1;
    }

    QUrl url;

private:
    QProcess m_process;
};

struct Device
{
    Device(const QString &folder, Role role, const QUrl &url)
        : profile(UnlockedProfile::create(folder, u"bench"_s, role, u"Bench"_s, KdfParams::minimal()))
    {
        auto identity = std::make_shared<sync::DeviceIdentity>(sync::DeviceIdentity::load(profile->store()));
        net::DeviceSigner signer { identity->signPublicKey(),
            [identity](const QByteArray &m) { return identity->sign(m); } };
        net::RelayOptions options;
        options.url = url;
        transport = std::make_unique<net::RelayTransport>(options, signer);
        engine = std::make_unique<sync::Engine>(profile->store());
        Mentorship m;
        m.adeptName = u"Karin"_s;
        m.mentorName = u"Anders"_s;
        m.startDate = QDate(2026, 1, 1);
        MentorshipRepository(profile->store()).save(m);
        mentorship = m.meta.id;
    }
    Store &store() { return profile->store(); }
    sync::SyncReport sync() { return engine->sync(*transport); }

    std::unique_ptr<UnlockedProfile> profile;
    std::unique_ptr<net::RelayTransport> transport;
    std::unique_ptr<sync::Engine> engine;
    QString mentorship;
};

void pair(Device &mentor, Device &adept)
{
    sync::Pairing issuing(mentor.store());
    sync::Pairing answering(adept.store());
    const sync::Invite invite = issuing.createInvite(sync::PairingPurpose::Partner, mentor.mentorship, {});
    const auto accepted = answering.accept(invite.toText(), adept.mentorship);
    adept.transport->postToMailbox(accepted.mailboxId, accepted.message);
    for (const QByteArray &message : mentor.transport->readMailbox(invite.mailboxId()))
        (void)issuing.openAnswer(message);
    mentor.transport->postToMailbox(invite.mailboxId(), issuing.grant(invite.mailboxId()));
    for (const QByteArray &message : adept.transport->readMailbox(accepted.mailboxId))
        (void)answering.receiveGrant(accepted.mailboxId, message);
    (void)mentor.sync();
    (void)adept.sync();
    (void)mentor.sync();
}

/// The bytes the adept's engine seals for a reflection: its payload as shaped for the shared space.
QByteArray payloadOf(Device &adept, const QString &reflectionId)
{
    sync::Collections collections(adept.store());
    const std::optional<sync::Collection> shared = collections.shared(adept.mentorship);
    const auto local = shared ? sync::readLocal(adept.store(), collections, *shared, u"reflection"_s, reflectionId)
                              : std::nullopt;
    if (!local)
        throw std::runtime_error("a reflection the adept saved has no payload");
    return local->payload.encode();
}

struct Side
{
    double startS = 0; ///< CLOCK_MONOTONIC, seconds
    double endS = 0;
    double ms = 0;
    double cpuMs = 0;
    qint64 sent = 0;
    qint64 received = 0;
};

/// One device's sync round: wall and CPU time (every thread of this process), bytes on the wire.
Side timedSync(Device &d, sync::SyncReport &report)
{
    const qint64 sent = d.transport->bytesSent();
    const qint64 received = d.transport->bytesReceived();
    const double cpu = bench::processCpuMs();
    Side side;
    side.startS = monotonicSeconds();
    side.ms = bench::timeMs([&] { report = d.sync(); });
    side.endS = monotonicSeconds();
    side.cpuMs = bench::processCpuMs() - cpu;
    side.sent = d.transport->bytesSent() - sent;
    side.received = d.transport->bytesReceived() - received;
    return side;
}

void printFloorSide(const char *name, const char *crypto, const char *store, const bench::FloorSide &f)
{
    out << QString::asprintf("  %-8s %7.0f ms on two cores (one core: %5.0f ms = %s %5.0f + %s %5.0f)\n", name, f.ms,
        f.oneCoreMs(), crypto, f.cryptoMs, store, f.storeMs);
}

int run(const Options &options)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        throw std::runtime_error("no temporary folder");
    Relay relay(dir.filePath(u"relay.db"_s));
    Device mentor(dir.filePath(u"mentor"_s), Role::Mentor, relay.url);
    Device adept(dir.filePath(u"adept"_s), Role::Adept, relay.url);
    pair(mentor, adept);

    // Cold: write everything offline first (not timed), then sync it across.
    bench::Corpus corpus(5);
    QStringList ids;
    ids.reserve(options.count);
    {
        ReflectionRepository repo(adept.store());
        for (int i = 0; i < options.count; ++i) {
            Reflection r = corpus.next();
            r.visibility = Visibility::Shared;
            r.mentorshipId = adept.mentorship;
            repo.save(r);
            ids.append(r.meta.id);
        }
    }
    std::vector<QByteArray> payloads;
    payloads.reserve(std::size_t(ids.size()));
    for (const QString &id : ids)
        payloads.push_back(payloadOf(adept, id));
    sync::SyncReport pushed;
    sync::SyncReport pulled;
    const Side push = timedSync(adept, pushed);
    const Side pull = timedSync(mentor, pulled);
    if (options.phases)
        std::fprintf(stderr, "phase push %.6f,%.6f\nphase pull %.6f,%.6f\n", push.startS, push.endS, pull.startS,
            pull.endS);
    const std::vector<bench::RawReflectionRow> rows = bench::readAllRows(mentor.store().db().handle());
    bench::check(qsizetype(rows.size()) == options.count, "the mentor holds every reflection the adept shared");

    bench::SyncFloor floor(dir.path());
    const bench::FloorSide floorSend = floor.send(payloads);
    const bench::FloorSide floorReceive = floor.receive(rows);
    const double floorMs = floorSend.ms + floorReceive.ms;
    const double syncMs = push.ms + pull.ms;

    out << "Cold sync through bollplank-relay (SQLite, loopback), " << options.count << " shared reflections\n";
    out << "  (cpu: CPU time of this process, both devices' threads; steadier than wall time under load)\n";
    out << QString::asprintf("  adept push   %7.0f ms  cpu %6.0f ms  sent %9lld B  received %8lld B  (%d acknowledged)\n",
        push.ms, push.cpuMs, push.sent, push.received, pushed.pushed);
    out << QString::asprintf(
        "  mentor pull  %7.0f ms  cpu %6.0f ms  sent %9lld B  received %8lld B  (%d received, %d applied)\n",
        pull.ms, pull.cpuMs, pull.sent, pull.received, pulled.pulled, pulled.applied);
    out << QString::asprintf("  end to end   %7.2f s   target < 2 s\n", syncMs / 1000.0);
    out << QString::asprintf("  relay peak memory (VmHWM) %lld KiB\n", relay.peakKiB());
    out << "Floor: the same " << options.count << " payloads, only the work no sync can skip (syncfloor.h)\n";
    printFloorSide("send", "encrypt+sign", "insert", floorSend);
    printFloorSide("receive", "verify+decrypt", "insert+index", floorReceive);
    out << QString::asprintf("  total    %7.0f ms on two cores\n", floorMs);
    out << QString::asprintf("Ratio to the floor: push %.2fx  pull %.2fx  end to end %.2fx  target <= 1.5x\n",
        push.ms / floorSend.ms, pull.ms / floorReceive.ms, syncMs / floorMs);
    out.flush();

    // Live: both online, the mentor watching the shared space.
    const auto shared = sync::Collections(mentor.store()).shared(mentor.mentorship);
    if (!shared)
        throw std::runtime_error("the mentor has no shared space after pairing");
    mentor.transport->watch(shared->id);
    bench::Samples live;
    bench::Samples liveFloor;
    for (int i = 0; i < options.liveRuns; ++i) {
        Reflection r = corpus.next();
        r.visibility = Visibility::Shared;
        r.mentorshipId = adept.mentorship;
        QElapsedTimer clock;
        clock.start();
        ReflectionRepository(adept.store()).save(r);
        (void)adept.sync();
        bool seen = false;
        while (!seen && clock.elapsed() < 30000) {
            if (mentor.transport->waitForNews(30000).empty())
                continue;
            (void)mentor.sync();
            try {
                seen = ReflectionRepository(mentor.store()).get(r.meta.id).body == r.body;
            } catch (const std::exception &) {
                seen = false;
            }
        }
        if (!seen)
            throw std::runtime_error("a live reflection did not arrive within 30 s");
        live.add(double(clock.nsecsElapsed()) / 1e6);
        bench::RawReflectionRow row = rows.back();
        row.id = r.meta.id.toStdString();
        row.body = r.body.toStdString();
        const bench::FloorSide send = floor.send({ payloadOf(adept, r.meta.id) });
        liveFloor.add(send.ms + floor.receive({ row }).ms);
    }
    out << "\nLive: one new shared reflection, save to readable on the other device (" << options.liveRuns
        << " runs)\n";
    out << QString::asprintf("  median %8.1f ms  p99 %8.1f ms  target median < 50 ms, p99 < 100 ms\n",
        live.median(), live.p99());
    out << QString::asprintf("  floor  %8.2f ms  (the same floor for one reflection, both sides, median)\n",
        liveFloor.median());
    out.flush();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Options options;
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(u"--quick"_s)) {
        options.count = 200;
        options.liveRuns = 3;
    }
    options.phases = args.contains(u"--phases"_s);
    if (const qsizetype i = args.indexOf(u"--count"_s); i > 0 && i + 1 < args.size())
        options.count = std::max(1, args.at(i + 1).toInt());
    if (sodium_init() < 0)
        return 1;
    try {
        return run(options);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bollplank-bench-sync: %s\n", e.what());
        return 1;
    }
}
