// RelayTransport against a real bollplank-relay process over loopback: membership, idempotent
// push, paged pull, mailboxes, live announcements, reconnects and the errors a caller sees.
#include "relayprocess.h"
#include "testdevices.h"
#include "relaytransport.h"
#include "sync/memberstatement.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

#include <sodium.h>

using namespace Qt::StringLiterals;
using namespace bollplank;
using namespace bollplank::net;
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
        // For the progress bar: two more after this page.
        QCOMPARE(first.left, 2);
        QCOMPARE(first.envelopes[0].sequence, 1);
        QCOMPARE(first.envelopes[0].bytes, envelopes[0]);
        QCOMPARE(first.envelopes[1].bytes, envelopes[1]);
        sync::PullPage rest = mentor.pull(collection, first.envelopes.back().sequence, 100);
        QCOMPARE(rest.envelopes.size(), size_t(2));
        QVERIFY(!rest.more);
        QCOMPARE(rest.left, 0);
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

    void revokedDeviceCanNeitherPullNorPush()
    {
        RelayTransport adept(optionsFor(m_relay.url()), m_adept);
        RelayTransport mentor(optionsFor(m_relay.url()), m_mentor);
        const QByteArray collection = randomBytes(16);
        adept.setMember(collection, m_mentor.publicKey);
        mentor.push(collection, { randomBytes(30) });
        adept.setMember(collection, m_mentor.publicKey, true);
        QCOMPARE(errorKindOf([&] { (void)mentor.pull(collection, 0, 10); }), SyncErrorKind::NotPaired);
        QCOMPARE(errorKindOf([&] { mentor.push(collection, { randomBytes(30) }); }), SyncErrorKind::NotPaired);
        QCOMPARE(errorKindOf([&] { (void)mentor.members(collection); }), SyncErrorKind::NotPaired);
        // Nor can it add itself back.
        QCOMPARE(errorKindOf([&] { mentor.setMember(collection, m_mentor.publicKey); }), SyncErrorKind::NotPaired);
        QCOMPARE(adept.pull(collection, 0, 10).envelopes.size(), size_t(1));
        QCOMPARE(adept.members(collection).size(), size_t(1));
    }

    void aRevokedDevicesPullCarriesTheSignedRevocation()
    {
        RelayTransport adept(optionsFor(m_relay.url()), m_adept);
        RelayTransport mentor(optionsFor(m_relay.url()), m_mentor);
        const QByteArray collection = randomBytes(16);
        adept.setMember(collection, m_mentor.publicKey);
        mentor.push(collection, { randomBytes(30) });
        adept.setMember(collection, m_mentor.publicKey, true);
        adept.setMember(collection, m_mentor.publicKey, true); // a retried revocation keeps its proof

        const auto proofOf = [](auto &&call) -> std::optional<sync::MemberStatement> {
            try {
                call();
            } catch (const sync::RevokedError &e) {
                return e.proof();
            } catch (const SyncError &) {
            }
            return std::nullopt;
        };
        for (const auto &proof : { proofOf([&] { (void)mentor.pull(collection, 0, 10); }),
                 proofOf([&] { mentor.push(collection, { randomBytes(30) }); }) }) {
            QVERIFY(proof.has_value());
            // The relay's word is not the proof: the statement the adept's device signed is.
            const auto change = sync::verifyMemberStatement(proof->statement, proof->signature);
            QVERIFY(change.has_value());
            QCOMPARE(change->collection, collection);
            QCOMPARE(change->device, m_mentor.publicKey);
            QVERIFY(change->revoke);
            QCOMPARE(change->by, m_adept.publicKey);
        }
        // Still NotPaired to every caller that does not look for the proof.
        QCOMPARE(errorKindOf([&] { (void)mentor.pull(collection, 0, 10); }), SyncErrorKind::NotPaired);
        // A device that never was a member gets no proof of anything.
        RelayTransport stranger(optionsFor(m_relay.url()), newDevice());
        QVERIFY(!proofOf([&] { (void)stranger.pull(collection, 0, 10); }));
        // Added again (the collection is not frozen), it is a member and the proof is dropped.
        adept.setMember(collection, m_mentor.publicKey);
        QCOMPARE(errorKindOf([&] { (void)mentor.pull(collection, 0, 10); }), SyncErrorKind(-1));
        adept.setMember(collection, m_mentor.publicKey, true);
        QVERIFY(proofOf([&] { (void)mentor.pull(collection, 0, 10); }).has_value());
    }

    void membersListsExactlyTheSignedAdditions()
    {
        RelayTransport adept(optionsFor(m_relay.url()), m_adept);
        RelayTransport mentor(optionsFor(m_relay.url()), m_mentor);
        const QByteArray collection = randomBytes(16);
        const DeviceSigner second = newDevice(); // the mentor's second device, added by the mentor
        adept.setMember(collection, m_adept.publicKey);
        adept.setMember(collection, m_mentor.publicKey);
        mentor.setMember(collection, second.publicKey);
        const std::vector<QByteArray> roster { m_adept.publicKey, m_mentor.publicKey, second.publicKey };

        const std::vector<sync::MemberStatement> listed = adept.members(collection);
        QCOMPARE(listed.size(), size_t(3));
        for (const sync::MemberStatement &member : listed) {
            const auto change = sync::verifyMemberStatement(member.statement, member.signature);
            QVERIFY(change);
            QCOMPARE(change->collection, collection);
            QCOMPARE(change->device, member.device);
            QVERIFY(!change->revoke);
            QCOMPARE(change->by, member.device == second.publicKey ? m_mentor.publicKey : m_adept.publicKey);
        }
        QVERIFY(sync::unexpectedMembers(collection, listed, roster).empty());

        // A hostile relay (or anyone with its database) lets in a key X nobody signed for: the
        // audit names it, and only it.
        const QByteArray hidden = newDevice().publicKey;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
            db.setDatabaseName(m_dbPath);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.prepare(u"INSERT INTO members (collection, device) VALUES (?, ?)"_s));
            q.addBindValue(collection);
            q.addBindValue(hidden);
            QVERIFY(q.exec());
        }
        QSqlDatabase::removeDatabase(u"tamper"_s);
        const std::vector<sync::MemberStatement> tampered = mentor.members(collection);
        QCOMPARE(tampered.size(), size_t(4));
        QCOMPARE(sync::unexpectedMembers(collection, tampered, roster), std::vector<QByteArray> { hidden });
        // A device the roster does not know is named even when a member did sign for it.
        QCOMPARE(sync::unexpectedMembers(collection, listed, { m_adept.publicKey, m_mentor.publicKey }),
            std::vector<QByteArray> { second.publicKey });
    }

    void frozenCollectionRefusesPushesButServesPulls()
    {
        RelayTransport adept(optionsFor(m_relay.url()), m_adept);
        RelayTransport mentor(optionsFor(m_relay.url()), m_mentor);
        const QByteArray collection = randomBytes(16);
        adept.setMember(collection, m_mentor.publicKey);
        const QByteArray before = randomBytes(40);
        adept.push(collection, { before });
        mentor.freeze(collection);
        const QByteArray after = randomBytes(40);
        QCOMPARE(errorKindOf([&] { adept.push(collection, { after }); }), SyncErrorKind::Refused);
        QCOMPARE(errorKindOf([&] { mentor.push(collection, { after }); }), SyncErrorKind::Refused);
        QCOMPARE(errorKindOf([&] { adept.setMember(collection, newDevice().publicKey); }), SyncErrorKind::Refused);
        // What was read stays read: pulls still work, and nothing new was stored.
        const sync::PullPage page = mentor.pull(collection, 0, 10);
        QCOMPARE(page.envelopes.size(), size_t(1));
        QCOMPARE(page.envelopes[0].bytes, before);
        QCOMPARE(envelopeRows(collection), 1);
        // Revoking still works.
        adept.setMember(collection, m_mentor.publicKey, true);
        QCOMPARE(errorKindOf([&] { (void)mentor.pull(collection, 0, 10); }), SyncErrorKind::NotPaired);
    }

    void ownEnvelopesAreLeftOutOfPulls()
    {
        RelayTransport adept(optionsFor(m_relay.url()), m_adept);
        RelayTransport mentor(optionsFor(m_relay.url()), m_mentor);
        const QByteArray collection = randomBytes(16);
        adept.setMember(collection, m_mentor.publicKey);
        const QByteArray a1 = randomBytes(60), a2 = randomBytes(70), m1 = randomBytes(80), a3 = randomBytes(90);
        adept.push(collection, { a1, a2 });
        mentor.push(collection, { m1 });
        adept.push(collection, { a3 });

        // The adept holds what it pushed: only the mentor's comes back, and the page covers all.
        const sync::PullPage forAdept = adept.pull(collection, 0, 100);
        QCOMPARE(forAdept.envelopes.size(), size_t(1));
        QCOMPARE(forAdept.envelopes[0].bytes, m1);
        QCOMPARE(forAdept.envelopes[0].sequence, 3);
        QCOMPARE(forAdept.through, 4);
        QVERIFY(!forAdept.more);

        // Nothing but its own after the cursor: an empty page that still moves the cursor.
        const sync::PullPage onlyOwn = adept.pull(collection, 3, 100);
        QVERIFY(onlyOwn.envelopes.empty());
        QCOMPARE(onlyOwn.through, 4);

        // A page limit counts returned envelopes; `through` stops at the last one returned.
        const sync::PullPage forMentor = mentor.pull(collection, 0, 2);
        QCOMPARE(forMentor.envelopes.size(), size_t(2));
        QCOMPARE(forMentor.envelopes[1].bytes, a2);
        QCOMPARE(forMentor.through, 2);
        QVERIFY(forMentor.more);
        const sync::PullPage restForMentor = mentor.pull(collection, forMentor.through, 100);
        QCOMPARE(restForMentor.envelopes.size(), size_t(1));
        QCOMPARE(restForMentor.envelopes[0].bytes, a3);
        QCOMPARE(restForMentor.through, 4);

        // A retried push of the same bytes by the other member does not make them its own.
        mentor.push(collection, { a1 });
        QCOMPARE(mentor.lastSequences(), (std::vector<qint64> { 1 }));
        QCOMPARE(mentor.pull(collection, 0, 100).envelopes.size(), size_t(3));
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
        RelayTransport mentor(optionsFor(m_relay.url()), m_mentor);
        const QByteArray collection = randomBytes(16);
        adept.setMember(collection, m_mentor.publicKey);
        adept.push(collection, { randomBytes(10) });
        adept.dropConnection();
        adept.push(collection, { randomBytes(10) });
        QCOMPARE(adept.lastSequences(), std::vector<qint64> { 2 });
        QCOMPARE(mentor.pull(collection, 0, 10).envelopes.size(), size_t(2));
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

    void olderRelayDatabaseGainsThePusherColumn()
    {
        // A relay database from before `skipOwn`: no pusher column. Its envelopes are never
        // skipped (nobody knows who pushed them); new ones are.
        const QString path = m_dir.filePath(u"older.db"_s);
        const QByteArray collection = randomBytes(16);
        const QByteArray old = randomBytes(120);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"older"_s);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE collections (id BLOB PRIMARY KEY, last_seq INTEGER NOT NULL)"_s));
            QVERIFY(q.exec(u"CREATE TABLE members (collection BLOB NOT NULL, device BLOB NOT NULL,"
                            " PRIMARY KEY (collection, device))"_s));
            QVERIFY(q.exec(u"CREATE TABLE envelopes (collection BLOB NOT NULL, seq INTEGER NOT NULL,"
                            " hash BLOB NOT NULL, body BLOB NOT NULL, PRIMARY KEY (collection, seq),"
                            " UNIQUE (collection, hash))"_s));
            QVERIFY(q.prepare(u"INSERT INTO collections VALUES (?, 1)"_s));
            q.addBindValue(collection);
            QVERIFY(q.exec());
            for (const QByteArray &device : { m_adept.publicKey, m_mentor.publicKey }) {
                QVERIFY(q.prepare(u"INSERT INTO members VALUES (?, ?)"_s));
                q.addBindValue(collection);
                q.addBindValue(device);
                QVERIFY(q.exec());
            }
            QVERIFY(q.prepare(u"INSERT INTO envelopes VALUES (?, 1, ?, ?)"_s));
            q.addBindValue(collection);
            q.addBindValue(randomBytes(32));
            q.addBindValue(old);
            QVERIFY(q.exec());
        }
        QSqlDatabase::removeDatabase(u"older"_s);

        RelayProcess relay;
        QVERIFY2(relay.start({ u"--db"_s, path, u"--port"_s, u"0"_s }), qPrintable(relay.error()));
        RelayTransport adept(optionsFor(relay.url()), m_adept);
        const QByteArray fresh = randomBytes(80);
        adept.push(collection, { fresh });
        QCOMPARE(adept.lastSequences(), (std::vector<qint64> { 2 }));
        const sync::PullPage page = adept.pull(collection, 0, 100);
        QCOMPARE(page.envelopes.size(), size_t(1));
        QCOMPARE(page.envelopes[0].bytes, old);
        QCOMPARE(page.through, 2);
        // Members from before signed statements are listed without one (an audit names them
        // unless the roster knows them), and the database gained what freezing needs.
        const auto listed = adept.members(collection);
        QCOMPARE(listed.size(), size_t(2));
        QVERIFY(listed[0].statement.isEmpty() && listed[1].statement.isEmpty());
        QVERIFY(sync::unexpectedMembers(collection, listed, { m_adept.publicKey }).size() == 2);
        adept.freeze(collection);
        QCOMPARE(errorKindOf([&] { adept.push(collection, { randomBytes(10) }); }), SyncErrorKind::Refused);
        QVERIFY(relay.stop());
    }

private:
    qint64 envelopeRows(const QByteArray &collection)
    {
        qint64 rows = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"count"_s);
            db.setDatabaseName(m_dbPath);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.prepare(u"SELECT COUNT(*) FROM envelopes WHERE collection = ?"_s)) {
                    q.addBindValue(collection);
                    if (q.exec() && q.next())
                        rows = q.value(0).toLongLong();
                }
            }
        }
        QSqlDatabase::removeDatabase(u"count"_s);
        return rows;
    }

    QTemporaryDir m_dir;
    QString m_dbPath;
    RelayProcess m_relay;
    DeviceSigner m_adept;
    DeviceSigner m_mentor;
};

QTEST_GUILESS_MAIN(TestRelayTransport)
#include "tst_relay_transport.moc"
