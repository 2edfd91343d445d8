// Full-text search inside the encrypted database: case, Swedish letters, prefixes, safety.
#include "query/search.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/minutes.h"
#include "repo/notes.h"
#include "repo/reflections.h"
#include "testsupport.h"

#include <QTest>

using namespace bollplank;

class SearchTest : public QObject
{
    Q_OBJECT

    test::TempProfile *m_p = nullptr;
    QString m_reflection, m_minutes, m_comment, m_note;

    QStringList idsFor(const QString &query)
    {
        QStringList ids;
        for (const SearchHit &hit : search(m_p->store(), query))
            ids.append(hit.id);
        return ids;
    }

private slots:
    void initTestCase()
    {
        m_p = new test::TempProfile(Role::Mentor);
        Store &store = m_p->store();
        Reflection r;
        r.body = QStringLiteral("Ärligt talat är jag ÖVERBELASTAD efter förändringen i styrelsen.");
        r.visibility = Visibility::Shared;
        ReflectionRepository(store).save(r);
        m_reflection = r.meta.id;
        m_p->advance(1000);

        Mentorship ms;
        ms.adeptName = QStringLiteral("Karin");
        ms.mentorName = QStringLiteral("Anders");
        ms.startDate = QDate(2025, 1, 1);
        MentorshipRepository(store).save(ms);
        Meeting m;
        m.mentorshipId = ms.meta.id;
        m.startsAt = test::at(2025, 2, 4, 14);
        MeetingRepository(store).save(m);
        Minutes min { {}, m.meta.id, 4, QStringLiteral("Konflikthantering i ledningsgruppen; customer churn discussed") };
        MinutesRepository(store).save(min);
        m_minutes = min.meta.id;
        m_p->advance(1000);

        Comment c { {}, r.meta.id, QStringLiteral("Bra att du ser överbelastningen tidigt") };
        NoteRepository(store).saveComment(c);
        m_comment = c.meta.id;
        m_p->advance(1000);
        MentorNote n { {}, ms.meta.id, QStringLiteral("Följ upp sömnen och återhämtningen") };
        NoteRepository(store).saveNote(n);
        m_note = n.meta.id;
    }

    void cleanupTestCase() { delete m_p; }

    void caseInsensitiveIncludingSwedishLetters()
    {
        QCOMPARE(idsFor(QStringLiteral("ärligt")), QStringList { m_reflection });
        QCOMPARE(idsFor(QStringLiteral("ÄRLIGT")), QStringList { m_reflection });
        QCOMPARE(idsFor(QStringLiteral("Styrelsen")), QStringList { m_reflection });
        QCOMPARE(idsFor(QStringLiteral("återhämtningen")), QStringList { m_note });
        QCOMPARE(idsFor(QStringLiteral("ÅTERHÄMTNINGEN")), QStringList { m_note });
    }

    void prefixSearch()
    {
        QCOMPARE(idsFor(QStringLiteral("ärl")), QStringList { m_reflection });
        QCOMPARE(idsFor(QStringLiteral("konflikt")), QStringList { m_minutes });
        // "överbelast" prefixes words in the reflection and in the comment; newest first.
        QCOMPARE(idsFor(QStringLiteral("överbelast")), (QStringList { m_comment, m_reflection }));
    }

    void swedishLettersAreNotFoldedAway()
    {
        // In Swedish å, ä and ö are letters of their own: "for" must not find "förändringen".
        QVERIFY(idsFor(QStringLiteral("forandringen")).isEmpty());
        QCOMPARE(idsFor(QStringLiteral("förändr")), QStringList { m_reflection });
    }

    void everyWordMustMatch()
    {
        QCOMPARE(idsFor(QStringLiteral("customer konflikt")), QStringList { m_minutes });
        QVERIFY(idsFor(QStringLiteral("customer styrelsen")).isEmpty());
    }

    void hitsSayWhatTheyAreWithASnippet()
    {
        const QList<SearchHit> hits = search(m_p->store(), QStringLiteral("sömnen"));
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.first().kind == SearchHit::Kind::MentorNote);
        QVERIFY2(hits.first().snippet.contains(QStringLiteral("\x02sömnen\x03")), qPrintable(hits.first().snippet));
        QCOMPARE(toString(hits.first().kind), QStringLiteral("note"));
    }

    void operatorsAndPunctuationAreJustText()
    {
        for (const char *query : { "\"", "styrelsen OR x", "NOT", "*", "(", "-styrelsen", "a:b", "NEAR/3", "'" })
            (void)search(m_p->store(), QString::fromUtf8(query)); // must not throw
        QCOMPARE(idsFor(QStringLiteral("\"styrelsen\"")), QStringList { m_reflection });
        QCOMPARE(toMatchExpression(QStringLiteral("  ")), QString());
        QCOMPARE(toMatchExpression(QStringLiteral("Ärligt, OR talat!")), QStringLiteral("ärligt* or* talat*"));
        QVERIFY(search(m_p->store(), QStringLiteral("?!")).isEmpty());
    }

    void editsAndDeletionsReachTheIndex()
    {
        ReflectionRepository repo(m_p->store());
        Reflection r = repo.get(m_reflection);
        r.body = QStringLiteral("Nu handlar det om rekrytering.");
        repo.save(r);
        QVERIFY(idsFor(QStringLiteral("ärligt")).isEmpty());
        QCOMPARE(idsFor(QStringLiteral("rekryt")), QStringList { m_reflection });
        repo.remove(m_reflection);
        QVERIFY(idsFor(QStringLiteral("rekryt")).isEmpty());
        repo.save(r); // restored
        QCOMPARE(idsFor(QStringLiteral("rekryt")), QStringList { m_reflection });
    }
};

QTEST_GUILESS_MAIN(SearchTest)
#include "tst_search.moc"
