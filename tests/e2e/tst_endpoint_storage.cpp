// The direct endpoint's own database (direct-endpoint.sqlite) at rest: encrypted with SQLCipher
// under a key only the unlocked profile has (docs/SECURITY.md, "Ciphertext stored outside the
// database"). A plain one from an earlier release is converted by the next "sync serve" and keeps
// serving every envelope, member, revocation and mailbox message; a wrong key is refused and
// changes nothing; a conversion cut short is finished by the next start. The case without
// SQLCipher is tst_endpoint_storage_nocipher, which runs on a real plain SQLite.
#include "clirunner.h"
#include "relayprocess.h"
#include "relaystore.h"
#include "relaytransport.h"
#include "testdevices.h"

#include "store/securekey.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace bollplank;
using namespace bollplank::net;
using namespace bollplank::test;
using bollplank::e2e::RelayProcess;
using bollplank::e2e::newDevice;
using bollplank::e2e::randomBytes;

namespace {

const QByteArray PlainHeader("SQLite format 3\0", 16);
const QStringList Companions { QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s };

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The database and whatever lies beside it (log, shared memory, journal, a conversion's copy),
/// each file's name with a hash of its bytes: equal maps mean nothing on disk changed.
QMap<QString, QByteArray> snapshot(const QString &database)
{
    QMap<QString, QByteArray> files;
    const QFileInfo info(database);
    for (const QFileInfo &f : QDir(info.absolutePath()).entryInfoList({ info.fileName() + u'*' }, QDir::Files))
        files.insert(f.fileName(), QCryptographicHash::hash(fileBytes(f.filePath()), QCryptographicHash::Sha256));
    return files;
}

/// Every byte string in `needles` that appears in the database or its companion files, by file.
QStringList readableOnDisk(const QString &database, const QList<QByteArray> &needles)
{
    QStringList found;
    for (const QString &suffix : Companions) {
        const QByteArray bytes = fileBytes(database + suffix);
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle))
                found.append(u"%1 holds %2"_s.arg(QFileInfo(database + suffix).fileName(),
                    QString::fromLatin1(needle.left(16).toHex())));
        }
    }
    return found;
}

SecureKey keyOf(char fill)
{
    SecureKey key;
    std::fill_n(key.data(), SecureKey::Size, static_cast<unsigned char>(fill));
    return key;
}

RelayOptions optionsFor(const QUrl &url)
{
    RelayOptions options;
    options.url = url;
    return options;
}

/// What an endpoint database from an earlier release held, and the devices to ask for it.
struct OldEndpoint
{
    DeviceSigner granter = newDevice();
    DeviceSigner member = newDevice();
    DeviceSigner revoked = newDevice();
    QByteArray collection = randomBytes(16);
    QByteArray frozen = randomBytes(16);
    QByteArray mailbox = randomBytes(16);
    std::vector<QByteArray> envelopes { randomBytes(300), randomBytes(500), randomBytes(700) };
    std::vector<QByteArray> messages { randomBytes(120), randomBytes(240) };
    QByteArray granterStatement = "statement adding the granter " + randomBytes(16).toHex();
    QByteArray memberStatement = "statement adding the member " + randomBytes(16).toHex();
    QByteArray revocation = "statement revoking a device " + randomBytes(16).toHex();
    QByteArray signature = randomBytes(64);

    /// Everything stored, by an unkeyed RelayStore as earlier releases opened it.
    void fill(RelayStore &store) const
    {
        QVERIFY(store.setMember(collection, granter.publicKey, granter.publicKey, false, granterStatement, signature)
            == RelayStore::MemberResult::Changed);
        QVERIFY(store.setMember(collection, granter.publicKey, member.publicKey, false, memberStatement, signature)
            == RelayStore::MemberResult::Changed);
        QVERIFY(store.setMember(collection, granter.publicKey, revoked.publicKey, false, memberStatement, signature)
            == RelayStore::MemberResult::Changed);
        QVERIFY(store.setMember(collection, granter.publicKey, revoked.publicKey, true, revocation, signature)
            == RelayStore::MemberResult::Changed);
        QVERIFY(store.append(collection, envelopes, granter.publicKey).has_value());
        QVERIFY(store.setMember(frozen, granter.publicKey, granter.publicKey, false, granterStatement, signature)
            == RelayStore::MemberResult::Changed);
        store.freeze(frozen);
        for (const QByteArray &message : messages)
            QVERIFY(store.post(mailbox, message, 16));
    }

    /// Bytes that must never be readable in an encrypted file.
    [[nodiscard]] QList<QByteArray> secrets() const
    {
        QList<QByteArray> all { PlainHeader, granter.publicKey, member.publicKey, revoked.publicKey, collection,
            mailbox, granterStatement, memberStatement, revocation };
        for (const QByteArray &e : envelopes)
            all.append(e.left(64));
        for (const QByteArray &m : messages)
            all.append(m.left(64));
        return all;
    }

