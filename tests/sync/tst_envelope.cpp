// Device keys and envelopes: a round trip, and every way an envelope can be bent refused.

#include "sync/collections.h"
#include "sync/envelope.h"
#include "sync/identity.h"
#include "sync/records.h"
#include "sync/transport.h"
#include "testsupport.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <functional>
#include <limits>
#include <sodium.h>

using namespace bollplank;
using namespace bollplank::sync;

namespace {

QString refusal(const std::function<void()> &f, SyncErrorKind expected)
{
    try {
        f();
    } catch (const SyncError &e) {
        if (e.kind() != expected)
            return QStringLiteral("wrong kind: ") + QString::fromUtf8(e.what());
        return QString::fromUtf8(e.what());
    }
    return {};
}

#define EXPECT_TAMPERED(statement)                                                                         \
    do {                                                                                                   \
        const QString why = refusal([&] { (void)(statement); }, SyncErrorKind::Tampered);                  \
        QVERIFY2(why.startsWith(QStringLiteral("Envelope refused")), qPrintable(why));                     \
    } while (false)

} // namespace

class TestEnvelope : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::TempProfile> m_profile;

    EnvelopeHeader header(const Collection &c, qint64 revision = 1)
    {
        EnvelopeHeader h;
        h.collectionId = c.id;
        h.recordId = QStringLiteral("3f0c7e1a-0000-4000-8000-000000000001");
        h.revision = revision;
        h.parentRevision = revision - 1;
        return h;
    }

