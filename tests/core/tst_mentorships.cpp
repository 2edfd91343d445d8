// Mentorships, agreements with acknowledgements, mentor comments and private notes.
#include "query/search.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/minutes.h"
#include "repo/notes.h"
#include "repo/reflections.h"
#include "testsupport.h"

#include <QTest>

using namespace bollplank;

class MentorshipsTest : public QObject
{
    Q_OBJECT

    static Mentorship make()
    {
        Mentorship m;
        m.adeptName = QStringLiteral("Karin Lindqvist");
        m.mentorName = QStringLiteral("Anders Berg");
        m.startDate = QDate(2025, 9, 1);
        return m;
    }

private slots:
    void mentorshipDefaultsAndEdits()
    {
        test::TempProfile p;
        MentorshipRepository repo(p.store());
        Mentorship m = make();
        repo.save(m);
        Mentorship back = repo.get(m.meta.id);
        QCOMPARE(back.plannedMonths, 18);
        QCOMPARE(back.cadence, QStringLiteral("FREQ=MONTHLY"));
        QCOMPARE(back.startDate, QDate(2025, 9, 1));
        QCOMPARE(m.adeptName, QStringLiteral("Karin Lindqvist"));
        back.adeptName = QStringLiteral("  Karin  ");
        back.cadence = QStringLiteral("FREQ=WEEKLY;INTERVAL=4;BYDAY=TH");
        back.plannedMonths = 24;
        repo.save(back);
        QCOMPARE(back.adeptName, QStringLiteral("Karin")); // the caller gets what was stored
        QCOMPARE(repo.get(m.meta.id).cadence, QStringLiteral("FREQ=WEEKLY;INTERVAL=4;BYDAY=TH"));
        QCOMPARE(repo.list().size(), 1);
        repo.remove(m.meta.id);
        QCOMPARE(repo.list().size(), 0);
    }

    void mentorshipValidation()
    {
        test::TempProfile p;
        MentorshipRepository repo(p.store());
        Mentorship bad = make();
        bad.cadence = QStringLiteral("FREQ=SOMETIMES");
        EXPECT_STORE_ERROR(repo.save(bad), InvalidInput);
        bad.cadence = QStringLiteral("FREQ=HOURLY");
        EXPECT_STORE_ERROR(repo.save(bad), InvalidInput);
        bad = make();
        bad.startDate = QDate();
        EXPECT_STORE_ERROR(repo.save(bad), InvalidInput);
        bad = make();
        bad.plannedMonths = 0;
        EXPECT_STORE_ERROR(repo.save(bad), InvalidInput);
        bad = make();
        bad.adeptName = QStringLiteral(" ");
        EXPECT_STORE_ERROR(repo.save(bad), InvalidInput);
        QCOMPARE(repo.list().size(), 0);
    }

    void agreementAndAcknowledgements()
    {
        test::TempProfile p;
        MentorshipRepository repo(p.store());
        Mentorship m = make();
        repo.save(m);
        QVERIFY(!repo.agreementFor(m.meta.id));
        EXPECT_STORE_ERROR(repo.acknowledge(m.meta.id, Role::Adept), NotFound);

        Agreement a;
        a.mentorshipId = m.meta.id;
        a.goals = QStringLiteral("Växa i rollen som VD");
        a.confidentiality = QStringLiteral("Allt som sägs stannar mellan oss.");
        repo.saveAgreement(a);
        p.advance(5000);
        repo.acknowledge(m.meta.id, Role::Adept);
        Agreement back = *repo.agreementFor(m.meta.id);
        QCOMPARE(back.adeptAcknowledgedAt, std::optional<qint64>(p.now));
        QVERIFY(!back.mentorAcknowledgedAt);
        QCOMPARE(back.meta.revision, 2);
        p.advance(5000);
        repo.acknowledge(m.meta.id, Role::Mentor);
        back = *repo.agreementFor(m.meta.id);
        QCOMPARE(back.mentorAcknowledgedAt, std::optional<qint64>(p.now));
        QCOMPARE(back.goals, QStringLiteral("Växa i rollen som VD"));

        Agreement second; // a fresh object for the same mentorship revises the one agreement
        second.mentorshipId = m.meta.id;
        second.goals = QStringLiteral("Nya mål");
        repo.saveAgreement(second);
        QCOMPARE(second.meta.id, back.meta.id);
        Agreement orphan;
        orphan.mentorshipId = QStringLiteral("missing");
        EXPECT_STORE_ERROR(repo.saveAgreement(orphan), NotFound);
    }

    void changedTextNeedsNewAcknowledgements()
    {
        test::TempProfile p;
        MentorshipRepository repo(p.store());
        Mentorship m = make();
        repo.save(m);
        Agreement a;
        a.mentorshipId = m.meta.id;
        a.goals = QStringLiteral("Mål");
        repo.saveAgreement(a);
        repo.acknowledge(m.meta.id, Role::Adept);
        repo.acknowledge(m.meta.id, Role::Mentor);
        Agreement same = *repo.agreementFor(m.meta.id);
        repo.saveAgreement(same); // unchanged text keeps both
        QVERIFY(repo.agreementFor(m.meta.id)->adeptAcknowledgedAt);
        same.confidentiality = QStringLiteral("Ny sekretessklausul");
        repo.saveAgreement(same);
        const Agreement changed = *repo.agreementFor(m.meta.id);
        QVERIFY(!changed.adeptAcknowledgedAt);
        QVERIFY(!changed.mentorAcknowledgedAt);
    }

