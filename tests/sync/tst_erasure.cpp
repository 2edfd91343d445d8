// Erasure on revocation (docs/SECURITY.md): a device cut off by a member it knows erases its copy
// the next time it syncs: everything, when another device of its own person revoked it; only the
// other person's words, when that person ended the pairing. A server's unsigned or forged claim
// erases nothing.

#include "syncfixture.h"

#include "query/search.h"
#include "repo/actionitems.h"
#include "repo/evaluations.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/minutes.h"
#include "repo/notes.h"
#include "repo/reflections.h"
#include "sync/advisories.h"
#include "sync/collections.h"
#include "sync/memberstatement.h"
#include "sync/rotation.h"

using namespace bollplank;
using namespace bollplank::sync;
using bollplank::test::Device;
using bollplank::test::MentorPair;
using bollplank::test::shareReflection;
using bollplank::test::syncAll;

namespace {

QByteArray keyOf(Device &d)
{
    return DeviceIdentity::load(d.store()).signPublicKey();
}

bool found(Store &store, const QString &word)
{
    return !search(store, word).isEmpty();
}

bool anyReflectionSays(Store &store, const QString &word)
{
    for (const Reflection &r : ReflectionRepository(store).list({}, 1000))
        if (r.body.contains(word))
            return true;
    return false;
}

int count(Store &store, const char *sql)
{
    auto q = store.db().prepareOnce(sql);
    return q.step() ? q.integer(0) : -1;
}

// A held meeting of the pair with the mentor's minutes, both evaluations and an action item,
// written on the devices whose words they are.
struct MeetingRecords
{
    QString meetingId;
    QString minutesId;
    QString adeptEvaluationId;
    QString mentorEvaluationId;
    QString actionItemId;
};

MeetingRecords holdMeeting(MentorPair &p)
{
    MeetingRecords out;
    Meeting m;
    m.mentorshipId = p.mentorMentorship;
    m.startsAt = test::at(2026, 1, 10);
    m.status = MeetingStatus::Held;
    m.place = QStringLiteral("the café");
    MeetingRepository(p.mentor.store()).save(m);
    out.meetingId = m.meta.id;
    Minutes minutes;
    minutes.meetingId = m.meta.id;
    minutes.body = QStringLiteral("MARKERMINUTES by the mentor");
    MinutesRepository(p.mentor.store()).save(minutes);
    out.minutesId = minutes.meta.id;
    Evaluation his;
    his.meetingId = m.meta.id;
    his.party = Role::Mentor;
    his.body = QStringLiteral("MARKERMENTOREVAL");
    EvaluationRepository(p.mentor.store()).save(his);
    out.mentorEvaluationId = his.meta.id;
    ActionItem item;
    item.mentorshipId = p.mentorMentorship;
    item.meetingId = m.meta.id;
    item.body = QStringLiteral("MARKERACTION planned together");
    ActionItemRepository(p.mentor.store()).save(item);
    out.actionItemId = item.meta.id;
    syncAll({ &p.mentor, &p.adept }, 2);
    Evaluation hers;
    hers.meetingId = m.meta.id;
    hers.party = Role::Adept;
    hers.body = QStringLiteral("MARKERADEPTEVAL");
    EvaluationRepository(p.adept.store()).save(hers);
    out.adeptEvaluationId = hers.meta.id;
    syncAll({ &p.adept, &p.mentor }, 2);
    return out;
}

bool evaluationSays(Store &store, const QString &meetingId, const QString &word)
{
    for (const Evaluation &e : EvaluationRepository(store).forMeeting(meetingId))
        if (e.body.contains(word))
            return true;
    return false;
}

} // namespace

