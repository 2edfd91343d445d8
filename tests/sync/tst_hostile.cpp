// A partner running a modified client, and a relay that drops, reorders, replays or forges what it
// forwards (docs/SECURITY.md). Each test is named for the attack and shows that it gains nothing:
// no key, no accepted write, nothing brought back, nothing withheld unseen.

#include "syncfixture.h"

#include "repo/evaluations.h"
#include "repo/meetings.h"
#include "repo/notes.h"
#include "repo/reflections.h"
#include "store/transaction.h"
#include "sync/chain.h"
#include "sync/collections.h"
#include "sync/envelope.h"
#include "sync/outbox.h"
#include "sync/publickeys.h"
#include "sync/records.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <sodium.h>

using namespace bollplank;
using namespace bollplank::sync;
using bollplank::test::Device;
using bollplank::test::MentorPair;
using bollplank::test::shareReflection;
using bollplank::test::syncAll;

namespace {

// What a modified client does: change its own copy of a record however it likes and send it as
// a new revision of its own.
void rewrite(Device &d, const char *table, const QString &id, const QString &assignments)
{
    Transaction tx(d.store().db());
    d.store()
        .db()
        .prepare("UPDATE " + std::string(table) + " SET " + assignments.toStdString()
            + ", rev = rev + 1, author_device = ? WHERE id = ?")
        .bind(1, d.store().deviceId())
        .bind(2, id)
        .run();
    queueChange(d.store(), QString::fromLatin1(table), id);
    tx.commit();
}

// Everything a device holds about a collection's keys and members, in one comparable string.
QString keyring(Device &d, const QByteArray &collectionId)
{
    QString s;
    auto c = d.store().db().prepareOnce("SELECT kind, current_epoch FROM sync_collection WHERE id = ?");
    c.bind(1, collectionId);
    while (c.step())
        s += c.text(0) + QString::number(c.int64(1)) + u';';
    auto k = d.store().db().prepareOnce("SELECT epoch, hex(key) FROM sync_collection_key WHERE collection_id = ? ORDER BY 1");
    k.bind(1, collectionId);
    while (k.step())
        s += QString::number(k.int64(0)) + k.text(1) + u';';
    auto m = d.store().db().prepareOnce(
        "SELECT hex(sign_public), hex(box_public), device_id, role FROM sync_member WHERE collection_id = ? ORDER BY 1");
    m.bind(1, collectionId);
    while (m.step())
        s += m.text(0) + m.text(1) + m.text(2) + m.text(3) + u';';
    return s;
}

int outboxRows(Device &d, const QByteArray &collectionId)
{
    auto q = d.store().db().prepareOnce("SELECT count(*) FROM sync_outbox WHERE collection_id = ?");
    q.bind(1, collectionId);
    return q.step() ? q.integer(0) : -1;
}

QByteArray randomBytes(int n)
{
    QByteArray out(n, Qt::Uninitialized);
    randombytes_buf(out.data(), std::size_t(n));
    return out;
}

// The relay's copy of a collection, entries about one record only, handed out in reverse order
// (each keeps the place, and so the sequence number, of another).
void reverseRecord(MemoryServer &server, const QByteArray &collectionId, const QString &recordId)
{
    std::vector<MemoryServer::Entry> &entries = server.collections[collectionId];
    std::vector<std::size_t> at;
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (peekEnvelope(entries[i].bytes).recordId == recordId)
            at.push_back(i);
    for (std::size_t i = 0, j = at.size() - 1; i < j; ++i, --j)
        std::swap(entries[at[i]].bytes, entries[at[j]].bytes);
}

std::vector<MemoryServer::Entry> entriesOf(MemoryServer &server, const QByteArray &collectionId, const QString &recordId)
{
    std::vector<MemoryServer::Entry> out;
    for (const MemoryServer::Entry &e : server.collections[collectionId])
        if (peekEnvelope(e.bytes).recordId == recordId)
            out.push_back(e);
    return out;
}

bool anyRefusal(const SyncReport &report, const char *why)
{
    for (const QString &r : report.refused)
        if (r.contains(QLatin1String(why)))
            return true;
    return false;
}

// An envelope a partner's modified client signs with its own key, numbered as its next.
QByteArray forge(Device &author, const QByteArray &collectionId, const QString &recordId, qint64 revision,
    const Payload &payload)
{
    const DeviceIdentity self = DeviceIdentity::load(author.store());
    EnvelopeHeader h;
    h.collectionId = collectionId;
    h.recordId = recordId;
    h.revision = revision;
    const chain::Link link = chain::next(author.store(), collectionId, self.signPublicKey());
    h.authorSeq = link.seq;
    h.previousHash = link.previous;
    return sealEnvelope(h, payload.encode(), *Collections(author.store()).key(collectionId, 1), self);
}

} // namespace

