// A partner's modified client against honest bollplank-cli profiles, through a real
// bollplank-relay process over loopback (docs/SECURITY.md, "The other person of a pair").
//
// The hostile party pairs honestly first, through the CLI, so it holds its genuine keys and is the
// real other party. Then the test takes its profile over in-process: it builds and signs whatever
// envelopes, grants and membership statements it likes with the core's own functions and sends
// them through RelayTransport (or as raw WebSocket frames). The honest side is driven only through
// the bollplank-cli process (its keys are read in-process, after the CLI exited, only to look for
// them where they must not be). Each test is one attack and shows that it gains nothing: every
// envelope at the relay, opened with every key the hostile side holds, shows no word it should not
// read; the honest records read back through the CLI are unchanged; nothing deleted comes back;
// the relay's files and log hold no marker. Forged envelopes travel beside one change the hostile
// side is allowed to make, which the honest side accepts: the refusals are the defences at work,
// not broken forgeries. And before the leak checks count, each test shows that they can see: what
// was rightly shared opens with the hostile side's keys.
#include "clirunner.h"
#include "relayprocess.h"
#include "testdevices.h"

#include "profile/profile.h"
#include "protocol.h"
#include "relaytransport.h"
#include "repo/mentorships.h"
#include "sync/chain.h"
#include "sync/collections.h"
#include "sync/engine.h"
#include "sync/envelope.h"
#include "sync/identity.h"
#include "sync/memberstatement.h"
#include "sync/pairing.h"
#include "sync/records.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QDateTime>
#include <QDirIterator>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>
#include <QWebSocket>

#include <sodium.h>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bollplank;
using namespace bollplank::test;
using bollplank::e2e::RelayProcess;

namespace {

// ---------------------------------------------------------------------------------------------
// Reading what a key holder can read

/// The plaintext (still padded) of an envelope under key, or nothing when the key does not open
/// it. Deliberately independent of the engine's checks: what matters is what the key opens.
std::optional<QByteArray> tryOpen(const QByteArray &envelope, const SecureKey &key)
{
    QCborParserError error;
    const QCborArray outer = QCborValue::fromCbor(envelope, &error).toArray();
    if (error.error != QCborError::NoError || outer.size() != 3)
        return std::nullopt;
    const QByteArray header = outer.at(0).toByteArray();
    const QByteArray cipher = outer.at(1).toByteArray();
    const QCborArray fields = QCborValue::fromCbor(header).toArray();
    if (fields.size() < 8)
        return std::nullopt;
    const QByteArray nonce = fields.at(7).toByteArray();
    if (nonce.size() != int(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES)
        || cipher.size() < int(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        return std::nullopt;
    QByteArray plain(cipher.size() - int(crypto_aead_xchacha20poly1305_ietf_ABYTES), Qt::Uninitialized);
    unsigned long long length = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &length,
            nullptr, reinterpret_cast<const unsigned char *>(cipher.constData()), std::size_t(cipher.size()),
            reinterpret_cast<const unsigned char *>(header.constData()), std::size_t(header.size()),
            reinterpret_cast<const unsigned char *>(nonce.constData()), key.data())
        != 0)
        return std::nullopt;
    plain.resize(qsizetype(length));
    return plain;
}

/// Every plaintext any of the keys opens.
QList<QByteArray> readable(const std::vector<QByteArray> &envelopes, const QList<SecureKey> &keys)
{
    QList<QByteArray> out;
    for (const QByteArray &envelope : envelopes)
        for (const SecureKey &key : keys)
            if (auto plain = tryOpen(envelope, key)) {
                out.append(*plain);
                break;
            }
    return out;
}

/// The payload inside a padded plaintext (nullopt when it is not one).
std::optional<sync::Payload> payloadOf(QByteArray padded)
{
    std::size_t length = 0;
    if (padded.isEmpty()
        || sodium_unpad(&length, reinterpret_cast<const unsigned char *>(padded.constData()),
               std::size_t(padded.size()), std::size_t(padded.size()))
            != 0)
        return std::nullopt;
    padded.resize(qsizetype(length));
    try {
        return sync::Payload::decode(padded);
    } catch (const sync::SyncError &) {
        return std::nullopt;
    }
}

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// ---------------------------------------------------------------------------------------------
// The relay's own files (read-only), as a relay that colludes with the partner would hand them over

struct RelayRow
{
    QByteArray collection;
    qint64 seq = 0;
    QByteArray body;
    QByteArray pusher;
};

std::vector<RelayRow> relayEnvelopes(const QString &dbPath)
{
    std::vector<RelayRow> rows;
    const QString name = u"relay-read-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT collection, seq, body, pusher FROM envelopes ORDER BY collection, seq"_s))
                while (q.next())
                    rows.push_back({ q.value(0).toByteArray(), q.value(1).toLongLong(),
                        q.value(2).toByteArray(), q.value(3).toByteArray() });
        }
    }
    QSqlDatabase::removeDatabase(name);
    return rows;
}

QList<QByteArray> relayCollections(const QString &dbPath)
{
    QList<QByteArray> ids;
    const QString name = u"relay-read-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(dbPath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(u"SELECT id FROM collections ORDER BY id"_s))
                while (q.next())
                    ids.append(q.value(0).toByteArray());
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ids;
}

/// Every file under dir whose bytes hold one of the markers (as text or as hex).
QStringList filesWithMarkers(const QString &dir, const QList<QByteArray> &markers)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &marker : markers)
            if (bytes.contains(marker) || bytes.contains(marker.toHex()))
                found.append(path + u": "_s + QString::fromLatin1(marker));
    }
    return found;
}

// ---------------------------------------------------------------------------------------------
// The honest side, read back

/// The raw bytes of a key, to look for in what the hostile side can read.
QByteArray raw(const SecureKey &key)
{
    return QByteArray(reinterpret_cast<const char *>(key.data()), int(SecureKey::Size));
}

/// What an honest profile holds about its keys, read in-process after the CLI exited (the CLI
/// has no command that shows keys, on purpose).
struct HonestKeys
{
    QByteArray journal; ///< the adept's journal id (empty for a mentor)
    QString journalRing; ///< its kind, epoch, keys and members, comparable
    int journalOutbox = -1; ///< its outgoing rows
    QList<QByteArray> secrets; ///< every collection key this profile holds, raw
    QList<QByteArray> liveSharedIds; ///< shared collections not frozen
    QByteArray signPublic;
};

HonestKeys inspect(const CliFixture &f)
{
    HonestKeys out;
    const auto profile = UnlockedProfile::open(f.profileDir(), CliFixture::Passphrase);
    Store &store = profile->store();
    sync::Collections collections(store);
    out.signPublic = sync::DeviceIdentity::load(store).signPublicKey();
    for (const sync::Collection &c : collections.all()) {
        for (const auto &[epoch, key] : collections.keys(c.id))
            out.secrets.append(raw(key));
        if (c.kind == sync::CollectionKind::Shared && !c.frozen)
            out.liveSharedIds.append(c.id);
    }
    if (const auto journal = collections.journal()) {
        out.journal = journal->id;
        QString &s = out.journalRing;
        s += sync::toString(journal->kind) + QString::number(journal->currentEpoch)
            + (journal->frozen ? u"frozen;"_s : u";"_s);
        for (const auto &[epoch, key] : collections.keys(journal->id))
            s += QString::number(epoch) + hex(raw(key)) + u';';
        for (const sync::Member &m : collections.members(journal->id))
            s += hex(m.signPublicKey) + hex(m.boxPublicKey) + m.deviceId + m.role + u';';
        auto q = store.db().prepareOnce("SELECT count(*) FROM sync_outbox WHERE collection_id = ?");
        q.bind(1, journal->id);
        out.journalOutbox = q.step() ? q.integer(0) : -1;
    }
    return out;
}

/// The --json output of each command, run on the honest profile (each must succeed).
QByteArray records(const CliFixture &f, const QList<QStringList> &commands)
{
    QByteArray all;
    for (const QStringList &command : commands) {
        const CliResult r = f.json(command);
        if (r.exitCode != 0) {
            qWarning("%s: %s", qPrintable(command.join(u' ')), r.describe().constData());
            return "(failed: " + command.join(u' ').toUtf8() + ")";
        }
        all += command.join(u' ').toUtf8() + ":\n" + r.out + '\n';
    }
    return all;
}

/// The keys of a profile's private collections (the adept's journal, the mentor's notes): the
/// other person never holds them.
QList<QByteArray> privateSecrets(const CliFixture &f)
{
    QList<QByteArray> out;
    const auto profile = UnlockedProfile::open(f.profileDir(), CliFixture::Passphrase);
    sync::Collections collections(profile->store());
    for (const sync::Collection &c : collections.all())
        if (c.kind != sync::CollectionKind::Shared)
            for (const auto &[epoch, key] : collections.keys(c.id))
                out.append(raw(key));
    return out;
}

