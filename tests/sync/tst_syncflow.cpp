// The sync engine through an in-memory server: what reaches whom, refusals that change nothing,
// resuming after dropped connections, and concurrent edits from two devices of one person.

#include "syncfixture.h"

#include "repo/actionitems.h"
#include "repo/evaluations.h"
#include "repo/meetings.h"
#include "repo/minutes.h"
#include "repo/notes.h"
#include "repo/requests.h"
#include "repo/reflections.h"
#include "query/search.h"
#include "store/transaction.h"
#include "sync/collections.h"
#include "sync/envelope.h"
#include "sync/records.h"

#include <QRandomGenerator>
#include <QSet>

using namespace bollplank;
using namespace bollplank::sync;
using bollplank::test::Device;
using bollplank::test::MentorPair;
using bollplank::test::syncAll;

namespace {

Reflection write(Device &d, const QString &body, Visibility visibility, const QString &mentorshipId = {})
{
    Reflection r;
    r.body = body;
    r.visibility = visibility;
    r.mentorshipId = mentorshipId;
    ReflectionRepository(d.store()).save(r);
    return r;
}

QStringList bodies(Device &d)
{
    QStringList out;
    for (const Reflection &r : ReflectionRepository(d.store()).list({}, 100'000))
        out.append(r.body);
    out.sort();
    return out;
}

ReflectionFilter sharedOnly()
{
    ReflectionFilter f;
    f.visibility = Visibility::Shared;
    return f;
}

// Everything a refused envelope must leave alone, in one comparable string.
QString snapshot(Device &d)
{
    QString s;
    auto q = d.store().db().prepareOnce("SELECT id, rev, deleted, body, visibility FROM reflection ORDER BY id");
    while (q.step())
        s += q.text(0) + QString::number(q.int64(1)) + QString::number(q.int64(2)) + q.text(3) + q.text(4) + u'\n';
    auto m = d.store().db().prepareOnce("SELECT hex(sign_public) FROM sync_member ORDER BY 1");
    while (m.step())
        s += m.text(0);
    return s;
}

} // namespace

class TestSyncFlow : public QObject
{
    Q_OBJECT

private slots:
    void mentorSeesSharedOnlyAndAdeptSeesComments()
    {
        MentorPair p;
        const Reflection secret = write(p.adept, QStringLiteral("MARKER-PRIVATE-7f3a only mine"), Visibility::Private);
        const Reflection shared
            = write(p.adept, QStringLiteral("MARKER-SHARED-91c2 for the mentor"), Visibility::Shared, p.adeptMentorship);
        const SyncReport pushed = p.adept.sync();
        QCOMPARE(pushed.pushed, 1); // the shared reflection; the journal has no second device
        (void)p.mentor.sync();

        ReflectionRepository mentorView(p.mentor.store());
        QCOMPARE(mentorView.count(), 1);
        const Reflection seen = mentorView.get(shared.meta.id);
        QCOMPARE(seen.body, shared.body);
        QVERIFY(seen.visibility == Visibility::Shared);
        QCOMPARE(seen.mentorshipId, p.mentorMentorship); // bound to the mentor's own mentorship
        QCOMPARE(seen.meta.authorDevice, p.adept.store().deviceId());
        QCOMPARE(seen.meta.revision, shared.meta.revision);
        EXPECT_STORE_ERROR((void)mentorView.get(secret.meta.id), NotFound);

        Comment comment;
        comment.reflectionId = shared.meta.id;
        comment.body = QStringLiteral("MARKER-COMMENT-55d0 well observed");
        NoteRepository(p.mentor.store()).saveComment(comment);
        MentorNote note;
        note.mentorshipId = p.mentorMentorship;
        note.body = QStringLiteral("MARKER-NOTE-0b1e the mentor's own thought");
        NoteRepository(p.mentor.store()).saveNote(note);
        (void)p.mentor.sync();
        (void)p.adept.sync();
        const QList<Comment> comments = NoteRepository(p.adept.store()).commentsOn(shared.meta.id);
        QCOMPARE(comments.size(), 1);
        QCOMPARE(comments.first().body, comment.body);
        QCOMPARE(comments.first().meta.authorDevice, p.mentor.store().deviceId());
        auto notes = p.adept.store().db().prepareOnce("SELECT count(*) FROM mentor_note");
        QVERIFY(notes.step());
        QCOMPARE(notes.integer(0), 0);

        // Unsharing takes it out of the shared space on both sides; the adept keeps it.
        Reflection unshared = ReflectionRepository(p.adept.store()).get(shared.meta.id);
        unshared.visibility = Visibility::Private;
        ReflectionRepository(p.adept.store()).save(unshared);
        (void)p.adept.sync();
        (void)p.mentor.sync();
        QCOMPARE(mentorView.count(), 0);
        EXPECT_STORE_ERROR((void)mentorView.get(shared.meta.id), NotFound);
        auto gone = p.mentor.store().db().prepareOnce("SELECT body, deleted FROM reflection WHERE id = ?");
        gone.bind(1, shared.meta.id);
        QVERIFY(gone.step());
        QCOMPARE(gone.text(0), QString()); // blanked, not lingering
        QCOMPARE(ReflectionRepository(p.adept.store()).get(shared.meta.id).body, shared.body);

        // Shared again: back on the mentor's side.
        unshared.visibility = Visibility::Shared;
        ReflectionRepository(p.adept.store()).save(unshared);
        (void)p.adept.sync();
        (void)p.mentor.sync();
        QCOMPARE(mentorView.get(shared.meta.id).body, shared.body);

        // No marker ever reached the server, in any envelope or mailbox message.
        const QByteArray stored = p.server.everything();
        QVERIFY(!stored.isEmpty());
        for (const char *marker : { "MARKER", "PRIVATE-7f3a", "SHARED-91c2", "COMMENT-55d0", "NOTE-0b1e", "Karin", "Anders" })
            QVERIFY2(!stored.contains(marker), marker);
    }

    void meetingRecordsTravelBothWays()
    {
        MentorPair p;
        Meeting meeting;
        meeting.mentorshipId = p.mentorMentorship;
        meeting.startsAt = test::at(2026, 2, 3, 9);
        meeting.place = QStringLiteral("MARKER-PLACE Café Blom");
        MeetingRepository(p.mentor.store()).save(meeting);
        Agreement agreement;
        agreement.mentorshipId = p.mentorMentorship;
        agreement.goals = QStringLiteral("MARKER-GOALS grow as a leader");
        MentorshipRepository(p.mentor.store()).saveAgreement(agreement);
        syncAll({ &p.mentor, &p.adept }, 1);

        // The adept sees the meeting under its own mentorship, chooses focus areas, asks for help,
        // evaluates and acknowledges the agreement.
        const QList<Meeting> adeptMeetings = MeetingRepository(p.adept.store()).listFor(p.adeptMentorship);
        QCOMPARE(adeptMeetings.size(), 1);
        QCOMPARE(adeptMeetings.first().meta.id, meeting.meta.id);
        QCOMPARE(adeptMeetings.first().place, meeting.place);
        MeetingRepository(p.adept.store()).setFocusAreas(meeting.meta.id, { 2, 6 });
        AdHocRequest request;
        request.mentorshipId = p.adeptMentorship;
        request.urgency = Urgency::High;
        request.reason = QStringLiteral("MARKER-REQUEST the board meets on Friday");
        RequestRepository(p.adept.store()).save(request);
        Evaluation adeptView;
        adeptView.meetingId = meeting.meta.id;
        adeptView.party = Role::Adept;
        adeptView.rating = 5;
        adeptView.body = QStringLiteral("MARKER-EVAL-ADEPT");
        EvaluationRepository(p.adept.store()).save(adeptView);
        MentorshipRepository(p.adept.store()).acknowledge(p.adeptMentorship, Role::Adept);

        // The mentor writes minutes, an action item and an evaluation.
        Minutes minutes;
        minutes.meetingId = meeting.meta.id;
        minutes.body = QStringLiteral("MARKER-MINUTES we spoke of mandate");
        MinutesRepository(p.mentor.store()).save(minutes);
        ActionItem action;
        action.mentorshipId = p.mentorMentorship;
        action.meetingId = meeting.meta.id;
        action.owner = Role::Adept;
        action.body = QStringLiteral("MARKER-ACTION talk to the chair");
        ActionItemRepository(p.mentor.store()).save(action);
        Evaluation mentorView;
        mentorView.meetingId = meeting.meta.id;
        mentorView.party = Role::Mentor;
        mentorView.rating = 4;
        EvaluationRepository(p.mentor.store()).save(mentorView);
        syncAll({ &p.mentor, &p.adept }, 2);

        QCOMPARE(MeetingRepository(p.mentor.store()).focusAreas(meeting.meta.id), (QList<int> { 2, 6 }));
        const QList<AdHocRequest> requests = RequestRepository(p.mentor.store()).open(p.mentorMentorship);
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().reason, request.reason);
        QVERIFY(requests.first().urgency == Urgency::High);
        QCOMPARE(EvaluationRepository(p.mentor.store()).forMeeting(meeting.meta.id).size(), 2);
        QCOMPARE(EvaluationRepository(p.adept.store()).forMeeting(meeting.meta.id).size(), 2);
        QCOMPARE(MinutesRepository(p.adept.store()).forMeeting(meeting.meta.id).first().body, minutes.body);
        const QList<ActionItem> actions = ActionItemRepository(p.adept.store()).open(p.adeptMentorship);
        QCOMPARE(actions.size(), 1);
        QCOMPARE(actions.first().body, action.body);
        const auto mentorAgreement = MentorshipRepository(p.mentor.store()).agreementFor(p.mentorMentorship);
        QVERIFY(mentorAgreement && mentorAgreement->adeptAcknowledgedAt.has_value());
        QCOMPARE(mentorAgreement->goals, agreement.goals);

        // The adept marks the action done; the mentor sees it.
        ActionItemRepository(p.adept.store()).setDone(action.meta.id, true);
        syncAll({ &p.adept, &p.mentor }, 1);
        QVERIFY(ActionItemRepository(p.mentor.store()).open(p.mentorMentorship).isEmpty());
        QVERIFY(!p.server.everything().contains("MARKER"));
        QCOMPARE(p.adept.engine().outgoingCount(), 0);
        QCOMPARE(p.mentor.engine().outgoingCount(), 0);
    }

    void recordsThatCannotBeStoredWaitWithoutStoppingSync()
    {
        // Both wrote an agreement before pairing: two rows for one mentorship cannot both be stored.
        MemoryServer server;
        Device adept(server, Role::Adept);
        Device mentor(server, Role::Mentor);
        const QString mm = mentor.addMentorship();
        const QString am = adept.addMentorship();
        for (auto [device, mentorship] : { std::pair { &mentor, mm }, std::pair { &adept, am } }) {
            Agreement a;
            a.mentorshipId = mentorship;
            a.goals = QStringLiteral("goals written on one side");
            MentorshipRepository(device->store()).saveAgreement(a);
        }
        test::pair(mentor, adept, PairingPurpose::Partner, mm, am);
        syncAll({ &mentor, &adept }, 1);
        const Reflection r = write(adept, QStringLiteral("still flowing"), Visibility::Shared, am);
        const SyncReport adeptReport = adept.sync();
        const SyncReport mentorReport = mentor.sync();
        QCOMPARE(adeptReport.waiting, 1); // kept, not dropped
        QCOMPARE(mentorReport.waiting, 1);
        QVERIFY(mentorReport.refused.isEmpty());
        QCOMPARE(ReflectionRepository(mentor.store()).get(r.meta.id).body, r.body);
    }

    void deviceLinkedBeforePairingJoinsTheSharedSpace()
    {
        MemoryServer server;
        Device laptop(server, Role::Adept);
        Device phone(server, Role::Adept);
        Device mentor(server, Role::Mentor);
        const QString am = laptop.addMentorship();
        test::pair(laptop, phone, PairingPurpose::OwnDevice, {}, {});
        syncAll({ &laptop, &phone }, 1);
        QCOMPARE(MentorshipRepository(phone.store()).list().size(), 1);

        const QString mm = mentor.addMentorship();
        test::pair(mentor, laptop, PairingPurpose::Partner, mm, am);
        syncAll({ &mentor, &laptop, &phone }, 2);
        QVERIFY(Collections(phone.store()).shared(am).has_value());

        const Reflection fromPhone = write(phone, QStringLiteral("written on the phone"), Visibility::Shared, am);
        syncAll({ &phone, &mentor, &laptop }, 2);
        QCOMPARE(ReflectionRepository(mentor.store()).get(fromPhone.meta.id).body, fromPhone.body);
        QCOMPARE(ReflectionRepository(mentor.store()).get(fromPhone.meta.id).meta.authorDevice, phone.store().deviceId());
        Comment c;
        c.reflectionId = fromPhone.meta.id;
        c.body = QStringLiteral("seen on both of her devices");
        NoteRepository(mentor.store()).saveComment(c);
        syncAll({ &mentor, &laptop, &phone }, 2);
        QCOMPARE(NoteRepository(phone.store()).commentsOn(fromPhone.meta.id).size(), 1);
        QCOMPARE(NoteRepository(laptop.store()).commentsOn(fromPhone.meta.id).size(), 1);
        // The journal's key never left her devices.
        QVERIFY(!Collections(mentor.store()).find(Collections(phone.store()).journal()->id));
        for (Device *d : { &laptop, &phone, &mentor }) {
            const SyncReport report = d->sync();
            QVERIFY(report.refused.isEmpty());
            QCOMPARE(report.waiting, 0);
        }
    }

    void mentorNotesReachOnlyTheMentorsOwnDevices()
    {
        MentorPair p;
        Device mentorPhone(p.server, Role::Mentor);
        test::pair(p.mentor, mentorPhone, PairingPurpose::OwnDevice, {}, {});
        MentorNote note;
        note.mentorshipId = p.mentorMentorship;
        note.body = QStringLiteral("MARKER-NOTE-PRIVATE she is ready for more");
        NoteRepository(p.mentor.store()).saveNote(note);
        syncAll({ &p.mentor, &mentorPhone, &p.adept }, 2);
        QCOMPARE(NoteRepository(mentorPhone.store()).note(note.meta.id).body, note.body);
        QCOMPARE(NoteRepository(mentorPhone.store()).notesFor(p.mentorMentorship).size(), 1);
        auto notes = p.adept.store().db().prepareOnce("SELECT count(*) FROM mentor_note");
        QVERIFY(notes.step());
        QCOMPARE(notes.integer(0), 0);
        const QByteArray notesId = Collections(p.mentor.store()).notes(p.mentorMentorship)->id;
        QVERIFY(!Collections(p.adept.store()).find(notesId));
        QVERIFY(!p.server.members.value(notesId).contains(DeviceIdentity::load(p.adept.store()).signPublicKey()));
        QVERIFY(!p.server.everything().contains("MARKER"));
    }

    void importedRecordsAreSearchableAndStaleWordsLeave()
    {
        MentorPair p;
        // More than one pull page, so the index is written page by page.
        QList<Reflection> written;
        for (int i = 0; i < 700; ++i)
            written.append(write(p.adept, QStringLiteral("entry %1 about kvarnhjul").arg(i), Visibility::Shared,
                p.adeptMentorship));
        Reflection edited = write(p.adept, QStringLiteral("gammalt ordval här"), Visibility::Shared, p.adeptMentorship);
        (void)p.adept.sync();
        (void)p.mentor.sync();
        QCOMPARE(search(p.mentor.store(), QStringLiteral("kvarnhjul"), 1000).size(), 700);
        QCOMPARE(search(p.mentor.store(), QStringLiteral("ordval")).size(), 1);
        QCOMPARE(search(p.mentor.store(), QStringLiteral("kvarn*"), 1000).size(), 700); // the prefix index too

        // An update through sync replaces the indexed words; a comment arriving the other way is found too.
        edited.body = QStringLiteral("nytt formulerat");
        ReflectionRepository(p.adept.store()).save(edited);
        (void)p.adept.sync();
        (void)p.mentor.sync();
        QCOMPARE(search(p.mentor.store(), QStringLiteral("ordval")).size(), 0);
        const QList<SearchHit> hits = search(p.mentor.store(), QStringLiteral("formulerat"));
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits.first().id, edited.meta.id);
        Comment comment;
        comment.reflectionId = edited.meta.id;
        comment.body = QStringLiteral("tankeväckande");
        NoteRepository(p.mentor.store()).saveComment(comment);
        (void)p.mentor.sync();
        (void)p.adept.sync();
        QCOMPARE(search(p.adept.store(), QStringLiteral("tankeväckande")).size(), 1);

        // The triggers are back on after a sync: a local write is indexed at once.
        MentorNote note;
        note.mentorshipId = p.mentorMentorship;
        note.body = QStringLiteral("ensam anteckning");
        NoteRepository(p.mentor.store()).saveNote(note);
        QCOMPARE(search(p.mentor.store(), QStringLiteral("anteckning")).size(), 1);
        for (Device *d : { &p.adept, &p.mentor }) {
            auto hold = d->store().db().prepareOnce("SELECT count(*) FROM sync_fts_hold");
            QVERIFY(hold.step());
            QCOMPARE(hold.integer(0), 0);
        }
    }

