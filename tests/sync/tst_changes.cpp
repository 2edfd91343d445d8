// The change set a sync reports (SyncReport::changes, issue #13): for each table, exactly the
// records this sync inserted, updated or deleted here, so the app's lists refresh those rows and
// no others. Refused and replayed envelopes, and envelopes a rolled-back transaction applied for a
// moment, report nothing.

#include "syncfixture.h"

#include "repo/actionitems.h"
#include "repo/meetings.h"
#include "repo/notes.h"
#include "repo/reflections.h"
#include "sync/changeset.h"
#include "sync/envelope.h"
#include "sync/rotation.h"

#include <algorithm>

using namespace bollplank;
using namespace bollplank::sync;
using bollplank::test::Device;
using bollplank::test::MentorPair;
using bollplank::test::shareReflection;
using bollplank::test::syncAll;

namespace {

QStringList sorted(QStringList ids)
{
    ids.sort();
    return ids;
}

QStringList idsOf(const QList<Reflection> &reflections)
{
    QStringList ids;
    for (const Reflection &r : reflections)
        ids.append(r.meta.id);
    return sorted(ids);
}

QList<Reflection> shareSome(MentorPair &p, int n, const QString &prefix)
{
    QList<Reflection> out;
    for (int i = 0; i < n; ++i)
        out.append(shareReflection(p.adept, QStringLiteral("%1 %2").arg(prefix).arg(i), p.adeptMentorship));
    return out;
}

} // namespace

class TestChanges : public QObject
{
    Q_OBJECT

private slots:
    void aPullReportsTheNewEditedAndDeletedRecordsUnderTheirTable()
    {
        MentorPair p;
        QList<Reflection> written = shareSome(p, 7, QStringLiteral("new"));
        (void)p.adept.sync();
        SyncReport report = p.mentor.sync();
        QCOMPARE(report.changes.tables(), QStringList { QStringLiteral("reflection") });
        QCOMPARE(report.changes.inserted(QStringLiteral("reflection")), idsOf(written));
        QVERIFY(report.changes.updated(QStringLiteral("reflection")).isEmpty());
        QVERIFY(report.changes.deleted(QStringLiteral("reflection")).isEmpty());

        // One edited, one deleted, one no longer shared: an update and two deletions on his side.
        ReflectionRepository adeptRepo(p.adept.store());
        written[0].body = QStringLiteral("new 0, edited");
        adeptRepo.save(written[0]);
        adeptRepo.remove(written[1].meta.id);
        written[2].visibility = Visibility::Private;
        adeptRepo.save(written[2]);
        (void)p.adept.sync();
        report = p.mentor.sync();
        QCOMPARE(report.changes.tables(), QStringList { QStringLiteral("reflection") });
        QVERIFY(report.changes.inserted(QStringLiteral("reflection")).isEmpty());
        QCOMPARE(report.changes.updated(QStringLiteral("reflection")), QStringList { written[0].meta.id });
        QCOMPARE(report.changes.deleted(QStringLiteral("reflection")),
            sorted({ written[1].meta.id, written[2].meta.id }));

        // His comment lands under its own table on her side; her own envelopes report nothing there.
        Comment comment;
        comment.reflectionId = written[3].meta.id;
        comment.body = QStringLiteral("well observed");
        NoteRepository(p.mentor.store()).saveComment(comment);
        (void)p.mentor.sync();
        report = p.adept.sync();
        QCOMPARE(report.changes.tables(), QStringList { QStringLiteral("comment") });
        QCOMPARE(report.changes.inserted(QStringLiteral("comment")), QStringList { comment.meta.id });

        // Nothing new: nothing to refresh.
        QVERIFY(p.mentor.sync().changes.isEmpty());
    }

