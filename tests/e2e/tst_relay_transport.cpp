// RelayTransport against a real bollplank-relay process over loopback: membership, idempotent
// push, paged pull, mailboxes, live announcements, reconnects and the errors a caller sees.
#include "relayprocess.h"
#include "relaytransport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace bollplank;
using namespace bollplank::net;
using bollplank::e2e::RelayProcess;
using sync::SyncError;
using sync::SyncErrorKind;

namespace {

DeviceSigner newDevice()
{
    QByteArray publicKey(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized);
    QByteArray secretKey(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(publicKey.data()),
        reinterpret_cast<unsigned char *>(secretKey.data()));
    return DeviceSigner::fromSecretKey(secretKey);
}

QByteArray randomBytes(int n)
{
    QByteArray bytes(n, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes;
}

RelayOptions optionsFor(const QUrl &url)
{
    RelayOptions options;
    options.url = url;
    return options;
}

template <typename F> SyncErrorKind errorKindOf(F &&call)
{
    try {
        call();
    } catch (const SyncError &e) {
        return e.kind();
    }
    return SyncErrorKind(-1);
}

} // namespace

class TestRelayTransport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        m_adept = newDevice();
        m_mentor = newDevice();
        QVERIFY(m_dir.isValid());
        m_dbPath = m_dir.filePath(u"relay.db"_s);
        QVERIFY2(m_relay.start({ u"--db"_s, m_dbPath, u"--port"_s, u"0"_s }), qPrintable(m_relay.error()));
    }

    void cleanupTestCase() { QVERIFY(m_relay.stop()); }

    void membersPushAndPull()
    {
        RelayTransport adept(optionsFor(m_relay.url()), m_adept);
        RelayTransport mentor(optionsFor(m_relay.url()), m_mentor);
        const QByteArray collection = randomBytes(16);

        // Nobody holds the collection yet: pushing to it is refused.
        QVERIFY(
            errorKindOf([&] { adept.push(collection, { randomBytes(10) }); }) == SyncErrorKind::NotPaired);

        adept.setMember(collection, m_mentor.publicKey);
        const std::vector<QByteArray> envelopes { randomBytes(100), randomBytes(200), randomBytes(300) };
        adept.push(collection, envelopes);
        QCOMPARE(adept.lastSequences(), (std::vector<qint64> { 1, 2, 3 }));

        // The same bytes again (a retried push) keep their sequences; a new one gets the next.
        adept.push(collection, { envelopes[1], randomBytes(50), envelopes[0] });
        QCOMPARE(adept.lastSequences(), (std::vector<qint64> { 2, 4, 1 }));

        sync::PullPage first = mentor.pull(collection, 0, 2);
        QCOMPARE(first.envelopes.size(), size_t(2));
        QVERIFY(first.more);
        QCOMPARE(first.envelopes[0].sequence, 1);
        QCOMPARE(first.envelopes[0].bytes, envelopes[0]);
        QCOMPARE(first.envelopes[1].bytes, envelopes[1]);
        sync::PullPage rest = mentor.pull(collection, first.envelopes.back().sequence, 100);
        QCOMPARE(rest.envelopes.size(), size_t(2));
        QVERIFY(!rest.more);
        QCOMPARE(rest.envelopes[0].bytes, envelopes[2]);
        QCOMPARE(rest.envelopes[1].sequence, 4);
        QVERIFY(mentor.pull(collection, 4, 100).envelopes.empty());

        // A stranger can neither read nor make itself a member.
        RelayTransport stranger(optionsFor(m_relay.url()), newDevice());
        QVERIFY(errorKindOf([&] { (void)stranger.pull(collection, 0, 10); }) == SyncErrorKind::NotPaired);
        QVERIFY(errorKindOf([&] { stranger.setMember(collection, newDevice().publicKey); })
            == SyncErrorKind::NotPaired);

        // Revoked, the mentor loses access.
        adept.setMember(collection, m_mentor.publicKey, true);
        QVERIFY(errorKindOf([&] { (void)mentor.pull(collection, 0, 10); }) == SyncErrorKind::NotPaired);
    }

    void mailboxes()
    {
        RelayTransport adept(optionsFor(m_relay.url()), m_adept);
        RelayTransport mentor(optionsFor(m_relay.url()), m_mentor);
        const QByteArray mailbox = randomBytes(32);
        QVERIFY(mentor.readMailbox(mailbox).empty());
        const QByteArray answer = randomBytes(120);
        adept.postToMailbox(mailbox, answer);
        adept.postToMailbox(mailbox, answer); // a retry: not a second message
        const auto messages = mentor.readMailbox(mailbox);
        QCOMPARE(messages.size(), size_t(1));
        QCOMPARE(messages.front(), answer);
    }

    void announcesNewEnvelopes()
    {
        RelayTransport adept(optionsFor(m_relay.url()), m_adept);
        RelayTransport mentor(optionsFor(m_relay.url()), m_mentor);
        const QByteArray collection = randomBytes(16);
        adept.setMember(collection, m_mentor.publicKey);
        mentor.watch(collection);
        adept.push(collection, { randomBytes(64) });
        // A bound, not a measurement: the announcement normally arrives in milliseconds.
        const auto news = mentor.waitForNews(60000);
        QCOMPARE(news.size(), size_t(1));
        QCOMPARE(news.front(), collection);
        // The pusher hears nothing about its own push.
        QVERIFY(adept.waitForNews(0).empty());
    }

    void reconnectsAfterADroppedConnection()
    {
        RelayTransport adept(optionsFor(m_relay.url()), m_adept);
        const QByteArray collection = randomBytes(16);
        adept.setMember(collection, m_adept.publicKey);
        adept.push(collection, { randomBytes(10) });
        adept.dropConnection();
        adept.push(collection, { randomBytes(10) });
        QCOMPARE(adept.lastSequences(), std::vector<qint64> { 2 });
        QCOMPARE(adept.pull(collection, 0, 10).envelopes.size(), size_t(2));
    }

    void unreachableAndWrongAddresses()
    {
        RelayOptions options;
        // A port nothing listens on: the relay's, after a throwaway server released it.
        QUrl closed = m_relay.url();
        closed.setPort(1);
        options.url = closed;
        options.connectTimeoutMs = 5000;
        RelayTransport nowhere(options, m_adept);
        QVERIFY(
            errorKindOf([&] { (void)nowhere.readMailbox(randomBytes(16)); }) == SyncErrorKind::Unreachable);

        options.url = QUrl(u"http://127.0.0.1:1"_s);
        QVERIFY(errorKindOf([&] { RelayTransport wrong(options, m_adept); }) == SyncErrorKind::Unreachable);
    }

    void relayStoresOnlyWhatItWasGiven()
    {
        // Everything the relay holds is in three tables of opaque bytes (checked after a push).
        RelayTransport adept(optionsFor(m_relay.url()), m_adept);
        const QByteArray collection = randomBytes(16);
        adept.setMember(collection, m_adept.publicKey);
        const QByteArray envelope = randomBytes(500);
        adept.push(collection, { envelope });
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
            db.setDatabaseName(m_dbPath);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(u"SELECT body FROM envelopes WHERE collection = x'%1'"_s.arg(
                QString::fromLatin1(collection.toHex()))));
            QVERIFY(query.next());
            QCOMPARE(query.value(0).toByteArray(), envelope);
            QVERIFY(!query.next());
        }
        QSqlDatabase::removeDatabase(u"inspect"_s);
    }

private:
    QTemporaryDir m_dir;
    QString m_dbPath;
    RelayProcess m_relay;
    DeviceSigner m_adept;
    DeviceSigner m_mentor;
};

QTEST_GUILESS_MAIN(TestRelayTransport)
#include "tst_relay_transport.moc"