    /// Asks the endpoint for all of it, as the devices would.
    void checkServedBy(const QUrl &url) const
    {
        RelayTransport asMember(optionsFor(url), member);
        const sync::PullPage page = asMember.pull(collection, 0, 100);
        QCOMPARE(page.envelopes.size(), envelopes.size());
        for (size_t i = 0; i < envelopes.size(); ++i) {
            QCOMPARE(page.envelopes[i].sequence, qint64(i + 1));
            QCOMPARE(page.envelopes[i].bytes, envelopes[i]);
        }
        const std::vector<sync::MemberStatement> members = asMember.members(collection);
        QCOMPARE(members.size(), size_t(2));
        for (const sync::MemberStatement &m : members) {
            QVERIFY(m.device == granter.publicKey || m.device == member.publicKey);
            QCOMPARE(m.statement, m.device == granter.publicKey ? granterStatement : memberStatement);
            QCOMPARE(m.signature, signature);
        }
        std::vector<QByteArray> read = asMember.readMailbox(mailbox);
        std::vector<QByteArray> expected = messages;
        std::sort(read.begin(), read.end());
        std::sort(expected.begin(), expected.end());
        QVERIFY(read == expected);

        // The revoked device still gets its signed revocation as proof.
        RelayTransport asRevoked(optionsFor(url), revoked);
        try {
            (void)asRevoked.pull(collection, 0, 10);
            QFAIL("a revoked device pulled");
        } catch (const sync::RevokedError &e) {
            QCOMPARE(e.proof().statement, revocation);
            QCOMPARE(e.proof().signature, signature);
        }
        // The frozen collection stays frozen.
        RelayTransport asGranter(optionsFor(url), granter);
        try {
            asGranter.push(frozen, { randomBytes(40) });
            QFAIL("a frozen collection took an envelope");
        } catch (const sync::SyncError &e) {
            QVERIFY(e.kind() == sync::SyncErrorKind::Refused);
            QVERIFY2(QByteArray(e.what()).contains("frozen"), e.what());
        }
    }
};

QStringList serveArguments(const CliFixture &profile)
{
    return { u"--profile"_s, profile.profileDir(), u"--passphrase-file"_s, profile.passphraseFile(), u"sync"_s,
        u"serve"_s, u"--listen"_s, u"127.0.0.1"_s, u"--port"_s, u"0"_s };
}

} // namespace