    void aReplayedOrRefusedEnvelopeReportsNothing()
    {
        MentorPair p;
        Reflection r = shareReflection(p.adept, QStringLiteral("first words"), p.adeptMentorship);
        (void)p.adept.sync();
        (void)p.mentor.sync();
        const QByteArray sharedId = p.sharedId();
        const QByteArray firstEnvelope = p.server.collections.value(sharedId).back().bytes;

        p.inject(sharedId, firstEnvelope);
        SyncReport report = p.mentor.sync();
        QCOMPARE(report.refused.size(), 1);
        QVERIFY(report.changes.isEmpty());
        QVERIFY(report.changes.tables().isEmpty());

        r.body = QStringLiteral("second words");
        ReflectionRepository(p.adept.store()).save(r);
        (void)p.adept.sync();
        QByteArray &latest = p.server.collections[sharedId].back().bytes;
        latest[latest.size() / 2] = char(latest[latest.size() / 2] ^ 0x20);
        report = p.mentor.sync();
        QCOMPARE(report.refused.size(), 1);
        QVERIFY(report.changes.isEmpty());
        QCOMPARE(ReflectionRepository(p.mentor.store()).get(r.meta.id).body, QStringLiteral("first words"));
    }

    void aBatchRolledBackForOneBadEnvelopeReportsOnlyTheOthers()
    {
        // The batch's transaction applies every envelope, fails at the bad one, rolls back and
        // applies them again one savepoint each: what the first attempt noted must not count.
        MentorPair p;
        const QList<Reflection> written = shareSome(p, 40, QStringLiteral("batch"));
        (void)p.adept.sync();
        auto &stored = p.server.collections[p.sharedId()];
        QByteArray &bad = stored[stored.size() - 15].bytes;
        const QString badRecord = peekEnvelope(bad).recordId;
        bad[bad.size() - 10] = char(bad[bad.size() - 10] ^ 0x01);
        const SyncReport report = p.mentor.sync();
        QCOMPARE(report.refused.size(), 1);
        QStringList expected = idsOf(written);
        expected.removeOne(badRecord);
        QCOMPARE(report.changes.inserted(QStringLiteral("reflection")), expected);
        QCOMPARE(report.changes.tables(), QStringList { QStringLiteral("reflection") });
    }

    void aRetriedWaitingEnvelopeIsReportedWhenItApplies()
    {
        // The server hands out the action item before the meeting it hangs on: it waits, and is
        // applied (and reported) once the meeting has arrived, in the same sync.
        MentorPair p;
        Meeting m;
        m.mentorshipId = p.mentorMentorship;
        m.startsAt = test::at(2026, 2, 3);
        MeetingRepository(p.mentor.store()).save(m);
        ActionItem item;
        item.mentorshipId = p.mentorMentorship;
        item.meetingId = m.meta.id;
        item.body = QStringLiteral("read the chapter");
        ActionItemRepository(p.mentor.store()).save(item);
        (void)p.mentor.sync();
        auto &stored = p.server.collections[p.sharedId()];
        const auto at = [&](const QString &id) {
            return std::find_if(stored.begin(), stored.end(),
                [&](const MemoryServer::Entry &e) { return peekEnvelope(e.bytes).recordId == id; });
        };
        std::swap(at(m.meta.id)->bytes, at(item.meta.id)->bytes);

        const SyncReport report = p.adept.sync();
        QCOMPARE(report.waiting, 0);
        QVERIFY(report.refused.isEmpty());
        QCOMPARE(
            report.changes.tables(), sorted({ QStringLiteral("action_item"), QStringLiteral("meeting") }));
        QCOMPARE(report.changes.inserted(QStringLiteral("meeting")), QStringList { m.meta.id });
        QCOMPARE(report.changes.inserted(QStringLiteral("action_item")), QStringList { item.meta.id });
    }