private slots:
    void init() { m_profile = std::make_unique<test::TempProfile>(); }
    void cleanup() { m_profile.reset(); }

    void identityIsCreatedOnceAndSurvivesReopening()
    {
        const DeviceIdentity first = DeviceIdentity::load(m_profile->store());
        QCOMPARE(first.signPublicKey().size(), 32);
        QCOMPARE(first.boxPublicKey().size(), 32);
        QCOMPARE(first.deviceId(), m_profile->store().deviceId());
        m_profile->reopen();
        const DeviceIdentity again = DeviceIdentity::load(*m_profile->profile);
        QCOMPARE(again.signPublicKey(), first.signPublicKey());
        QCOMPARE(again.boxPublicKey(), first.boxPublicKey());
        QVERIFY(first.signPublicKey() != first.boxPublicKey());
    }

    void challengeSignatureVerifiesOnlyForItsChallenge()
    {
        const DeviceIdentity id = DeviceIdentity::load(m_profile->store());
        const QByteArray challenge = QByteArrayLiteral("server nonce 1234567890");
        const QByteArray signature = id.signChallenge(challenge);
        QVERIFY(DeviceIdentity::verifyChallenge(id.signPublicKey(), challenge, signature));
        QVERIFY(!DeviceIdentity::verifyChallenge(id.signPublicKey(), challenge + 'x', signature));
        // Domain separation: a plain signature over the challenge is not a login.
        QVERIFY(!DeviceIdentity::verifyChallenge(id.signPublicKey(), challenge, id.sign(challenge)));
    }

    void roundTripPadsAndHidesTheText()
    {
        const DeviceIdentity id = DeviceIdentity::load(m_profile->store());
        Collections collections(m_profile->store());
        const Collection c = collections.create(CollectionKind::Journal, {}, id);
        const QByteArray text = QByteArrayLiteral("MARKER-ENVELOPE-PLAINTEXT: an honest note");
        const QByteArray sealed = sealEnvelope(header(c, 3), text, *collections.key(c.id, 1), id);
        QVERIFY(!sealed.contains(QByteArrayLiteral("MARKER-ENVELOPE")));
        const OpenedEnvelope opened = openEnvelope(sealed, c.id, collections);
        QCOMPARE(opened.plaintext, text);
        QCOMPARE(opened.header.revision, qint64(3));
        QCOMPARE(opened.header.parentRevision, qint64(2));
        QCOMPARE(opened.header.author, id.signPublicKey());
        QCOMPARE(peekEnvelope(sealed).recordId, header(c).recordId);

        // Padding: 1 byte and 200 bytes look the same; sizes grow by powers of two.
        const auto size = [&](int n) {
            return sealEnvelope(header(c), QByteArray(n, 'a'), *collections.key(c.id, 1), id).size();
        };
        QCOMPARE(size(1), size(200));
        QVERIFY(size(300) > size(200));
        QCOMPARE(size(300), size(500));
        QCOMPARE(paddedSize(0), 256);
        // The largest size there is, and no endless doubling past it.
        QCOMPARE(paddedSize((1 << 30) - 1), 1 << 30);
        QVERIFY(refusal([] { (void)paddedSize(1 << 30); }, SyncErrorKind::Protocol).startsWith(QStringLiteral("Record too large")));
        QVERIFY(refusal([] { (void)paddedSize(std::numeric_limits<int>::max()); }, SyncErrorKind::Protocol)
                    .startsWith(QStringLiteral("Record too large")));
        QCOMPARE(paddedSize(256), 512);
    }

    void unpaddingAgreesWithLibsodium()
    {
        // unpaddedLength replaced sodium_unpad (blocksize = the whole buffer): same answer for
        // every padded buffer and every malformed one.
        const auto sodiumLength = [](const QByteArray &b) -> std::optional<qsizetype> {
            std::size_t length = 0;
            if (sodium_unpad(&length, reinterpret_cast<const unsigned char *>(b.constData()), std::size_t(b.size()),
                    std::size_t(b.size()))
                != 0)
                return std::nullopt;
            return qsizetype(length);
        };
        QList<QByteArray> buffers;
        for (int n : { 0, 1, 200, 255, 256, 300, 511, 512, 1023, 1500 }) {
            QByteArray b(paddedSize(n), '\0');
            randombytes_buf(b.data(), std::size_t(n));
            std::size_t out = 0;
            QVERIFY(sodium_pad(&out, reinterpret_cast<unsigned char *>(b.data()), std::size_t(n), std::size_t(b.size()),
                        std::size_t(b.size()))
                == 0);
            buffers.append(b);
            QByteArray bent = b;
            bent[bent.size() - 1] = '\x01'; // something after the marker
            buffers.append(bent);
            bent = b;
            bent[n] = '\x81'; // the marker damaged
            buffers.append(bent);
            QByteArray text(b.size(), 'x'); // no padding at all
            buffers.append(text);
        }
        buffers.append(QByteArray(256, '\0'));
        buffers.append(QByteArray(1, char(0x80)));
        buffers.append(QByteArray());
        for (const QByteArray &b : buffers)
            QCOMPARE(unpaddedLength(b), sodiumLength(b));

        // And sealing pads as sodium_pad did: every length opens to itself, across the block edges.
        const DeviceIdentity id = DeviceIdentity::load(m_profile->store());
        Collections collections(m_profile->store());
        const Collection c = collections.create(CollectionKind::Journal, {}, id);
        for (int n : { 0, 1, 254, 255, 256, 257, 511, 512, 513, 1300 }) {
            const QByteArray text(n, 'k');
            QCOMPARE(openEnvelope(sealEnvelope(header(c), text, *collections.key(c.id, 1), id), c.id, collections).plaintext,
                text);
        }
    }

    void payloadBytesAreThoseQCborValueWrites()
    {
        // Payload::encode streams its CBOR: the bytes must be the ones building the map and
        // QCborValue::toCbor give (what earlier versions sent), keys t, d, u, f in that order.
        Payload full;
        full.table = QStringLiteral("reflection");
        full.updatedAt = 1767225600123;
        full.fields = { { QStringLiteral("body"), QStringLiteral("Svåra samtal, ärligt ✓") },
            { QStringLiteral("focus_mask"), 5 }, { QStringLiteral("lens"), QVariant() },
            { QStringLiteral("stress"), qint64(-3) }, { QStringLiteral("big"), qint64(1) << 40 },
            { QStringLiteral("key"), QByteArray("\x00\x01\xff", 3) }, { QStringLiteral("empty"), QString() } };
        Payload tombstone;
        tombstone.table = QStringLiteral("comment");
        tombstone.deleted = true;
        tombstone.updatedAt = 7;
        for (const Payload &p : { full, tombstone }) {
            const QByteArray bytes = p.encode();
            const QCborValue value = QCborValue::fromCbor(bytes);
            QCOMPARE(value.toCbor(), bytes);
            QList<QCborValue> keys = { QStringLiteral("t"), QStringLiteral("d"), QStringLiteral("u") };
            if (!p.deleted)
                keys.append(QStringLiteral("f"));
            QCOMPARE(value.toMap().keys(), keys);
            const Payload back = Payload::decode(bytes);
            QCOMPARE(back.table, p.table);
            QCOMPARE(back.deleted, p.deleted);
            QCOMPARE(back.updatedAt, p.updatedAt);
            QCOMPARE(back.fields.keys(), p.fields.keys());
        }
        const Payload back = Payload::decode(full.encode());
        QVERIFY(back.fields.value(QStringLiteral("lens")).isNull());
        QCOMPARE(back.fields.value(QStringLiteral("big")).toLongLong(), qint64(1) << 40);
        QCOMPARE(back.fields.value(QStringLiteral("key")).toByteArray(), QByteArray("\x00\x01\xff", 3));
        QCOMPARE(back.fields.value(QStringLiteral("body")).toString(), full.fields.value(QStringLiteral("body")).toString());
    }

    void everyTamperedByteIsRefused()
    {
        const DeviceIdentity id = DeviceIdentity::load(m_profile->store());
        Collections collections(m_profile->store());
        const Collection c = collections.create(CollectionKind::Shared, QStringLiteral("m"), id);
        const QByteArray sealed
            = sealEnvelope(header(c), QByteArrayLiteral("a short secret"), *collections.key(c.id, 1), id);
        // Flip one bit in every byte in turn: framing, header, ciphertext, tag and signature.
        for (int i = 0; i < sealed.size(); ++i) {
            QByteArray bent = sealed;
            bent[i] = char(bent[i] ^ 0x01);
            try {
                (void)openEnvelope(bent, c.id, collections);
                QFAIL(qPrintable(QStringLiteral("byte %1 of %2 changed and still opened").arg(i).arg(sealed.size())));
            } catch (const SyncError &e) {
                // A flipped version number is "not understood"; everything else is tampering.
                QVERIFY2(e.kind() == SyncErrorKind::Tampered || e.kind() == SyncErrorKind::Protocol, e.what());
            }
        }
        EXPECT_TAMPERED(openEnvelope(sealed.left(sealed.size() - 1), c.id, collections));
        EXPECT_TAMPERED(openEnvelope(sealed + '\0', c.id, collections));
        EXPECT_TAMPERED(openEnvelope(QByteArray(), c.id, collections));
        QCOMPARE(openEnvelope(sealed, c.id, collections).plaintext, QByteArrayLiteral("a short secret"));
    }

    void eachPartIsBound()
    {
        const DeviceIdentity id = DeviceIdentity::load(m_profile->store());
        Collections collections(m_profile->store());
        const Collection c = collections.create(CollectionKind::Shared, QStringLiteral("m"), id);
        const Collection other = collections.create(CollectionKind::Journal, {}, id);
        const SecureKey key = *collections.key(c.id, 1);
        const QByteArray a = sealEnvelope(header(c), QByteArrayLiteral("first"), key, id);
        EnvelopeHeader hb = header(c);
        hb.recordId = QStringLiteral("another-record");
        const QByteArray b = sealEnvelope(hb, QByteArrayLiteral("second"), key, id);
        const QCborArray pa = QCborValue::fromCbor(a).toArray();
        const QCborArray pb = QCborValue::fromCbor(b).toArray();
        const auto assemble = [](const QCborValue &h, const QCborValue &ct, const QCborValue &sig) {
            return QCborValue(QCborArray { h, ct, sig }).toCbor();
        };
        // Moved: a's whole envelope handed over as part of another collection.
        EXPECT_TAMPERED(openEnvelope(a, other.id, collections));
        // Moved to another record: b's header on a's ciphertext, with either signature.
        EXPECT_TAMPERED(openEnvelope(assemble(pb.at(0), pa.at(1), pa.at(2)), c.id, collections));
        EXPECT_TAMPERED(openEnvelope(assemble(pb.at(0), pa.at(1), pb.at(2)), c.id, collections));
        // Signature of one, content of the other.
        EXPECT_TAMPERED(openEnvelope(assemble(pa.at(0), pa.at(1), pb.at(2)), c.id, collections));
    }

    void strangerAndUnknownEpochAreRefused()
    {
        const DeviceIdentity id = DeviceIdentity::load(m_profile->store());
        Collections collections(m_profile->store());
        const Collection c = collections.create(CollectionKind::Shared, QStringLiteral("m"), id);
        const SecureKey key = *collections.key(c.id, 1);

        // A stranger holding the key (say, a former member) but not in the member list.
        test::TempProfile strangerProfile;
        const DeviceIdentity stranger = DeviceIdentity::load(strangerProfile.store());
        const QByteArray fromStranger = sealEnvelope(header(c), QByteArrayLiteral("hello"), key, stranger);
        const QString why = refusal([&] { (void)openEnvelope(fromStranger, c.id, collections); }, SyncErrorKind::Tampered);
        QVERIFY2(why.contains(QStringLiteral("not a member")), qPrintable(why));

        EnvelopeHeader h = header(c);
        h.keyEpoch = 2;
        const QByteArray future = sealEnvelope(h, QByteArrayLiteral("hello"), key, id);
        const QString epochWhy = refusal([&] { (void)openEnvelope(future, c.id, collections); }, SyncErrorKind::Tampered);
        QVERIFY2(epochWhy.contains(QStringLiteral("unknown key epoch 2")), qPrintable(epochWhy));
    }

    void formatOneIsStillReadAndChainFieldsAreChecked()
    {
        Collections collections(m_profile->store());
        const DeviceIdentity id = DeviceIdentity::load(m_profile->store());
        const Collection c = collections.create(CollectionKind::Journal, {}, id);
        const SecureKey key = *collections.key(c.id, 1);

        // Written by a device from before format 2: read, with no place in a chain.
        EnvelopeHeader old = header(c);
        old.version = 1;
        const OpenedEnvelope opened = openEnvelope(sealEnvelope(old, QByteArrayLiteral("older"), key, id), c.id, collections);
        QCOMPARE(opened.header.version, 1);
        QCOMPARE(opened.header.authorSeq, qint64(0));
        QCOMPARE(opened.plaintext, QByteArrayLiteral("older"));

        // Format 2 carries its number and predecessor, bound by the signature like the rest.
        EnvelopeHeader second = header(c, 2);
        second.authorSeq = 2;
        second.previousHash = QByteArray(32, 'p');
        second.parentHash = QByteArray(32, 'q');
        const EnvelopeHeader read = openEnvelope(sealEnvelope(second, QByteArrayLiteral("x"), key, id), c.id, collections).header;
        QCOMPARE(read.version, 2);
        QCOMPARE(read.authorSeq, qint64(2));
        QCOMPARE(read.previousHash, second.previousHash);
        QCOMPARE(read.parentHash, second.parentHash);

        // A first envelope that names a predecessor, a later one that names none, a short hash,
        // a parent hash without a parent: each refused.
        EnvelopeHeader firstWithPrevious = header(c);
        firstWithPrevious.previousHash = QByteArray(32, 'p');
        EXPECT_TAMPERED(peekEnvelope(sealEnvelope(firstWithPrevious, QByteArrayLiteral("x"), key, id)));
        EnvelopeHeader laterWithout = header(c);
        laterWithout.authorSeq = 5;
        EXPECT_TAMPERED(peekEnvelope(sealEnvelope(laterWithout, QByteArrayLiteral("x"), key, id)));
        EnvelopeHeader shortHash = second;
        shortHash.previousHash = QByteArray(31, 'p');
        EXPECT_TAMPERED(peekEnvelope(sealEnvelope(shortHash, QByteArrayLiteral("x"), key, id)));
        EnvelopeHeader orphan = header(c);
        orphan.parentHash = QByteArray(32, 'q');
        EXPECT_TAMPERED(peekEnvelope(sealEnvelope(orphan, QByteArrayLiteral("x"), key, id)));
    }
};

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
