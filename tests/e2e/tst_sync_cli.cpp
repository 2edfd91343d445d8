// The whole flow through bollplank-cli processes, three ways: through a bollplank-relay on
// SQLite, through the mentor's direct endpoint ("sync serve"), and through two relay processes
// sharing one PostgreSQL database (the mentor on one, the adept on the other). The adept writes a
// private and a shared reflection; the mentor sees only the shared one and comments; the adept
// sees the comment; no file the server wrote, nor its log, holds a word of any note.
#include "clirunner.h"
#include "postgrescluster.h"
#include "relayprocess.h"

#include "profile/profile.h"
#include "sync/identity.h"

#include <QDeadlineTimer>
#include <QDirIterator>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bollplank::test;
using bollplank::e2e::PostgresCluster;
using bollplank::e2e::RelayProcess;
using bollplank::UnlockedProfile;

namespace {

const QByteArray PrivateMarker = "MARKER-PRIVATE-41d7";
const QByteArray SharedMarker = "MARKER-SHARED-9c0e";
const QByteArray CommentMarker = "MARKER-COMMENT-2b85";

/// Every file under dir (recursively) whose bytes hold one of the markers.
QStringList filesWithMarkers(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &marker : { PrivateMarker, SharedMarker, CommentMarker }) {
            if (bytes.contains(marker) || bytes.contains(QString::fromLatin1(marker).toUtf8().toHex()))
                found.append(path);
        }
    }
    return found;
}

/// Pairing through the mailbox: invite, answer, compare, confirm, receive the keys; with the
/// refusals on the way (nothing to confirm yet, a reused invite, too early, a wrong number).
void pairThroughMailbox(CliFixture &mentor, CliFixture &adept, const QUrl &mentorUrl, const QUrl &adeptUrl)
{
    const CliResult invite = mentor.json({ u"pair"_s, u"invite"_s, u"--relay"_s, mentorUrl.toString(),
        u"--qr"_s, mentor.root() + u"/invite.png"_s });
    QCOMPARE_EXIT(invite, 0);
    const QString inviteText = invite.object().value(u"invite"_s).toString();
    QVERIFY(inviteText.startsWith(u"BOLLPLANK:INVITE:V1:"_s));
    QVERIFY(QFileInfo(mentor.root() + u"/invite.png"_s).size() > 0);

    // Before any answer there is nothing to confirm.
    QVERIFY_FAILURE(mentor.run({ u"pair"_s, u"confirm"_s }), 5);

    const CliResult accepted = adept.json({ u"pair"_s, u"accept"_s, inviteText });
    QCOMPARE_EXIT(accepted, 0);
    const QString adeptNumber = accepted.object().value(u"safetyNumber"_s).toString();
    QCOMPARE(adeptNumber.size(), 60);
    // The same invite again is refused.
    QVERIFY_FAILURE(adept.run({ u"pair"_s, u"accept"_s, inviteText }), 5);
    // Too early: the mentor has not confirmed.
    QVERIFY_FAILURE(adept.run({ u"pair"_s, u"finish"_s }), 5);

    const CliResult shown = mentor.json({ u"pair"_s, u"confirm"_s });
    QCOMPARE_EXIT(shown, 0);
    const QJsonObject answer = shown.object().value(u"answers"_s).toArray().at(0).toObject();
    QCOMPARE(answer.value(u"safetyNumber"_s).toString(), adeptNumber); // both devices show the same
    QVERIFY(!answer.value(u"confirmed"_s).toBool());
    QString wrong = adeptNumber;
    wrong[0] = wrong[0] == u'1' ? u'2' : u'1';
    QVERIFY_FAILURE(mentor.run({ u"pair"_s, u"confirm"_s, u"--safety-number"_s, wrong }), 5);
    const CliResult confirmed = mentor.json({ u"pair"_s, u"confirm"_s, u"--safety-number"_s, adeptNumber });
    QCOMPARE_EXIT(confirmed, 0);
    QVERIFY(confirmed.object().value(u"answers"_s).toArray().at(0).toObject().value(u"confirmed"_s).toBool());
    const CliResult finished = adept.json({ u"pair"_s, u"finish"_s, u"--relay"_s, adeptUrl.toString() });
    QCOMPARE_EXIT(finished, 0);
    QVERIFY(finished.object().value(u"paired"_s).toBool());
}

