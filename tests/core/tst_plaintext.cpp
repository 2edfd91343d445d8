// No plaintext of a note reaches disk outside the encryption: marker strings written through the
// public API must not appear in any file of the profile folder, open or closed.
#include "repo/actionitems.h"
#include "repo/evaluations.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/minutes.h"
#include "repo/notes.h"
#include "repo/reflections.h"
#include "repo/requests.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace bollplank;

class PlaintextTest : public QObject
{
    Q_OBJECT

    QStringList m_markers;

    QString marker(const char *where)
    {
        // Distinctive, with Swedish letters so both UTF-8 and UTF-16 forms are meaningful.
        const QString m = QStringLiteral("MARKÖR-%1-7f3a9c").arg(QLatin1String(where));
        m_markers.append(m);
        return m;
    }

    void writeEverything(Store &store)
    {
        Mentorship ms;
        ms.adeptName = marker("adeptname");
        ms.mentorName = marker("mentorname");
        ms.startDate = QDate(2025, 1, 1);
        MentorshipRepository(store).save(ms);
        Agreement a;
        a.mentorshipId = ms.meta.id;
        a.goals = marker("goals");
        a.adeptExpectations = marker("adeptexp");
        a.mentorExpectations = marker("mentorexp");
        a.confidentiality = marker("confidentiality");
        MentorshipRepository(store).saveAgreement(a);
        Meeting m;
        m.mentorshipId = ms.meta.id;
        m.startsAt = test::at(2025, 2, 4, 14);
        m.place = marker("place");
        MeetingRepository(store).save(m);
        Minutes min { {}, m.meta.id, 2, marker("minutes") };
        MinutesRepository(store).save(min);
        ActionItem ai { {}, ms.meta.id, m.meta.id, Role::Adept, marker("action"), {}, {} };
        ActionItemRepository(store).save(ai);
        Evaluation e { {}, m.meta.id, Role::Adept, 5, marker("evaluation") };
        EvaluationRepository(store).save(e);
        Reflection priv;
        priv.body = marker("private-reflection");
        ReflectionRepository(store).save(priv);
        Reflection shared;
        shared.body = marker("shared-reflection");
        shared.visibility = Visibility::Shared;
        ReflectionRepository(store).save(shared);
        Comment c { {}, shared.meta.id, marker("comment") };
        NoteRepository(store).saveComment(c);
        MentorNote n { {}, ms.meta.id, marker("mentornote") };
        NoteRepository(store).saveNote(n);
        AdHocRequest r { {}, ms.meta.id, Urgency::High, marker("request"), RequestStatus::Open, {} };
        RequestRepository(store).save(r);
        // A deleted note must not linger either.
        Reflection gone;
        gone.body = marker("deleted-reflection");
        ReflectionRepository(store).save(gone);
        ReflectionRepository(store).remove(gone.meta.id);
    }

    void expectNoMarkers(const QString &folder)
    {
        const QStringList files = test::filesUnder(folder);
        QVERIFY(files.size() >= 2);
        for (const QString &file : files)
            for (const QString &m : std::as_const(m_markers))
                QVERIFY2(!test::fileContains(file, m), qPrintable(QStringLiteral("%1 found in %2").arg(m, file)));
    }

private slots:
    void markersNeverReachDisk()
    {
        test::TempProfile p;
        p.profile->setDisplayName(marker("displayname"));
        writeEverything(p.store());
        // The test would prove nothing if the markers were not stored: read them back.
        QCOMPARE(ReflectionRepository(p.store()).count(), 2);
        QVERIFY(ReflectionRepository(p.store()).list().last().body.startsWith(QStringLiteral("MARKÖR-")));

        const QString wal = QDir(p.folder()).filePath(UnlockedProfile::DatabaseFile + QStringLiteral("-wal"));
        QVERIFY2(QFile::exists(wal) && QFileInfo(wal).size() > 0, "the WAL should hold the recent writes");
        expectNoMarkers(p.folder()); // open: database, WAL, shared memory, lock and key files
        p.close();
        expectNoMarkers(p.folder()); // closed and checkpointed

        QFile db(QDir(p.folder()).filePath(UnlockedProfile::DatabaseFile));
        QVERIFY(db.open(QIODevice::ReadOnly));
        QVERIFY(!db.read(16).startsWith("SQLite format 3"));
    }

    void theMarkerCheckCanFail()
    {
        // The same scan over a file that does hold a marker must find it (UTF-8 and UTF-16).
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("plain")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QString m = QStringLiteral("MARKÖR-control");
        f.write("prefix " + m.toUtf8());
        f.write(QByteArray(reinterpret_cast<const char *>(m.utf16()), m.size() * 2));
        f.close();
        QVERIFY(test::fileContains(f.fileName(), m));
    }
};

QTEST_GUILESS_MAIN(PlaintextTest)
#include "tst_plaintext.moc"