    void removingAMentorshipTakesItsRecordsAlong()
    {
        test::TempProfile p;
        MentorshipRepository repo(p.store());
        Mentorship m = make();
        repo.save(m);
        Agreement a;
        a.mentorshipId = m.meta.id;
        a.goals = QStringLiteral("Mål");
        repo.saveAgreement(a);
        Meeting meeting;
        meeting.mentorshipId = m.meta.id;
        meeting.startsAt = test::at(2025, 10, 7, 14);
        MeetingRepository(p.store()).save(meeting);
        MeetingRepository(p.store()).setFocusAreas(meeting.meta.id, { 1 });
        Minutes minutes { {}, meeting.meta.id, 0, QStringLiteral("Anteckningar") };
        MinutesRepository(p.store()).save(minutes);
        MentorNote note { {}, m.meta.id, QStringLiteral("Notering") };
        NoteRepository(p.store()).saveNote(note);
        Reflection journal;
        journal.body = QStringLiteral("Min egen");
        journal.mentorshipId = m.meta.id;
        ReflectionRepository(p.store()).save(journal);

        auto live = [&](const char *table) {
            auto q = p.store().db().prepareOnce(std::string("SELECT count(*) FROM ") + table + " WHERE deleted = 0");
            return q.step() ? q.integer(0) : -1;
        };
        p.store().db().exec("INSERT INTO meeting_series (id, rev, author_device, updated_at, mentorship_id, rule, "
                            "dtstart, tzid, place) VALUES ('s', 1, 'd', 1, '" + m.meta.id.toStdString()
            + "', 'FREQ=MONTHLY', '2025-10-07T14:00', 'Europe/Stockholm', 'Hotel Eggers');"
              "INSERT INTO series_exception (id, rev, author_device, updated_at, series_id, occurrence, cancelled)"
              " VALUES ('e', 1, 'd', 1, 's', '2025-11-07T14:00', 1);");
        repo.remove(m.meta.id);
        for (const char *table : { "mentorship", "agreement", "meeting", "meeting_focus", "minutes", "mentor_note",
                 "meeting_series", "series_exception" })
            QVERIFY2(live(table) == 0, table);
        QCOMPARE(live("reflection"), 1); // the adept's journal is the adept's
        QVERIFY(search(p.store(), QStringLiteral("anteckningar")).isEmpty());
    }

    void commentsOnlyOnSharedReflections()
    {
        test::TempProfile p(Role::Mentor);
        ReflectionRepository reflections(p.store());
        NoteRepository notes(p.store());
        Reflection priv;
        priv.body = QStringLiteral("Privat");
        reflections.save(priv);
        Reflection shared;
        shared.body = QStringLiteral("Delad");
        shared.visibility = Visibility::Shared;
        reflections.save(shared);

        Comment onPrivate { {}, priv.meta.id, QStringLiteral("Hm") };
        EXPECT_STORE_ERROR(notes.saveComment(onPrivate), InvalidInput);
        Comment c1 { {}, shared.meta.id, QStringLiteral("Bra iakttagelse") };
        Comment c2 { {}, shared.meta.id, QStringLiteral("Vi tar det nästa gång") };
        notes.saveComment(c1);
        notes.saveComment(c2);
        QCOMPARE(notes.commentsOn(shared.meta.id).size(), 2);
        QCOMPARE(notes.commentsOn(shared.meta.id).first().body, QStringLiteral("Bra iakttagelse"));
        notes.removeComment(c1.meta.id);
        QCOMPARE(notes.commentsOn(shared.meta.id).size(), 1);
        Comment empty { {}, shared.meta.id, QStringLiteral("") };
        EXPECT_STORE_ERROR(notes.saveComment(empty), InvalidInput);
    }

    void mentorNotesPerAdept()
    {
        test::TempProfile p(Role::Mentor);
        MentorshipRepository ms(p.store());
        Mentorship a = make();
        Mentorship b = make();
        b.adeptName = QStringLiteral("Erik");
        ms.save(a);
        ms.save(b);
        NoteRepository notes(p.store());
        MentorNote n1 { {}, a.meta.id, QStringLiteral("Verkar trött") };
        MentorNote n2 { {}, a.meta.id, QStringLiteral("Fråga om semestern") };
        MentorNote n3 { {}, b.meta.id, QStringLiteral("Ny i rollen") };
        notes.saveNote(n1);
        notes.saveNote(n2);
        notes.saveNote(n3);
        QCOMPARE(notes.notesFor(a.meta.id).size(), 2);
        QCOMPARE(notes.notesFor(a.meta.id).first().body, QStringLiteral("Fråga om semestern")); // newest first
        QCOMPARE(notes.notesFor(b.meta.id).size(), 1);
        notes.removeNote(n1.meta.id);
        QCOMPARE(notes.notesFor(a.meta.id).size(), 1);
    }
};

QTEST_GUILESS_MAIN(MentorshipsTest)
#include "tst_mentorships.moc"
