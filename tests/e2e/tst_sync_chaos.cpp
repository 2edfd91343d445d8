// A 1,000-reflection sync through a real relay, with a proxy in between that cuts every
// connection after a random number of bytes (mid-frame, either direction). Both devices sync
// again after every failure until they get through; then both sides must agree exactly: every
// reflection arrived once, none is missing, the relay holds no envelope twice, no outbox is left.
#include "relayprocess.h"
#include "relaytransport.h"

#include "profile/profile.h"
#include "repo/mentorships.h"
#include "repo/reflections.h"
#include "sync/engine.h"
#include "sync/identity.h"
#include "sync/pairing.h"

#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <map>
#include <set>

using namespace Qt::StringLiterals;
using namespace bollplank;
using bollplank::e2e::RelayProcess;

namespace {

/// Forwards loopback TCP to the relay and cuts each connection after a random byte budget.
class ChaosProxy : public QObject
{
    Q_OBJECT

public:
    explicit ChaosProxy(quint32 seed)
        : m_random(seed)
    {
    }

    void start()
    {
        m_server = new QTcpServer(this);
        connect(m_server, &QTcpServer::newConnection, this, &ChaosProxy::accept);
        m_server->listen(QHostAddress::LocalHost, 0);
        port = m_server->serverPort();
    }

    std::atomic<quint16> port { 0 };
    /// Set once the relay runs: it starts after the proxy, since it must accept the proxy's origin.
    std::atomic<quint16> relayPort { 0 };
    std::atomic<int> cuts { 0 };
    std::atomic<bool> calm { false }; ///< no more cuts (the final, checking round)

private:
    void accept()
    {
        while (QTcpSocket *client = m_server->nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            // From 512 bytes (inside the handshake) to 400 KB (more than the largest push): some
            // connections die at once, some carry several requests.
            auto budget = std::make_shared<qint64>(qint64(m_random.bounded(512, 400 * 1024)));
            auto cut = [this, client, upstream] {
                if (calm)
                    return false;
                ++cuts;
                upstream->abort();
                client->abort();
                client->deleteLater();
                return true;
            };
            auto forward = [this, budget, cut](QTcpSocket *from, QTcpSocket *to) {
                if (to->state() != QAbstractSocket::ConnectedState)
                    return; // kept in from's buffer until the relay side is connected
                QByteArray bytes = from->readAll();
                if (!calm && bytes.size() >= *budget) {
                    to->write(bytes.left(*budget));
                    to->flush();
                    cut();
                    return;
                }
                *budget -= bytes.size();
                to->write(bytes);
            };
            connect(client, &QTcpSocket::readyRead, upstream, [=] { forward(client, upstream); });
            connect(upstream, &QTcpSocket::readyRead, client, [=] { forward(upstream, client); });
            connect(upstream, &QTcpSocket::connected, client, [=] {
                if (client->bytesAvailable())
                    forward(client, upstream);
            });
            connect(upstream, &QTcpSocket::errorOccurred, client, [=] {
                if (upstream->state() != QAbstractSocket::ConnectedState)
                    client->abort();
            });
            connect(client, &QTcpSocket::disconnected, upstream, [=] { upstream->disconnectFromHost(); });
            connect(upstream, &QTcpSocket::disconnected, client, [=] {
                client->disconnectFromHost();
                client->deleteLater();
            });
            upstream->connectToHost(QHostAddress::LocalHost, relayPort);
        }
    }