    void refusedEnvelopesChangeNothing()
    {
        MentorPair p;
        Reflection r = write(p.adept, QStringLiteral("first words"), Visibility::Shared, p.adeptMentorship);
        (void)p.adept.sync();
        (void)p.mentor.sync();
        const QByteArray sharedId = p.sharedId();
        const QByteArray firstEnvelope = p.server.collections.value(sharedId).back().bytes;
        r.body = QStringLiteral("second words");
        ReflectionRepository(p.adept.store()).save(r);
        (void)p.adept.sync();
        (void)p.mentor.sync();
        QCOMPARE(ReflectionRepository(p.mentor.store()).get(r.meta.id).body, r.body);
        const QString before = snapshot(p.mentor);

        // Replayed: the very same envelope, and an old revision slipped in again by the server.
        QVERIFY(test::syncError([&] { p.mentor.engine().apply(sharedId, firstEnvelope); }, SyncErrorKind::Tampered)
                    .contains(QStringLiteral("replayed")));
        p.inject(sharedId, firstEnvelope);
        SyncReport report = p.mentor.sync();
        QCOMPARE(report.refused.size(), 1);
        QVERIFY2(report.refused.first().contains(QStringLiteral("replayed")), qPrintable(report.refused.first()));
        QCOMPARE(snapshot(p.mentor), before);

        // A tampered byte in the server's copy of a new revision.
        r.body = QStringLiteral("third words");
        ReflectionRepository(p.adept.store()).save(r);
        (void)p.adept.sync();
        p.damageNewest(sharedId);
        report = p.mentor.sync();
        QCOMPARE(report.refused.size(), 1);
        QVERIFY(report.refused.first().startsWith(QStringLiteral("Envelope refused")));
        QCOMPARE(snapshot(p.mentor), before);

        // Signed by a device that is not in the pair, even one holding the key.
        MemoryServer elsewhere;
        Device stranger(elsewhere, Role::Adept);
        const SecureKey key = *Collections(p.adept.store()).key(sharedId, 1);
        EnvelopeHeader h;
        h.collectionId = sharedId;
        h.recordId = r.meta.id;
        h.revision = 99;
        h.parentRevision = 3;
        Payload payload;
        payload.table = QStringLiteral("reflection");
        payload.fields = { { QStringLiteral("body"), QStringLiteral("words put in her mouth") } };
        const QByteArray forged = sealEnvelope(h, payload.encode(), key, DeviceIdentity::load(stranger.store()));
        QVERIFY(test::syncError([&] { p.mentor.engine().apply(sharedId, forged); }, SyncErrorKind::Tampered)
                    .contains(QStringLiteral("not a member")));

        // Moved: an envelope of the adept's private journal handed out as part of the shared space.
        // (A journal with no second device is never sent, so the adept seals one here.)
        const QByteArray journalId = Collections(p.adept.store()).journal()->id;
        EnvelopeHeader inJournal;
        inJournal.collectionId = journalId;
        inJournal.recordId = r.meta.id;
        inJournal.revision = 1;
        const QByteArray fromJournal = sealEnvelope(inJournal, payload.encode(),
            *Collections(p.adept.store()).key(journalId, 1), DeviceIdentity::load(p.adept.store()));
        QVERIFY(test::syncError([&] { p.mentor.engine().apply(sharedId, fromJournal); }, SyncErrorKind::Tampered)
                    .contains(QStringLiteral("another collection")));

        // An epoch the mentor does not hold.
        h.keyEpoch = 2;
        const QByteArray future = sealEnvelope(h, payload.encode(), key, DeviceIdentity::load(p.adept.store()));
        QVERIFY(test::syncError([&] { p.mentor.engine().apply(sharedId, future); }, SyncErrorKind::Tampered)
                    .contains(QStringLiteral("unknown key epoch")));

        // Through sync too: each refused, logged, and nothing changed.
        p.inject(sharedId, forged);
        p.inject(sharedId, fromJournal);
        p.inject(sharedId, future);
        report = p.mentor.sync();
        QCOMPARE(report.refused.size(), 3);
        QCOMPARE(snapshot(p.mentor), before);
        QCOMPARE(ReflectionRepository(p.mentor.store()).get(r.meta.id).body, QStringLiteral("second words"));
    }