class TestHostile : public QObject
{
    Q_OBJECT

private slots:
    void aSecondGrantNamingTheJournalAsSharedIsRefused()
    {
        MentorPair p;
        const QByteArray journal = Collections(p.adept.store()).journal()->id;
        shareReflection(p.adept, QStringLiteral("MARKER-PRIVATE-9f2 only mine"), QString());
        (void)p.adept.sync();
        // The mentor's modified client makes a second invite for a new mentorship of the adept's...
        const QString secondAdept = p.adept.addMentorship();
        const QString secondMentor = p.mentor.addMentorship();
        const QString before = keyring(p.adept, journal);
        const int queuedBefore = outboxRows(p.adept, journal);
        Pairing mentorPairing(p.mentor.store());
        const Invite invite = mentorPairing.createInvite(PairingPurpose::Partner, secondMentor, {});
        const Pairing::Accepted accepted = Pairing(p.adept.store()).accept(invite.toText(), secondAdept);
        QVERIFY(mentorPairing.openAnswer(accepted.message).has_value());

        // ...and grants the adept's journal id as a "shared" collection, at epoch 2, under its key.
        const DeviceIdentity mentor = DeviceIdentity::load(p.mentor.store());
        const DeviceIdentity adept = DeviceIdentity::load(p.adept.store());
        const QCborMap entry { { QStringLiteral("id"), journal }, { QStringLiteral("kind"), QStringLiteral("shared") },
            { QStringLiteral("mentorship"), QString() }, { QStringLiteral("epoch"), 2 },
            { QStringLiteral("keys"), QCborArray { QCborArray { 2, randomBytes(32) } } },
            { QStringLiteral("members"),
                QCborArray { QCborArray { mentor.signPublicKey(), mentor.boxPublicKey(), p.mentor.store().deviceId() },
                    QCborArray { adept.signPublicKey(), adept.boxPublicKey(), p.adept.store().deviceId() } } } };
        const QByteArray plain = QCborValue(QCborMap { { QStringLiteral("m"), accepted.mailboxId },
                                                { QStringLiteral("c"), QCborArray { entry } } })
                                     .toCbor();
        QByteArray sealed(plain.size() + crypto_box_SEALBYTES, '\0');
        QCOMPARE(crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
                     reinterpret_cast<const unsigned char *>(plain.constData()), std::size_t(plain.size()),
                     reinterpret_cast<const unsigned char *>(adept.boxPublicKey().constData())),
            0);
        const QByteArray grant = QCborValue(QCborMap { { QStringLiteral("k"), QStringLiteral("grant") },
                                                { QStringLiteral("b"), sealed },
                                                { QStringLiteral("s"),
                                                    mentor.sign(QByteArrayLiteral("bollplank-grant-v1") + '\0'
                                                        + accepted.mailboxId + sealed) } })
                                     .toCbor();