    QRandomGenerator m_random;
    QTcpServer *m_server = nullptr;
};

struct Device
{
    Device(const QString &folder, Role role, const QUrl &url)
        : profile(UnlockedProfile::create(folder, u"chaos"_s, role, u"Chaos"_s, KdfParams::minimal()))
    {
        auto identity = std::make_shared<sync::DeviceIdentity>(sync::DeviceIdentity::load(profile->store()));
        net::RelayOptions options;
        options.url = url;
        options.connectTimeoutMs = 5000;
        options.requestTimeoutMs = 20000;
        transport = std::make_unique<net::RelayTransport>(options,
            net::DeviceSigner {
                identity->signPublicKey(), [identity](const QByteArray &m) { return identity->sign(m); } });
        engine = std::make_unique<sync::Engine>(profile->store());
        Mentorship m;
        m.adeptName = u"Karin"_s;
        m.mentorName = u"Anders"_s;
        m.startDate = QDate(2026, 1, 1);
        MentorshipRepository(profile->store()).save(m);
        mentorship = m.meta.id;
    }
    Store &store() { return profile->store(); }

    /// Syncs until a round completes; returns how many rounds failed on the way.
    int syncThrough(int maxAttempts)
    {
        for (int failures = 0; failures < maxAttempts; ++failures) {
            try {
                (void)engine->sync(*transport);
                return failures;
            } catch (const sync::SyncError &e) {
                if (e.kind() != sync::SyncErrorKind::Unreachable)
                    throw;
            }
        }
        return -1;
    }

    std::unique_ptr<UnlockedProfile> profile;
    std::unique_ptr<net::RelayTransport> transport;
    std::unique_ptr<sync::Engine> engine;
    QString mentorship;
};

} // namespace

class TestSyncChaos : public QObject
{
    Q_OBJECT

private slots:
    void cutConnectionsConverge()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("proxy seed %u", seed);
        QThread proxyThread;
        ChaosProxy proxy(seed);
        proxy.moveToThread(&proxyThread);
        proxyThread.start();
        QMetaObject::invokeMethod(&proxy, &ChaosProxy::start, Qt::BlockingQueuedConnection);
        auto stopProxy = qScopeGuard([&] {
            proxyThread.quit();
            proxyThread.wait();
        });
        // Devices sign the address they connect to: the relay is told the proxy's is its own too.
        const QUrl viaProxy(u"ws://127.0.0.1:%1"_s.arg(quint16(proxy.port)));
        RelayProcess relay;
        QVERIFY2(relay.start({ u"--db"_s, dir.filePath(u"relay.db"_s), u"--port"_s, u"0"_s, u"--quiet"_s,
                     u"--origin"_s, viaProxy.toString() }),
            qPrintable(relay.error()));
        proxy.relayPort = quint16(relay.url().port());
        qsizetype cutEnvelopes = -1;
        qsizetype cleanEnvelopes = -2;

        runPair(dir, u"cut"_s, viaProxy, &proxy, cutEnvelopes);
        if (QTest::currentTestFailed())
            return;
        QVERIFY2(proxy.cuts >= 10, "the proxy cut too few connections to prove anything");
        // The same writes without cuts: the relay must hold exactly as many envelopes.
        runPair(dir, u"clean"_s, relay.url(), nullptr, cleanEnvelopes);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(cutEnvelopes, cleanEnvelopes);
        QVERIFY(cleanEnvelopes >= 1000);
        QVERIFY(relay.stop());
    }

