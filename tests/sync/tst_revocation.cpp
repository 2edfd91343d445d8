// Ending a pairing or losing a device: the device cut off receives nothing written afterwards, even
// with a key it hid at the server, and a rotation record can only ever take devices away.

#include "syncfixture.h"

#include "repo/notes.h"
#include "repo/reflections.h"
#include "sync/advisories.h"
#include "sync/collections.h"
#include "sync/envelope.h"
#include "sync/rotation.h"

#include <functional>
#include <utility>

using namespace bollplank;
using namespace bollplank::sync;
using bollplank::test::Device;
using bollplank::test::MentorPair;
using bollplank::test::shareReflection;
using bollplank::test::syncAll;

namespace {

// Everything a device could read with the keys it holds, from every collection the server lets
// its key pull: what a revoked device or a key hidden at the server would see.
QByteArray readable(MemoryServer &server, const QByteArray &deviceKey, Collections &keys)
{
    QByteArray out;
    MemoryTransport t(server, deviceKey);
    for (auto it = server.collections.cbegin(); it != server.collections.cend(); ++it) {
        PullPage page;
        try {
            page = t.pull(it.key(), 0, 100'000);
        } catch (const SyncError &) {
            continue; // not a member there
        }
        for (const StoredEnvelope &e : page.envelopes) {
            try {
                out += openEnvelope(e.bytes, it.key(), keys).plaintext;
            } catch (const SyncError &) {
            }
        }
    }
    return out;
}

QList<Advisory::Kind> advisoryKinds(Device &d)
{
    QList<Advisory::Kind> out;
    for (const Advisory &a : unseenAdvisories(d.store()))
        out.append(a.kind);
    return out;
}

/// A device's connection that lets the other person act the moment a push to one collection is
/// stored: a modified client racing the honest device between two of its calls.
class RaceAfterPush : public Transport
{
public:
    RaceAfterPush(Transport &inner, QByteArray collection, std::function<void()> race)
        : m_inner(inner), m_collection(std::move(collection)), m_race(std::move(race))
    {
    }
    void push(const QByteArray &c, const std::vector<QByteArray> &envelopes) override
    {
        m_inner.push(c, envelopes);
        if (c == m_collection && m_race)
            std::exchange(m_race, {})();
    }
    PullPage pull(const QByteArray &c, std::int64_t after, int limit) override { return m_inner.pull(c, after, limit); }
    void setMember(const QByteArray &c, const QByteArray &device, bool revoke) override
    {
        m_inner.setMember(c, device, revoke);
    }
    std::vector<MemberStatement> members(const QByteArray &c) override { return m_inner.members(c); }
    void freeze(const QByteArray &c) override { m_inner.freeze(c); }
    void postToMailbox(const QByteArray &m, const QByteArray &message) override { m_inner.postToMailbox(m, message); }
    std::vector<QByteArray> readMailbox(const QByteArray &m) override { return m_inner.readMailbox(m); }

private:
    Transport &m_inner;
    QByteArray m_collection;
    std::function<void()> m_race;
};

} // namespace

class TestRevocation : public QObject
{
    Q_OBJECT

private slots:
    void anUnpairedPartnerWithAHiddenKeyReadsNothingWrittenAfterwards()
    {
        MentorPair p;
        Device mentorPhone(p.server, Role::Mentor);
        test::pair(p.mentor, mentorPhone, PairingPurpose::OwnDevice, {}, {});
        const Reflection before = shareReflection(p.adept, QStringLiteral("MARKER-BEFORE read by both"), p.adeptMentorship);
        syncAll({ &p.adept, &p.mentor, &mentorPhone }, 2);
        const QByteArray oldShared = p.sharedId();

        // The adept's modified client hides a key X at the server: a member of the shared space
        // there, holding the shared key (the adept can give it anything the adept holds). X keeps
        // it whatever the adept's own device later erases.
        test::TempProfile hidden(Role::Adept);
        const QByteArray x = DeviceIdentity::load(hidden.store()).signPublicKey();
        p.server.members[oldShared].insert(x);
        Collections adeptKeys(hidden.store());
        {
            Collections held(p.adept.store());
            adeptKeys.adopt(*held.find(oldShared), held.keys(oldShared), held.members(oldShared));
        }

        QCOMPARE(endPairing(p.mentor.store(), p.mentorMentorship), 1);
        const QByteArray newShared = Collections(p.mentor.store()).shared(p.mentorMentorship)->id;
        QVERIFY(newShared != oldShared);
        Comment after;
        after.reflectionId = before.meta.id;
        after.body = QStringLiteral("MARKER-AFTER written once she was gone");
        NoteRepository(p.mentor.store()).saveComment(after);
        syncAll({ &p.mentor, &mentorPhone, &p.adept }, 2);

        // The mentor's own phone goes on in the new shared space and sees the comment.
        QCOMPARE(NoteRepository(mentorPhone.store()).commentsOn(before.meta.id).size(), 1);
        // The adept's device and the hidden key, with every key the adept held, read nothing new.
        QVERIFY(!readable(p.server, x, adeptKeys).contains("MARKER-AFTER"));
        QVERIFY(readable(p.server, x, adeptKeys).contains("MARKER-BEFORE")); // what was read stays read
        QVERIFY(!readable(p.server, DeviceIdentity::load(p.adept.store()).signPublicKey(), adeptKeys).contains("MARKER-AFTER"));
        QVERIFY(NoteRepository(p.adept.store()).commentsOn(before.meta.id).isEmpty());
        // The server refuses the old collection to the revoked device and is told it is frozen.
        QVERIFY(!p.server.members[oldShared].contains(DeviceIdentity::load(p.adept.store()).signPublicKey()));
        QVERIFY(!p.server.members[newShared].contains(x));
        // Whatever her device still sends to the old space, the server no longer takes.
        const std::size_t stored = p.server.collections[oldShared].size();
        shareReflection(p.adept, QStringLiteral("MARKER-LATER after the end"), p.adeptMentorship);
        syncAll({ &p.adept, &p.mentor }, 2);
        QCOMPARE(p.server.collections[oldShared].size(), stored);
    }