        const QString why = test::syncError(
            [&] { (void)Pairing(p.adept.store()).receiveGrant(accepted.mailboxId, grant); }, SyncErrorKind::InvalidInvite);
        QVERIFY2(why.contains(QStringLiteral("already holds")), qPrintable(why));
        QCOMPARE(keyring(p.adept, journal), before);
        QCOMPARE(outboxRows(p.adept, journal), queuedBefore);
        QVERIFY(!Collections(p.adept.store()).shared(secondAdept));
        // The same grant among junk in the mailbox: each message refused on its own, none adopted.
        QStringList refused;
        QVERIFY(!Pairing(p.adept.store()).receiveGrants(accepted.mailboxId, { QByteArrayLiteral("junk"), grant }, &refused));
        QCOMPARE(refused.size(), 2);
        QCOMPARE(keyring(p.adept, journal), before);
    }

    void adoptingACollectionThisDeviceHoldsChangesNothing()
    {
        MentorPair p;
        const Collection notes = *Collections(p.mentor.store()).notes(p.mentorMentorship);
        const QString before = keyring(p.mentor, notes.id);
        QList<std::pair<int, SecureKey>> keys;
        keys.append({ 2, SecureKey::random() });
        Collection reKeyed = notes;
        reKeyed.currentEpoch = 2;
        EXPECT_SYNC_ERROR(Collections(p.mentor.store()).adopt(reKeyed, keys, {}), Tampered);
        QCOMPARE(keyring(p.mentor, notes.id), before);
    }

    void anInviteWithALowOrderKeyIsRefusedAndPostsNothing()
    {
        MemoryServer server;
        Device mentor(server, Role::Mentor);
        Device adept(server, Role::Adept);
        const QString mm = mentor.addMentorship();
        (void)adept.addMentorship();
        const Invite good = Pairing(mentor.store()).createInvite(PairingPurpose::Partner, mm, {});
        QByteArray identityPoint(32, '\0');
        identityPoint[0] = 1; // the Ed25519 neutral element; as X25519 also of low order
        for (const QByteArray &bad : { QByteArray(32, '\0'), identityPoint }) {
            Invite lowBox = good;
            lowBox.boxPublicKey = bad;
            EXPECT_SYNC_ERROR((void)Pairing(adept.store()).accept(lowBox.toText()), InvalidInvite);
            Invite lowSign = good;
            lowSign.signPublicKey = bad;
            EXPECT_SYNC_ERROR((void)Pairing(adept.store()).accept(lowSign.toText()), InvalidInvite);
        }
        QVERIFY(!isValidBoxKey(QByteArray(32, '\0')));
        QVERIFY(isValidBoxKey(DeviceIdentity::load(adept.store()).boxPublicKey()));
        QVERIFY(isValidSignKey(DeviceIdentity::load(adept.store()).signPublicKey()));
        QVERIFY(server.mailboxes.isEmpty());
        auto q = adept.store().db().prepareOnce("SELECT count(*) FROM sync_invite");
        QVERIFY(q.step());
        QCOMPARE(q.integer(0), 0);
        // The genuine invite still works afterwards.
        QVERIFY(!Pairing(adept.store()).accept(good.toText()).message.isEmpty());
    }

    void theAdeptRewritingTheMentorsEvaluationIsRefused()
    {
        MentorPair p;
        Meeting meeting;
        meeting.mentorshipId = p.mentorMentorship;
        meeting.startsAt = test::at(2026, 2, 3, 9);
        MeetingRepository(p.mentor.store()).save(meeting);
        Evaluation mentorView;
        mentorView.meetingId = meeting.meta.id;
        mentorView.party = Role::Mentor;
        mentorView.rating = 2;
        mentorView.body = QStringLiteral("she avoided the hard question");
        EvaluationRepository(p.mentor.store()).save(mentorView);
        (void)p.mentor.sync();
        (void)p.adept.sync();

        rewrite(p.adept, "evaluation", mentorView.meta.id, QStringLiteral("rating = 5, body = 'a perfect meeting'"));
        // And one in the mentor's name that the mentor never wrote.
        Evaluation forged;
        forged.meetingId = meeting.meta.id;
        forged.party = Role::Mentor;
        forged.rating = 5;
        forged.body = QStringLiteral("signed, the mentor");
        Meeting second;
        second.mentorshipId = p.adeptMentorship;
        second.startsAt = test::at(2026, 3, 3, 9);
        MeetingRepository(p.adept.store()).save(second);
        forged.meetingId = second.meta.id;
        EvaluationRepository(p.adept.store()).save(forged);
        (void)p.adept.sync();
        const SyncReport report = p.mentor.sync();

        QVERIFY(anyRefusal(report, "may not write the other's evaluation"));
        const QList<Evaluation> kept = EvaluationRepository(p.mentor.store()).forMeeting(meeting.meta.id);
        QCOMPARE(kept.size(), 1);
        QCOMPARE(kept.first().body, mentorView.body);
        QCOMPARE(kept.first().rating, 2);
        QVERIFY(EvaluationRepository(p.mentor.store()).forMeeting(second.meta.id).isEmpty());
        // Refused changes still took their place in the adept's chain: nothing reads as withheld.
        QVERIFY(report.withheld.isEmpty());
    }

    void theAdeptAcknowledgingForTheMentorIsRefused()
    {
        MentorPair p;
        Agreement agreement;
        agreement.mentorshipId = p.mentorMentorship;
        agreement.goals = QStringLiteral("lead the board through the merger");
        MentorshipRepository(p.mentor.store()).saveAgreement(agreement);
        (void)p.mentor.sync();
        (void)p.adept.sync();
        rewrite(p.adept, "agreement", agreement.meta.id, QStringLiteral("mentor_ack_at = 1767225600000"));
        (void)p.adept.sync();
        const SyncReport report = p.mentor.sync();
        QVERIFY(anyRefusal(report, "only the mentor may acknowledge"));
        QVERIFY(!MentorshipRepository(p.mentor.store()).agreementFor(p.mentorMentorship)->mentorAcknowledgedAt);

        // Her own acknowledgement is hers to give (once her client stops claiming his).
        rewrite(p.adept, "agreement", agreement.meta.id, QStringLiteral("mentor_ack_at = NULL"));
        MentorshipRepository(p.adept.store()).acknowledge(p.adeptMentorship, Role::Adept);
        (void)p.adept.sync();
        QVERIFY(p.mentor.sync().refused.isEmpty());
        QVERIFY(MentorshipRepository(p.mentor.store()).agreementFor(p.mentorMentorship)->adeptAcknowledgedAt);
    }

    void theMentorRewritingAReflectionIsRefused()
    {
        MentorPair p;
        const Reflection r = shareReflection(p.adept, QStringLiteral("I was afraid to speak up"), p.adeptMentorship);
        (void)p.adept.sync();
        (void)p.mentor.sync();
        rewrite(p.mentor, "reflection", r.meta.id, QStringLiteral("body = 'I was never afraid'"));
        (void)p.mentor.sync();
        const SyncReport report = p.adept.sync();
        QVERIFY(anyRefusal(report, "only the adept may write reflections"));
        QCOMPARE(ReflectionRepository(p.adept.store()).get(r.meta.id).body, r.body);
    }

    void aMembershipRecordCannotOverwriteKeysOrAddTheOtherPersonsDevice()
    {
        MentorPair p;
        const QByteArray shared = p.sharedId();
        const DeviceIdentity mentor = DeviceIdentity::load(p.mentor.store());
        const QString before = keyring(p.mentor, shared);
        test::TempProfile hidden(Role::Mentor);
        const DeviceIdentity x = DeviceIdentity::load(hidden.store());

        // The mentor's own device, re-announced by the adept with a box key the adept holds.
        Payload overwrite;
        overwrite.table = QString::fromLatin1(MemberTable);
        overwrite.updatedAt = 1;
        overwrite.fields = { { QStringLiteral("sign_public"), mentor.signPublicKey() },
            { QStringLiteral("box_public"), x.boxPublicKey() }, { QStringLiteral("device_id"), p.mentor.store().deviceId() },
            { QStringLiteral("role"), QStringLiteral("mentor") } };
        const QByteArray stolen = forge(p.adept, shared,
            QStringLiteral("member:") + QString::fromLatin1(mentor.signPublicKey().toHex()), 1, overwrite);
        const QString why = test::syncError([&] { p.mentor.engine().apply(shared, stolen); }, SyncErrorKind::Tampered);
        QVERIFY2(why.contains(QStringLiteral("may not change a member's keys")), qPrintable(why));

        // A device the adept claims is the mentor's (so that it could write minutes in his name).
        Payload claim = overwrite;
        claim.fields = { { QStringLiteral("sign_public"), x.signPublicKey() }, { QStringLiteral("box_public"), x.boxPublicKey() },
            { QStringLiteral("device_id"), QStringLiteral("hidden") }, { QStringLiteral("role"), QStringLiteral("mentor") } };
        const QByteArray planted = forge(p.adept, shared,
            QStringLiteral("member:") + QString::fromLatin1(x.signPublicKey().toHex()), 1, claim);
        const QString why2 = test::syncError([&] { p.mentor.engine().apply(shared, planted); }, SyncErrorKind::Tampered);
        QVERIFY2(why2.contains(QStringLiteral("device of its author's own")), qPrintable(why2));
        QCOMPARE(keyring(p.mentor, shared), before);
    }

    void aTombstoneThenTheOlderRevisionLeavesTheRecordDeleted()
    {
        MentorPair p;
        Reflection r = shareReflection(p.adept, QStringLiteral("first draft"), p.adeptMentorship);
        (void)p.adept.sync();
        r.body = QStringLiteral("second draft");
        ReflectionRepository(p.adept.store()).save(r);
        (void)p.adept.sync();
        ReflectionRepository(p.adept.store()).remove(r.meta.id);
        (void)p.adept.sync();
        QCOMPARE(entriesOf(p.server, p.sharedId(), r.meta.id).size(), std::size_t(3));

        // The relay hands the mentor's fresh device the tombstone first, then the older revisions.
        reverseRecord(p.server, p.sharedId(), r.meta.id);
        const SyncReport report = p.mentor.sync();
        QVERIFY(anyRefusal(report, "replayed or reordered"));
        EXPECT_STORE_ERROR((void)ReflectionRepository(p.mentor.store()).get(r.meta.id), NotFound);
        QVERIFY(report.withheld.isEmpty()); // all three arrived, in the wrong order
        (void)p.mentor.sync();
        EXPECT_STORE_ERROR((void)ReflectionRepository(p.mentor.store()).get(r.meta.id), NotFound);
    }

    void anotherDevicesOlderRevisionAfterTheTombstoneCannotResurrect()
    {
        MentorPair p;
        Device tablet(p.server, Role::Adept);
        test::pair(p.adept, tablet, PairingPurpose::OwnDevice, {}, {});
        syncAll({ &p.adept, &tablet, &p.adept }, 1);
        Reflection r = shareReflection(p.adept, QStringLiteral("written on the phone"), p.adeptMentorship);
        syncAll({ &p.adept, &tablet }, 1);
        r = ReflectionRepository(tablet.store()).get(r.meta.id);
        r.body = QStringLiteral("edited on the tablet");
        ReflectionRepository(tablet.store()).save(r);
        syncAll({ &tablet, &p.adept }, 1);
        QCOMPARE(ReflectionRepository(p.adept.store()).get(r.meta.id).body, r.body);
        ReflectionRepository(p.adept.store()).remove(r.meta.id); // on top of the tablet's edit
        (void)p.adept.sync();

        // Only the tablet's edit and the phone's tombstone, the tombstone first.
        std::vector<MemoryServer::Entry> &entries = p.server.collections[p.sharedId()];
        std::erase_if(entries, [&](const MemoryServer::Entry &e) {
            const EnvelopeHeader h = peekEnvelope(e.bytes);
            return h.recordId == r.meta.id && h.revision == 1;
        });
        reverseRecord(p.server, p.sharedId(), r.meta.id);
        const SyncReport report = p.mentor.sync();
        QVERIFY2(anyRefusal(report, "arrived after the revision written on top of it"), qPrintable(report.refused.join(u'|')));
        EXPECT_STORE_ERROR((void)ReflectionRepository(p.mentor.store()).get(r.meta.id), NotFound);
    }

    void aWithheldChangeIsReportedUntilItArrives()
    {
        MentorPair p;
        QList<Reflection> written;
        for (int i = 0; i < 3; ++i) {
            written.append(shareReflection(p.adept, QStringLiteral("reflection %1").arg(i), p.adeptMentorship));
            (void)p.adept.sync();
        }
        const MemoryServer::Entry held = entriesOf(p.server, p.sharedId(), written.at(1).meta.id).front();
        std::erase_if(p.server.collections[p.sharedId()],
            [&](const MemoryServer::Entry &e) { return e.sequence == held.sequence; });

        const SyncReport report = p.mentor.sync();
        QCOMPARE(report.withheld.size(), 1);
        QCOMPARE(report.withheld.first().missing, 1);
        QCOMPARE(report.withheld.first().deviceId, p.adept.store().deviceId());
        QCOMPARE(report.withheld.first().role, QStringLiteral("adept"));
        QCOMPARE(p.mentor.engine().withheld().size(), 1); // still shown after the sync

        p.inject(p.sharedId(), held.bytes); // the relay lets it through at last
        const SyncReport after = p.mentor.sync();
        QVERIFY(after.withheld.isEmpty());
        QCOMPARE(ReflectionRepository(p.mentor.store()).get(written.at(1).meta.id).body, written.at(1).body);
    }

    void aForkedHistoryIsRefusedAndKeptOnRecord()
    {
        MentorPair p;
        const Reflection r = shareReflection(p.adept, QStringLiteral("what happened"), p.adeptMentorship);
        (void)p.adept.sync();
        const MemoryServer::Entry real = entriesOf(p.server, p.sharedId(), r.meta.id).front();
        const EnvelopeHeader h = peekEnvelope(real.bytes);

        // Another envelope with the same number: the adept's device (or a copy of its key) telling
        // the mentor a different story than the one it told others.
        Collections adeptKeys(p.adept.store());
        const OpenedEnvelope opened = openEnvelope(real.bytes, p.sharedId(), adeptKeys);
        Payload other = Payload::decode(opened.plaintext);
        other.fields.insert(QStringLiteral("body"), QStringLiteral("what never happened"));
        EnvelopeHeader twin;
        twin.collectionId = h.collectionId;
        twin.recordId = h.recordId;
        twin.revision = h.revision + 1;
        twin.parentRevision = h.revision;
        twin.authorSeq = h.authorSeq;
        twin.previousHash = h.previousHash;
        const QByteArray forked = sealEnvelope(twin, other.encode(), *adeptKeys.key(p.sharedId(), 1),
            DeviceIdentity::load(p.adept.store()));

        (void)p.mentor.sync();
        p.inject(p.sharedId(), forked);
        const SyncReport report = p.mentor.sync();
        QVERIFY2(anyRefusal(report, "forked history"), qPrintable(report.refused.join(u'|')));
        QCOMPARE(report.forks, 1);
        QCOMPARE(p.mentor.engine().forks(), 1);
        QCOMPARE(ReflectionRepository(p.mentor.store()).get(r.meta.id).body, r.body);
    }

    void aPartnerCannotRewriteAnotherPairsRecordThroughItsOwnSpace()
    {
        // One mentor, two adepts. Adept A learnt the id of adept B's reflection and of B's meeting
        // (record ids travel in the clear) and writes through A's own shared space.
        MemoryServer server;
        Device mentor(server, Role::Mentor);
        Device a(server, Role::Adept);
        Device b(server, Role::Adept);
        const QString mentorOfA = mentor.addMentorship();
        const QString mentorOfB = mentor.addMentorship();
        const QString aMentorship = a.addMentorship();
        const QString bMentorship = b.addMentorship();
        test::pair(mentor, a, PairingPurpose::Partner, mentorOfA, aMentorship);
        test::pair(mentor, b, PairingPurpose::Partner, mentorOfB, bMentorship);
        syncAll({ &mentor, &a, &b }, 1);
        const Reflection beas = shareReflection(b, QStringLiteral("what Bea wrote"), bMentorship);
        const Reflection own = shareReflection(a, QStringLiteral("what A wrote"), aMentorship);
        Meeting beasMeeting;
        beasMeeting.mentorshipId = mentorOfB;
        beasMeeting.startsAt = test::at(2026, 2, 3, 9);
        MeetingRepository(mentor.store()).save(beasMeeting);
        syncAll({ &a, &b, &mentor }, 1);
        const QByteArray shared = Collections(a.store()).shared(aMentorship)->id;
        const auto sealAndPlace = [&](const QString &recordId, qint64 revision, const Payload &payload) {
            const QByteArray bytes = forge(a, shared, recordId, revision, payload);
            chain::place(a.store(), peekEnvelope(bytes), envelopeHash(bytes)); // A's next one follows it
            return bytes;
        };

        // B's reflection, at a revision above B's, as if it were A's.
        Collections aKeys(a.store());
        Payload takeover
            = readLocal(a.store(), aKeys, *aKeys.find(shared), QStringLiteral("reflection"), own.meta.id)
                  ->payload;
        takeover.fields.insert(QStringLiteral("body"), QStringLiteral("Bea never wrote this"));
        const QString why = test::syncError(
            [&] { mentor.engine().apply(shared, sealAndPlace(beas.meta.id, 100, takeover)); },
            SyncErrorKind::Tampered);
        QVERIFY2(why.contains(QStringLiteral("belongs to another mentorship")), qPrintable(why));
        const Reflection kept = ReflectionRepository(mentor.store()).get(beas.meta.id);
        QCOMPARE(kept.body, beas.body);
        QCOMPARE(kept.mentorshipId, mentorOfB);

        // A's own evaluation, hung on B's meeting.
        Payload evaluation;
        evaluation.table = QStringLiteral("evaluation");
        evaluation.updatedAt = 1;
        evaluation.fields = { { QStringLiteral("meeting_id"), beasMeeting.meta.id },
            { QStringLiteral("party"), QStringLiteral("adept") }, { QStringLiteral("rating"), 1 },
            { QStringLiteral("body"), QStringLiteral("as Bea") } };
        const QString why2 = test::syncError(
            [&] {
                mentor.engine().apply(shared,
                    sealAndPlace(QStringLiteral("5b1c3f0e-0000-4000-8000-000000000001"), 1, evaluation));
            },
            SyncErrorKind::Tampered);
        QVERIFY2(why2.contains(QStringLiteral("belongs to another mentorship")), qPrintable(why2));
        QVERIFY(EvaluationRepository(mentor.store()).forMeeting(beasMeeting.meta.id).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHostile)
#include "tst_hostile.moc"
