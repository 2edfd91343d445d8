// Endpoints per collection (security issue #12): a pairing with the other person binds only that
// mentorship's shared space to the server the pairing used; the private journal and notes go only
// where this person's own devices meet. And pull cursors per server: one collection pulled from
// two servers receives everything each holds.

#include "syncfixture.h"

#include "repo/notes.h"
#include "repo/reflections.h"
#include "sync/collections.h"
#include "sync/envelope.h"
#include "sync/routes.h"

using namespace bollplank;
using namespace bollplank::sync;
using bollplank::test::Device;
using bollplank::test::MentorPair;
using bollplank::test::shareReflection;

namespace {

MemoryTransport::Signer signer(Device &d)
{
    return [&d](const QByteArray &message) { return DeviceIdentity::load(d.store()).sign(message); };
}

QByteArray key(Device &d)
{
    return DeviceIdentity::load(d.store()).signPublicKey();
}

/// The whole pairing flow through the given connections (the server the pairing runs on), both
/// people confirming; then each side binds what the pairing concerns, as the app and CLI do.
void pairThrough(Device &issuer, Transport &issuerVia, const QStringList &issuerOwn, Device &answerer,
    Transport &answererVia, PairingPurpose purpose, const QString &issuerMentorship, const QString &answererMentorship)
{
    Pairing issuing(issuer.store());
    Pairing answering(answerer.store());
    const QString endpoint = issuerVia.endpointName();
    const Invite invite = issuing.createInvite(purpose, issuerMentorship, { endpoint });
    const auto accepted = answering.accept(invite.toText(), answererMentorship);
    answererVia.postToMailbox(accepted.mailboxId, accepted.message);
    QVERIFY(issuing.openAnswers(issuerVia.readMailbox(invite.mailboxId())).has_value());
    issuerVia.postToMailbox(invite.mailboxId(), issuing.grant(invite.mailboxId()));
    bindPairing(issuer.store(), invite.mailboxId(), endpoint, issuerOwn);
    QVERIFY(answering.receiveGrants(accepted.mailboxId, answererVia.readMailbox(accepted.mailboxId)).has_value());
    bindPairing(answerer.store(), accepted.mailboxId, endpoint, {});
}

Reflection writePrivate(Device &d, const QString &body)
{
    Reflection r;
    r.body = body;
    r.visibility = Visibility::Private;
    ReflectionRepository(d.store()).save(r);
    return r;
}

/// Every collection id the server stores an envelope of, by the envelopes' own headers.
QSet<QByteArray> collectionsAt(const MemoryServer &server)
{
    QSet<QByteArray> out;
    for (auto it = server.collections.cbegin(); it != server.collections.cend(); ++it) {
        if (!it.value().empty())
            out.insert(it.key());
        for (const MemoryServer::Entry &e : it.value())
            out.insert(peekEnvelope(e.bytes).collectionId);
    }
    return out;
}

} // namespace

class TestEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void theJournalNeverReachesThePartnersEndpointAndStillSyncsWithTheAdeptsOwnDevice()
    {
        // The adept's own relay carries her phone and tablet; the mentor's direct endpoint (on his
        // device, in the room) is where she pairs with him.
        MemoryServer own;
        own.name = QStringLiteral("wss://adept-relay.example:443");
        MemoryServer direct;
        direct.name = QStringLiteral("ws://192.168.1.20:8765");
        Device phone(own, Role::Adept);
        Device tablet(own, Role::Adept);
        Device mentor(direct, Role::Mentor);
        for (Device *d : { &phone, &tablet })
            d->engine().setOwnEndpoints({ own.name });
        mentor.engine().setOwnEndpoints({});
        const QString adeptMentorship = phone.addMentorship();
        const QString mentorMentorship = mentor.addMentorship();

        // Her tablet is linked through her own relay, and her journal syncs there already.
        pairThrough(phone, phone.transport, { own.name }, tablet, tablet.transport, PairingPurpose::OwnDevice, {}, {});
        (void)phone.sync();
        (void)tablet.sync();
        const QByteArray journal = Collections(phone.store()).journal()->id;

        // She accepts his invite through his direct endpoint.
        MemoryTransport phoneDirect(direct, key(phone), signer(phone));
        pairThrough(mentor, mentor.transport, {}, phone, phoneDirect, PairingPurpose::Partner, mentorMentorship,
            adeptMentorship);
        const QByteArray shared = Collections(phone.store()).shared(adeptMentorship)->id;
        QCOMPARE(routesOf(phone.store(), shared), QStringList { direct.name });
        QVERIFY(routesOf(phone.store(), journal).isEmpty()); // the journal stays on her own relay

        // She writes privately and shares one reflection; every device syncs with every endpoint it uses.
        QList<Reflection> secret;
        for (int i = 0; i < 5; ++i)
            secret.append(writePrivate(phone, QStringLiteral("MARKER-PRIVATE %1").arg(i)));
        const Reflection sharedOne = shareReflection(phone, QStringLiteral("MARKER-SHARED for him"), adeptMentorship);
        MemoryTransport tabletDirect(direct, key(tablet), signer(tablet));
        for (int round = 0; round < 3; ++round) {
            (void)mentor.sync();
            (void)phone.sync();
            (void)phone.engine().sync(phoneDirect);
            (void)tablet.sync();
            (void)tablet.engine().sync(tabletDirect);
        }

        // Nothing of the journal ever reached his endpoint: no envelope of its collection.
        QVERIFY(!collectionsAt(direct).contains(journal));
        QVERIFY(collectionsAt(direct).contains(shared));
        // Nor did the shared space go to her relay, where he never is.
        QVERIFY(!collectionsAt(own).contains(shared));
        QVERIFY(collectionsAt(own).contains(journal));
        // He has what she shared and nothing else; her tablet has all her private reflections.
        QCOMPARE(ReflectionRepository(mentor.store()).get(sharedOne.meta.id).body, sharedOne.body);
        for (const Reflection &r : secret) {
            QCOMPARE(ReflectionRepository(tablet.store()).get(r.meta.id).body, r.body);
            EXPECT_STORE_ERROR((void)ReflectionRepository(mentor.store()).get(r.meta.id), NotFound);
        }
        // Her tablet learnt through the journal where the shared space meets him.
        QCOMPARE(routesOf(tablet.store(), shared), QStringList { direct.name });
        QCOMPARE(ReflectionRepository(tablet.store()).get(sharedOne.meta.id).body, sharedOne.body);
    }

    void aPartnerPairingThroughTheAdeptsOwnRelayKeepsTheJournalOffOtherServers()
    {
        // The same from the mentor's side: his notes go only where his own devices meet; a partner
        // pairing through the adept's relay binds only the shared space there.
        MemoryServer adeptRelay;
        adeptRelay.name = QStringLiteral("wss://adept-relay.example:443");
        MemoryServer mentorRelay;
        mentorRelay.name = QStringLiteral("wss://mentor-relay.example:443");
        Device adept(adeptRelay, Role::Adept);
        Device mentor(mentorRelay, Role::Mentor);
        Device mentorPhone(mentorRelay, Role::Mentor);
        adept.engine().setOwnEndpoints({ adeptRelay.name });
        for (Device *d : { &mentor, &mentorPhone })
            d->engine().setOwnEndpoints({ mentorRelay.name });
        const QString mentorMentorship = mentor.addMentorship();
        const QString adeptMentorship = adept.addMentorship();
        pairThrough(mentor, mentor.transport, { mentorRelay.name }, mentorPhone, mentorPhone.transport,
            PairingPurpose::OwnDevice, {}, {});
        MemoryTransport mentorAtAdepts(adeptRelay, key(mentor), signer(mentor));
        pairThrough(mentor, mentorAtAdepts, { mentorRelay.name }, adept, adept.transport, PairingPurpose::Partner,
            mentorMentorship, adeptMentorship);
        MentorNote note;
        note.mentorshipId = mentorMentorship;
        note.body = QStringLiteral("MARKER-NOTE his alone");
        NoteRepository(mentor.store()).saveNote(note);
        MemoryTransport phoneAtAdepts(adeptRelay, key(mentorPhone), signer(mentorPhone));
        for (int round = 0; round < 3; ++round) {
            (void)mentor.sync();
            (void)mentor.engine().sync(mentorAtAdepts);
            (void)mentorPhone.sync();
            (void)mentorPhone.engine().sync(phoneAtAdepts);
            (void)adept.sync();
        }
        const QByteArray notes = Collections(mentor.store()).notes(mentorMentorship)->id;
        const QByteArray shared = Collections(mentor.store()).shared(mentorMentorship)->id;
        QVERIFY(!collectionsAt(adeptRelay).contains(notes));
        QVERIFY(collectionsAt(mentorRelay).contains(notes));
        QVERIFY(collectionsAt(adeptRelay).contains(shared));
        QVERIFY(!collectionsAt(mentorRelay).contains(shared));
        QCOMPARE(NoteRepository(mentorPhone.store()).note(note.meta.id).body, note.body);
    }

    void privateNotesLinkedThroughTheDirectEndpointReachBothServers()
    {
        // His phone was linked in the room through his direct endpoint, while his notes also sync
        // through his relay: the notes are bound to the direct endpoint too, and each envelope
        // stays in the outbox until both servers have it.
        MemoryServer relay;
        relay.name = QStringLiteral("wss://mentor-relay.example:443");
        MemoryServer direct;
        direct.name = QStringLiteral("ws://192.168.1.20:8765");
        Device tablet(relay, Role::Mentor);
        Device phone(direct, Role::Mentor);
        tablet.engine().setOwnEndpoints({ relay.name });
        phone.engine().setOwnEndpoints({ direct.name }); // the endpoint it was linked through
        const QString mentorship = tablet.addMentorship();
        MemoryTransport tabletDirect(direct, key(tablet), signer(tablet));
        pairThrough(tablet, tabletDirect, { relay.name }, phone, phone.transport, PairingPurpose::OwnDevice, {}, {});
        const QByteArray notes = Collections(tablet.store()).notes(mentorship)->id;
        QCOMPARE(routesOf(tablet.store(), notes), QStringList { direct.name });

        MentorNote note;
        note.mentorshipId = mentorship;
        note.body = QStringLiteral("MARKER-NOTE to both");
        NoteRepository(tablet.store()).saveNote(note);
        (void)tablet.sync(); // the relay first: the envelope waits for the direct endpoint
        QVERIFY(collectionsAt(relay).contains(notes));
        QVERIFY(tablet.engine().outgoingCount() > 0);
        (void)tablet.engine().sync(tabletDirect);
        QCOMPARE(tablet.engine().outgoingCount(), 0);
        (void)phone.sync();
        QCOMPARE(NoteRepository(phone.store()).note(note.meta.id).body, note.body);
        // A second round sends nothing twice.
        const std::size_t atRelay = relay.collections.value(notes).size();
        QCOMPARE(tablet.sync().pushed, 0);
        QCOMPARE(relay.collections.value(notes).size(), atRelay);
    }

    void aCollectionPulledFromASecondServerReceivesAllOfIt()
    {
        // Server A (the relay) numbers many envelopes; server B (the mentor's direct endpoint)
        // holds others under low numbers. The mentor pulls from A, then from B: B's arrive too.
        MentorPair p;
        p.server.name = QStringLiteral("wss://relay.example:8443");
        for (int i = 0; i < 6; ++i)
            shareReflection(p.adept, QStringLiteral("through the relay %1").arg(i), p.adeptMentorship);
        (void)p.adept.sync();
        (void)p.mentor.sync();
        const QByteArray shared = p.sharedId();
        QVERIFY(p.server.collections.value(shared).back().sequence > 6);

        MemoryServer direct;
        direct.name = QStringLiteral("ws://192.168.1.20:8765");
        MemoryTransport mentorDirect(direct, key(p.mentor), signer(p.mentor));
        MemoryTransport adeptDirect(direct, key(p.adept), signer(p.adept));
        mentorDirect.setMember(shared, key(p.adept));
        QList<Reflection> later;
        for (int i = 0; i < 3; ++i)
            later.append(shareReflection(p.adept, QStringLiteral("through the direct endpoint %1").arg(i), p.adeptMentorship));
        (void)p.adept.engine().sync(adeptDirect);
        QVERIFY(direct.collections.value(shared).size() >= 3);
        QVERIFY(direct.collections.value(shared).back().sequence < p.server.collections.value(shared).back().sequence);

        const SyncReport report = p.mentor.engine().sync(mentorDirect);
        QVERIFY(report.refused.isEmpty());
        for (const Reflection &r : later)
            QCOMPARE(ReflectionRepository(p.mentor.store()).get(r.meta.id).body, r.body);
        QVERIFY(p.mentor.engine().withheld().isEmpty());
        // Each server keeps its own position.
        auto q = p.mentor.store().db().prepareOnce("SELECT count(*) FROM sync_cursor WHERE collection_id = ?");
        q.bind(1, shared);
        QVERIFY(q.step());
        QCOMPARE(q.integer(0), 2);
    }

    void aCursorFromBeforeVersion8IsTakenOverByTheServerSyncedFirst()
    {
        MentorPair p;
        p.server.name = QStringLiteral("wss://relay.example:8443");
        for (int i = 0; i < 4; ++i)
            shareReflection(p.adept, QStringLiteral("before the update %1").arg(i), p.adeptMentorship);
        (void)p.adept.sync();
        (void)p.mentor.sync();
        // As migration 8 leaves a cursor: under the empty endpoint.
        p.mentor.store().db().exec("UPDATE sync_cursor SET endpoint = ''");
        const SyncReport report = p.mentor.sync();
        QCOMPARE(report.pulled, 0); // nothing fetched twice, nothing refused as a replay
        QVERIFY(report.refused.isEmpty());
        auto q = p.mentor.store().db().prepareOnce("SELECT count(*) FROM sync_cursor WHERE endpoint = ''");
        QVERIFY(q.step());
        QCOMPARE(q.integer(0), 0);
    }

    void aRouteMustNameAnEndpoint()
    {
        MentorPair p;
        EXPECT_STORE_ERROR(bindRoute(p.mentor.store(), p.sharedId(), QStringLiteral("  ")), InvalidInput);
        QVERIFY(routesOf(p.mentor.store(), p.sharedId()).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEndpoints)
#include "tst_endpoints.moc"