    void oneBadEnvelopeInABatchLeavesTheOthersApplied()
    {
        // A pulled batch is applied in one transaction; one refused envelope in the middle rolls
        // that back and the batch is applied again envelope by envelope.
        MentorPair p;
        QList<Reflection> written;
        for (int i = 0; i < 60; ++i)
            written.append(write(p.adept, QStringLiteral("batch reflection %1").arg(i), Visibility::Shared,
                p.adeptMentorship));
        (void)p.adept.sync();
        const QByteArray sharedId = p.sharedId();
        auto &stored = p.server.collections[sharedId];
        QCOMPARE(int(stored.size()) >= 60, true);
        QByteArray &bad = stored[stored.size() - 30].bytes;
        const QString badRecord = peekEnvelope(bad).recordId;
        bad[bad.size() - 10] = char(bad[bad.size() - 10] ^ 0x01);
        qint64 cursor = 0;
        {
            auto q = p.mentor.store().db().prepareOnce("SELECT after FROM sync_cursor WHERE collection_id = ?");
            q.bind(1, sharedId);
            if (q.step())
                cursor = q.int64(0);
        }
        const int fresh = int(std::count_if(stored.cbegin(), stored.cend(), [&](const auto &e) { return e.sequence > cursor; }));
        const SyncReport report = p.mentor.sync();
        QCOMPARE(report.refused.size(), 1);
        QVERIFY2(report.refused.first().startsWith(QStringLiteral("Envelope refused")), qPrintable(report.refused.first()));
        // Counted once each, not once per attempt.
        QCOMPARE(report.pulled, fresh);
        QVERIFY(report.applied >= 59 && report.applied <= fresh - 1);
        int present = 0;
        for (const Reflection &r : written) {
            if (r.meta.id == badRecord) {
                EXPECT_STORE_ERROR((void)ReflectionRepository(p.mentor.store()).get(r.meta.id), NotFound);
                continue;
            }
            QCOMPARE(ReflectionRepository(p.mentor.store()).get(r.meta.id).body, r.body);
            ++present;
        }
        QCOMPARE(present, 59);
    }