private:
    /// A mentor and an adept under dir/name, paired and synced through url (through proxy when
    /// given: then every step is retried until it gets through). envelopes: what the relay holds
    /// in their shared space afterwards, each checked to be there once.
    void runPair(const QTemporaryDir &dir, const QString &name, const QUrl &url, ChaosProxy *proxy,
        qsizetype &envelopes)
    {
        Device mentor(dir.filePath(name + u"-mentor"_s), Role::Mentor, url);
        Device adept(dir.filePath(name + u"-adept"_s), Role::Adept, url);

        // Pairing itself through the cutting proxy: each step is retried until it gets through.
        sync::Pairing issuing(mentor.store());
        sync::Pairing answering(adept.store());
        const sync::Invite invite
            = issuing.createInvite(sync::PairingPurpose::Partner, mentor.mentorship, {});
        const auto accepted = answering.accept(invite.toText(), adept.mentorship);
        auto retry = [](const std::function<void()> &step) {
            for (int i = 0; i < 200; ++i) {
                try {
                    step();
                    return true;
                } catch (const sync::SyncError &e) {
                    if (e.kind() != sync::SyncErrorKind::Unreachable)
                        throw;
                }
            }
            return false;
        };
        QVERIFY(retry([&] { adept.transport->postToMailbox(accepted.mailboxId, accepted.message); }));
        QVERIFY(retry([&] {
            for (const QByteArray &message : mentor.transport->readMailbox(invite.mailboxId()))
                (void)issuing.openAnswer(message);
        }));
        const QByteArray grant = issuing.grant(invite.mailboxId());
        QVERIFY(retry([&] { mentor.transport->postToMailbox(invite.mailboxId(), grant); }));
        bool granted = false;
        QVERIFY(retry([&] {
            for (const QByteArray &message : adept.transport->readMailbox(accepted.mailboxId))
                granted = granted || answering.receiveGrant(accepted.mailboxId, message).has_value();
        }));
        QVERIFY(granted);
        QVERIFY(mentor.syncThrough(500) >= 0);

        constexpr int Count = 1000;
        std::set<QString> written;
        {
            ReflectionRepository repo(adept.store());
            for (int i = 0; i < Count; ++i) {
                Reflection r;
                r.body = u"Reflection %1: %2"_s.arg(i).arg(QString(u"lorem ipsum "_s).repeated(20 + i % 50));
                r.visibility = Visibility::Shared;
                r.mentorshipId = adept.mentorship;
                repo.save(r);
                written.insert(r.meta.id + u'\n' + r.body);
            }
        }
        const int adeptFailures = adept.syncThrough(2000);
        const int mentorFailures = mentor.syncThrough(2000);
        QVERIFY(adeptFailures >= 0);
        QVERIFY(mentorFailures >= 0);
        qInfo("%s: connections cut: %d; failed sync rounds: adept %d, mentor %d", qPrintable(name),
            proxy ? int(proxy->cuts) : 0, adeptFailures, mentorFailures);

        // A last, uncut round on both sides: nothing more to send or receive.
        if (proxy)
            proxy->calm = true;
        QCOMPARE(adept.syncThrough(1), 0);
        QCOMPARE(mentor.syncThrough(1), 0);
        QCOMPARE(adept.engine->outgoingCount(), 0);
        QCOMPARE(mentor.engine->outgoingCount(), 0);

        // The mentor holds every reflection exactly once, as written.
        std::set<QString> received;
        for (const Reflection &r : ReflectionRepository(mentor.store()).list({}, 10 * Count))
            QVERIFY2(received.insert(r.meta.id + u'\n' + r.body).second, "a reflection arrived twice");
        QCOMPARE(received.size(), written.size());
        QVERIFY(received == written);

        // The relay stored each envelope once, with gap-free sequences.
        const auto shared = sync::Collections(mentor.store()).shared(mentor.mentorship);
        QVERIFY(shared.has_value());
        // Each side's pulls leave out what it pushed itself, so the two views together are all.
        std::map<qint64, QByteArray> bySequence;
        for (Device *side : { &adept, &mentor }) {
            qint64 cursor = 0;
            for (;;) {
                const sync::PullPage page = side->transport->pull(shared->id, cursor, 500);
                for (const auto &e : page.envelopes) {
                    QVERIFY(e.sequence > cursor);
                    cursor = e.sequence;
                    QVERIFY2(bySequence.emplace(e.sequence, e.bytes).second, "one sequence seen by both sides");
                }
                cursor = std::max<qint64>(cursor, page.through);
                if (!page.more)
                    break;
            }
        }
        std::set<QByteArray> distinct;
        qint64 expected = 1;
        for (const auto &[sequence, bytes] : bySequence) {
            QCOMPARE(sequence, expected++); // gap-free
            QVERIFY2(distinct.insert(bytes).second, "the relay holds an envelope twice");
        }
        envelopes = qsizetype(distinct.size());
    }
};

QTEST_GUILESS_MAIN(TestSyncChaos)
#include "tst_sync_chaos.moc"
