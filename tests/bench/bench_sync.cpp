// bollplank-bench-sync: sync through a real bollplank-relay process on loopback.
//
//   1. Cold: the adept's 10,000 shared reflections through the relay to the mentor (the adept's
//      sync, then the mentor's): seconds, bytes sent and received, the relay's peak memory.
//   2. Live: one new reflection from save on the adept's device to readable on the mentor's,
//      with the mentor watching the shared space: the median over a number of runs.
//
// Each beside its floor, measured in the same run: libsodium XChaCha20-Poly1305 encryption of the
// same plaintext plus a SQLCipher insert of the ciphertext, with nothing else (no signature, no
// network, no relay, no decryption on the other side). Exits 0 whatever the figures are.
#include "corpus.h"
#include "rawstore.h"
#include "stats.h"

#include "profile/profile.h"
#include "relaytransport.h"
#include "repo/mentorships.h"
#include "repo/reflections.h"
#include "sync/engine.h"
#include "sync/identity.h"
#include "sync/pairing.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <sodium.h>
#include <sqlite3.h>

#include <cstdio>
#include <memory>

using namespace Qt::StringLiterals;
using namespace bollplank;

namespace {

QTextStream out(stdout);

struct Options
{
    int count = 10000;
    int liveRuns = 25;
};

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

/// The floor: encrypt each plaintext with a fresh nonce and insert the ciphertext into a
/// SQLCipher table, all in one transaction; milliseconds.
double floorMs(bench::RawConnection &db, const std::vector<QByteArray> &plaintexts)
{
    unsigned char key[crypto_aead_xchacha20poly1305_ietf_KEYBYTES];
    crypto_aead_xchacha20poly1305_ietf_keygen(key);
    bench::RawStatement insert(db, "INSERT INTO floor (nonce, body) VALUES (?, ?)");
    return bench::timeMs([&] {
        db.exec("BEGIN");
        for (const QByteArray &plain : plaintexts) {
            unsigned char nonce[crypto_aead_xchacha20poly1305_ietf_NPUBBYTES];
            randombytes_buf(nonce, sizeof nonce);
            QByteArray cipher(plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES, Qt::Uninitialized);
            unsigned long long length = 0;
            crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(cipher.data()),
                &length, reinterpret_cast<const unsigned char *>(plain.constData()), size_t(plain.size()),
                nullptr, 0, nullptr, nonce, key);
            sqlite3_bind_blob(insert.get(), 1, nonce, sizeof nonce, SQLITE_TRANSIENT);
            sqlite3_bind_blob(insert.get(), 2, cipher.constData(), int(length), SQLITE_TRANSIENT);
            (void)insert.step();
            insert.reset();
        }
        db.exec("COMMIT");
    });
}

std::unique_ptr<bench::RawConnection> openFloorDb(const QString &path)
{
    QByteArray key(32, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    auto db
        = std::make_unique<bench::RawConnection>(path.toStdString(), "x'" + key.toHex().toStdString() + "'");
    db->exec("CREATE TABLE IF NOT EXISTS floor (seq INTEGER PRIMARY KEY, nonce BLOB, body BLOB)");
    return db;
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
    std::vector<QByteArray> plaintexts;
    plaintexts.reserve(size_t(options.count));
    {
        ReflectionRepository repo(adept.store());
        for (int i = 0; i < options.count; ++i) {
            Reflection r = corpus.next();
            r.visibility = Visibility::Shared;
            r.mentorshipId = adept.mentorship;
            repo.save(r);
            plaintexts.push_back(r.body.toUtf8());
        }
    }
    const qint64 sentBefore = adept.transport->bytesSent();
    const qint64 receivedBefore = mentor.transport->bytesReceived();
    sync::SyncReport pushed;
    sync::SyncReport pulled;
    const double cpu0 = bench::processCpuMs();
    const double pushMs = bench::timeMs([&] { pushed = adept.sync(); });
    const double cpu1 = bench::processCpuMs();
    const double pullMs = bench::timeMs([&] { pulled = mentor.sync(); });
    const double cpu2 = bench::processCpuMs();
    const qint64 visible = qint64(ReflectionRepository(mentor.store()).list({}, options.count * 2).size());
    auto floorDb = openFloorDb(dir.filePath(u"floor.db"_s));
    const double cpu3 = bench::processCpuMs();
    const double coldFloor = floorMs(*floorDb, plaintexts);
    const double floorCpu = bench::processCpuMs() - cpu3;

    out << "Cold sync through bollplank-relay (SQLite, loopback), " << options.count
        << " shared reflections\n";
    out << "  (cpu: CPU time of this process, both devices' threads; steadier than wall time under load)\n";
    out << QString::asprintf("  adept push   %8.0f ms  cpu %6.0f ms  (%d envelopes acknowledged)\n", pushMs,
        cpu1 - cpu0, pushed.pushed);
    out << QString::asprintf(
        "  mentor pull  %8.0f ms  cpu %6.0f ms  (%d received, %d applied; %lld reflections visible)\n", pullMs,
        cpu2 - cpu1, pulled.pulled, pulled.applied, visible);
    out << QString::asprintf("  total        %8.2f s   target < 5 s\n", (pushMs + pullMs) / 1000.0);
    out << QString::asprintf(
        "  floor        %8.0f ms  cpu %6.0f ms  (XChaCha20-Poly1305 + SQLCipher insert of the same bodies)\n",
        coldFloor, floorCpu);
    out << QString::asprintf(
        "  bytes sent by the adept      %10lld\n", adept.transport->bytesSent() - sentBefore);
    out << QString::asprintf(
        "  bytes received by the mentor %10lld\n", mentor.transport->bytesReceived() - receivedBefore);
    out << QString::asprintf("  relay peak memory (VmHWM)    %10lld KiB\n", relay.peakKiB());
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
        liveFloor.add(floorMs(*floorDb, { r.body.toUtf8() }));
    }
    out << "\nLive: one new shared reflection, save to readable on the other device (" << options.liveRuns
        << " runs)\n";
    out << QString::asprintf("  median %8.1f ms  p99 %8.1f ms  target < 250 ms\n", live.median(), live.p99());
    out << QString::asprintf(
        "  floor  %8.2f ms  (one encryption + one SQLCipher insert, median)\n", liveFloor.median());
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
