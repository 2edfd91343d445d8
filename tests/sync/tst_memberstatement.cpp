// Signed membership on the in-memory server, which follows the relay's rules: an unsigned,
// forged or foreign change is refused and changes nothing, members() lists the signed additions,
// a frozen collection refuses pushes and serves pulls, a revoked device reads and writes nothing.
#include "sync/memberstatement.h"
#include "sync/memorytransport.h"

#include <QTest>

#include <sodium.h>

using namespace bollplank::sync;

namespace {

struct Key
{
    QByteArray publicKey;
    QByteArray secretKey;
    [[nodiscard]] QByteArray sign(const QByteArray &message) const
    {
        QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
        crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
            reinterpret_cast<const unsigned char *>(message.constData()), size_t(message.size()),
            reinterpret_cast<const unsigned char *>(secretKey.constData()));
        return signature;
    }
    [[nodiscard]] MemoryTransport::Signer signer() const
    {
        return [copy = *this](const QByteArray &m) { return copy.sign(m); };
    }
};

Key newKey()
{
    Key key { QByteArray(crypto_sign_PUBLICKEYBYTES, Qt::Uninitialized), QByteArray(crypto_sign_SECRETKEYBYTES, Qt::Uninitialized) };
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.publicKey.data()),
        reinterpret_cast<unsigned char *>(key.secretKey.data()));
    return key;
}

template <typename F> int errorKindOf(F &&call)
{
    try {
        call();
    } catch (const SyncError &e) {
        return int(e.kind());
    }
    return -1;
}

const QByteArray Collection("shared-collection");

} // namespace

class TestMemberStatement : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(sodium_init() >= 0); }

    void statementHasOneSpelling()
    {
        const Key adept = newKey();
        const MemberChange change { Collection, newKey().publicKey, false, 1733300000000, adept.publicKey };
        const MemberStatement signedChange = signMemberChange(change, adept.signer());
        const auto read = verifyMemberStatement(signedChange.statement, signedChange.signature);
        QVERIFY(read);
        QCOMPARE(read->device, change.device);
        QCOMPARE(read->atMs, change.atMs);
        // Trailing bytes, a flipped bit, another context: refused.
        QVERIFY(!decodeMemberStatement(signedChange.statement + '\0'));
        QByteArray flipped = signedChange.statement;
        flipped[flipped.size() - 1] = char(flipped.at(flipped.size() - 1) ^ 1);
        QVERIFY(!verifyMemberStatement(flipped, signedChange.signature));
        QVERIFY(!verifyMemberStatement(signedChange.statement, adept.sign(signedChange.statement)));
    }

    void unsignedOrForgedChangeChangesNothing()
    {
        MemoryServer server;
        const Key adept = newKey(), mentor = newKey(), hidden = newKey();
        MemoryTransport adeptSide(server, adept.publicKey, adept.signer());
        adeptSide.setMember(Collection, mentor.publicKey);
        const auto before = server.members;
        // The mentor's modified client: no signing key, so its change goes out unsigned.
        MemoryTransport unsignedMentor(server, mentor.publicKey);
        QCOMPARE(errorKindOf([&] { unsignedMentor.setMember(Collection, hidden.publicKey); }),
            int(SyncErrorKind::Unauthorized));
        // Signed with another key than the mentor's own.
        MemoryTransport forgingMentor(server, mentor.publicKey, hidden.signer());
        QCOMPARE(errorKindOf([&] { forgingMentor.setMember(Collection, hidden.publicKey); }),
            int(SyncErrorKind::Unauthorized));
        // A statement the adept signed for another collection, replayed here.
        const MemberStatement foreign = signMemberChange(
            { QByteArray("another-collection"), hidden.publicKey, false, 1, adept.publicKey }, adept.signer());
        QCOMPARE(errorKindOf([&] { server.changeMember(adept.publicKey, Collection, foreign); }),
            int(SyncErrorKind::Refused));
        // The adept's valid statement, sent by the mentor's connection.
        const MemberStatement adepts = signMemberChange(
            { Collection, hidden.publicKey, false, 1, adept.publicKey }, adept.signer());
        QCOMPARE(errorKindOf([&] { server.changeMember(mentor.publicKey, Collection, adepts); }),
            int(SyncErrorKind::Unauthorized));
        QCOMPARE(server.members, before);
        QCOMPARE(adeptSide.members(Collection).size(), size_t(2));
    }

    void membersListsTheSignedAdditions()
    {
        MemoryServer server;
        const Key adept = newKey(), mentor = newKey(), second = newKey();
        MemoryTransport adeptSide(server, adept.publicKey, adept.signer());
        MemoryTransport mentorSide(server, mentor.publicKey, mentor.signer());
        adeptSide.setMember(Collection, mentor.publicKey);
        mentorSide.setMember(Collection, second.publicKey);
        const auto listed = mentorSide.members(Collection);
        QCOMPARE(listed.size(), size_t(3));
        const std::vector<QByteArray> roster { adept.publicKey, mentor.publicKey, second.publicKey };
        QVERIFY(unexpectedMembers(Collection, listed, roster).empty());
        // A key the server let in without a statement is named.
        const QByteArray hidden = newKey().publicKey;
        server.members[Collection].insert(hidden);
        QCOMPARE(unexpectedMembers(Collection, adeptSide.members(Collection), roster), std::vector<QByteArray> { hidden });
    }

    void frozenRefusesPushesServesPulls()
    {
        MemoryServer server;
        const Key adept = newKey(), mentor = newKey();
        MemoryTransport adeptSide(server, adept.publicKey, adept.signer());
        MemoryTransport mentorSide(server, mentor.publicKey, mentor.signer());
        adeptSide.setMember(Collection, mentor.publicKey);
        adeptSide.push(Collection, { QByteArray("before") });
        mentorSide.freeze(Collection);
        QCOMPARE(errorKindOf([&] { adeptSide.push(Collection, { QByteArray("after") }); }), int(SyncErrorKind::Refused));
        QCOMPARE(errorKindOf([&] { adeptSide.setMember(Collection, newKey().publicKey); }), int(SyncErrorKind::Refused));
        QCOMPARE(server.envelopeCount(), size_t(1));
        QCOMPARE(mentorSide.pull(Collection, 0, 10).envelopes.size(), size_t(1));
        // Revoked, the mentor neither reads nor writes.
        adeptSide.setMember(Collection, mentor.publicKey, true);
        QCOMPARE(errorKindOf([&] { (void)mentorSide.pull(Collection, 0, 10); }), int(SyncErrorKind::NotPaired));
        QCOMPARE(errorKindOf([&] { mentorSide.push(Collection, { QByteArray("x") }); }), int(SyncErrorKind::NotPaired));
        QCOMPARE(adeptSide.members(Collection).size(), size_t(1));
    }
};

QTEST_GUILESS_MAIN(TestMemberStatement)
#include "tst_memberstatement.moc"
