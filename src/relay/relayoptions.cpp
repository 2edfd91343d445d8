#include "relayoptions.h"

#include "protocol.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSslCertificate>
#include <QSslKey>

#include <stdexcept>

using namespace Qt::StringLiterals;

namespace bollplank::relay {

namespace {

[[noreturn]] void bad(const QString &message)
{
    throw std::invalid_argument(message.toStdString());
}

QByteArray readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        bad(u"cannot read the %1 %2: %3"_s.arg(what, path, file.errorString()));
    return file.readAll();
}

qint64 positive(const QString &option, const QString &value, qint64 max)
{
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok || n < 1 || n > max)
        bad(u"--%1 takes a whole number from 1 to %2"_s.arg(option).arg(max));
    return n;
}

} // namespace

QString relayHelpText()
{
    return uR"(Usage: bollplank-relay --db PATH|URL [options]

Stores and forwards end-to-end encrypted sync envelopes (docs/sync-protocol.md).
It sees only opaque ids, sizes and timing; never the content of a note.

  --db PATH|URL       SQLite file, or postgresql://user[:password]@host[:port]/database
                      (several relay processes may share one PostgreSQL database)
  --listen ADDRESS    address to listen on (default 127.0.0.1)
  --port N            port (default 8765; 0 picks a free one and prints it)
  --cert FILE         TLS certificate (PEM); with --key the relay speaks wss://
  --key FILE          the certificate's private key (PEM)
  --origin URL        another address devices reach this relay by (wss://relay.example.org,
                      ws://name:port), besides where it listens; repeat for several. A device
                      signs the address it connected to, and the relay accepts only its own
  --proxy-cert FILE   the certificate (PEM) a TLS-terminating proxy in front presents for a
                      wss:// --origin; repeatable (renew it here when the proxy's changes)
  --max-message N     largest WebSocket message in bytes (default 8388608)
  --max-envelope N    largest envelope in bytes (default 1048576)
  --rate N            requests per second per connection (default 100; decimals allowed)
  --burst N           requests a connection may make at once (default 400)
  --quiet             log only warnings
  --verbose           also log every pull
  --help, --version

Without TLS the relay listens on loopback addresses only (put it behind a TLS proxy or give
--cert and --key). It stops cleanly on SIGTERM or SIGINT.
)"_s;
}

RelayCommandLine parseRelayArguments(const QStringList &arguments)
{
    RelayCommandLine result;
    result.server.port = 8765;
    QString cert;
    QString key;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments.at(i);
        QString value;
        if (!name.startsWith(u"--"_s))
            bad(u"unexpected argument (see --help)"_s);
        name = name.mid(2);
        if (const qsizetype eq = name.indexOf(u'='); eq > 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
        } else if (name != u"quiet"_s && name != u"verbose"_s) {
            if (i + 1 >= arguments.size())
                bad(u"--%1 needs a value"_s.arg(name));
            value = arguments.at(++i);
        }
        net::ServerLimits &limits = result.server.limits;
        if (name == u"db"_s) {
            result.server.database = value;
        } else if (name == u"listen"_s) {
            if (!result.server.address.setAddress(value))
                bad(u"--listen takes an IP address"_s);
        } else if (name == u"port"_s) {
            bool ok = false;
            const uint port = value.toUInt(&ok);
            if (!ok || port > 65535)
                bad(u"--port takes a number from 0 to 65535"_s);
            result.server.port = quint16(port);
        } else if (name == u"origin"_s) {
            if (net::protocol::originOf(QUrl(value)).isEmpty())
                bad(u"--origin takes a ws:// or wss:// URL with a host"_s);
            result.server.origins.append(value);
        } else if (name == u"proxy-cert"_s) {
            const QList<QSslCertificate> certificates
                = QSslCertificate::fromData(readFile(value, u"proxy certificate"_s), QSsl::Pem);
            if (certificates.isEmpty())
                bad(u"%1 holds no PEM certificate"_s.arg(value));
            // The leaf: what a device sees as the peer certificate.
            result.server.proxyCertificateFingerprints.append(
                certificates.first().digest(QCryptographicHash::Sha256));
        } else if (name == u"cert"_s) {
            cert = value;
        } else if (name == u"key"_s) {
            key = value;
        } else if (name == u"max-message"_s) {
            limits.maxMessageBytes = positive(name, value, 1ll << 30);
        } else if (name == u"max-envelope"_s) {
            limits.maxEnvelopeBytes = positive(name, value, 1ll << 30);
        } else if (name == u"rate"_s) {
            bool ok = false;
            limits.requestsPerSecond = value.toDouble(&ok);
            if (!ok || limits.requestsPerSecond <= 0)
                bad(u"--rate takes a positive number"_s);
        } else if (name == u"burst"_s) {
            limits.burst = int(positive(name, value, 1000000));
        } else if (name == u"quiet"_s) {
            result.quiet = true;
        } else if (name == u"verbose"_s) {
            result.verbose = true;
        } else {
            bad(u"unknown option --%1 (see --help)"_s.arg(name));
        }
    }
    if (result.server.database.isEmpty())
        bad(u"--db is required: a SQLite file or a postgresql:// URL"_s);
    if (cert.isEmpty() != key.isEmpty())
        bad(u"TLS needs both --cert and --key"_s);
    if (!cert.isEmpty()) {
        const QList<QSslCertificate> chain
            = QSslCertificate::fromData(readFile(cert, u"certificate"_s), QSsl::Pem);
        if (chain.isEmpty())
            bad(u"%1 holds no PEM certificate"_s.arg(cert));
        const QByteArray keyPem = readFile(key, u"key"_s);
        QSslKey privateKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (privateKey.isNull())
            privateKey = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (privateKey.isNull())
            bad(u"%1 holds no PEM RSA or EC private key"_s.arg(key));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(privateKey);
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // devices prove themselves by signature
        result.server.tls = tls;
    }
    return result;
}

} // namespace bollplank::relay