/// The JSON object in a list output whose "id" is id (empty when none).
QJsonObject byId(const CliResult &r, const QString &id)
{
    const QJsonDocument doc = r.json();
    QJsonArray list = doc.array();
    for (const QJsonValue &v : list)
        if (v.toObject().value(u"id"_s).toString() == id)
            return v.toObject();
    return {};
}

QByteArray dump(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

bool anyContains(const QJsonArray &lines, const QString &text)
{
    for (const QJsonValue &v : lines)
        if (v.toString().contains(text))
            return true;
    return false;
}

// ---------------------------------------------------------------------------------------------
// Raw frames, for membership changes RelayTransport would never send

QCborMap frame(const char *type, std::initializer_list<std::pair<QString, QCborValue>> fields = {})
{
    QCborMap map;
    map.insert(u"t"_s, QString::fromLatin1(type));
    for (const auto &[key, value] : fields)
        map.insert(key, value);
    return map;
}

class RawClient
{
public:
    explicit RawClient(const QUrl &url)
        : m_received(&m_socket, &QWebSocket::binaryMessageReceived)
        , m_origin(net::protocol::originOf(url))
    {
        QSignalSpy connected(&m_socket, &QWebSocket::connected);
        m_socket.open(url);
        m_open = connected.wait(60000);
    }
    [[nodiscard]] bool isOpen() const { return m_open; }

    QCborMap request(const QCborMap &map)
    {
        m_socket.sendBinaryMessage(net::protocol::encode(map));
        if (m_received.isEmpty() && !m_received.wait(60000))
            return {};
        return net::protocol::decode(m_received.takeFirst().at(0).toByteArray()).value_or(QCborMap());
    }

    bool authenticate(const QByteArray &device, const std::function<QByteArray(const QByteArray &)> &sign)
    {
        const QCborMap challenge = request(frame(
            net::protocol::type::Hello, { { u"v"_s, net::protocol::Version }, { u"device"_s, device } }));
        const QByteArray nonce = challenge.value(u"nonce"_s).toByteArray();
        const QCborMap welcome = request(frame(net::protocol::type::Auth,
            { { u"sig"_s, sign(net::protocol::authMessage(nonce, device, m_origin, {})) },
                { u"origin"_s, m_origin }, { u"fp"_s, QByteArray() } }));
        return welcome.value(u"t"_s).toString() == u"welcome"_s;
    }

private:
    QWebSocket m_socket;
    QSignalSpy m_received;
    QString m_origin;
    bool m_open = false;
};

QString errorCode(const QCborMap &map)
{
    return map.value(u"t"_s).toString() == u"error"_s ? map.value(u"code"_s).toString()
                                                      : map.value(u"t"_s).toString();
}

// ---------------------------------------------------------------------------------------------
// The hostile client

/// A paired profile taken over in-process: its genuine keys, the core's envelope functions, and
/// its own connection to the relay. It can sync like an honest client, and it can sign anything.
class HostileClient
{
public:
    HostileClient(const QString &folder, const QUrl &relay)
        : m_profile(UnlockedProfile::open(folder, CliFixture::Passphrase))
        , m_self(sync::DeviceIdentity::load(m_profile->store()))
        , m_collections(m_profile->store())
    {
        m_transport = std::make_unique<net::RelayTransport>(options(relay), signer());
    }

    [[nodiscard]] Store &store() { return m_profile->store(); }
    [[nodiscard]] sync::Collections &collections() { return m_collections; }
    [[nodiscard]] const sync::DeviceIdentity &self() const { return m_self; }
    [[nodiscard]] net::RelayTransport &transport() { return *m_transport; }

    [[nodiscard]] net::DeviceSigner signer() const
    {
        auto identity
            = std::make_shared<sync::DeviceIdentity>(sync::DeviceIdentity::load(m_profile->store()));
        return { identity->signPublicKey(), [identity](const QByteArray &m) { return identity->sign(m); } };
    }
    static net::RelayOptions options(const QUrl &relay)
    {
        net::RelayOptions o;
        o.url = relay;
        o.connectTimeoutMs = 60000; // a busy machine; nothing here measures time
        o.requestTimeoutMs = 60000;
        return o;
    }

    /// What an unmodified client does: one engine round.
    sync::SyncReport syncHonestly()
    {
        sync::Engine engine(store());
        return engine.sync(*m_transport);
    }

    [[nodiscard]] QByteArray sharedId()
    {
        const QList<sync::Collection> shared = m_collections.allShared();
        return shared.size() == 1 ? shared.first().id : QByteArray();
    }

    /// Seals an envelope with the given chain place (nothing recorded here: a fork, a replay).
    QByteArray sealAs(const QByteArray &collection, sync::EnvelopeHeader h, const sync::Payload &p)
    {
        h.collectionId = collection;
        h.keyEpoch = m_collections.find(collection)->currentEpoch;
        const std::optional<SecureKey> key = m_collections.key(collection, h.keyEpoch);
        return sync::sealEnvelope(h, p.encode(), *key, m_self);
    }

    /// Seals an envelope as this device's next in the collection (its chain number and the hash
    /// before it), so nothing about its place gives it away; the place is recorded here.
    QByteArray sealNext(const QByteArray &collection, sync::EnvelopeHeader h, const sync::Payload &p)
    {
        const sync::chain::Link link = sync::chain::next(store(), collection, m_self.signPublicKey());
        h.authorSeq = link.seq;
        h.previousHash = link.previous;
        const QByteArray envelope = sealAs(collection, h, p);
        sync::EnvelopeHeader placed = sync::peekEnvelope(envelope);
        sync::chain::place(store(), placed, sync::envelopeHash(envelope));
        return envelope;
    }

    /// A new revision of a record as this device holds it, on top of what it received (revision,
    /// parent and parent hash exactly as an honest edit would carry them), with changed columns.
    QByteArray rewrite(
        const QByteArray &collection, const QString &table, const QString &id, const QVariantMap &changes)
    {
        const sync::Collection c = *m_collections.find(collection);
        const std::optional<sync::LocalRow> local = sync::readLocal(store(), m_collections, c, table, id);
        if (!local)
            return {};
        auto q = store().db().prepare(
            "SELECT revision, hash FROM sync_record WHERE collection_id = ? AND record_id = ?");
        q.bind(1, collection).bind(2, id);
        qint64 heldRevision = 0;
        QByteArray heldHash;
        if (q.step()) {
            heldRevision = q.int64(0);
            heldHash = q.blob(1);
        }
        sync::EnvelopeHeader h;
        h.recordId = id;
        h.revision = std::max(local->revision, heldRevision) + 1;
        h.parentRevision = heldRevision;
        h.parentHash = heldHash;
        sync::Payload p = local->payload;
        for (auto it = changes.cbegin(); it != changes.cend(); ++it)
            p.fields.insert(it.key(), it.value());
        p.updatedAt = QDateTime::currentMSecsSinceEpoch();
        return sealNext(collection, h, p);
    }

    /// A record this device never had: revision 1.
    QByteArray create(
        const QByteArray &collection, const QString &table, const QString &id, const QVariantMap &fields)
    {
        sync::EnvelopeHeader h;
        h.recordId = id;
        h.revision = 1;
        sync::Payload p;
        p.table = table;
        p.updatedAt = QDateTime::currentMSecsSinceEpoch();
        p.fields = fields;
        return sealNext(collection, h, p);
    }

    /// Every key this device holds, and any it made up for an attack.
    [[nodiscard]] QList<SecureKey> keys()
    {
        QList<SecureKey> all = m_extraKeys;
        for (const sync::Collection &c : m_collections.all())
            for (const auto &[epoch, key] : m_collections.keys(c.id))
                all.append(key);
        return all;
    }
    void addKey(const SecureKey &key) { m_extraKeys.append(key); }

private:
    std::unique_ptr<UnlockedProfile> m_profile;
    sync::DeviceIdentity m_self;
    sync::Collections m_collections;
    std::unique_ptr<net::RelayTransport> m_transport;
    QList<SecureKey> m_extraKeys;
};

/// Every envelope of a collection a device may pull (throws SyncError NotPaired when it may not).
std::vector<QByteArray> pullAll(net::RelayTransport &transport, const QByteArray &collection)
{
    std::vector<QByteArray> out;
    std::int64_t after = 0;
    for (bool more = true; more;) {
        const sync::PullPage page = transport.pull(collection, after, 1000);
        for (const sync::StoredEnvelope &e : page.envelopes)
            out.push_back(e.bytes);
        const std::int64_t before = after;
        after = std::max<std::int64_t>(after, page.through);
        for (const sync::StoredEnvelope &e : page.envelopes)
            after = std::max<std::int64_t>(after, e.sequence);
        more = page.more && after > before;
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// The scene: a relay, the adept's and the mentor's profiles, paired through the CLI

struct Scene
{
    QTemporaryDir relayDir;
    RelayProcess relay;
    CliFixture adept;
    CliFixture mentor;
    QString adeptMentorship;
    QString mentorMentorship;

    [[nodiscard]] QString dbPath() const { return relayDir.filePath(u"relay.db"_s); }
};

/// Pairs a mentor's mentorship with an adept's the way two people do: invite, accept, compare the
/// safety number, confirm, finish; then the mentor syncs once.
void pairCli(
    const CliFixture &mentor, const QString &mentorMentorship, const CliFixture &adept, const QUrl &relay)
{
    const CliResult invite = mentor.json(
        { u"pair"_s, u"invite"_s, u"--mentorship"_s, mentorMentorship, u"--relay"_s, relay.toString() });
    QCOMPARE_EXIT(invite, 0);
    const CliResult accepted
        = adept.json({ u"pair"_s, u"accept"_s, invite.object().value(u"invite"_s).toString() });
    QCOMPARE_EXIT(accepted, 0);
    const QString number = accepted.object().value(u"safetyNumber"_s).toString();
    QCOMPARE_EXIT(mentor.run({ u"pair"_s, u"confirm"_s, u"--safety-number"_s, number }), 0);
    const CliResult finished = adept.json({ u"pair"_s, u"finish"_s, u"--relay"_s, relay.toString() });
    QCOMPARE_EXIT(finished, 0);
    QVERIFY(finished.object().value(u"paired"_s).toBool());
    QCOMPARE_EXIT(mentor.run({ u"sync"_s }), 0);
}

QString addMentorship(CliFixture &f, const QString &adept)
{
    return f.addId({ u"mentorship"_s, u"add"_s, u"--adept"_s, adept, u"--mentor"_s, u"Mia"_s });
}

/// Starts the relay, creates both profiles and a mentorship on each, and pairs them.
void setUp(Scene &s)
{
    QVERIFY(s.relayDir.isValid());
    QVERIFY2(s.relay.start({ u"--db"_s, s.dbPath(), u"--port"_s, u"0"_s }), qPrintable(s.relay.error()));
    QVERIFY(s.mentor.init(u"mentor"_s));
    QVERIFY(s.adept.init(u"adept"_s));
    s.mentorMentorship = addMentorship(s.mentor, u"Ada"_s);
    s.adeptMentorship = addMentorship(s.adept, u"Ada"_s);
    QVERIFY(!s.mentorMentorship.isEmpty() && !s.adeptMentorship.isEmpty());
    pairCli(s.mentor, s.mentorMentorship, s.adept, s.relay.url());
}

/// A sync of the honest profile through the CLI, as JSON. A failed run (printed) gives an object
/// that fails every check made on a report.
QJsonObject syncJson(const CliFixture &f)
{
    const CliResult r = f.json({ u"sync"_s });
    if (r.exitCode != 0)
        qWarning("%s", r.describe().constData());
    return r.exitCode == 0 ? r.object() : QJsonObject { { u"failed"_s, true } };
}

/// What the hostile side can read, everywhere it could look: every envelope it can pull through
/// the protocol (as itself and as any extra device it planted), and every envelope in the relay's
/// database (a relay that colludes with it), each opened with every key it holds. None may show a
/// forbidden marker or one of the honest side's secret keys, and no rotation record may hold an
/// entry for the hostile side's devices. Each visible marker (something rightly shared with the
/// hostile side) must show: the check can see a marker when one is there.
void verifyNothingReadable(Scene &s, HostileClient &hostile, const QList<net::RelayTransport *> &planted,
    const QList<QByteArray> &visible, const QList<QByteArray> &forbidden,
    const QList<QByteArray> &honestSecrets, const QList<QByteArray> &ownDevices)
{
    const QList<SecureKey> keys = hostile.keys();
    QVERIFY(!keys.isEmpty());
    std::vector<QByteArray> everything;
    for (const RelayRow &row : relayEnvelopes(s.dbPath()))
        everything.push_back(row.body);
    QVERIFY(!everything.empty());
    int pulledCollections = 0;
    QList<net::RelayTransport *> transports { &hostile.transport() };
    transports += planted;
    for (const QByteArray &collection : relayCollections(s.dbPath()))
        for (net::RelayTransport *t : transports) {
            try {
                const std::vector<QByteArray> pulled = pullAll(*t, collection);
                everything.insert(everything.end(), pulled.begin(), pulled.end());
                ++pulledCollections;
            } catch (const sync::SyncError &e) {
                QCOMPARE(e.kind(), sync::SyncErrorKind::NotPaired);
            }
        }
    QVERIFY(pulledCollections >= 1); // it could pull something, so the protocol path was looked at
    const QList<QByteArray> plaintexts = readable(everything, keys);
    QVERIFY(!visible.isEmpty());
    for (const QByteArray &marker : visible)
        QVERIFY2(std::any_of(plaintexts.cbegin(), plaintexts.cend(),
                     [&](const QByteArray &plain) { return plain.contains(marker); }),
            marker.constData());
    for (const QByteArray &plain : plaintexts) {
        for (const QByteArray &marker : forbidden)
            QVERIFY2(!plain.contains(marker), marker.constData());
        for (const QByteArray &secret : honestSecrets)
            QVERIFY2(!plain.contains(secret), "an honest collection key is readable to the hostile side");
        const std::optional<sync::Payload> payload = payloadOf(plain);
        if (!payload || payload->table != QLatin1String(sync::RotationTable))
            continue;
        // A rotation record: the new key is sealed to each device that remains, none of these.
        const QCborArray to = QCborValue::fromCbor(payload->fields.value(u"to"_s).toByteArray()).toArray();
        for (const QCborValue &entry : to) {
            QVERIFY(!ownDevices.contains(entry.toArray().at(0).toByteArray()));
            const QByteArray sealed = entry.toArray().at(1).toByteArray();
            QByteArray opened(std::max<qsizetype>(0, sealed.size() - qsizetype(crypto_box_SEALBYTES)), '\0');
            QVERIFY(sealed.size() <= qsizetype(crypto_box_SEALBYTES)
                || crypto_box_seal_open(reinterpret_cast<unsigned char *>(opened.data()),
                       reinterpret_cast<const unsigned char *>(sealed.constData()),
                       std::size_t(sealed.size()),
                       reinterpret_cast<const unsigned char *>(hostile.self().boxPublicKey().constData()),
                       hostile.self().boxSecretKey().data())
                    != 0);
        }
    }
}

/// The relay, stopped (so everything is flushed), holds no marker in its files or its log.
void verifyRelayHoldsNoMarker(Scene &s, const QList<QByteArray> &markers)
{
    QVERIFY(s.relay.stop());
    const QStringList leaks = filesWithMarkers(s.relayDir.path(), markers);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));
    const QByteArray log = s.relay.output();
    for (const QByteArray &marker : markers)
        QVERIFY2(!log.contains(marker) && !log.contains(marker.toHex()), marker.constData());
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestHostileClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(sodium_init() >= 0);
        QVERIFY(qEnvironmentVariableIsSet("BOLLPLANK_TEST_FAST_KDF"));
    }

    // Attack 1. The mentor's client (paired honestly, the real other party) offers the adept a
    // second pairing and grants the adept's own journal id as a "shared" space at epoch 2, under a
    // key it made; then tries the same through records (a collection grant and a rotation record
    // pushed into the shared space). The journal keeps its key, members and outbox; nothing it
    // holds is ever pushed where the mentor's keys open it.
    void reKeyingTheJournalThroughAGrantIsRefused()
    {
        const QByteArray privateMarker = "MARKER-1-PRIVATE-b3e1";
        const QByteArray laterMarker = "MARKER-1-PRIVATE-AFTER-77c0";
        const QByteArray sharedMarker = "MARKER-1-SHARED-5d2a";
        Scene s;
        setUp(s);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!s.adept
                     .addId({ u"reflection"_s, u"add"_s, u"--private"_s, u"--text"_s,
                         QString::fromLatin1(privateMarker + " my own") })
                     .isEmpty());
        const QString shared = s.adept.addId({ u"reflection"_s, u"add"_s, u"--shared"_s, u"--mentorship"_s,
            s.adeptMentorship, u"--text"_s, QString::fromLatin1(sharedMarker + " for Mia") });
        QVERIFY(!shared.isEmpty());
        // The adept starts a second mentorship with the same mentor, to be paired as well.
        const QString second = s.adept.addId({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"Ada"_s,
            u"--mentor"_s, u"Mia"_s, u"--start"_s, u"2026-06-01"_s });
        QVERIFY(!second.isEmpty());
        QCOMPARE_EXIT(s.adept.run({ u"sync"_s }), 0);

        HostileClient hostile(s.mentor.profileDir(), s.relay.url());
        (void)hostile.syncHonestly();
        const QByteArray sharedId = hostile.sharedId();
        QVERIFY(!sharedId.isEmpty());

        const HonestKeys before = inspect(s.adept);
        QVERIFY(!before.journal.isEmpty());
        const QList<QStringList> honestLists { { u"reflection"_s, u"list"_s }, { u"pair"_s, u"list"_s },
            { u"mentorship"_s, u"list"_s } };
        const QByteArray recordsBefore = records(s.adept, honestLists);
        // The journal's id is no secret from a relay: the partner is assumed to have it from one.
        QVERIFY(relayCollections(s.dbPath()).contains(before.journal));

        // (a) A second invite, answered by the honest adept; the grant names the journal.
        Mentorship m2;
        m2.adeptName = u"Ada"_s;
        m2.mentorName = u"Mia"_s;
        m2.startDate = QDate(2026, 6, 1);
        MentorshipRepository(hostile.store()).save(m2);
        sync::Pairing issuing(hostile.store());
        const sync::Invite invite
            = issuing.createInvite(sync::PairingPurpose::Partner, m2.meta.id, { s.relay.url().toString() });
        QCOMPARE_EXIT(s.adept.run({ u"pair"_s, u"accept"_s, invite.toText(), u"--mentorship"_s, second }), 0);
        const std::optional<sync::Pairing::Answer> answer
            = issuing.openAnswers(hostile.transport().readMailbox(invite.mailboxId()));
        QVERIFY(answer.has_value());
        const HonestKeys afterAccept = inspect(s.adept);

        const SecureKey forgedKey = SecureKey::random();
        hostile.addKey(forgedKey);
        const QByteArray forgedKeyBytes = raw(forgedKey);
        const sync::DeviceIdentity &me = hostile.self();
        const sync::Member &adeptDevice = answer->device;
        const QCborArray members { QCborArray { me.signPublicKey(), me.boxPublicKey(), me.deviceId() },
            QCborArray { adeptDevice.signPublicKey, adeptDevice.boxPublicKey, adeptDevice.deviceId } };
        const QCborMap entry { { u"id"_s, before.journal }, { u"kind"_s, u"shared"_s },
            { u"mentorship"_s, QString() }, { u"epoch"_s, 2 },
            { u"keys"_s, QCborArray { QCborArray { 2, forgedKeyBytes } } }, { u"members"_s, members } };
        const QByteArray plain
            = QCborValue(QCborMap { { u"m"_s, invite.mailboxId() }, { u"c"_s, QCborArray { entry } } })
                  .toCbor();
        QByteArray sealed(plain.size() + qsizetype(crypto_box_SEALBYTES), '\0');
        QCOMPARE(crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
                     reinterpret_cast<const unsigned char *>(plain.constData()), std::size_t(plain.size()),
                     reinterpret_cast<const unsigned char *>(adeptDevice.boxPublicKey.constData())),
            0);
        const QByteArray grant = QCborValue(
            QCborMap { { u"k"_s, u"grant"_s }, { u"b"_s, sealed },
                { u"s"_s,
                    me.sign(QByteArrayLiteral("bollplank-grant-v1") + '\0' + invite.mailboxId() + sealed) } })
                                     .toCbor();
        // Only the grant: the relay orders a mailbox's messages within one second by hash, and
        // "pair finish" names the last refusal, so junk beside it would make the reason a coin toss.
        hostile.transport().postToMailbox(invite.mailboxId(), grant);

        const CliResult finished = s.adept.run({ u"pair"_s, u"finish"_s });
        QVERIFY_FAILURE(finished, 5);
        QVERIFY2(finished.err.contains("already holds"), finished.err.constData());

        // (b) and (c): the same through records in the shared space, beside a comment the mentor
        // may write (the control: it is applied).
        const QCborArray grantKeys { QCborArray { 2, forgedKeyBytes } };
        const QCborArray grantMembers { QCborArray { me.signPublicKey(), me.boxPublicKey(), me.deviceId() },
            QCborArray { adeptDevice.signPublicKey, adeptDevice.boxPublicKey, adeptDevice.deviceId } };
        const QByteArray grantRecord = hostile.create(sharedId, QString::fromLatin1(sync::GrantTable),
            u"grant:"_s + hex(before.journal),
            { { u"id"_s, before.journal }, { u"kind"_s, u"shared"_s }, { u"mentorship"_s, QString() },
                { u"epoch"_s, 2 }, { u"keys"_s, QCborValue(grantKeys).toCbor() },
                { u"members"_s, QCborValue(grantMembers).toCbor() } });
        const QByteArray inner = QCborValue(
            QCborMap { { u"id"_s, before.journal }, { u"replaces"_s, sharedId }, { u"kind"_s, u"shared"_s },
                { u"epoch"_s, 2 }, { u"keys"_s, grantKeys },
                { u"members"_s,
                    grantMembers } }).toCbor();
        QByteArray sealedRotation(inner.size() + qsizetype(crypto_box_SEALBYTES), '\0');
        QCOMPARE(crypto_box_seal(reinterpret_cast<unsigned char *>(sealedRotation.data()),
                     reinterpret_cast<const unsigned char *>(inner.constData()), std::size_t(inner.size()),
                     reinterpret_cast<const unsigned char *>(adeptDevice.boxPublicKey.constData())),
            0);
        const QByteArray rotation = hostile.create(sharedId, QString::fromLatin1(sync::RotationTable),
            u"rotation:"_s + hex(before.journal),
            { { u"to"_s,
                QCborValue(QCborArray { QCborArray { adeptDevice.signPublicKey, sealedRotation } })
                    .toCbor() } });
        const QString commentId = newId();
        const QByteArray control = hostile.create(sharedId, u"comment"_s, commentId,
            { { u"reflection_id"_s, shared }, { u"body"_s, u"a comment the mentor may write"_s } });
        hostile.transport().push(sharedId, { grantRecord, rotation, control });

        const QJsonObject report = syncJson(s.adept);
        const QJsonArray refused = report.value(u"refused"_s).toArray();
        QCOMPARE(refused.size(), 2);
        QVERIFY2(anyContains(refused, u"does not belong in this collection"_s), dump(report).constData());
        QVERIFY2(anyContains(refused, u"rotation"_s), dump(report).constData());
        QCOMPARE(report.value(u"applied"_s).toInt(), 1);
        QCOMPARE(report.value(u"forks"_s).toInt(), 0);
        QVERIFY(report.value(u"withheld"_s).toArray().isEmpty());
        const CliResult comments = s.adept.json({ u"comment"_s, u"list"_s, u"--reflection"_s, shared });
        QCOMPARE_EXIT(comments, 0);
        QVERIFY2(!byId(comments, commentId).isEmpty(), comments.out.constData());

        // Nothing changed: the journal's key, members and queue; the records; the pairings.
        const HonestKeys after = inspect(s.adept);
        QCOMPARE(after.journal, before.journal);
        QCOMPARE(after.journalRing, before.journalRing);
        QCOMPARE(after.journalOutbox, afterAccept.journalOutbox);
        QVERIFY(!after.secrets.contains(forgedKeyBytes));
        QCOMPARE(after.liveSharedIds, before.liveSharedIds);
        QCOMPARE(records(s.adept, honestLists), recordsBefore);

        // The adept writes on; nothing of the journal reaches the relay under a key the mentor has.
        QVERIFY(!s.adept
                     .addId({ u"reflection"_s, u"add"_s, u"--private"_s, u"--text"_s,
                         QString::fromLatin1(laterMarker + " still mine") })
                     .isEmpty());
        QCOMPARE_EXIT(s.adept.run({ u"sync"_s }), 0);
        QCOMPARE(inspect(s.adept).journalRing, before.journalRing);
        try {
            (void)pullAll(hostile.transport(), before.journal);
            QFAIL("the mentor's device pulled the adept's journal");
        } catch (const sync::SyncError &e) {
            QCOMPARE(e.kind(), sync::SyncErrorKind::NotPaired);
        }
        // The shared space's key is rightly the mentor's too: only the journal's must not be read.
        const QList<QByteArray> journalSecrets = privateSecrets(s.adept);
        QVERIFY(!journalSecrets.isEmpty());
        verifyNothingReadable(s, hostile, {}, { sharedMarker }, { privateMarker, laterMarker },
            journalSecrets, { me.signPublicKey() });
        verifyRelayHoldsNoMarker(s, { privateMarker, laterMarker, sharedMarker });
    }

    // Attack 2. The mentor's client lets a hidden key X into the shared space at the relay: a raw
    // member frame without a valid statement (refused), then one signed by itself (the relay
    // accepts: the mentor is a member). The adept's audit names X. The adept unpairs and writes on:
    // neither X nor the mentor's device pulls anything they can open written after the unpairing.
    void aHiddenKeyAtTheRelayReadsNothingWrittenAfterTheUnpairing()
    {
        const QByteArray beforeMarker = "MARKER-2-SHARED-BEFORE-61f4";
        const QByteArray sharedAfter = "MARKER-2-SHARED-AFTER-0a9d";
        const QByteArray privateAfter = "MARKER-2-PRIVATE-AFTER-c35e";
        Scene s;
        setUp(s);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(!s.adept
                     .addId({ u"reflection"_s, u"add"_s, u"--shared"_s, u"--mentorship"_s, s.adeptMentorship,
                         u"--text"_s, QString::fromLatin1(beforeMarker + " for Mia") })
                     .isEmpty());
        QCOMPARE_EXIT(s.adept.run({ u"sync"_s }), 0);
        QCOMPARE_EXIT(s.adept.run({ u"sync"_s, u"audit"_s }), 0); // nobody hidden yet

        auto hostile = std::make_unique<HostileClient>(s.mentor.profileDir(), s.relay.url());
        (void)hostile->syncHonestly();
        const QByteArray sharedId = hostile->sharedId();
        QVERIFY(!sharedId.isEmpty());
        const sync::DeviceIdentity &me = hostile->self();
        const QByteArray adeptKey = inspect(s.adept).signPublic;
        const net::DeviceSigner x = e2e::newDevice();
        const auto listsX = [&] {
            for (const sync::MemberStatement &m : hostile->transport().members(sharedId))
                if (m.device == x.publicKey)
                    return true;
            return false;
        };
        const auto memberFrame = [&](qint64 id, const sync::MemberChange &change,
                                     const std::function<QByteArray(const QByteArray &)> &sign) {
            const sync::MemberStatement st = sync::signMemberChange(change, sign);
            return frame(net::protocol::type::Member,
                { { u"id"_s, id }, { u"c"_s, sharedId }, { u"stmt"_s, st.statement },
                    { u"sig"_s, st.signature } });
        };
        {
            RawClient raw(s.relay.url());
            QVERIFY(raw.isOpen());
            QVERIFY(raw.authenticate(me.signPublicKey(), [&](const QByteArray &m) { return me.sign(m); }));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            // Without a statement (protocol version 1's frame).
            QCOMPARE(errorCode(raw.request(frame(net::protocol::type::Member,
                         { { u"id"_s, 1 }, { u"c"_s, sharedId }, { u"dev"_s, x.publicKey } }))),
                u"malformed"_s);
            // A statement in the mentor's name that the mentor's key did not sign.
            QCOMPARE(errorCode(raw.request(
                         memberFrame(2, { sharedId, x.publicKey, false, now, me.signPublicKey() }, x.sign))),
                u"auth-failed"_s);
            // A statement in the adept's name, signed by the mentor's device.
            QCOMPARE(errorCode(raw.request(memberFrame(3, { sharedId, x.publicKey, false, now, adeptKey },
                         [&](const QByteArray &m) { return me.sign(m); }))),
                u"auth-failed"_s);
        }
        QVERIFY(!listsX());
        // Signed by the mentor's own device: a member may add devices, and the relay lets X in.
        hostile->transport().setMember(sharedId, x.publicKey);
        QVERIFY(listsX());

        // The adept's audit names X, and not the mentor's device (which the adept paired).
        const CliResult audit = s.adept.run({ u"sync"_s, u"audit"_s });
        QVERIFY_FAILURE(audit, 8);
        QVERIFY2(audit.err.contains(x.publicKey.toHex()), audit.err.constData());
        QVERIFY(!audit.err.contains(me.signPublicKey().toHex()));

        // What was shared before stays readable to the mentor's keys, and so to X: the check below
        // can see a marker when one is there.
        auto planted = std::make_unique<net::RelayTransport>(HostileClient::options(s.relay.url()), x);
        bool sawBefore = false;
        for (const QByteArray &plain : readable(pullAll(*planted, sharedId), hostile->keys()))
            sawBefore = sawBefore || plain.contains(beforeMarker);
        QVERIFY(sawBefore);

        // The adept ends the pairing and writes on.
        const CliResult unpaired = s.adept.json({ u"unpair"_s });
        QCOMPARE_EXIT(unpaired, 0);
        QVERIFY(unpaired.object().value(u"revoked"_s).toInt() >= 1);
        QVERIFY(unpaired.object().value(u"sent"_s).toBool());
        QVERIFY(!s.adept
                     .addId({ u"reflection"_s, u"add"_s, u"--shared"_s, u"--mentorship"_s, s.adeptMentorship,
                         u"--text"_s, QString::fromLatin1(sharedAfter + " after") })
                     .isEmpty());
        QVERIFY(!s.adept
                     .addId({ u"reflection"_s, u"add"_s, u"--private"_s, u"--text"_s,
                         QString::fromLatin1(privateAfter + " after") })
                     .isEmpty());
        QCOMPARE_EXIT(s.adept.run({ u"sync"_s }), 0);
        const HonestKeys after = inspect(s.adept);
        QCOMPARE(after.liveSharedIds.size(), 1);
        const QByteArray replacement = after.liveSharedIds.first();
        QVERIFY(replacement != sharedId);

        // A modified client keeps every key it ever held, whatever the honest engine below erases.
        for (const SecureKey &key : hostile->keys())
            hostile->addKey(key);
        // The mentor's device syncs as it would: the relay no longer serves it the shared space but
        // answers with the adept's signed revocation, on which it erases her words from its copy.
        const sync::SyncReport late = hostile->syncHonestly();
        QCOMPARE(late.erased.size(), 1);
        QCOMPARE(late.erased.first().collectionId, sharedId);
        QVERIFY(!late.erased.first().byOwnDevice);
        // Neither it nor X gets into the collection that replaced it, nor can X be added there.
        for (net::RelayTransport *t : { &hostile->transport(), planted.get() }) {
            try {
                (void)pullAll(*t, replacement);
                QFAIL("a revoked or hidden device pulled the collection that replaced the shared space");
            } catch (const sync::SyncError &e) {
                QCOMPARE(e.kind(), sync::SyncErrorKind::NotPaired);
            }
        }
        try {
            hostile->transport().setMember(replacement, x.publicKey);
            QFAIL("the relay let the revoked device add X to the new collection");
        } catch (const sync::SyncError &e) {
            QCOMPARE(e.kind(), sync::SyncErrorKind::NotPaired);
        }
        // X, still let into the old (now frozen) collection, cannot push into it either.
        try {
            planted->push(sharedId, { e2e::randomBytes(300) });
            QFAIL("the relay took a push into a frozen collection");
        } catch (const sync::SyncError &e) {
            QCOMPARE(e.kind(), sync::SyncErrorKind::Refused);
        }
        // The audit still names X wherever the relay lets it in.
        const CliResult stillThere = s.adept.run({ u"sync"_s, u"audit"_s });
        QVERIFY_FAILURE(stillThere, 8);
        QVERIFY2(stillThere.err.contains(x.publicKey.toHex()), stillThere.err.constData());

        QList<QByteArray> secrets; // the adept's keys the mentor never held: the journal's, the new space's
        const QList<SecureKey> hostileKeys = hostile->keys();
        for (const QByteArray &secret : after.secrets)
            if (std::none_of(hostileKeys.cbegin(), hostileKeys.cend(),
                    [&](const SecureKey &k) { return raw(k) == secret; }))
                secrets.append(secret);
        QVERIFY(secrets.size() >= 2);
        verifyNothingReadable(s, *hostile, { planted.get() }, { beforeMarker }, { sharedAfter, privateAfter },
            secrets, { me.signPublicKey(), x.publicKey });
        planted.reset();
        hostile.reset();
        verifyRelayHoldsNoMarker(s, { beforeMarker, sharedAfter, privateAfter });
    }

    // Attack 4. The mentor's client plans a meeting; the adept deletes it. The mentor's client then
    // re-pushes its captured envelope of the meeting (byte for byte), the same revision sealed anew
    // under its next chain number, and a fork (another envelope under a number it already used),
    // beside a meeting it may plan (the control). The adept keeps the meeting deleted, refuses the
    // replay and the fork, and reports the fork on every sync.
    void aReplayedOrForkedRevisionCannotBringBackADeletedRecord()
    {
        const QByteArray placeMarker = "MARKER-4-PLACE-8e21";
        const QByteArray forkMarker = "MARKER-4-FORK-4b07";
        const QByteArray privateMarker = "MARKER-4-PRIVATE-d9a6";
        Scene s;
        setUp(s);
        if (QTest::currentTestFailed())
            return;
        const QString meeting
            = s.mentor.addId({ u"meeting"_s, u"add"_s, u"--mentorship"_s, s.mentorMentorship, u"--start"_s,
                u"2026-03-02T09:00"_s, u"--place"_s, QString::fromLatin1(placeMarker) });
        QVERIFY(!meeting.isEmpty());
        QCOMPARE_EXIT(s.mentor.run({ u"sync"_s }), 0);
        QVERIFY(!s.adept
                     .addId({ u"reflection"_s, u"add"_s, u"--private"_s, u"--text"_s,
                         QString::fromLatin1(privateMarker + " mine") })
                     .isEmpty());
        QCOMPARE_EXIT(s.adept.run({ u"sync"_s }), 0);
        QCOMPARE_EXIT(s.adept.run({ u"meeting"_s, u"show"_s, meeting }), 0);
        QCOMPARE_EXIT(s.adept.run({ u"meeting"_s, u"delete"_s, meeting }), 0);
        QCOMPARE_EXIT(s.adept.run({ u"sync"_s }), 0);

        HostileClient hostile(s.mentor.profileDir(), s.relay.url());
        (void)hostile.syncHonestly(); // hears of the deletion like any client
        const QByteArray sharedId = hostile.sharedId();
        QVERIFY(!sharedId.isEmpty());
        // Its own envelope of the meeting, as it went to the relay.
        QByteArray captured;
        qint64 capturedSeq = 0;
        for (const RelayRow &row : relayEnvelopes(s.dbPath()))
            if (row.collection == sharedId && row.pusher == hostile.self().signPublicKey()
                && sync::peekEnvelope(row.body).recordId == meeting) {
                captured = row.body;
                capturedSeq = row.seq;
            }
        QVERIFY(!captured.isEmpty());
        const sync::EnvelopeHeader capturedHeader = sync::peekEnvelope(captured);
        QCOMPARE(capturedHeader.revision, 1);
        const std::optional<SecureKey> key = hostile.collections().key(sharedId, capturedHeader.keyEpoch);
        QVERIFY(key.has_value());
        const std::optional<sync::Payload> old = payloadOf(tryOpen(captured, *key).value_or(QByteArray()));
        QVERIFY(old.has_value());
        QVERIFY(!old->deleted);
        const QList<QStringList> lists { { u"meeting"_s, u"list"_s }, { u"reflection"_s, u"list"_s } };
        const QByteArray recordsBefore = records(s.adept, lists);
        QVERIFY(!recordsBefore.contains(meeting.toUtf8()));

        // (a) The same bytes again: the relay keeps one copy and hands nobody anything new.
        hostile.transport().push(sharedId, { captured });
        QCOMPARE(hostile.transport().lastSequences(), std::vector<qint64> { capturedSeq });
        const QJsonObject quiet = syncJson(s.adept);
        QCOMPARE(quiet.value(u"pulled"_s).toInt(), 0);
        QCOMPARE(quiet.value(u"applied"_s).toInt(), 0);
        QVERIFY2(quiet.value(u"refused"_s).toArray().isEmpty(), dump(quiet).constData());

        // (b) The old revision sealed anew: a lower revision than the tombstone, correctly chained.
        sync::EnvelopeHeader again;
        again.recordId = meeting;
        again.revision = capturedHeader.revision;
        const QByteArray replay = hostile.sealNext(sharedId, again, *old);
        // (c) A fork: another meeting under the number the captured envelope already has.
        sync::EnvelopeHeader twin;
        const QString forkId = newId();
        twin.recordId = forkId;
        twin.revision = 1;
        twin.authorSeq = capturedHeader.authorSeq;
        twin.previousHash = capturedHeader.previousHash;
        sync::Payload forked = *old;
        forked.fields.insert(u"place"_s, QString::fromLatin1(forkMarker));
        const QByteArray fork = hostile.sealAs(sharedId, twin, forked);
        // The control: a new meeting the mentor may plan, its next number.
        const QString controlId = newId();
        sync::Payload planned = *old;
        planned.fields.insert(u"place"_s, u"the usual café"_s);
        const QByteArray control = hostile.sealNext(
            sharedId,
            [&] {
                sync::EnvelopeHeader h;
                h.recordId = controlId;
                h.revision = 1;
                return h;
            }(),
            planned);
        hostile.transport().push(sharedId, { replay, fork, control });

        const QJsonObject report = syncJson(s.adept);
        const QJsonArray refused = report.value(u"refused"_s).toArray();
        QCOMPARE(refused.size(), 2);
        QVERIFY2(anyContains(refused, u"replayed or reordered"_s), dump(report).constData());
        QVERIFY2(anyContains(refused, u"forked history"_s), dump(report).constData());
        QCOMPARE(report.value(u"forks"_s).toInt(), 1);
        QCOMPARE(report.value(u"applied"_s).toInt(), 1);
        QVERIFY(report.value(u"withheld"_s).toArray().isEmpty());

        // The meeting stays deleted, the fork never arrived, the control did.
        QVERIFY_FAILURE(s.adept.run({ u"meeting"_s, u"show"_s, meeting }), 5);
        QVERIFY_FAILURE(s.adept.run({ u"meeting"_s, u"show"_s, forkId }), 5);
        const CliResult shown = s.adept.json({ u"meeting"_s, u"show"_s, controlId });
        QCOMPARE_EXIT(shown, 0);
        // The fork is on record: the plain sync output warns of it every time.
        const CliResult again2 = s.adept.run({ u"sync"_s });
        QCOMPARE_EXIT(again2, 0);
        QVERIFY2(again2.out.contains("forked history"), again2.out.constData());
        QVERIFY_FAILURE(s.adept.run({ u"meeting"_s, u"show"_s, meeting }), 5);
        const QByteArray recordsAfter = records(s.adept, lists);
        QVERIFY(!recordsAfter.contains(meeting.toUtf8()) && !recordsAfter.contains(forkMarker));

        verifyNothingReadable(s, hostile, {}, { placeMarker }, { privateMarker }, privateSecrets(s.adept),
            { hostile.self().signPublicKey() });
        verifyRelayHoldsNoMarker(s, { placeMarker, forkMarker, privateMarker });
    }

    // Attack 6, the adept's side. The adept's client rewrites the mentor's evaluation of a meeting,
    // acknowledges the agreement in the mentor's name, and rewrites the mentor's comment, beside its
    // own evaluation of the meeting (the control). The mentor's profile refuses all three.
    void theAdeptsClientRewritingTheMentorsWordsIsRefused()
    {
        const QByteArray reflectionMarker = "MARKER-6A-REFLECTION-2f90";
        const QByteArray evaluationMarker = "MARKER-6A-EVALUATION-71c3";
        const QByteArray goalsMarker = "MARKER-6A-GOALS-a04e";
        const QByteArray commentMarker = "MARKER-6A-COMMENT-5e18";
        const QByteArray noteMarker = "MARKER-6A-NOTE-0b6d";
        const QByteArray forgedMarker = "MARKER-6A-FORGED-93aa";
        Scene s;
        setUp(s);
        if (QTest::currentTestFailed())
            return;
        const QString reflection = s.adept.addId({ u"reflection"_s, u"add"_s, u"--shared"_s,
            u"--mentorship"_s, s.adeptMentorship, u"--text"_s, QString::fromLatin1(reflectionMarker) });
        QVERIFY(!reflection.isEmpty());
        QCOMPARE_EXIT(s.adept.run({ u"sync"_s }), 0);
        QCOMPARE_EXIT(s.mentor.run({ u"sync"_s }), 0);
        const QString meeting = s.mentor.addId({ u"meeting"_s, u"add"_s, u"--mentorship"_s,
            s.mentorMentorship, u"--start"_s, u"2026-03-02T09:00"_s });
        const QString evaluation = s.mentor.addId({ u"evaluation"_s, u"add"_s, u"--meeting"_s, meeting,
            u"--rating"_s, u"2"_s, u"--text"_s, QString::fromLatin1(evaluationMarker) });
        QCOMPARE_EXIT(s.mentor.run({ u"agreement"_s, u"set"_s, s.mentorMentorship, u"--goals"_s,
                          QString::fromLatin1(goalsMarker) }),
            0);
        const QString comment = s.mentor.addId({ u"comment"_s, u"add"_s, u"--reflection"_s, reflection,
            u"--text"_s, QString::fromLatin1(commentMarker) });
        QVERIFY(!s.mentor
                     .addId({ u"note"_s, u"add"_s, u"--mentorship"_s, s.mentorMentorship, u"--text"_s,
                         QString::fromLatin1(noteMarker) })
                     .isEmpty());
        QVERIFY(!meeting.isEmpty() && !evaluation.isEmpty() && !comment.isEmpty());
        QCOMPARE_EXIT(s.mentor.run({ u"sync"_s }), 0);

        HostileClient hostile(s.adept.profileDir(), s.relay.url());
        (void)hostile.syncHonestly();
        const QByteArray sharedId = hostile.sharedId();
        QVERIFY(!sharedId.isEmpty());
        QString agreement;
        {
            auto q = hostile.store().db().prepare("SELECT id FROM agreement WHERE deleted = 0");
            QVERIFY(q.step());
            agreement = q.text(0);
        }
        const QList<QStringList> lists { { u"agreement"_s, u"show"_s, s.mentorMentorship },
            { u"comment"_s, u"list"_s, u"--reflection"_s, reflection }, { u"meeting"_s, u"list"_s },
            { u"reflection"_s, u"list"_s } };
        const QByteArray recordsBefore = records(s.mentor, lists);
        const QJsonObject evaluationBefore
            = byId(s.mentor.json({ u"evaluation"_s, u"list"_s, u"--meeting"_s, meeting }), evaluation);
        QVERIFY2(!evaluationBefore.isEmpty(), recordsBefore.constData());

        const QString forged = QString::fromLatin1(forgedMarker);
        const QByteArray rewritten = hostile.rewrite(sharedId, u"evaluation"_s, evaluation,
            { { u"rating"_s, qint64(5) }, { u"body"_s, forged + u" a perfect meeting"_s } });
        const QByteArray acknowledged = hostile.rewrite(sharedId, u"agreement"_s, agreement,
            { { u"mentor_ack_at"_s, QDateTime::currentMSecsSinceEpoch() } });
        const QByteArray recommented = hostile.rewrite(
            sharedId, u"comment"_s, comment, { { u"body"_s, forged + u" you were right"_s } });
        QVERIFY(!rewritten.isEmpty() && !acknowledged.isEmpty() && !recommented.isEmpty());
        const QString own = newId();
        const QByteArray control = hostile.create(sharedId, u"evaluation"_s, own,
            { { u"meeting_id"_s, meeting }, { u"party"_s, u"adept"_s }, { u"rating"_s, qint64(4) },
                { u"body"_s, u"the adept's own view"_s } });
        hostile.transport().push(sharedId, { rewritten, acknowledged, recommented, control });

        const QJsonObject report = syncJson(s.mentor);
        const QJsonArray refused = report.value(u"refused"_s).toArray();
        QCOMPARE(refused.size(), 3);
        QVERIFY2(anyContains(refused, u"may not write the other's evaluation"_s), dump(report).constData());
        QVERIFY2(anyContains(refused, u"only the mentor may acknowledge"_s), dump(report).constData());
        QVERIFY2(anyContains(refused, u"only the mentor may write comments"_s), dump(report).constData());
        QCOMPARE(report.value(u"applied"_s).toInt(), 1);
        QVERIFY(report.value(u"withheld"_s).toArray().isEmpty());

        const CliResult evaluations = s.mentor.json({ u"evaluation"_s, u"list"_s, u"--meeting"_s, meeting });
        QCOMPARE(byId(evaluations, evaluation), evaluationBefore);
        QVERIFY2(!byId(evaluations, own).isEmpty(), evaluations.out.constData()); // the control arrived
        QCOMPARE(records(s.mentor, lists), recordsBefore);
        // And on the next sync too: nothing refused waits to be applied later.
        const QJsonObject next = syncJson(s.mentor);
        QVERIFY2(next.value(u"refused"_s).toArray().isEmpty() && next.value(u"waiting"_s).toInt() == 0,
            dump(next).constData());
        QCOMPARE(records(s.mentor, lists), recordsBefore);
        QVERIFY(!records(s.mentor, lists).contains(forgedMarker));

        verifyNothingReadable(s, hostile, {}, { evaluationMarker, goalsMarker, commentMarker },
            { noteMarker }, privateSecrets(s.mentor), { hostile.self().signPublicKey() });
        verifyRelayHoldsNoMarker(
            s, { reflectionMarker, evaluationMarker, goalsMarker, commentMarker, noteMarker, forgedMarker });
    }

    // Attack 6, the mentor's side. The mentor's client rewrites the adept's shared reflection, the
    // adept's evaluation of a meeting, and acknowledges the agreement in the adept's name, beside a
    // comment it may write (the control). The adept's profile refuses all three.
    void theMentorsClientRewritingTheAdeptsWordsIsRefused()
    {
        const QByteArray reflectionMarker = "MARKER-6B-REFLECTION-c1d2";
        const QByteArray evaluationMarker = "MARKER-6B-EVALUATION-3a4f";
        const QByteArray goalsMarker = "MARKER-6B-GOALS-e5b6";
        const QByteArray privateMarker = "MARKER-6B-PRIVATE-7c88";
        const QByteArray forgedMarker = "MARKER-6B-FORGED-19fe";
        Scene s;
        setUp(s);
        if (QTest::currentTestFailed())
            return;
        const QString reflection = s.adept.addId({ u"reflection"_s, u"add"_s, u"--shared"_s,
            u"--mentorship"_s, s.adeptMentorship, u"--text"_s, QString::fromLatin1(reflectionMarker) });
        const QString meeting = s.adept.addId({ u"meeting"_s, u"add"_s, u"--mentorship"_s, s.adeptMentorship,
            u"--start"_s, u"2026-03-02T09:00"_s });
        const QString evaluation = s.adept.addId({ u"evaluation"_s, u"add"_s, u"--meeting"_s, meeting,
            u"--rating"_s, u"3"_s, u"--text"_s, QString::fromLatin1(evaluationMarker) });
        QCOMPARE_EXIT(s.adept.run({ u"agreement"_s, u"set"_s, s.adeptMentorship, u"--goals"_s,
                          QString::fromLatin1(goalsMarker) }),
            0);
        QVERIFY(!s.adept
                     .addId({ u"reflection"_s, u"add"_s, u"--private"_s, u"--text"_s,
                         QString::fromLatin1(privateMarker) })
                     .isEmpty());
        QVERIFY(!reflection.isEmpty() && !meeting.isEmpty() && !evaluation.isEmpty());
        QCOMPARE_EXIT(s.adept.run({ u"sync"_s }), 0);

        HostileClient hostile(s.mentor.profileDir(), s.relay.url());
        (void)hostile.syncHonestly();
        const QByteArray sharedId = hostile.sharedId();
        QVERIFY(!sharedId.isEmpty());
        QString agreement;
        {
            auto q = hostile.store().db().prepare("SELECT id FROM agreement WHERE deleted = 0");
            QVERIFY(q.step());
            agreement = q.text(0);
        }
        const QList<QStringList> lists { { u"reflection"_s, u"list"_s },
            { u"agreement"_s, u"show"_s, s.adeptMentorship },
            { u"evaluation"_s, u"list"_s, u"--meeting"_s, meeting } };
        const QByteArray recordsBefore = records(s.adept, lists);
        // The reflection as shown, without the comments on it (the control adds one).
        const auto shownReflection = [&] {
            QJsonObject shown = s.adept.json({ u"reflection"_s, u"show"_s, reflection }).object();
            shown.remove(u"comments"_s);
            return shown;
        };
        const QJsonObject reflectionBefore = shownReflection();
        QVERIFY(reflectionBefore.value(u"text"_s).toString().contains(QString::fromLatin1(reflectionMarker)));

        const QString forged = QString::fromLatin1(forgedMarker);
        const QByteArray rewritten = hostile.rewrite(
            sharedId, u"reflection"_s, reflection, { { u"body"_s, forged + u" I was never afraid"_s } });
        const QByteArray reRated = hostile.rewrite(sharedId, u"evaluation"_s, evaluation,
            { { u"rating"_s, qint64(1) }, { u"body"_s, forged + u" a waste of time"_s } });
        const QByteArray acknowledged = hostile.rewrite(sharedId, u"agreement"_s, agreement,
            { { u"adept_ack_at"_s, QDateTime::currentMSecsSinceEpoch() } });
        QVERIFY(!rewritten.isEmpty() && !reRated.isEmpty() && !acknowledged.isEmpty());
        const QString commentId = newId();
        const QByteArray control = hostile.create(sharedId, u"comment"_s, commentId,
            { { u"reflection_id"_s, reflection }, { u"body"_s, u"a comment the mentor may write"_s } });
        hostile.transport().push(sharedId, { rewritten, reRated, acknowledged, control });

        const QJsonObject report = syncJson(s.adept);
        const QJsonArray refused = report.value(u"refused"_s).toArray();
        QCOMPARE(refused.size(), 3);
        QVERIFY2(anyContains(refused, u"only the adept may write reflections"_s), dump(report).constData());
        QVERIFY2(anyContains(refused, u"may not write the other's evaluation"_s), dump(report).constData());
        QVERIFY2(anyContains(refused, u"only the adept may acknowledge"_s), dump(report).constData());
        QCOMPARE(report.value(u"applied"_s).toInt(), 1);
        QVERIFY(report.value(u"withheld"_s).toArray().isEmpty());

        const CliResult comments = s.adept.json({ u"comment"_s, u"list"_s, u"--reflection"_s, reflection });
        QVERIFY2(!byId(comments, commentId).isEmpty(), comments.out.constData()); // the control arrived
        QCOMPARE(records(s.adept, lists), recordsBefore);
        QCOMPARE(shownReflection(), reflectionBefore);
        const QJsonObject next = syncJson(s.adept);
        QVERIFY2(next.value(u"refused"_s).toArray().isEmpty() && next.value(u"waiting"_s).toInt() == 0,
            dump(next).constData());
        QCOMPARE(records(s.adept, lists), recordsBefore);

        verifyNothingReadable(s, hostile, {}, { reflectionMarker, evaluationMarker, goalsMarker },
            { privateMarker }, privateSecrets(s.adept), { hostile.self().signPublicKey() });
        verifyRelayHoldsNoMarker(
            s, { reflectionMarker, evaluationMarker, goalsMarker, privateMarker, forgedMarker });
    }

    // Attack 6 across pairs. One mentor, two adepts, each paired in their own shared space. Adept
    // A's client learns the id of adept B's reflection from the relay's clear headers (a relay that
    // colludes, or its leaked database) and sends a revision of that record through A's own shared
    // space, as if it were A's: adept B's words rewritten on the mentor's device, and the record
    // moved into A's mentorship, where the mentor's next comment on it would go to A. The mentor's
    // profile refuses it, keeps B's reflection in B's mentorship, and A reads no comment meant for B.
    void anotherPairsRecordCannotBeRewrittenThroughThisPair()
    {
        const QByteArray reflectionMarker = "MARKER-6C-REFLECTION-B-8d31";
        const QByteArray commentMarker = "MARKER-6C-COMMENT-FOR-B-47e2";
        const QByteArray forgedMarker = "MARKER-6C-FORGED-c0f5";
        const QByteArray ownMarker = "MARKER-6C-OWN-A-2b9e";
        Scene s; // s.adept is the hostile adept A; bea is the honest adept B
        CliFixture bea;
        setUp(s);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(bea.init(u"adept"_s));
        const QString mentorOfBea = addMentorship(s.mentor, u"Bea"_s);
        const QString beasMentorship = addMentorship(bea, u"Bea"_s);
        QVERIFY(!mentorOfBea.isEmpty() && !beasMentorship.isEmpty());
        pairCli(s.mentor, mentorOfBea, bea, s.relay.url());
        if (QTest::currentTestFailed())
            return;
        // Adept A shares a reflection honestly first: its client knows what one looks like.
        const QString own = s.adept.addId({ u"reflection"_s, u"add"_s, u"--shared"_s, u"--mentorship"_s,
            s.adeptMentorship, u"--text"_s, QString::fromLatin1(ownMarker) });
        const QString beas = bea.addId({ u"reflection"_s, u"add"_s, u"--shared"_s, u"--mentorship"_s,
            beasMentorship, u"--text"_s, QString::fromLatin1(reflectionMarker) });
        QVERIFY(!own.isEmpty() && !beas.isEmpty());
        QCOMPARE_EXIT(s.adept.run({ u"sync"_s }), 0);
        QCOMPARE_EXIT(bea.run({ u"sync"_s }), 0);
        QCOMPARE_EXIT(s.mentor.run({ u"sync"_s }), 0);
        // The mentor plans a meeting with Bea, and one with A.
        const QString beasMeeting = s.mentor.addId(
            { u"meeting"_s, u"add"_s, u"--mentorship"_s, mentorOfBea, u"--start"_s, u"2026-03-03T09:00"_s });
        const QString meeting = s.mentor.addId({ u"meeting"_s, u"add"_s, u"--mentorship"_s,
            s.mentorMentorship, u"--start"_s, u"2026-03-04T09:00"_s });
        QVERIFY(!beasMeeting.isEmpty() && !meeting.isEmpty());
        QCOMPARE_EXIT(s.mentor.run({ u"sync"_s }), 0);
        const auto shownOnMentor = [&] {
            return s.mentor.json({ u"reflection"_s, u"show"_s, beas }).object();
        };
        const QJsonObject before = shownOnMentor();
        QCOMPARE(before.value(u"mentorshipId"_s).toString(), mentorOfBea);

        HostileClient hostile(s.adept.profileDir(), s.relay.url());
        (void)hostile.syncHonestly();
        const QByteArray sharedId = hostile.sharedId();
        QVERIFY(!sharedId.isEmpty());
        // Every record id the relay holds in collections that are not A's: in the clear.
        QStringList foreign;
        for (const RelayRow &row : relayEnvelopes(s.dbPath())) {
            const QString id = sync::peekEnvelope(row.body).recordId;
            if (row.collection != sharedId && !id.contains(u':'))
                foreign.append(id);
        }
        QVERIFY2(foreign.contains(beas) && foreign.contains(beasMeeting), qPrintable(foreign.join(u' ')));

        const sync::Collection c = *hostile.collections().find(sharedId);
        const std::optional<sync::LocalRow> shape
            = sync::readLocal(hostile.store(), hostile.collections(), c, u"reflection"_s, own);
        QVERIFY(shape.has_value());
        sync::Payload forged = shape->payload;
        forged.fields.insert(u"body"_s, QString::fromLatin1(forgedMarker + " Bea was never there"));
        sync::EnvelopeHeader h;
        h.recordId = beas;
        h.revision = 1000; // above anything Bea's device wrote
        const QByteArray takeover = hostile.sealNext(sharedId, h, forged);
        const QString controlId = newId();
        sync::Payload mine = shape->payload;
        mine.fields.insert(u"body"_s, u"another of my own"_s);
        sync::EnvelopeHeader ch;
        ch.recordId = controlId;
        ch.revision = 1;
        const QByteArray control = hostile.sealNext(sharedId, ch, mine);
        // A's own evaluation (a row it may write), hung on Bea's meeting instead of its own.
        const QVariantMap evaluation { { u"party"_s, u"adept"_s }, { u"rating"_s, qint64(1) },
            { u"body"_s, QString::fromLatin1(forgedMarker + " as Bea") } };
        QVariantMap onBeas = evaluation;
        onBeas.insert(u"meeting_id"_s, beasMeeting);
        const QString hung = newId();
        const QByteArray hanging = hostile.create(sharedId, u"evaluation"_s, hung, onBeas);
        // The same on A's own meeting: the control that it is otherwise a valid evaluation.
        QVariantMap onOwn = evaluation;
        onOwn.insert(u"meeting_id"_s, meeting);
        onOwn.insert(u"body"_s, u"my own view"_s);
        const QString ownEvaluation = newId();
        const QByteArray evaluated = hostile.create(sharedId, u"evaluation"_s, ownEvaluation, onOwn);
        hostile.transport().push(sharedId, { takeover, control, hanging, evaluated });

        const QJsonObject report = syncJson(s.mentor);
        const QJsonArray refused = report.value(u"refused"_s).toArray();
        QCOMPARE(refused.size(), 2);
        for (const QJsonValue &why : refused)
            QVERIFY2(why.toString().contains(u"belongs to another mentorship"_s), dump(report).constData());
        QCOMPARE(report.value(u"applied"_s).toInt(), 2);
        QCOMPARE_EXIT(s.mentor.run({ u"reflection"_s, u"show"_s, controlId }), 0);
        QCOMPARE(shownOnMentor(), before);
        const CliResult beasEvaluations
            = s.mentor.json({ u"evaluation"_s, u"list"_s, u"--meeting"_s, beasMeeting });
        QCOMPARE_EXIT(beasEvaluations, 0);
        QVERIFY2(beasEvaluations.array().isEmpty(), beasEvaluations.out.constData());
        const CliResult evaluations = s.mentor.json({ u"evaluation"_s, u"list"_s, u"--meeting"_s, meeting });
        QVERIFY2(!byId(evaluations, ownEvaluation).isEmpty(), evaluations.out.constData());

        // The mentor comments on Bea's reflection: the comment goes to Bea, never to A.
        QVERIFY(!s.mentor
                     .addId({ u"comment"_s, u"add"_s, u"--reflection"_s, beas, u"--text"_s,
                         QString::fromLatin1(commentMarker) })
                     .isEmpty());
        QCOMPARE_EXIT(s.mentor.run({ u"sync"_s }), 0);
        QCOMPARE_EXIT(bea.run({ u"sync"_s }), 0);
        const CliResult beasComments = bea.json({ u"comment"_s, u"list"_s, u"--reflection"_s, beas });
        QCOMPARE_EXIT(beasComments, 0);
        QVERIFY2(beasComments.out.contains(commentMarker), beasComments.out.constData());
        const CliResult beasView = bea.json({ u"reflection"_s, u"show"_s, beas });
        QVERIFY(beasView.out.contains(reflectionMarker) && !beasView.out.contains(forgedMarker));
        (void)hostile.syncHonestly();

        verifyNothingReadable(s, hostile, {}, { ownMarker }, { reflectionMarker, commentMarker },
            privateSecrets(bea), { hostile.self().signPublicKey() });
        verifyRelayHoldsNoMarker(s, { reflectionMarker, commentMarker, forgedMarker, ownMarker });
    }
};

QTEST_GUILESS_MAIN(TestHostileClient)
#include "tst_hostile_client.moc"
