// Bad input at a real bollplank-relay process, sent frame by frame over a raw WebSocket: an
// unauthenticated client, a wrong signature, an unpaired device, oversized and malformed frames,
// too many requests. Each gets its error frame, and the relay's database shows nothing changed.
#include "protocol.h"
#include "relayprocess.h"
#include "testdevices.h"
#include "relaytransport.h"
#include "sync/memberstatement.h"

#include <QCborArray>
#include <QCborMap>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
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

QCborMap frame(const char *type, std::initializer_list<std::pair<QString, QCborValue>> fields = {})
{
    QCborMap map;
    map.insert(u"t"_s, QString::fromLatin1(type));
    for (const auto &[key, value] : fields)
        map.insert(key, value);
    return map;
}

/// A WebSocket client in the test's thread that sends exactly what it is told.
class RawClient
{
public:
    explicit RawClient(const QUrl &url)
        : m_received(&m_socket, &QWebSocket::binaryMessageReceived)
        , m_origin(protocol::originOf(url))
    {
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(url);
        m_open = connected.wait(60000);
    }
    [[nodiscard]] bool isOpen() const { return m_open; }

    void sendBytes(const QByteArray &bytes) { m_socket.sendBinaryMessage(bytes); }
    void sendText(const QString &text) { m_socket.sendTextMessage(text); }
    void send(const QCborMap &map) { sendBytes(protocol::encode(map)); }

    /// The next frame from the server (an empty map when none comes).
    QCborMap next()
    {
        if (m_received.isEmpty() && !m_received.wait(60000))
            return {};
        const QByteArray bytes = m_received.takeFirst().at(0).toByteArray();
        return protocol::decode(bytes).value_or(QCborMap());
    }
    QCborMap request(const QCborMap &map)
    {
        send(map);
        return next();
    }

    /// hello and auth; true when the server welcomes the device.
    bool authenticate(const DeviceSigner &device)
    {
        const QCborMap challenge = request(frame(
            protocol::type::Hello, { { u"v"_s, protocol::Version }, { u"device"_s, device.publicKey } }));
        const QByteArray nonce = challenge.value(u"nonce"_s).toByteArray();
        const QCborMap welcome = request(auth(device.sign(authMessage(nonce, device.publicKey))));
        return welcome.value(u"t"_s).toString() == u"welcome"_s;
    }

    /// What a device signs to sign in here over plain ws.
    [[nodiscard]] QByteArray authMessage(const QByteArray &nonce, const QByteArray &device) const
    {
        return protocol::authMessage(nonce, device, m_origin, {});
    }
    [[nodiscard]] QCborMap auth(const QByteArray &signature) const
    {
        return frame(protocol::type::Auth,
            { { u"sig"_s, signature }, { u"origin"_s, m_origin }, { u"fp"_s, QByteArray() } });
    }

private:
    QWebSocket m_socket;
    QSignalSpy m_received;
    QString m_origin;
    bool m_open = false;
};

/// A member frame carrying `change` signed by `signer` (whoever that is).
QCborMap memberFrame(qint64 id, const QByteArray &collection, const sync::MemberChange &change, const DeviceSigner &signer)
{
    const sync::MemberStatement signedChange = sync::signMemberChange(change, signer.sign);
    return frame(protocol::type::Member, { { u"id"_s, id }, { u"c"_s, collection },
                                             { u"stmt"_s, signedChange.statement }, { u"sig"_s, signedChange.signature } });
}

QString errorCode(const QCborMap &map)
{
    return map.value(u"t"_s).toString() == u"error"_s ? map.value(u"code"_s).toString() : u"(no error)"_s;
}

} // namespace

class TestRelayBadInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        QVERIFY(m_dir.isValid());
        m_member = newDevice();
        m_collection = randomBytes(16);
        m_dbPath = m_dir.filePath(u"relay.db"_s);
        QVERIFY2(m_relay.start({ u"--db"_s, m_dbPath, u"--port"_s, u"0"_s, u"--max-message"_s, u"8192"_s,
                     u"--max-envelope"_s, u"1024"_s }),
            qPrintable(m_relay.error()));
        // One legitimate envelope, so "changes nothing" has something to compare against.
        RelayOptions options;
        options.url = m_relay.url();
        RelayTransport member(options, m_member);
        member.setMember(m_collection, m_member.publicKey);
        member.push(m_collection, { randomBytes(100) });
    }

    void cleanupTestCase()
    {
        QVERIFY(m_relay.stop());
        // The log names ids and sizes; it never carries an envelope's bytes.
        QVERIFY(!m_relay.output().contains(m_marker.toHex()));
    }

    void unauthenticatedClient()
    {
        RawClient client(m_relay.url());
        QVERIFY(client.isOpen());
        const QCborMap push = frame(protocol::type::Push,
            { { u"id"_s, 1 }, { u"c"_s, m_collection }, { u"e"_s, QCborArray { m_marker } } });
        const QCborMap answer = client.request(push);
        QCOMPARE(errorCode(answer), u"unauthenticated"_s);
        QCOMPARE(answer.value(u"re"_s).toInteger(), 1);
        QVERIFY(!answer.value(u"msg"_s).toString().isEmpty());
        QCOMPARE(errorCode(client.request(frame(protocol::type::Pull,
                     { { u"id"_s, 2 }, { u"c"_s, m_collection }, { u"after"_s, 0 }, { u"limit"_s, 10 } }))),
            u"unauthenticated"_s);
        verifyUnchanged();
    }

    void wrongSignature()
    {
        RawClient client(m_relay.url());
        QVERIFY(client.isOpen());
        // Claims the member's key, signs with another.
        const DeviceSigner impostor = newDevice();
        const QCborMap challenge = client.request(frame(
            protocol::type::Hello, { { u"v"_s, protocol::Version }, { u"device"_s, m_member.publicKey } }));
        QCOMPARE(challenge.value(u"t"_s).toString(), u"challenge"_s);
        const QByteArray nonce = challenge.value(u"nonce"_s).toByteArray();
        QCOMPARE(errorCode(client.request(client.auth(impostor.sign(client.authMessage(nonce, m_member.publicKey))))),
            u"auth-failed"_s);
        // A failed answer uses the challenge up: the right signature for it no longer works.
        QCOMPARE(errorCode(client.request(client.auth(m_member.sign(client.authMessage(nonce, m_member.publicKey))))),
            u"unauthenticated"_s);
        QCOMPARE(errorCode(client.request(frame(protocol::type::Push,
                     { { u"id"_s, 3 }, { u"c"_s, m_collection }, { u"e"_s, QCborArray { m_marker } } }))),
            u"unauthenticated"_s);
        verifyUnchanged();
    }

    void wrongVersion()
    {
        RawClient client(m_relay.url());
        QVERIFY(client.isOpen());
        QCOMPARE(errorCode(client.request(frame(protocol::type::Hello,
                     { { u"v"_s, protocol::Version + 1 }, { u"device"_s, m_member.publicKey } }))),
            u"unsupported-version"_s);
        // Version 1 signed no origin: a relayed challenge would sign a device in elsewhere.
        QCOMPARE(errorCode(client.request(frame(protocol::type::Hello,
                     { { u"v"_s, 1 }, { u"device"_s, m_member.publicKey } }))),
            u"unsupported-version"_s);
    }

    void unsignedOrForgedMemberFrameChangesNothing()
    {
        // A member's modified client tries to slip a hidden key X into the collection.
        RawClient client(m_relay.url());
        QVERIFY(client.isOpen());
        QVERIFY(client.authenticate(m_member));
        const QByteArray hidden = newDevice().publicKey;
        const sync::MemberChange change { m_collection, hidden, false, 1, m_member.publicKey };
        // Version 1's unsigned frame.
        QCOMPARE(errorCode(client.request(frame(protocol::type::Member,
                     { { u"id"_s, 20 }, { u"c"_s, m_collection }, { u"dev"_s, hidden } }))),
            u"malformed"_s);
        // The statement without a valid signature: signed by another key than its signer's.
        const DeviceSigner other = newDevice();
        QCOMPARE(errorCode(client.request(memberFrame(21, m_collection, change, other))), u"auth-failed"_s);
        // A valid statement, but by another device than the one signed in.
        QCOMPARE(errorCode(client.request(memberFrame(22, m_collection,
                     { m_collection, hidden, false, 1, other.publicKey }, other))),
            u"auth-failed"_s);
        // Signed by the member, but about another collection than the frame names.
        const QByteArray elsewhere = randomBytes(16);
        QCOMPARE(errorCode(client.request(memberFrame(23, m_collection,
                     { elsewhere, hidden, false, 1, m_member.publicKey }, m_member))),
            u"malformed"_s);
        // Not a statement at all.
        QCOMPARE(errorCode(client.request(frame(protocol::type::Member,
                     { { u"id"_s, 24 }, { u"c"_s, m_collection }, { u"stmt"_s, QByteArray("\xa0", 1) },
                         { u"sig"_s, QByteArray(64, 'x') } }))),
            u"malformed"_s);
        verifyUnchanged();
    }

    void unpairedClient()
    {
        RawClient client(m_relay.url());
        QVERIFY(client.isOpen());
        const DeviceSigner stranger = newDevice();
        QVERIFY(client.authenticate(stranger));
        QCOMPARE(errorCode(client.request(frame(protocol::type::Push,
                     { { u"id"_s, 4 }, { u"c"_s, m_collection }, { u"e"_s, QCborArray { m_marker } } }))),
            u"not-member"_s);
        QCOMPARE(errorCode(client.request(frame(protocol::type::Pull,
                     { { u"id"_s, 5 }, { u"c"_s, m_collection }, { u"after"_s, 0 }, { u"limit"_s, 10 } }))),
            u"not-member"_s);
        QCOMPARE(errorCode(client.request(memberFrame(6, m_collection,
                     { m_collection, stranger.publicKey, false, 1, stranger.publicKey }, stranger))),
            u"not-member"_s);
        QCOMPARE(errorCode(client.request(
                     frame(protocol::type::Members, { { u"id"_s, 16 }, { u"c"_s, m_collection } }))),
            u"not-member"_s);
        QCOMPARE(errorCode(client.request(
                     frame(protocol::type::Freeze, { { u"id"_s, 17 }, { u"c"_s, m_collection } }))),
            u"not-member"_s);
        QCOMPARE(errorCode(client.request(
                     frame(protocol::type::Watch, { { u"id"_s, 7 }, { u"c"_s, m_collection } }))),
            u"not-member"_s);
        verifyUnchanged();
    }

    void oversized()
    {
        RawClient client(m_relay.url());
        QVERIFY(client.isOpen());
        QVERIFY(client.authenticate(m_member));
        // A whole message over --max-message (8192).
        QByteArray big = m_marker.repeated(9000 / m_marker.size() + 1);
        QCOMPARE(errorCode(client.request(frame(protocol::type::Push,
                     { { u"id"_s, 8 }, { u"c"_s, m_collection }, { u"e"_s, QCborArray { big } } }))),
            u"too-large"_s);
        // One envelope over --max-envelope (1024), in a message within bounds.
        QByteArray envelope = m_marker.repeated(2000 / m_marker.size() + 1);
        const QCborMap answer = client.request(frame(protocol::type::Push,
            { { u"id"_s, 9 }, { u"c"_s, m_collection },
                { u"e"_s, QCborArray { randomBytes(10), envelope } } }));
        QCOMPARE(errorCode(answer), u"too-large"_s);
        QCOMPARE(answer.value(u"re"_s).toInteger(), 9);
        verifyUnchanged();
    }

    void malformed()
    {
        RawClient client(m_relay.url());
        QVERIFY(client.isOpen());
        QVERIFY(client.authenticate(m_member));
        client.sendBytes(QByteArray("\xff\x00garbage", 9));
        QCOMPARE(errorCode(client.next()), u"malformed"_s);
        // CBOR, but an array; a map without a type; two maps in one message; text.
        client.sendBytes(QCborValue(QCborArray { 1, 2 }).toCbor());
        QCOMPARE(errorCode(client.next()), u"malformed"_s);
        client.sendBytes(QCborValue(QCborMap { { u"id"_s, 1 } }).toCbor());
        QCOMPARE(errorCode(client.next()), u"malformed"_s);
        const QCborMap valid = frame(protocol::type::Push,
            { { u"id"_s, 10 }, { u"c"_s, m_collection }, { u"e"_s, QCborArray { m_marker } } });
        client.sendBytes(protocol::encode(valid) + protocol::encode(valid));
        QCOMPARE(errorCode(client.next()), u"malformed"_s);
        client.sendText(u"{\"t\":\"push\"}"_s);
        QCOMPARE(errorCode(client.next()), u"malformed"_s);
        // Known types with wrong fields: no id; envelopes not bytes; a negative cursor; unknown type.
        QCOMPARE(errorCode(client.request(frame(protocol::type::Push,
                     { { u"c"_s, m_collection }, { u"e"_s, QCborArray { m_marker } } }))),
            u"malformed"_s);
        QCOMPARE(
            errorCode(client.request(frame(protocol::type::Push,
                { { u"id"_s, 11 }, { u"c"_s, m_collection }, { u"e"_s, QCborArray { m_marker, 42 } } }))),
            u"malformed"_s);
        QCOMPARE(errorCode(client.request(frame(protocol::type::Pull,
                     { { u"id"_s, 12 }, { u"c"_s, m_collection }, { u"after"_s, -1 }, { u"limit"_s, 10 } }))),
            u"malformed"_s);
        QCOMPARE(errorCode(client.request(frame("drop-table", { { u"id"_s, 13 } }))), u"malformed"_s);
        // The connection still serves well-formed requests afterwards.
        const QCborMap page = client.request(frame(protocol::type::Pull,
            { { u"id"_s, 14 }, { u"c"_s, m_collection }, { u"after"_s, 0 }, { u"limit"_s, 10 } }));
        QCOMPARE(page.value(u"t"_s).toString(), u"page"_s);
        QCOMPARE(page.value(u"e"_s).toArray().size(), 1);
        verifyUnchanged();
    }

    void tooManyRequests()
    {
        // A relay of its own with a burst of 6 and practically no refill, so the count is exact
        // however slow the machine: hello, auth and four requests pass, the seventh is refused.
        RelayProcess strict;
        const QString dbPath = m_dir.filePath(u"strict.db"_s);
        QVERIFY2(strict.start({ u"--db"_s, dbPath, u"--port"_s, u"0"_s, u"--rate"_s, u"0.0001"_s,
                     u"--burst"_s, u"6"_s }),
            qPrintable(strict.error()));
        const QByteArray collection = randomBytes(16);
        RawClient client(strict.url());
        QVERIFY(client.isOpen());
        QVERIFY(client.authenticate(m_member));
        QCOMPARE(client
                     .request(memberFrame(1, collection, { collection, m_member.publicKey, false, 1, m_member.publicKey },
                         m_member))
                     .value(u"t"_s)
                     .toString(),
            u"ok"_s);
        for (int i = 2; i <= 4; ++i) {
            const QCborMap answer = client.request(frame(protocol::type::Pull,
                { { u"id"_s, i }, { u"c"_s, collection }, { u"after"_s, 0 }, { u"limit"_s, 10 } }));
            QCOMPARE(answer.value(u"t"_s).toString(), u"page"_s);
        }
        const QCborMap refused = client.request(frame(protocol::type::Push,
            { { u"id"_s, 5 }, { u"c"_s, collection }, { u"e"_s, QCborArray { m_marker } } }));
        QCOMPARE(errorCode(refused), u"too-fast"_s);
        QCOMPARE(refused.value(u"re"_s).toInteger(), 5);
        QVERIFY(refused.value(u"retry"_s).toInteger() > 0);
        QVERIFY(strict.stop());
        QCOMPARE(countRows(dbPath, u"envelopes"_s), 0);
    }

private:
    static qint64 countRows(const QString &path, const QString &table)
    {
        qint64 count = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
            db.setDatabaseName(path);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery query(db);
                if (query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next())
                    count = query.value(0).toLongLong();
            }
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
        return count;
    }

    void verifyUnchanged()
    {
        QCOMPARE(countRows(m_dbPath, u"envelopes"_s), 1);
        QCOMPARE(countRows(m_dbPath, u"members"_s), 1);
        QCOMPARE(countRows(m_dbPath, u"collections"_s), 1);
        QCOMPARE(countRows(m_dbPath, u"member_statements"_s), 1);
        QFile file(m_dbPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_marker));
        QFile wal(m_dbPath + u"-wal"_s);
        if (wal.open(QIODevice::ReadOnly))
            QVERIFY(!wal.readAll().contains(m_marker));
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    RelayProcess m_relay;
    DeviceSigner m_member;
    QByteArray m_collection;
    const QByteArray m_marker = QByteArrayLiteral("MARKER-7f3a-never-stored");
};

QTEST_GUILESS_MAIN(TestRelayBadInput)
#include "tst_relay_badinput.moc"