    void aPartnerWhoReadsTheNewIdFirstCannotClaimItAtTheServer()
    {
        // The rotation record names the collection that replaces the old one. A partner who reads
        // it the moment it is stored must find that collection registered already: otherwise it
        // registers it first, and the server keeps the people who remain out of their own space.
        MentorPair p;
        Device mentorPhone(p.server, Role::Mentor);
        test::pair(p.mentor, mentorPhone, PairingPurpose::OwnDevice, {}, {});
        const Reflection before = shareReflection(p.adept, QStringLiteral("MARKER-BEFORE"), p.adeptMentorship);
        syncAll({ &p.adept, &p.mentor, &mentorPhone }, 2);
        const QByteArray oldShared = p.sharedId();

        // A minute later, so the engine meets the old collection (and its rotation record) first,
        // as it does whenever the two were not made within the same millisecond.
        p.mentor.store().setClock([] { return QDateTime::currentMSecsSinceEpoch() + 60'000; });
        QCOMPARE(endPairing(p.mentor.store(), p.mentorMentorship), 1);
        const QByteArray newShared = Collections(p.mentor.store()).shared(p.mentorMentorship)->id;
        Comment after;
        after.reflectionId = before.meta.id;
        after.body = QStringLiteral("MARKER-AFTER for his own devices");
        NoteRepository(p.mentor.store()).saveComment(after);

        const QByteArray adeptKey = DeviceIdentity::load(p.adept.store()).signPublicKey();
        QByteArray claimed;
        bool claimRefused = false;
        RaceAfterPush racing(p.mentor.transport, oldShared, [&] {
            for (const StoredEnvelope &e : p.adept.transport.pull(oldShared, 0, 1000).envelopes) {
                const QString record = peekEnvelope(e.bytes).recordId;
                if (record.startsWith(QStringLiteral("rotation:")))
                    claimed = QByteArray::fromHex(record.mid(9).toLatin1());
            }
            try {
                p.adept.transport.setMember(claimed, adeptKey);
            } catch (const SyncError &) {
                claimRefused = true;
            }
        });
        (void)p.mentor.engine().sync(racing);
        QCOMPARE(claimed, newShared); // the race did happen, on the right id
        QVERIFY(claimRefused);
        QVERIFY(!p.server.members[newShared].contains(adeptKey));

        // The mentor's phone follows the rotation and reads the new space at the server.
        syncAll({ &mentorPhone, &p.mentor, &mentorPhone }, 2);
        QCOMPARE(NoteRepository(mentorPhone.store()).commentsOn(before.meta.id).size(), 1);
    }

    void anUnpairedPartnerWithAHiddenKeyReadsNothingAgainWithDirectSyncOn()
    {
        // Paired through the relay; then the mentor turns on direct sync, and both can use his endpoint.
        MentorPair p;
        p.server.name = QStringLiteral("wss://relay.example:8443");
        MemoryServer direct;
        direct.name = QStringLiteral("ws://192.168.1.20:8765");
        const auto signer = [](Device &d) {
            return [&d](const QByteArray &message) { return DeviceIdentity::load(d.store()).sign(message); };
        };
        const QByteArray adeptKey = DeviceIdentity::load(p.adept.store()).signPublicKey();
        MemoryTransport mentorDirect(direct, DeviceIdentity::load(p.mentor.store()).signPublicKey(), signer(p.mentor));
        MemoryTransport adeptDirect(direct, adeptKey, signer(p.adept));
        const QByteArray oldShared = p.sharedId();
        const Reflection before = shareReflection(p.adept, QStringLiteral("MARKER-BEFORE read by both"), p.adeptMentorship);
        syncAll({ &p.adept, &p.mentor }, 2);
        Comment his;
        his.reflectionId = before.meta.id;
        his.body = QStringLiteral("MARKER-COMMENT before the end");
        NoteRepository(p.mentor.store()).saveComment(his);
        syncAll({ &p.mentor, &p.adept }, 2);
        QCOMPARE(NoteRepository(p.adept.store()).commentsOn(before.meta.id).size(), 1);
        // Direct sync on: his endpoint learns the pair, signed by him. (What was written before
        // stays at the relay: one collection's pull cursor is not kept per server, so the test
        // moves no history between the two.)
        mentorDirect.setMember(oldShared, adeptKey);

        // The adept's modified client hides a key X through the relay, signing it in there, and
        // gives X the shared key.
        test::TempProfile hidden(Role::Adept);
        const QByteArray x = DeviceIdentity::load(hidden.store()).signPublicKey();
        p.adept.transport.setMember(oldShared, x);
        Collections xKeys(hidden.store());
        {
            Collections held(p.adept.store());
            xKeys.adopt(*held.find(oldShared), held.keys(oldShared), held.members(oldShared));
        }

        // The mentor unpairs while his active path is the direct endpoint, and writes.
        QCOMPARE(endPairing(p.mentor.store(), p.mentorMentorship), 1);
        Comment after;
        after.reflectionId = before.meta.id;
        after.body = QStringLiteral("MARKER-AFTER written once she was gone");
        NoteRepository(p.mentor.store()).saveComment(after);
        (void)p.mentor.engine().sync(mentorDirect);
        (void)p.mentor.engine().sync(mentorDirect);
        // Later, away from the café, his device syncs through the relay as well.
        (void)p.mentor.sync();

        // X reads nothing it can open from either server; what was read stays read.
        QVERIFY(!readable(p.server, x, xKeys).contains("MARKER-AFTER"));
        QVERIFY(!readable(direct, x, xKeys).contains("MARKER-AFTER"));
        QVERIFY(readable(p.server, x, xKeys).contains("MARKER-BEFORE"));
        // Both servers froze the old space and removed her device, keeping his signed revocation.
        for (MemoryServer *server : { &p.server, &direct }) {
            QVERIFY(server->frozen.contains(oldShared));
            QVERIFY(!server->members.value(oldShared).contains(adeptKey));
            QVERIFY(server->revocations.value(oldShared).contains(adeptKey));
        }
        // Her device gets that proof on either path and erases his words, and only once.
        const SyncReport viaDirect = p.adept.engine().sync(adeptDirect);
        QCOMPARE(viaDirect.erased.size(), 1);
        QVERIFY(!viaDirect.erased.first().byOwnDevice);
        QVERIFY(p.adept.sync().erased.isEmpty());
        QVERIFY(NoteRepository(p.adept.store()).commentsOn(before.meta.id).isEmpty());
        QCOMPARE(ReflectionRepository(p.adept.store()).get(before.meta.id).body, before.body);
    }

    void aLostOwnDeviceIsCutOffFromItsJournalAndTheSharedSpace()
    {
        MentorPair p;
        Device tablet(p.server, Role::Adept);
        test::pair(p.adept, tablet, PairingPurpose::OwnDevice, {}, {});
        syncAll({ &p.adept, &tablet, &p.mentor }, 2);
        const QByteArray tabletKey = DeviceIdentity::load(tablet.store()).signPublicKey();

        QCOMPARE(revokeDeviceEverywhere(p.adept.store(), tabletKey), 2); // journal and shared space
        shareReflection(p.adept, QStringLiteral("MARKER-NEW after the tablet was lost"), p.adeptMentorship);
        Reflection privateOne;
        privateOne.body = QStringLiteral("MARKER-PRIVATE-NEW");
        ReflectionRepository(p.adept.store()).save(privateOne);
        syncAll({ &p.adept, &p.mentor, &tablet }, 2);

        // The mentor followed the rotation: the new shared space holds the new reflection.
        QCOMPARE(Collections(p.mentor.store()).shared(p.mentorMentorship)->id,
            Collections(p.adept.store()).shared(p.adeptMentorship)->id);
        bool seen = false;
        for (const Reflection &r : ReflectionRepository(p.mentor.store()).list({}, 100))
            seen = seen || r.body.contains(QStringLiteral("MARKER-NEW"));
        QVERIFY(seen);
        QVERIFY(advisoryKinds(p.mentor).contains(Advisory::Kind::DeviceRevoked));
        // The tablet: nothing new, and it knows it was revoked.
        Collections tabletKeys(tablet.store());
        QVERIFY(!readable(p.server, tabletKey, tabletKeys).contains("MARKER-NEW"));
        QVERIFY(!readable(p.server, tabletKey, tabletKeys).contains("MARKER-PRIVATE-NEW"));
        for (const Reflection &r : ReflectionRepository(tablet.store()).list({}, 100))
            QVERIFY(!r.body.startsWith(QStringLiteral("MARKER-")));
        EXPECT_STORE_ERROR(revokeDeviceEverywhere(p.adept.store(), tabletKey), NotFound);
    }

    void aRotationThatAddsADeviceIsRefused()
    {
        MentorPair p;
        const QByteArray oldShared = p.sharedId();
        // The adept's modified client "rotates" the shared space and slips a device of its own
        // making into the new member list, hoping the mentor follows it there.
        Collections adeptCollections(p.adept.store());
        const Collection shared = *adeptCollections.shared(p.adeptMentorship);
        const Collection moved = revokeDevices(p.adept.store(), adeptCollections,
            DeviceIdentity::load(p.adept.store()), shared, {});
        test::TempProfile hidden(Role::Mentor);
        const DeviceIdentity x = DeviceIdentity::load(hidden.store());
        QVERIFY(adeptCollections.addMember(moved.id, Member { x.signPublicKey(), x.boxPublicKey(), QStringLiteral("x"), {} }));
        (void)p.adept.sync();
        const SyncReport report = p.mentor.sync();

        bool refused = false;
        for (const QString &why : report.refused)
            refused = refused || why.contains(QStringLiteral("adds a device"));
        QVERIFY2(refused, qPrintable(report.refused.join(u'|')));
        QCOMPARE(Collections(p.mentor.store()).shared(p.mentorMentorship)->id, oldShared);
        QVERIFY(!Collections(p.mentor.store()).find(moved.id));
    }
};

QTEST_GUILESS_MAIN(TestRevocation)
#include "tst_revocation.moc"
