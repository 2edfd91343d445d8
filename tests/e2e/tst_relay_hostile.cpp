// Hostile endpoints and networks against real bollplank-relay processes: an endpoint that passes
// a real relay's challenge through cannot sign in as the device there (the signed origin), a
// relay accepts the public origins it is told about, and a server that sends a 20 MiB frame
// gets a clean error instead of the client buffering it.
#include "protocol.h"
#include "relayprocess.h"
#include "relaytransport.h"
#include "testdevices.h"
#include "wsrelays.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace bollplank;
using namespace bollplank::net;
using bollplank::e2e::HugeAnswerServer;
using bollplank::e2e::OnThread;
using bollplank::e2e::PassThrough;
using bollplank::e2e::RelayProcess;
using bollplank::e2e::newDevice;
using bollplank::e2e::randomBytes;
using sync::SyncError;
using sync::SyncErrorKind;

namespace {

RelayOptions optionsFor(const QUrl &url)
{
    RelayOptions options;
    options.url = url;
    options.connectTimeoutMs = 20000;
    return options;
}

template <typename F> SyncErrorKind errorKindOf(F &&call)
{
    try {
        call();
    } catch (const SyncError &e) {
        qInfo("refused: %s", e.what());
        return e.kind();
    }
    return SyncErrorKind(-1);
}

QUrl loopbackUrl(quint16 port)
{
    return QUrl(u"ws://127.0.0.1:%1"_s.arg(port));
}

} // namespace

class TestRelayHostile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        QVERIFY(m_dir.isValid());
    }

    void originIsNormalised()
    {
        // Client and server must spell the signed origin alike.
        QCOMPARE(protocol::originOf(QUrl(u"ws://LocalHost:8765/some/path"_s)), u"ws://localhost:8765"_s);
        QCOMPARE(protocol::originOf(QUrl(u"wss://Relay.Example.ORG"_s)), u"wss://relay.example.org:443"_s);
        QCOMPARE(protocol::originOf(QUrl(u"ws://relay.example.org"_s)), u"ws://relay.example.org:80"_s);
        QCOMPARE(protocol::originOf(QUrl(u"ws://[::1]:9000"_s)), u"ws://[::1]:9000"_s);
        QCOMPARE(protocol::originOf(QUrl(u"https://relay.example.org"_s)), QString());
        // The signed bytes carry both lengths, so origin and fingerprint cannot trade bytes.
        const QByteArray nonce(32, 'n'), device(32, 'd');
        QVERIFY(protocol::authMessage(nonce, device, u"ws://a:1"_s, QByteArray(32, 'f'))
            != protocol::authMessage(nonce, device, u"ws://a:1f"_s, QByteArray(31, 'f')));
    }

    void passThroughEndpointCannotSignInAsTheDevice()
    {
        RelayProcess relay;
        QVERIFY2(relay.start({ u"--db"_s, m_dir.filePath(u"relay.db"_s), u"--port"_s, u"0"_s }),
            qPrintable(relay.error()));
        PassThrough proxy;
        OnThread thread(&proxy);
        QMetaObject::invokeMethod(&proxy, &PassThrough::listen, Qt::BlockingQueuedConnection);
        proxy.setUpstream(relay.url());

        // The victim's device trusts an invite that names the hostile endpoint; the endpoint
        // forwards every frame to the real relay, hoping to be signed in as the victim there.
        const DeviceSigner victim = newDevice();
        const QByteArray collection = randomBytes(16);
        {
            RelayTransport direct(optionsFor(relay.url()), victim);
            direct.setMember(collection, victim.publicKey);
            direct.push(collection, { randomBytes(64) });
        }
        RelayTransport viaProxy(optionsFor(loopbackUrl(proxy.port)), victim);
        QCOMPARE(errorKindOf([&] { (void)viaProxy.pull(collection, 0, 10); }), SyncErrorKind::Unauthorized);
        // The frames did pass through (hello, challenge, auth, the refusal), unchanged.
        QVERIFY(proxy.forwarded >= 4);

        // Connected directly, the same device signs in and reads.
        RelayTransport direct(optionsFor(relay.url()), victim);
        QVERIFY(direct.pull(collection, 0, 10).envelopes.empty()); // its own envelope is left out
        // Also by the name the relay's loopback address has.
        QUrl byName = relay.url();
        byName.setHost(u"localhost"_s);
        RelayTransport named(optionsFor(byName), victim);
        QCOMPARE(named.pull(collection, 0, 10).through, 1);
        QVERIFY(relay.stop());
        QVERIFY(relay.output().contains("auth for another origin"));
    }

    void relayAcceptsTheOriginsItIsGiven()
    {
        // A relay behind a forwarding proxy of its own (a public name) accepts that name when
        // told: --origin.
        PassThrough proxy;
        OnThread thread(&proxy);
        QMetaObject::invokeMethod(&proxy, &PassThrough::listen, Qt::BlockingQueuedConnection);
        const QUrl front = loopbackUrl(proxy.port);
        RelayProcess relay;
        QVERIFY2(relay.start({ u"--db"_s, m_dir.filePath(u"fronted.db"_s), u"--port"_s, u"0"_s, u"--origin"_s,
                     front.toString() }),
            qPrintable(relay.error()));
        proxy.setUpstream(relay.url());
        const DeviceSigner device = newDevice();
        RelayTransport viaFront(optionsFor(front), device);
        const QByteArray mailbox = randomBytes(32);
        viaFront.postToMailbox(mailbox, randomBytes(40));
        QCOMPARE(viaFront.readMailbox(mailbox).size(), size_t(1));
        QVERIFY(relay.stop());

        // An --origin that is not a sync address stops the relay at start.
        RelayProcess wrong;
        QVERIFY(!wrong.start({ u"--db"_s, m_dir.filePath(u"wrong.db"_s), u"--port"_s, u"0"_s, u"--origin"_s,
            u"https://example.org"_s }));
    }

    void hostileServerSendingATwentyMebibyteFrameIsRefused()
    {
        HugeAnswerServer hostile(20 * 1024 * 1024);
        OnThread thread(&hostile);
        QMetaObject::invokeMethod(&hostile, &HugeAnswerServer::listen, Qt::BlockingQueuedConnection);
        RelayTransport client(optionsFor(loopbackUrl(hostile.port)), newDevice());
        QElapsedTimer clock;
        clock.start();
        // Without the cap the client would take the 20 MiB message as the mailbox's content.
        QCOMPARE(errorKindOf([&] { (void)client.readMailbox(randomBytes(32)); }), SyncErrorKind::Protocol);
        // Refused at once, not asked again (a hostile server would only repeat itself).
        QCOMPARE(int(hostile.hugeAnswers), 1);
        qInfo("refused after %lld ms", clock.elapsed());
        // The transport stays usable: the next request connects again and is refused the same way.
        QCOMPARE(errorKindOf([&] { (void)client.readMailbox(randomBytes(32)); }), SyncErrorKind::Protocol);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRelayHostile)
#include "tst_relay_hostile.moc"