class TestEndpointStorage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void aKeyedStoreKeepsNoReadableHeaderOrMetadataOnDisk()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"direct-endpoint.sqlite"_s);
        const OldEndpoint data;
        {
            auto store = RelayStore::open(path, keyOf('\x21'));
            QVERIFY(store->isEncrypted());
            data.fill(*store);
            if (QTest::currentTestFailed())
                return;
            // Open, with the latest rows still in the write-ahead log: that file is checked too.
            const QStringList leaks = readableOnDisk(path, data.secrets());
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u"; "_s)));
        }
        const QStringList leaks = readableOnDisk(path, data.secrets());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u"; "_s)));
        QVERIFY(fileBytes(path).size() >= RelayStore::EncryptedPageSize);
        // Everything is there for the same key.
        auto again = RelayStore::open(path, keyOf('\x21'));
        const RelayStore::Counts counts = again->counts();
        QCOMPARE(counts.envelopes, qint64(3));
        QCOMPARE(counts.members, qint64(3));
        QCOMPARE(counts.messages, qint64(2));
    }

    void aPlainDatabaseFromAnOlderReleaseIsEncryptedOnTheNextStartAndServedWhole()
    {
        CliFixture mentor;
        QVERIFY(mentor.init(u"mentor"_s));
        const QString path = QDir(mentor.profileDir()).filePath(u"direct-endpoint.sqlite"_s);
        const OldEndpoint data;

        // An earlier release's endpoint, cut off while running: the newest rows are still only in
        // its write-ahead log, so both files are taken as they are on disk.
        QTemporaryDir old;
        const QString oldPath = old.filePath(u"direct-endpoint.sqlite"_s);
        {
            auto store = RelayStore::open(oldPath);
            QVERIFY(!store->isEncrypted());
            data.fill(*store);
            if (QTest::currentTestFailed())
                return;
            QVERIFY(QFile::copy(oldPath, path));
            QVERIFY(QFile::copy(oldPath + u"-wal"_s, path + u"-wal"_s));
        }
        QVERIFY(fileBytes(path).startsWith(PlainHeader));
        QVERIFY(fileBytes(path + u"-wal"_s).contains(data.envelopes.back()));

        RelayProcess serve;
        QVERIFY2(serve.start(serveArguments(mentor), QStringLiteral(BOLLPLANK_CLI_PATH)), qPrintable(serve.error()));
        data.checkServedBy(serve.url());
        if (QTest::currentTestFailed())
            return;
        QVERIFY(serve.stop());
        QVERIFY(!QFile::exists(path + u".encrypting"_s));
        QVERIFY(!fileBytes(path).startsWith(PlainHeader));
        const QStringList leaks = readableOnDisk(path, data.secrets());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u"; "_s)));

        // The start after that opens the encrypted file as it is, and serves the same.
        const QMap<QString, QByteArray> converted = snapshot(path);
        RelayProcess again;
        QVERIFY2(again.start(serveArguments(mentor), QStringLiteral(BOLLPLANK_CLI_PATH)), qPrintable(again.error()));
        data.checkServedBy(again.url());
        QVERIFY(again.stop());
        QVERIFY(!fileBytes(path).startsWith(PlainHeader));
        QVERIFY(snapshot(path).keys() == converted.keys());
    }

    void aWrongKeyIsRefusedClearlyAndTheFileIsLeftAsItWas()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"direct-endpoint.sqlite"_s);
        const OldEndpoint data;
        {
            auto store = RelayStore::open(path, keyOf('\x21'));
            data.fill(*store);
        }
        const QMap<QString, QByteArray> before = snapshot(path);
        QVERIFY(before.contains(u"direct-endpoint.sqlite"_s));
        try {
            (void)RelayStore::open(path, keyOf('\x22'));
            QFAIL("another key opened the database");
        } catch (const RelayStoreError &e) {
            QVERIFY2(QByteArray(e.what()).contains("cannot be read with this key"), e.what());
        }
        QCOMPARE(snapshot(path), before);
        // Nor does an unkeyed open (an older release, a tool) read or change it.
        {
            std::unique_ptr<RelayStore> plain;
            try {
                plain = RelayStore::open(path);
            } catch (const RelayStoreError &) {
            }
            QVERIFY(!plain);
        }
        QCOMPARE(snapshot(path), before);
        QCOMPARE(RelayStore::open(path, keyOf('\x21'))->counts().envelopes, qint64(3));

        // Through "sync serve": another profile's endpoint database in this profile's folder.
        CliFixture mentor;
        CliFixture other;
        QVERIFY(mentor.init(u"mentor"_s));
        QVERIFY(other.init(u"mentor"_s));
        RelayProcess otherServe;
        QVERIFY2(otherServe.start(serveArguments(other), QStringLiteral(BOLLPLANK_CLI_PATH)),
            qPrintable(otherServe.error()));
        QVERIFY(otherServe.stop());
        const QString otherPath = QDir(other.profileDir()).filePath(u"direct-endpoint.sqlite"_s);
        const QString mentorPath = QDir(mentor.profileDir()).filePath(u"direct-endpoint.sqlite"_s);
        QVERIFY(QFile::copy(otherPath, mentorPath));
        const QMap<QString, QByteArray> copied = snapshot(mentorPath);
        const CliResult refused = mentor.run({ u"sync"_s, u"serve"_s, u"--port"_s, u"0"_s });
        QCOMPARE_EXIT(refused, 6);
        QVERIFY2(refused.err.contains("cannot be read with this key"), refused.err.constData());
        QCOMPARE(snapshot(mentorPath), copied);
    }

    void aConversionCutShortIsFinishedByTheNextStart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"direct-endpoint.sqlite"_s);
        const OldEndpoint data;
        {
            auto store = RelayStore::open(path);
            data.fill(*store);
        }
        // What a crash in the middle of the copy leaves: the plain file, whole, and a partial copy.
        QFile partial(path + u".encrypting"_s);
        QVERIFY(partial.open(QIODevice::WriteOnly));
        partial.write(randomBytes(3000));
        partial.close();
        const QByteArray plain = fileBytes(path);
        QVERIFY(plain.startsWith(PlainHeader));

        auto store = RelayStore::open(path, keyOf('\x21'));
        const RelayStore::Counts counts = store->counts();
        QCOMPARE(counts.envelopes, qint64(3));
        QCOMPARE(counts.members, qint64(3));
        QCOMPARE(counts.messages, qint64(2));
        QCOMPARE(store->read(data.collection, 0, 10, 1 << 20).envelopes.back().bytes, data.envelopes.back());
        QVERIFY(!QFile::exists(path + u".encrypting"_s));
        QVERIFY(!fileBytes(path).startsWith(PlainHeader));
        store.reset();
        const QStringList leaks = readableOnDisk(path, data.secrets());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u"; "_s)));
    }

    void aReconnectedStoreIsKeyedAgain()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"direct-endpoint.sqlite"_s);
        const OldEndpoint data;
        auto store = RelayStore::open(path, keyOf('\x21'));
        data.fill(*store);
        QVERIFY(store->reconnect());
        QCOMPARE(store->counts().envelopes, qint64(3));
        QVERIFY(store->isMember(data.collection, data.member.publicKey));
    }

    void aKeyIsRefusedForPostgres()
    {
        try {
            (void)RelayStore::open(u"postgresql://relay@127.0.0.1:1/bollplank"_s, keyOf('\x21'));
            QFAIL("a key was taken for PostgreSQL");
        } catch (const RelayStoreError &e) {
            QVERIFY2(QByteArray(e.what()).contains("SQLite file only"), e.what());
        }
    }
};

QTEST_GUILESS_MAIN(TestEndpointStorage)
#include "tst_endpoint_storage.moc"