    void aConflictCopyIsReportedAsInsertedBesideTheRecord()
    {
        MemoryServer server;
        Device laptop(server, Role::Adept);
        Device phone(server, Role::Adept);
        laptop.addMentorship();
        test::pair(laptop, phone, PairingPurpose::OwnDevice, {}, {});
        Reflection r;
        r.body = QStringLiteral("line one\nline two\nline three");
        ReflectionRepository(laptop.store()).save(r);
        syncAll({ &laptop, &phone }, 3);

        Reflection onPhone = ReflectionRepository(phone.store()).get(r.meta.id);
        r.body.replace(QStringLiteral("line two"), QStringLiteral("the laptop's second line"));
        onPhone.body.replace(QStringLiteral("line two"), QStringLiteral("the phone's second line"));
        ReflectionRepository(laptop.store()).save(r);
        ReflectionRepository(phone.store()).save(onPhone);
        (void)laptop.sync();
        const SyncReport report = phone.sync();
        QCOMPARE(report.conflicts, 1);
        const QList<ConflictCopy> copies = phone.engine().conflicts();
        QCOMPARE(copies.size(), 1);
        QCOMPARE(report.changes.tables(), QStringList { QStringLiteral("reflection") });
        QCOMPARE(report.changes.updated(QStringLiteral("reflection")), QStringList { r.meta.id });
        QCOMPARE(
            report.changes.inserted(QStringLiteral("reflection")), QStringList { copies.first().copyId });
    }

    void anErasureReportsTheRecordsItDeleted()
    {
        MentorPair p;
        Device tablet(p.server, Role::Adept);
        test::pair(p.adept, tablet, PairingPurpose::OwnDevice, {}, {});
        Reflection journal;
        journal.body = QStringLiteral("only for herself");
        ReflectionRepository(p.adept.store()).save(journal);
        const Reflection shared
            = shareReflection(p.adept, QStringLiteral("with the mentor"), p.adeptMentorship);
        syncAll({ &p.adept, &tablet, &p.mentor }, 2);
        Comment comment;
        comment.reflectionId = shared.meta.id;
        comment.body = QStringLiteral("from the mentor");
        NoteRepository(p.mentor.store()).saveComment(comment);
        syncAll({ &p.mentor, &p.adept, &tablet }, 2);

        (void)revokeDeviceEverywhere(p.adept.store(), DeviceIdentity::load(tablet.store()).signPublicKey());
        (void)p.adept.sync();
        const SyncReport report = tablet.sync();
        QCOMPARE(report.erased.size(), 2);
        QCOMPARE(report.changes.deleted(QStringLiteral("reflection")),
            sorted({ journal.meta.id, shared.meta.id }));
        QCOMPARE(report.changes.deleted(QStringLiteral("comment")), QStringList { comment.meta.id });
        QCOMPARE(report.changes.deleted(QStringLiteral("mentorship")), QStringList { p.adeptMentorship });
        for (const QString &table : report.changes.tables()) {
            QVERIFY(report.changes.inserted(table).isEmpty());
            QVERIFY(report.changes.updated(table).isEmpty());
        }
    }

    void changesAddUpToTheNetChangeOverSeveralSteps()
    {
        const QString t = QStringLiteral("reflection");
        ChangeSet first;
        first.note(t, QStringLiteral("came"), false, true);
        first.note(t, QStringLiteral("came and went"), false, true);
        first.note(t, QStringLiteral("went and came back"), true, false);
        first.note(t, QStringLiteral("edited then deleted"), true, true);
        ChangeSet later;
        later.note(t, QStringLiteral("came and went"), true, false);
        later.note(t, QStringLiteral("went and came back"), false, true);
        later.note(t, QStringLiteral("edited then deleted"), true, false);
        later.note(QStringLiteral("comment"), QStringLiteral("a tombstone for nothing here"), false, false);

        SyncReport report;
        report.changes = first;
        SyncReport next;
        next.changes = later;
        report += next;
        QCOMPARE(report.changes.tables(), QStringList { t });
        QCOMPARE(report.changes.inserted(t), QStringList { QStringLiteral("came") });
        QCOMPARE(report.changes.updated(t), QStringList { QStringLiteral("went and came back") });
        QCOMPARE(report.changes.deleted(t), QStringList { QStringLiteral("edited then deleted") });
        QVERIFY(report.changes.inserted(QStringLiteral("comment")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChanges)
#include "tst_changes.moc"