    void aJournalWithNoSecondDeviceWaitsAndThenTravelsWhole()
    {
        MentorPair p;
        Reflection early = write(p.adept, QStringLiteral("written before the phone"), Visibility::Private);
        (void)p.adept.sync();
        const QByteArray journalId = Collections(p.adept.store()).journal()->id;
        // Nobody to send it to: nothing on the server, and nothing counted as waiting.
        QVERIFY(p.server.collections.value(journalId).empty());
        QCOMPARE(p.adept.engine().outgoingCount(), 0);

        Device phone(p.server, Role::Adept);
        test::pair(p.adept, phone, PairingPurpose::OwnDevice, {}, {});
        syncAll({ &p.adept, &phone }, 3);
        QCOMPARE(ReflectionRepository(phone.store()).get(early.meta.id).body, early.body);
        QVERIFY(!p.server.collections.value(journalId).empty());
        QCOMPARE(p.adept.engine().outgoingCount(), 0);
        // The mentor still holds none of it.
        EXPECT_STORE_ERROR((void)ReflectionRepository(p.mentor.store()).get(early.meta.id), NotFound);
    }

    void thousandRecordsConvergeThroughDroppedConnections()
    {
        MentorPair p;
        QSet<QString> expected;
        {
            Transaction tx(p.adept.store().db());
            for (int i = 0; i < 1000; ++i) {
                // About a kilobyte each, so a sync takes several pushes and pulls to cut into.
                const QString body = QStringLiteral("MARKER-BULK reflection %1 ").arg(i)
                    + QStringLiteral("and what I made of it. ").repeated(40);
                write(p.adept, body, i % 10 == 0 ? Visibility::Private : Visibility::Shared, p.adeptMentorship);
                if (i % 10 != 0)
                    expected.insert(body);
            }
            tx.commit();
        }
        QRandomGenerator random(20261129);
        int dropped = 0;
        const auto flakySync = [&](Device &d) {
            for (int attempt = 0; attempt < 400; ++attempt) {
                const bool after = random.bounded(2) == 1;
                d.transport.failAt(1 + int(random.bounded(4)),
                    after ? MemoryTransport::FailWhen::AfterServer : MemoryTransport::FailWhen::BeforeServer);
                try {
                    (void)d.sync();
                    d.transport.failAt(0);
                    return;
                } catch (const SyncError &e) {
                    QVERIFY(e.kind() == SyncErrorKind::Unreachable);
                    ++dropped;
                }
            }
            QFAIL("sync never completed");
        };
        // Interleaved: the mentor pulls while the adept is still half way.
        for (int round = 0; round < 3; ++round) {
            flakySync(p.adept);
            flakySync(p.mentor);
        }
        qInfo("connections dropped: %d", dropped);
        QVERIFY(dropped >= 10);

        const QStringList mentorBodies = bodies(p.mentor);
        QCOMPARE(mentorBodies.size(), 900);
        QCOMPARE(QSet<QString>(mentorBodies.cbegin(), mentorBodies.cend()), expected);
        // No duplicate on the server: one envelope per record and revision.
        QSet<QString> records;
        for (const auto &e : p.server.collections.value(p.sharedId())) {
            const EnvelopeHeader h = peekEnvelope(e.bytes);
            if (h.recordId.startsWith(QStringLiteral("member:")))
                continue; // the mentor announcing the adept's device
            const QString key = h.recordId + QLatin1Char('/') + QString::number(h.revision);
            QVERIFY2(!records.contains(key), qPrintable(key));
            records.insert(key);
        }
        QCOMPARE(records.size(), 900);

        // Second wave, both sides writing while connections drop: edits, unshares and comments.
        QList<Reflection> sharedOnes = ReflectionRepository(p.adept.store()).list(sharedOnly(), 2000);
        QCOMPARE(sharedOnes.size(), 900);
        for (int i = 0; i < 100; ++i) {
            Reflection r = sharedOnes[i];
            r.body += QStringLiteral("\nedited");
            if (i % 4 == 0)
                r.visibility = Visibility::Private;
            ReflectionRepository(p.adept.store()).save(r);
        }
        for (int i = 200; i < 300; ++i) {
            Comment c;
            c.reflectionId = sharedOnes[i].meta.id;
            c.body = QStringLiteral("comment %1").arg(i);
            NoteRepository(p.mentor.store()).saveComment(c);
        }
        for (int round = 0; round < 3; ++round) {
            flakySync(p.mentor);
            flakySync(p.adept);
        }
        QCOMPARE(bodies(p.mentor),
            [&] {
                QStringList adeptShared;
                for (const Reflection &r : ReflectionRepository(p.adept.store()).list(sharedOnly(), 2000))
                    adeptShared.append(r.body);
                adeptShared.sort();
                return adeptShared;
            }());
        QCOMPARE(ReflectionRepository(p.mentor.store()).count(), 900 - 25);
        auto comments = p.adept.store().db().prepareOnce("SELECT count(*), count(DISTINCT id) FROM comment WHERE deleted = 0");
        QVERIFY(comments.step());
        QCOMPARE(comments.integer(0), 100);
        QCOMPARE(comments.integer(1), 100);
        QCOMPARE(p.adept.engine().outgoingCount(), 0);
        QCOMPARE(p.mentor.engine().outgoingCount(), 0);
        QVERIFY(!p.server.everything().contains("MARKER"));
    }