class TestErasure : public QObject
{
    Q_OBJECT

private slots:
    void aLostOwnDeviceErasesItsCopyWhenItSyncsAgain()
    {
        MentorPair p;
        Device tablet(p.server, Role::Adept);
        test::pair(p.adept, tablet, PairingPurpose::OwnDevice, {}, {});
        Reflection journal;
        journal.body = QStringLiteral("MARKERJOURNAL only for herself");
        ReflectionRepository(p.adept.store()).save(journal);
        const Reflection shared = shareReflection(p.adept, QStringLiteral("MARKERSHARED with the mentor"), p.adeptMentorship);
        Comment comment;
        comment.reflectionId = shared.meta.id;
        comment.body = QStringLiteral("MARKERCOMMENT from the mentor");
        syncAll({ &p.adept, &tablet, &p.mentor }, 2);
        NoteRepository(p.mentor.store()).saveComment(comment);
        syncAll({ &p.mentor, &p.adept, &tablet }, 2);
        // The tablet holds all of it before it is lost.
        QVERIFY(found(tablet.store(), QStringLiteral("MARKERJOURNAL")));
        QVERIFY(anyReflectionSays(tablet.store(), QStringLiteral("MARKERSHARED")));
        QCOMPARE(NoteRepository(tablet.store()).commentsOn(shared.meta.id).size(), 1);

        const QByteArray tabletKey = keyOf(tablet);
        QCOMPARE(revokeDeviceEverywhere(p.adept.store(), tabletKey), 2);
        (void)p.adept.sync(); // tells the server: the tablet is out, the old collections are frozen

        const SyncReport report = tablet.sync();
        QCOMPARE(report.erased.size(), 2); // the journal and the shared space
        for (const Erasure &e : report.erased)
            QVERIFY(e.byOwnDevice);
        QVERIFY(report.refused.isEmpty());
        // Nothing of hers is left on the tablet: not in the records, not in the full-text index.
        for (const char *word : { "MARKERJOURNAL", "MARKERSHARED", "MARKERCOMMENT" }) {
            QVERIFY2(!found(tablet.store(), QString::fromLatin1(word)), word);
            QVERIFY2(!anyReflectionSays(tablet.store(), QString::fromLatin1(word)), word);
        }
        QVERIFY(NoteRepository(tablet.store()).commentsOn(shared.meta.id).isEmpty());
        QVERIFY(MentorshipRepository(tablet.store()).list().isEmpty());
        // The app's lists hear exactly which rows went (SyncReport::changes).
        QStringList reflections { journal.meta.id, shared.meta.id };
        reflections.sort();
        QCOMPARE(report.changes.tables(),
            QStringList({ QStringLiteral("comment"), QStringLiteral("mentorship"), QStringLiteral("reflection") }));
        QCOMPARE(report.changes.deleted(QStringLiteral("reflection")), reflections);
        QCOMPARE(report.changes.deleted(QStringLiteral("comment")), QStringList { comment.meta.id });
        QCOMPARE(report.changes.deleted(QStringLiteral("mentorship")), QStringList { p.adeptMentorship });
        QCOMPARE(count(tablet.store(), "SELECT count(*) FROM reflection"), 0);
        QCOMPARE(count(tablet.store(), "SELECT count(*) FROM comment"), 0);
        QCOMPARE(count(tablet.store(), "SELECT count(*) FROM sync_history"), 0);
        QCOMPARE(count(tablet.store(), "SELECT count(*) FROM sync_collection_key"), 0);
        QCOMPARE(count(tablet.store(), "SELECT count(*) FROM sync_outbox"), 0);
        QCOMPARE(count(tablet.store(), "SELECT count(*) FROM sync_collection WHERE erased_at IS NOT NULL"), 2);
        // It says so, without a word of content.
        bool advised = false;
        for (const Advisory &a : unseenAdvisories(tablet.store()))
            if (a.kind == Advisory::Kind::DeviceRevoked && a.signPublicKey == tabletKey && a.erasedRecords.value_or(0) > 0)
                advised = true;
        QVERIFY(advised);
        // A second sync changes nothing and reaches for nothing.
        QVERIFY(tablet.sync().erased.isEmpty());
        // The profile still opens, empty of her notes.
        tablet.profile.reopen();
        QVERIFY(ReflectionRepository(tablet.profile.store()).list({}, 100).isEmpty());
        QVERIFY(!found(tablet.profile.store(), QStringLiteral("MARKERJOURNAL")));
        // Her own devices went on without it.
        QVERIFY(found(p.adept.store(), QStringLiteral("MARKERJOURNAL")));
    }

