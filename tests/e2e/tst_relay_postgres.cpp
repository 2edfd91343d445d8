// Two bollplank-relay processes sharing one PostgreSQL database (a throwaway cluster this test
// creates), one client on each: announcements cross processes through LISTEN/NOTIFY, and
// concurrent pushes through both relays get one gap-free sequence with no duplicate.
#include "postgrescluster.h"
#include "relayprocess.h"
#include "testdevices.h"
#include "relaytransport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <sodium.h>

#include <set>
#include <thread>

using namespace Qt::StringLiterals;
using namespace bollplank;
using namespace bollplank::net;
using bollplank::e2e::PostgresCluster;
using bollplank::e2e::RelayProcess;
using bollplank::e2e::newDevice;
using bollplank::e2e::randomBytes;

namespace {

RelayOptions at(const QUrl &url)
{
    RelayOptions options;
    options.url = url;
    return options;
}

std::vector<sync::StoredEnvelope> pullAll(RelayTransport &transport, const QByteArray &collection)
{
    std::vector<sync::StoredEnvelope> all;
    qint64 cursor = 0;
    for (;;) {
        sync::PullPage page = transport.pull(collection, cursor, 64);
        for (auto &envelope : page.envelopes) {
            cursor = envelope.sequence;
            all.push_back(std::move(envelope));
        }
        cursor = std::max<qint64>(cursor, page.through); // past the reader's own envelopes
        if (!page.more)
            return all;
    }
}

} // namespace