    void ownDevicesMergeConflictAndEditBeatsDelete()
    {
        test::OwnDevices own;
        Device &laptop = own.laptop;
        Device &phone = own.phone;
        QCOMPARE(own.linked.issuerSafetyNumber, own.linked.answererSafetyNumber);
        QVERIFY(Collections(phone.store()).journal().has_value());
        QCOMPARE(Collections(phone.store()).journal()->id, Collections(laptop.store()).journal()->id);

        Reflection r = write(laptop, QStringLiteral("line one\nline two\nline three"), Visibility::Private);
        syncAll({ &laptop, &phone }, 3);
        Reflection onPhone = ReflectionRepository(phone.store()).get(r.meta.id);
        QCOMPARE(onPhone.body, r.body);
        QCOMPARE(onPhone.meta.authorDevice, laptop.store().deviceId());
        QCOMPARE(onPhone.meta.revision, r.meta.revision);
        QCOMPARE(MentorshipRepository(phone.store()).list().size(), 1);

        // Different lines, offline on both: a clean merge on both devices.
        r.body = QStringLiteral("LINE ONE from the laptop\nline two\nline three");
        ReflectionRepository(laptop.store()).save(r);
        onPhone.body = QStringLiteral("line one\nline two\nLINE THREE from the phone");
        ReflectionRepository(phone.store()).save(onPhone);
        syncAll({ &laptop, &phone }, 3);
        const QString merged = QStringLiteral("LINE ONE from the laptop\nline two\nLINE THREE from the phone");
        QCOMPARE(ReflectionRepository(laptop.store()).get(r.meta.id).body, merged);
        QCOMPARE(ReflectionRepository(phone.store()).get(r.meta.id).body, merged);
        QVERIFY(laptop.engine().conflicts().isEmpty());
        QVERIFY(phone.engine().conflicts().isEmpty());

        // The same line, differently: one version stays, the other is a visible copy on both.
        r = ReflectionRepository(laptop.store()).get(r.meta.id);
        onPhone = ReflectionRepository(phone.store()).get(r.meta.id);
        r.body.replace(QStringLiteral("line two"), QStringLiteral("the laptop's second line"));
        onPhone.body.replace(QStringLiteral("line two"), QStringLiteral("the phone's second line"));
        ReflectionRepository(laptop.store()).save(r);
        ReflectionRepository(phone.store()).save(onPhone);
        syncAll({ &laptop, &phone }, 3);
        const QStringList laptopBodies = bodies(laptop);
        QCOMPARE(laptopBodies.size(), 2);
        QCOMPARE(bodies(phone), laptopBodies);
        QVERIFY(laptopBodies.contains(r.body));
        QVERIFY(laptopBodies.contains(onPhone.body));
        QVERIFY(!laptop.engine().conflicts().isEmpty() || !phone.engine().conflicts().isEmpty());
        for (Device *d : { &laptop, &phone })
            for (const ConflictCopy &c : d->engine().conflicts()) {
                QCOMPARE(c.recordId, r.meta.id);
                QVERIFY(!c.copyId.isEmpty());
                QVERIFY(ReflectionRepository(d->store()).get(c.copyId).body != ReflectionRepository(d->store()).get(r.meta.id).body);
            }

        // Deleted on the laptop while edited on the phone: the edit wins on both.
        Reflection doomed = write(laptop, QStringLiteral("keep me"), Visibility::Private);
        syncAll({ &laptop, &phone }, 3);
        ReflectionRepository(laptop.store()).remove(doomed.meta.id);
        Reflection rescued = ReflectionRepository(phone.store()).get(doomed.meta.id);
        rescued.body = QStringLiteral("keep me, rewritten on the phone");
        ReflectionRepository(phone.store()).save(rescued);
        syncAll({ &laptop, &phone }, 3);
        QCOMPARE(ReflectionRepository(laptop.store()).get(doomed.meta.id).body, rescued.body);
        QCOMPARE(ReflectionRepository(phone.store()).get(doomed.meta.id).body, rescued.body);

        // And the other order: edited on the laptop, deleted on the phone.
        Reflection second = write(laptop, QStringLiteral("second chance"), Visibility::Private);
        syncAll({ &laptop, &phone }, 3);
        second.body = QStringLiteral("second chance, edited");
        ReflectionRepository(laptop.store()).save(second);
        ReflectionRepository(phone.store()).remove(second.meta.id);
        syncAll({ &phone, &laptop }, 3);
        QCOMPARE(ReflectionRepository(laptop.store()).get(second.meta.id).body, second.body);
        QCOMPARE(ReflectionRepository(phone.store()).get(second.meta.id).body, second.body);
        QCOMPARE(laptop.engine().outgoingCount(), 0);
        QCOMPARE(phone.engine().outgoingCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncFlow)
#include "tst_syncflow.moc"