    void theOtherPersonEndingThePairingErasesOnlyTheirWords()
    {
        MentorPair p;
        Reflection privateOne;
        privateOne.body = QStringLiteral("MARKERPRIVATE her journal");
        ReflectionRepository(p.adept.store()).save(privateOne);
        const Reflection shared = shareReflection(p.adept, QStringLiteral("MARKERSHARED her words"), p.adeptMentorship);
        syncAll({ &p.adept, &p.mentor }, 2);
        Comment comment;
        comment.reflectionId = shared.meta.id;
        comment.body = QStringLiteral("MARKERCOMMENT his words");
        NoteRepository(p.mentor.store()).saveComment(comment);
        const MeetingRecords meeting = holdMeeting(p);
        QVERIFY(found(p.adept.store(), QStringLiteral("MARKERCOMMENT")));
        QVERIFY(found(p.adept.store(), QStringLiteral("MARKERMINUTES")));

        QCOMPARE(endPairing(p.mentor.store(), p.mentorMentorship), 1);
        (void)p.mentor.sync();
        const SyncReport report = p.adept.sync();
        QCOMPARE(report.erased.size(), 1);
        QVERIFY(!report.erased.first().byOwnDevice);
        QVERIFY(report.erased.first().kind == CollectionKind::Shared);

        Store &her = p.adept.store();
        // His words are gone from her device: the comment, the minutes, his evaluation.
        QVERIFY(!found(her, QStringLiteral("MARKERCOMMENT")));
        QVERIFY(!found(her, QStringLiteral("MARKERMINUTES")));
        QVERIFY(NoteRepository(her).commentsOn(shared.meta.id).isEmpty());
        QVERIFY(MinutesRepository(her).forMeeting(meeting.meetingId).isEmpty());
        QVERIFY(!evaluationSays(her, meeting.meetingId, QStringLiteral("MARKERMENTOREVAL")));
        // Hers stay: both reflections, her evaluation, and what they planned together.
        QVERIFY(found(her, QStringLiteral("MARKERPRIVATE")));
        QVERIFY(found(her, QStringLiteral("MARKERSHARED")));
        QVERIFY(evaluationSays(her, meeting.meetingId, QStringLiteral("MARKERADEPTEVAL")));
        QCOMPARE(MeetingRepository(her).listFor(p.adeptMentorship).size(), 1);
        QCOMPARE(ActionItemRepository(her).all(p.adeptMentorship).size(), 1);
        QCOMPARE(MentorshipRepository(her).list().size(), 1);
        bool advised = false;
        for (const Advisory &a : unseenAdvisories(her))
            advised = advised || (a.kind == Advisory::Kind::Ended && a.erasedRecords == 3);
        QVERIFY(advised);
        // His device keeps everything (he ended it; nothing of his was touched).
        QVERIFY(found(p.mentor.store(), QStringLiteral("MARKERCOMMENT")));
        QVERIFY(found(p.mentor.store(), QStringLiteral("MARKERSHARED")));
    }