class TestRelayPostgres : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        if (PostgresCluster::binDir().isEmpty())
            QSKIP("PostgreSQL's server is not installed (scripts/packages.txt lists postgresql)");
        QVERIFY2(m_cluster.start(), qPrintable(m_cluster.error()));
        const QStringList common { u"--db"_s, m_cluster.url(), u"--port"_s, u"0"_s };
        QVERIFY2(m_first.start(common), qPrintable(m_first.error()));
        QVERIFY2(m_second.start(common), qPrintable(m_second.error()));
        QVERIFY(m_first.url() != m_second.url());
        m_adept = newDevice();
        m_mentor = newDevice();
    }

    void cleanupTestCase()
    {
        if (PostgresCluster::binDir().isEmpty())
            return;
        QVERIFY(m_first.stop());
        QVERIFY(m_second.stop());
    }

    void announcementsCrossProcesses()
    {
        RelayTransport adept(at(m_first.url()), m_adept);
        RelayTransport mentor(at(m_second.url()), m_mentor);
        const QByteArray collection = randomBytes(16);
        adept.setMember(collection, m_mentor.publicKey);
        mentor.watch(collection);

        const std::vector<QByteArray> envelopes { randomBytes(40), randomBytes(50), randomBytes(60) };
        adept.push(collection, envelopes);
        // A bound, not a measurement: NOTIFY normally arrives within milliseconds.
        const auto news = mentor.waitForNews(60000);
        QCOMPARE(news.size(), size_t(1));
        QCOMPARE(news.front(), collection);

        const auto pulled = pullAll(mentor, collection);
        QCOMPARE(pulled.size(), size_t(3));
        for (size_t i = 0; i < 3; ++i) {
            QCOMPARE(pulled[i].sequence, qint64(i + 1));
            QCOMPARE(pulled[i].bytes, envelopes[i]);
        }
    }

    void concurrentPushesThroughBothRelays()
    {
        const QByteArray collection = randomBytes(16);
        // A third member reads: a device's own envelopes are left out of its pulls.
        const DeviceSigner readerDevice = newDevice();
        {
            RelayTransport adept(at(m_first.url()), m_adept);
            adept.setMember(collection, m_mentor.publicKey);
            adept.setMember(collection, readerDevice.publicKey);
        }
        constexpr int Batches = 40;
        constexpr int PerBatch = 5;
        const QByteArray shared = randomBytes(77); // pushed by both at once: stored once
        auto pushMany = [&](const QUrl &url, const DeviceSigner &device, std::vector<QByteArray> &sent,
                            QString &failure) {
            try {
                RelayTransport transport(at(url), device);
                for (int b = 0; b < Batches; ++b) {
                    std::vector<QByteArray> batch;
                    for (int i = 0; i < PerBatch; ++i)
                        batch.push_back(randomBytes(32 + i));
                    if (b == Batches / 2)
                        batch.push_back(shared);
                    transport.push(collection, batch);
                    sent.insert(sent.end(), batch.begin(), batch.end());
                }
            } catch (const std::exception &e) {
                failure = QString::fromUtf8(e.what());
            }
        };
        std::vector<QByteArray> sentA, sentB;
        QString failureA, failureB;
        std::thread a([&] { pushMany(m_first.url(), m_adept, sentA, failureA); });
        std::thread b([&] { pushMany(m_second.url(), m_mentor, sentB, failureB); });
        a.join();
        b.join();
        QVERIFY2(failureA.isEmpty(), qPrintable(failureA));
        QVERIFY2(failureB.isEmpty(), qPrintable(failureB));

        RelayTransport reader(at(m_second.url()), readerDevice);
        const auto pulled = pullAll(reader, collection);
        std::set<QByteArray> distinct(sentA.begin(), sentA.end());
        distinct.insert(sentB.begin(), sentB.end());
        QCOMPARE(pulled.size(), distinct.size());
        QCOMPARE(distinct.size(), size_t(2 * Batches * PerBatch + 1));
        std::set<QByteArray> seen;
        for (size_t i = 0; i < pulled.size(); ++i) {
            QCOMPARE(pulled[i].sequence, qint64(i + 1)); // gap-free, in order
            QVERIFY(seen.insert(pulled[i].bytes).second); // no duplicate
            QVERIFY(distinct.count(pulled[i].bytes) == 1); // nothing invented
        }
    }

    void strangerRefusedOnEitherRelay()
    {
        const QByteArray collection = randomBytes(16);
        RelayTransport adept(at(m_first.url()), m_adept);
        adept.setMember(collection, m_mentor.publicKey);
        adept.push(collection, { randomBytes(20) });
        RelayTransport mentor(at(m_second.url()), m_mentor);
        RelayTransport stranger(at(m_second.url()), newDevice());
        try {
            stranger.push(collection, { randomBytes(20) });
            QFAIL("a stranger pushed");
        } catch (const sync::SyncError &e) {
            QVERIFY(e.kind() == sync::SyncErrorKind::NotPaired);
        }
        QCOMPARE(pullAll(mentor, collection).size(), size_t(1));
    }

    void freezeHoldsOnEveryRelay()
    {
        const QByteArray collection = randomBytes(16);
        RelayTransport adept(at(m_first.url()), m_adept);
        RelayTransport mentor(at(m_second.url()), m_mentor);
        adept.setMember(collection, m_mentor.publicKey);
        adept.push(collection, { randomBytes(20) });
        mentor.freeze(collection);
        try {
            adept.push(collection, { randomBytes(20) });
            QFAIL("a push to a frozen collection was stored");
        } catch (const sync::SyncError &e) {
            QVERIFY(e.kind() == sync::SyncErrorKind::Refused);
        }
        QCOMPARE(pullAll(mentor, collection).size(), size_t(1));
        QCOMPARE(adept.members(collection).size(), size_t(2));
    }

    void olderDatabaseGainsStatementsAndFreezing()
    {
        // A relay database from before protocol version 2: no frozen column, no statements.
        const QUrl url(m_cluster.url());
        const QByteArray collection = randomBytes(16);
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"older"_s);
            admin.setHostName(url.host());
            admin.setPort(url.port());
            admin.setUserName(url.userName());
            admin.setDatabaseName(url.path().mid(1));
            QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
            QSqlQuery q(admin);
            QVERIFY(q.exec(u"CREATE DATABASE older_relay"_s));
            admin.close();
            admin.setDatabaseName(u"older_relay"_s);
            QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
            QSqlQuery old(admin);
            QVERIFY(old.exec(u"CREATE TABLE collections (id BYTEA PRIMARY KEY, last_seq BIGINT NOT NULL)"_s));
            QVERIFY(old.exec(u"CREATE TABLE members (collection BYTEA NOT NULL, device BYTEA NOT NULL,"
                              " PRIMARY KEY (collection, device))"_s));
            QVERIFY(old.prepare(u"INSERT INTO collections VALUES (?, 0)"_s));
            old.addBindValue(collection);
            QVERIFY(old.exec());
            QVERIFY(old.prepare(u"INSERT INTO members VALUES (?, ?)"_s));
            old.addBindValue(collection);
            old.addBindValue(m_adept.publicKey);
            QVERIFY(old.exec());
        }
        QSqlDatabase::removeDatabase(u"older"_s);
        QUrl olderUrl = url;
        olderUrl.setPath(u"/older_relay"_s);
        RelayProcess relay;
        QVERIFY2(relay.start({ u"--db"_s, olderUrl.toString(), u"--port"_s, u"0"_s }), qPrintable(relay.error()));
        RelayTransport adept(at(relay.url()), m_adept);
        adept.setMember(collection, m_mentor.publicKey);
        const auto listed = adept.members(collection);
        QCOMPARE(listed.size(), size_t(2));
        adept.push(collection, { randomBytes(20) });
        adept.freeze(collection);
        try {
            adept.push(collection, { randomBytes(20) });
            QFAIL("a push to a frozen collection was stored");
        } catch (const sync::SyncError &e) {
            QVERIFY(e.kind() == sync::SyncErrorKind::Refused);
        }
        QVERIFY(relay.stop());
    }

    void survivesLostDatabaseConnections()
    {
        RelayTransport adept(at(m_first.url()), m_adept);
        RelayTransport mentor(at(m_second.url()), m_mentor);
        const QByteArray collection = randomBytes(16);
        adept.setMember(collection, m_mentor.publicKey);
        adept.push(collection, { randomBytes(30) });

        // Every relay's database connection dies (as when PostgreSQL restarts).
        {
            QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"admin"_s);
            const QUrl url(m_cluster.url());
            admin.setHostName(url.host());
            admin.setPort(url.port());
            admin.setUserName(url.userName());
            admin.setDatabaseName(url.path().mid(1));
            QVERIFY2(admin.open(), qPrintable(admin.lastError().text()));
            QSqlQuery kill(admin);
            QVERIFY(kill.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                              "WHERE datname = current_database() AND pid <> pg_backend_pid()"_s));
            int killed = 0;
            while (kill.next())
                killed += kill.value(0).toBool() ? 1 : 0;
            QVERIFY(killed >= 2);
        }
        QSqlDatabase::removeDatabase(u"admin"_s);

        // Both relays open their connection again and answer as if nothing happened.
        QCOMPARE(mentor.pull(collection, 0, 10).envelopes.size(), size_t(1));
        mentor.watch(collection);
        adept.push(collection, { randomBytes(31) });
        QCOMPARE(adept.lastSequences(), std::vector<qint64> { 2 });
        const auto news = mentor.waitForNews(60000);
        QCOMPARE(news.size(), size_t(1));
        QCOMPARE(pullAll(mentor, collection).size(), size_t(2));
    }

private:
    PostgresCluster m_cluster;
    RelayProcess m_first;
    RelayProcess m_second;
    DeviceSigner m_adept;
    DeviceSigner m_mentor;
};

QTEST_GUILESS_MAIN(TestRelayPostgres)
#include "tst_relay_postgres.moc"