/// Envelopes a relay's SQLite database holds of one collection (by its id in hex).
int envelopesAt(const QString &database, const QString &collectionHex)
{
    const QString connection = u"count-"_s + collectionHex;
    int count = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(database);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT count(*) FROM envelopes WHERE collection = x'%1'"_s.arg(collectionHex)) && q.next())
                count = q.value(0).toInt();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return count;
}

/// The id (hex) of this profile's live collection of a kind, from "pair list".
QString collectionOf(CliFixture &device, const QString &kind)
{
    const CliResult listed = device.json({ u"pair"_s, u"list"_s });
    for (const QJsonValue &v : listed.array())
        if (v.toObject().value(u"kind"_s).toString() == kind)
            return v.toObject().value(u"collection"_s).toString();
    return {};
}

} // namespace

class TestSyncCli : public QObject
{
    Q_OBJECT

private slots:
    void flow_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("relay on SQLite") << u"relay"_s;
        QTest::newRow("direct endpoint") << u"direct"_s;
        QTest::newRow("two relays on PostgreSQL") << u"postgres"_s;
    }

    void flow()
    {
        QFETCH(QString, mode);
        CliFixture mentor;
        CliFixture adept;
        QVERIFY(mentor.init(u"mentor"_s));
        QVERIFY(adept.init(u"adept"_s));
        QCOMPARE_EXIT(
            mentor.run({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"Ada"_s, u"--mentor"_s, u"Mia"_s }), 0);
        QCOMPARE_EXIT(
            adept.run({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"Ada"_s, u"--mentor"_s, u"Mia"_s }), 0);

        // Where each side syncs, and which folders hold what the server writes.
        QTemporaryDir serverDir;
        QVERIFY(serverDir.isValid());
        PostgresCluster cluster;
        RelayProcess first;
        RelayProcess second;
        QUrl mentorUrl;
        QUrl adeptUrl;
        QStringList serverFolders { serverDir.path() };
        if (mode == u"relay"_s) {
            QVERIFY2(first.start({ u"--db"_s, serverDir.filePath(u"relay.db"_s), u"--port"_s, u"0"_s }),
                qPrintable(first.error()));
            mentorUrl = adeptUrl = first.url();
        } else if (mode == u"direct"_s) {
            // Plain ws:// on every address needs the explicit LAN flag; without it, a clear refusal.
            const CliResult refused = mentor.run({ u"sync"_s, u"serve"_s, u"--listen"_s, u"0.0.0.0"_s });
            QVERIFY_FAILURE(refused, 7);
            QVERIFY2(first.start({ u"--profile"_s, mentor.profileDir(), u"--passphrase-file"_s,
                                     mentor.passphraseFile(), u"sync"_s, u"serve"_s, u"--listen"_s, u"0.0.0.0"_s,
                                     u"--port"_s, u"0"_s, u"--allow-plain-lan"_s },
                         QStringLiteral(BOLLPLANK_CLI_PATH)),
                qPrintable(first.error()));
            mentorUrl = first.url();
            mentorUrl.setHost(u"127.0.0.1"_s);
            adeptUrl = mentorUrl;
            serverFolders = { mentor.profileDir() };
        } else {
            if (PostgresCluster::binDir().isEmpty())
                QSKIP("PostgreSQL's server is not installed (scripts/packages.txt lists postgresql)");
            QVERIFY2(cluster.start(), qPrintable(cluster.error()));
            QVERIFY2(
                first.start({ u"--db"_s, cluster.url(), u"--port"_s, u"0"_s }), qPrintable(first.error()));
            QVERIFY2(
                second.start({ u"--db"_s, cluster.url(), u"--port"_s, u"0"_s }), qPrintable(second.error()));
            mentorUrl = first.url();
            adeptUrl = second.url();
            serverFolders = { cluster.dataDir() };
        }

        pairThroughMailbox(mentor, adept, mentorUrl, adeptUrl);
        if (QTest::currentTestFailed())
            return;

        // The adept writes and syncs.
        const QString privateId = adept.addId({ u"reflection"_s, u"add"_s, u"--private"_s, u"--text"_s,
            QString::fromLatin1(PrivateMarker + " only for me") });
        const QString sharedId = adept.addId({ u"reflection"_s, u"add"_s, u"--shared"_s, u"--text"_s,
            QString::fromLatin1(SharedMarker + " for my mentor") });
        QVERIFY(!privateId.isEmpty() && !sharedId.isEmpty());
        const CliResult adeptSync = adept.json({ u"sync"_s });
        QCOMPARE_EXIT(adeptSync, 0);
        // The shared reflection (the private one stays home: the journal has no second device).
        QVERIFY(adeptSync.object().value(u"pushed"_s).toInt() >= 1);

        // The mentor sees the shared reflection and not the private one.
        QCOMPARE_EXIT(mentor.run({ u"sync"_s }), 0);
        const CliResult mentorList = mentor.json({ u"reflection"_s, u"list"_s });
        QCOMPARE_EXIT(mentorList, 0);
        QVERIFY2(mentorList.out.contains(SharedMarker), mentorList.out.constData());
        QVERIFY(!mentorList.out.contains(PrivateMarker));
        QVERIFY_FAILURE(mentor.run({ u"reflection"_s, u"show"_s, privateId }), 5);

        // The mentor comments; the adept sees it.
        QCOMPARE_EXIT(mentor.run({ u"comment"_s, u"add"_s, u"--reflection"_s, sharedId, u"--text"_s,
                          QString::fromLatin1(CommentMarker + " well observed") }),
            0);
        QCOMPARE_EXIT(mentor.run({ u"sync"_s }), 0);
        QCOMPARE_EXIT(adept.run({ u"sync"_s }), 0);
        const CliResult comments = adept.json({ u"comment"_s, u"list"_s, u"--reflection"_s, sharedId });
        QCOMPARE_EXIT(comments, 0);
        QVERIFY2(comments.out.contains(CommentMarker), comments.out.constData());

        // Both audit the server: it lets into their collections only the devices they paired.
        const CliResult clean = adept.json({ u"sync"_s, u"audit"_s });
        QCOMPARE_EXIT(clean, 0);
        QVERIFY(clean.object().value(u"checked"_s).toInt() >= 1);
        QCOMPARE_EXIT(mentor.run({ u"sync"_s, u"audit"_s }), 0);
        if (mode == u"relay"_s) {
            // A hostile relay (its database) lets a hidden key into every collection: named.
            const QByteArray hidden(32, '\x5a');
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"tamper"_s);
                db.setDatabaseName(serverDir.filePath(u"relay.db"_s));
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(u"INSERT INTO members (collection, device) SELECT DISTINCT collection, x'%1'"
                                " FROM members"_s.arg(QString::fromLatin1(hidden.toHex()))));
            }
            QSqlDatabase::removeDatabase(u"tamper"_s);
            const CliResult tampered = adept.run({ u"sync"_s, u"audit"_s });
            QVERIFY_FAILURE(tampered, 8);
            QVERIFY2(tampered.err.contains(hidden.toHex()), tampered.err.constData());
        }

        // Unpaired, the mentor's device no longer reaches the shared space: the server hands it
        // the adept's signed revocation, and it erases her words (and says so, without them).
        QCOMPARE_EXIT(adept.run({ u"unpair"_s }), 0);
        const CliResult afterUnpair = mentor.run({ u"sync"_s });
        QCOMPARE_EXIT(afterUnpair, 0);
        QVERIFY2(afterUnpair.out.contains("erased: the other person ended the pairing"), afterUnpair.out.constData());
        QVERIFY(!afterUnpair.out.contains("MARKER"));
        const CliResult mentorAfter = mentor.json({ u"reflection"_s, u"list"_s });
        QCOMPARE_EXIT(mentorAfter, 0);
        QVERIFY2(!mentorAfter.out.contains(SharedMarker), mentorAfter.out.constData());
        // His comment stays (the reflection it refers to is a blank tombstone now).
        const CliResult hisComment = mentor.json({ u"search"_s, QString::fromLatin1(CommentMarker) });
        QCOMPARE_EXIT(hisComment, 0);
        QCOMPARE(hisComment.array().size(), 1);
        const CliResult herWords = mentor.json({ u"search"_s, QString::fromLatin1(SharedMarker) });
        QCOMPARE_EXIT(herWords, 0);
        QVERIFY(herWords.array().isEmpty());
        const CliResult again = mentor.json({ u"sync"_s });
        QCOMPARE_EXIT(again, 0);
        QVERIFY(again.object().value(u"erased"_s).toArray().isEmpty());

        // Nothing the server wrote holds a word of any note: its files (stopped, so all is
        // flushed), and its log.
        QVERIFY(first.stop());
        if (mode == u"postgres"_s)
            QVERIFY(second.stop());
        for (const QString &folder : serverFolders) {
            const QStringList leaks = filesWithMarkers(folder);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
        }
        for (const QByteArray &marker : { PrivateMarker, SharedMarker, CommentMarker }) {
            QVERIFY(!first.output().contains(marker));
            QVERIFY(!second.output().contains(marker));
        }

        // The direct endpoint's database is encrypted at rest: on a lost laptop its files show no
        // SQLite header, and none of the metadata every envelope carries in the clear (a record
        // id, the devices' keys, which also name the members), nor the revocation's signer.
        if (mode == u"direct"_s) {
            QList<QByteArray> metadata { QByteArray("SQLite format 3\0", 16), sharedId.toUtf8() };
            for (const CliFixture *side : { &mentor, &adept }) {
                const auto profile = UnlockedProfile::open(side->profileDir(), CliFixture::Passphrase);
                metadata.append(bollplank::sync::DeviceIdentity::load(*profile).signPublicKey());
            }
            const QString database = QDir(mentor.profileDir()).filePath(u"direct-endpoint.sqlite"_s);
            QVERIFY(QFileInfo(database).size() > 0);
            for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s }) {
                QFile file(database + suffix);
                if (!file.open(QIODevice::ReadOnly))
                    continue;
                const QByteArray bytes = file.readAll();
                for (const QByteArray &readable : metadata)
                    QVERIFY2(!bytes.contains(readable),
                        qPrintable(u"%1 holds %2"_s.arg(file.fileName(), QString::fromLatin1(readable.toHex()))));
            }
        }
    }

    void theJournalNeverReachesTheMentorsRelay()
    {
        // The adept's phone and tablet meet at her own relay; she pairs with her mentor through his.
        CliFixture mentor;
        CliFixture phone;
        CliFixture tablet;
        QVERIFY(mentor.init(u"mentor"_s));
        QVERIFY(phone.init(u"adept"_s));
        QVERIFY(tablet.init(u"adept"_s));
        QCOMPARE_EXIT(
            mentor.run({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"Ada"_s, u"--mentor"_s, u"Mia"_s }), 0);
        QCOMPARE_EXIT(
            phone.run({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"Ada"_s, u"--mentor"_s, u"Mia"_s }), 0);
        QTemporaryDir serverDir;
        RelayProcess hers;
        RelayProcess his;
        QVERIFY2(hers.start({ u"--db"_s, serverDir.filePath(u"hers.db"_s), u"--port"_s, u"0"_s }), qPrintable(hers.error()));
        QVERIFY2(his.start({ u"--db"_s, serverDir.filePath(u"his.db"_s), u"--port"_s, u"0"_s }), qPrintable(his.error()));

        // Her tablet is linked through her relay.
        const CliResult own = phone.json({ u"pair"_s, u"invite"_s, u"--own-device"_s, u"--relay"_s, hers.url().toString() });
        QCOMPARE_EXIT(own, 0);
        const CliResult ownAccepted = tablet.json({ u"pair"_s, u"accept"_s, own.object().value(u"invite"_s).toString() });
        QCOMPARE_EXIT(ownAccepted, 0);
        QCOMPARE_EXIT(phone.run({ u"pair"_s, u"confirm"_s, u"--safety-number"_s,
                          ownAccepted.object().value(u"safetyNumber"_s).toString() }),
            0);
        QCOMPARE_EXIT(tablet.run({ u"pair"_s, u"finish"_s }), 0);

        // She accepts his invite: it names his relay only.
        const CliResult invite = mentor.json({ u"pair"_s, u"invite"_s, u"--relay"_s, his.url().toString() });
        QCOMPARE_EXIT(invite, 0);
        const CliResult accepted = phone.json({ u"pair"_s, u"accept"_s, invite.object().value(u"invite"_s).toString() });
        QCOMPARE_EXIT(accepted, 0);
        QCOMPARE(accepted.object().value(u"endpoint"_s).toString(), his.url().toString());
        QCOMPARE_EXIT(mentor.run({ u"pair"_s, u"confirm"_s, u"--safety-number"_s,
                          accepted.object().value(u"safetyNumber"_s).toString() }),
            0);
        QCOMPARE_EXIT(phone.run({ u"pair"_s, u"finish"_s }), 0);
        // Her own sync address is still her relay's.
        QFile remembered(phone.profileDir() + u"/sync-endpoint"_s);
        QVERIFY(remembered.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(remembered.readAll()).trimmed(), hers.url().toString());

        // She writes privately and shares one reflection; everyone syncs a few times.
        const QString privateId = phone.addId({ u"reflection"_s, u"add"_s, u"--private"_s, u"--text"_s,
            QString::fromLatin1(PrivateMarker + " for my own devices") });
        const QString sharedId = phone.addId({ u"reflection"_s, u"add"_s, u"--shared"_s, u"--text"_s,
            QString::fromLatin1(SharedMarker + " for my mentor") });
        for (int round = 0; round < 2; ++round)
            for (CliFixture *device : { &phone, &tablet, &mentor })
                QCOMPARE_EXIT(device->run({ u"sync"_s }), 0);

        const QString journal = collectionOf(phone, u"journal"_s);
        const QString shared = collectionOf(phone, u"shared"_s);
        QVERIFY(!journal.isEmpty() && !shared.isEmpty());
        // Not one envelope of the journal at his relay; the shared space is there, not at hers.
        QCOMPARE(envelopesAt(serverDir.filePath(u"his.db"_s), journal), 0);
        QVERIFY(envelopesAt(serverDir.filePath(u"his.db"_s), shared) >= 1);
        QVERIFY(envelopesAt(serverDir.filePath(u"hers.db"_s), journal) >= 1);
        QCOMPARE(envelopesAt(serverDir.filePath(u"hers.db"_s), shared), 0);
        // Her tablet has her private words and what she shared; he has only what she shared.
        const CliResult onTablet = tablet.json({ u"reflection"_s, u"show"_s, privateId });
        QCOMPARE_EXIT(onTablet, 0);
        QVERIFY(onTablet.out.contains(PrivateMarker));
        const CliResult sharedOnTablet = tablet.json({ u"reflection"_s, u"show"_s, sharedId });
        QCOMPARE_EXIT(sharedOnTablet, 0);
        QVERIFY(sharedOnTablet.out.contains(SharedMarker));
        const CliResult his_ = mentor.json({ u"reflection"_s, u"list"_s });
        QVERIFY2(his_.out.contains(SharedMarker), his_.out.constData());
        QVERIFY(!his_.out.contains(PrivateMarker));
        QVERIFY(hers.stop());
        QVERIFY(his.stop());
    }

    void watchReceivesLive()
    {
        CliFixture mentor;
        CliFixture adept;
        QVERIFY(mentor.init(u"mentor"_s));
        QVERIFY(adept.init(u"adept"_s));
        QCOMPARE_EXIT(
            mentor.run({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"Ada"_s, u"--mentor"_s, u"Mia"_s }), 0);
        QCOMPARE_EXIT(
            adept.run({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"Ada"_s, u"--mentor"_s, u"Mia"_s }), 0);
        QTemporaryDir serverDir;
        RelayProcess relay;
        QVERIFY2(relay.start({ u"--db"_s, serverDir.filePath(u"relay.db"_s), u"--port"_s, u"0"_s }),
            qPrintable(relay.error()));
        pairThroughMailbox(mentor, adept, relay.url(), relay.url());
        if (QTest::currentTestFailed())
            return;

        // The mentor's device stays online, watching; the adept shares a reflection.
        QProcess watcher;
        watcher.setProcessEnvironment(mentor.env);
        watcher.start(QStringLiteral(BOLLPLANK_CLI_PATH),
            { u"--profile"_s, mentor.profileDir(), u"--passphrase-file"_s, mentor.passphraseFile(),
                u"--json"_s, u"sync"_s, u"--watch"_s });
        QVERIFY(watcher.waitForStarted(30000));
        auto nextReport = [&watcher]() -> QJsonObject {
            QDeadlineTimer deadline(120000); // a bound for a stuck process, not a measurement
            while (!watcher.canReadLine() && !deadline.hasExpired() && watcher.state() == QProcess::Running)
                watcher.waitForReadyRead(200);
            return QJsonDocument::fromJson(watcher.readLine()).object();
        };
        QVERIFY(nextReport().contains(u"pulled"_s)); // the first round, before watching

        const QString sharedId = adept.addId({ u"reflection"_s, u"add"_s, u"--shared"_s, u"--text"_s,
            QString::fromLatin1(SharedMarker + " while you watch") });
        QCOMPARE_EXIT(adept.run({ u"sync"_s }), 0);
        const QJsonObject live = nextReport();
        QVERIFY2(live.value(u"applied"_s).toInt() >= 1, QJsonDocument(live).toJson().constData());

        watcher.terminate();
        QVERIFY(watcher.waitForFinished(60000));
        QCOMPARE(watcher.exitStatus(), QProcess::NormalExit);
        QCOMPARE(watcher.exitCode(), 0);
        const CliResult shown = mentor.json({ u"reflection"_s, u"show"_s, sharedId });
        QCOMPARE_EXIT(shown, 0);
        QVERIFY(shown.out.contains(SharedMarker));
        QVERIFY(relay.stop());
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "tst_sync_cli.moc"
