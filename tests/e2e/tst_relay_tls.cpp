// bollplank-relay with --cert and --key: wss:// works for a client that trusts the certificate,
// fails as Unreachable for one that does not, and plain ws:// is refused on a non-loopback
// address while TLS is allowed there. The certificate in data/ is a self-signed test fixture.
#include "protocol.h"
#include "relayprocess.h"
#include "testdevices.h"
#include "relaytransport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace bollplank;
using namespace bollplank::net;
using bollplank::e2e::RelayProcess;
using bollplank::e2e::newDevice;
using bollplank::e2e::randomBytes;

namespace {

const QString Certificate = QStringLiteral(BOLLPLANK_E2E_DATA "/test-relay.crt");
const QString Key = QStringLiteral(BOLLPLANK_E2E_DATA "/test-relay.key");

QList<QSslCertificate> testCertificate()
{
    QFile pem(Certificate);
    return pem.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(pem.readAll(), QSsl::Pem)
                                         : QList<QSslCertificate>();
}

/// hello, then auth signed for `origin` and `fingerprint`, over a wss:// connection that trusts
/// the test certificate; returns the type of the answer ("welcome") or the error code.
QString signIn(QWebSocket &socket, QSignalSpy &received, const DeviceSigner &device, const QString &origin,
    const QByteArray &fingerprint)
{
    const auto next = [&received]() -> QCborMap {
        if (received.isEmpty() && !received.wait(60000))
            return {};
        return protocol::decode(received.takeFirst().at(0).toByteArray()).value_or(QCborMap());
    };
    socket.sendBinaryMessage(protocol::encode({ { u"t"_s, u"hello"_s }, { u"v"_s, protocol::Version },
        { u"device"_s, device.publicKey } }));
    const QByteArray nonce = next().value(u"nonce"_s).toByteArray();
    socket.sendBinaryMessage(protocol::encode({ { u"t"_s, u"auth"_s },
        { u"sig"_s, device.sign(protocol::authMessage(nonce, device.publicKey, origin, fingerprint)) },
        { u"origin"_s, origin }, { u"fp"_s, fingerprint } }));
    const QCborMap answer = next();
    return answer.value(u"t"_s).toString() == u"error"_s ? answer.value(u"code"_s).toString()
                                                        : answer.value(u"t"_s).toString();
}

} // namespace

class TestRelayTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        if (!QSslSocket::supportsSsl())
            QSKIP("Qt has no TLS backend here");
        QVERIFY(m_dir.isValid());
    }

    void secureRoundTrip()
    {
        RelayProcess relay;
        QVERIFY2(relay.start({ u"--db"_s, m_dir.filePath(u"tls.db"_s), u"--port"_s, u"0"_s, u"--cert"_s,
                     Certificate, u"--key"_s, Key }),
            qPrintable(relay.error()));
        QCOMPARE(relay.url().scheme(), u"wss"_s);

        RelayOptions options;
        options.url = relay.url();
        QFile pem(Certificate);
        QVERIFY(pem.open(QIODevice::ReadOnly));
        options.caCertificates = QSslCertificate::fromData(pem.readAll(), QSsl::Pem);
        QCOMPARE(options.caCertificates.size(), 1);
        const DeviceSigner device = newDevice();
        const DeviceSigner partner = newDevice();
        RelayTransport trusted(options, device);
        const QByteArray collection(16, 'c');
        trusted.setMember(collection, partner.publicKey);
        trusted.push(collection, { QByteArray(100, 'x') });
        RelayTransport reader(options, partner);
        QCOMPARE(reader.pull(collection, 0, 10).envelopes.size(), size_t(1));

        // Without the certificate among its trusted ones, the client does not talk to it.
        options.caCertificates.clear();
        options.connectTimeoutMs = 10000;
        RelayTransport untrusting(options, newDevice());
        try {
            (void)untrusting.readMailbox(QByteArray(16, 'm'));
            QFAIL("a client accepted an untrusted certificate");
        } catch (const sync::SyncError &e) {
            QVERIFY(e.kind() == sync::SyncErrorKind::Unreachable);
        }
        QVERIFY(relay.stop());
    }

    void authSignedForAnotherCertificateIsRefused()
    {
        // A man in the middle with a certificate of its own would make the device sign that
        // certificate's fingerprint: the relay takes only its own.
        RelayProcess relay;
        QVERIFY2(relay.start({ u"--db"_s, m_dir.filePath(u"fingerprint.db"_s), u"--port"_s, u"0"_s, u"--cert"_s,
                     Certificate, u"--key"_s, Key }),
            qPrintable(relay.error()));
        QWebSocket socket;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(testCertificate());
        socket.setSslConfiguration(tls);
        QSignalSpy received(&socket, &QWebSocket::binaryMessageReceived);
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(relay.url());
        QVERIFY(connected.wait(60000));
        const QByteArray real = socket.sslConfiguration().peerCertificate().digest(QCryptographicHash::Sha256);
        QCOMPARE(real, testCertificate().first().digest(QCryptographicHash::Sha256));
        const QString origin = protocol::originOf(relay.url());
        const DeviceSigner device = newDevice();

        QCOMPARE(signIn(socket, received, device, origin, bollplank::e2e::randomBytes(32)), u"auth-failed"_s);
        // No certificate at all (what a device sees through a TLS-stripping man in the middle).
        QCOMPARE(signIn(socket, received, device, origin, QByteArray()), u"auth-failed"_s);
        // The right certificate, but signed for the plain address of the same host and port.
        QString plain = origin;
        plain.replace(u"wss://"_s, u"ws://"_s);
        QCOMPARE(signIn(socket, received, device, plain, real), u"auth-failed"_s);
        QCOMPARE(signIn(socket, received, device, origin, real), u"welcome"_s);
        socket.close();
        QVERIFY(relay.stop());
    }

    void plainOnlyOnLoopback()
    {
        QProcess plain;
        plain.start(bollplank::e2e::relayProgram(),
            { u"--db"_s, m_dir.filePath(u"plain.db"_s), u"--listen"_s, u"0.0.0.0"_s, u"--port"_s, u"0"_s });
        QVERIFY(plain.waitForFinished(60000));
        QCOMPARE(plain.exitCode(), 2);
        QVERIFY(plain.readAllStandardError().contains("refusing to listen without TLS"));

        RelayProcess secure;
        QVERIFY2(secure.start({ u"--db"_s, m_dir.filePath(u"secure.db"_s), u"--listen"_s, u"0.0.0.0"_s,
                     u"--port"_s, u"0"_s, u"--cert"_s, Certificate, u"--key"_s, Key }),
            qPrintable(secure.error()));
        QVERIFY(secure.stop());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestRelayTls)
#include "tst_relay_tls.moc"