    void theAdeptEndingThePairingLeavesTheMentorHisCommentsButNotHerReflections()
    {
        MentorPair p;
        const Reflection shared = shareReflection(p.adept, QStringLiteral("MARKERSHARED her words"), p.adeptMentorship);
        syncAll({ &p.adept, &p.mentor }, 2);
        Comment comment;
        comment.reflectionId = shared.meta.id;
        comment.body = QStringLiteral("MARKERCOMMENT his words");
        NoteRepository(p.mentor.store()).saveComment(comment);
        MentorNote note;
        note.mentorshipId = p.mentorMentorship;
        note.body = QStringLiteral("MARKERNOTE his private notes");
        NoteRepository(p.mentor.store()).saveNote(note);
        const MeetingRecords meeting = holdMeeting(p);

        QCOMPARE(endPairing(p.adept.store(), p.adeptMentorship), 1);
        (void)p.adept.sync();
        const SyncReport report = p.mentor.sync();
        QCOMPARE(report.erased.size(), 1);
        QVERIFY(!report.erased.first().byOwnDevice);

        Store &his = p.mentor.store();
        // Her reflection is gone (its row stays blanked: his comment still refers to it) and so is
        // her evaluation; his comment, minutes, evaluation and private notes stay.
        QVERIFY(!found(his, QStringLiteral("MARKERSHARED")));
        QVERIFY(!anyReflectionSays(his, QStringLiteral("MARKERSHARED")));
        QCOMPARE(count(his, "SELECT count(*) FROM reflection WHERE body <> ''"), 0);
        QVERIFY(!evaluationSays(his, meeting.meetingId, QStringLiteral("MARKERADEPTEVAL")));
        QVERIFY(found(his, QStringLiteral("MARKERCOMMENT")));
        QVERIFY(found(his, QStringLiteral("MARKERMINUTES")));
        QVERIFY(found(his, QStringLiteral("MARKERNOTE")));
        QVERIFY(evaluationSays(his, meeting.meetingId, QStringLiteral("MARKERMENTOREVAL")));
        QCOMPARE(MeetingRepository(his).listFor(p.mentorMentorship).size(), 1);
    }

    void aForgedRevocationErasesAndFreezesNothing_data()
    {
        QTest::addColumn<QString>("forgery");
        QTest::newRow("no statement") << QStringLiteral("none");
        QTest::newRow("bad signature") << QStringLiteral("bad-signature");
        QTest::newRow("another collection") << QStringLiteral("other-collection");
        QTest::newRow("another device") << QStringLiteral("other-device");
        QTest::newRow("a key outside the roster") << QStringLiteral("stranger");
        QTest::newRow("a grant instead of a revocation") << QStringLiteral("grant");
        QTest::newRow("signed by the device itself") << QStringLiteral("self");
    }

    void aForgedRevocationErasesAndFreezesNothing()
    {
        QFETCH(QString, forgery);
        MentorPair p;
        const Reflection shared = shareReflection(p.adept, QStringLiteral("MARKERSHARED her words"), p.adeptMentorship);
        syncAll({ &p.adept, &p.mentor }, 2);
        Comment comment;
        comment.reflectionId = shared.meta.id;
        comment.body = QStringLiteral("MARKERCOMMENT his words");
        NoteRepository(p.mentor.store()).saveComment(comment);
        syncAll({ &p.mentor, &p.adept }, 2);
        const QByteArray sharedId = p.sharedId();
        const QByteArray adeptKey = keyOf(p.adept);
        const DeviceIdentity mentor = DeviceIdentity::load(p.mentor.store());
        test::TempProfile outsider(Role::Mentor);
        const DeviceIdentity stranger = DeviceIdentity::load(outsider.store());
        const DeviceIdentity adept = DeviceIdentity::load(p.adept.store());

        // The hostile relay shuts the adept out of the shared space and sends "revoked" with its forgery.
        MemberChange change { sharedId, adeptKey, true, 1, mentor.signPublicKey() };
        const DeviceIdentity *signer = &mentor;
        if (forgery == QLatin1String("other-collection"))
            change.collection = Collections(p.adept.store()).journal()->id;
        else if (forgery == QLatin1String("other-device"))
            change.device = mentor.signPublicKey();
        else if (forgery == QLatin1String("grant"))
            change.revoke = false;
        else if (forgery == QLatin1String("stranger"))
            signer = &stranger;
        else if (forgery == QLatin1String("self"))
            signer = &adept;
        change.by = signer->signPublicKey();
        MemberStatement proof = signMemberChange(change, [signer](const QByteArray &m) { return signer->sign(m); });
        if (forgery == QLatin1String("none"))
            proof = { adeptKey, {}, {} };
        else if (forgery == QLatin1String("bad-signature"))
            proof.signature[5] = char(proof.signature[5] ^ 0x01);
        p.server.members[sharedId].remove(adeptKey);
        p.server.revocations[sharedId].insert(adeptKey, proof);

        const SyncReport report = p.adept.sync();
        // A clear refusal, and nothing changed: not frozen, nothing erased, no advisory.
        QVERIFY(report.erased.isEmpty());
        bool refused = false;
        for (const QString &why : report.refused)
            refused = refused || why.contains(QStringLiteral("proof does not hold"));
        QVERIFY2(refused, qPrintable(report.refused.join(u'|')));
        const std::optional<Collection> still = Collections(p.adept.store()).find(sharedId);
        QVERIFY(still && !still->frozen);
        QCOMPARE(count(p.adept.store(), "SELECT count(*) FROM sync_collection WHERE erased_at IS NOT NULL"), 0);
        QVERIFY(found(p.adept.store(), QStringLiteral("MARKERCOMMENT")));
        QVERIFY(found(p.adept.store(), QStringLiteral("MARKERSHARED")));
        QVERIFY(Collections(p.adept.store()).key(sharedId, 1).has_value());
        QVERIFY(unseenAdvisories(p.adept.store()).isEmpty());
    }

    void aRotationThatLeavesThisDeviceOutErasesAsTheSignedProofDoes()
    {
        // The other person ends the pairing and this device reads the rotation record before the
        // server removed it (no `revoked` from the server at all): the same erasure follows.
        MentorPair p;
        const Reflection shared = shareReflection(p.adept, QStringLiteral("MARKERSHARED her words"), p.adeptMentorship);
        syncAll({ &p.adept, &p.mentor }, 2);
        Comment comment;
        comment.reflectionId = shared.meta.id;
        comment.body = QStringLiteral("MARKERCOMMENT his words");
        NoteRepository(p.mentor.store()).saveComment(comment);
        syncAll({ &p.mentor, &p.adept }, 2);
        const QByteArray sharedId = p.sharedId();

        QCOMPARE(endPairing(p.mentor.store(), p.mentorMentorship), 1);
        // The mentor's device builds the rotation record, but the server never hears of the
        // revocation (a server it cannot use): the adept's device gets the record itself.
        MemoryServer elsewhere;
        MemoryTransport nowhere(elsewhere, keyOf(p.mentor),
            [&p](const QByteArray &m) { return DeviceIdentity::load(p.mentor.store()).sign(m); });
        try {
            (void)p.mentor.engine().sync(nowhere);
        } catch (const SyncError &) {
        }
        const QByteArray rotation = [&] {
            // What the mentor's device queued for the old collection: the rotation record.
            auto q = p.mentor.store().db().prepareOnce("SELECT envelope FROM sync_outbox WHERE collection_id = ? "
                                                       "AND table_name = 'sync_rotation'");
            q.bind(1, sharedId);
            return q.step() ? q.blob(0) : QByteArray();
        }();
        QVERIFY(!rotation.isEmpty());
        p.adept.engine().apply(sharedId, rotation);
        QVERIFY(!found(p.adept.store(), QStringLiteral("MARKERCOMMENT")));
        QVERIFY(found(p.adept.store(), QStringLiteral("MARKERSHARED")));
        QVERIFY(Collections(p.adept.store()).find(sharedId)->frozen);
        QCOMPARE(count(p.adept.store(), "SELECT count(*) FROM sync_collection WHERE erased_at IS NOT NULL"), 1);
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
