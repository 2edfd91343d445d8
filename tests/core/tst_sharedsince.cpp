// What the mentor's home counts per adept: reflections shared since the last held meeting.
#include "query/sharedsince.h"
#include "repo/meetings.h"
#include "repo/mentorships.h"
#include "repo/reflections.h"
#include "testsupport.h"

#include <QTest>

using namespace bollplank;
using namespace bollplank::test;

class SharedSinceTest : public QObject
{
    Q_OBJECT

    static QString mentorship(Store &store, const QString &adept)
    {
        Mentorship m;
        m.adeptName = adept;
        m.mentorName = QStringLiteral("Anders");
        m.startDate = QDate(2025, 6, 1);
        MentorshipRepository(store).save(m);
        return m.meta.id;
    }

    static void meeting(Store &store, const QString &mentorshipId, qint64 start, MeetingStatus status)
    {
        Meeting m;
        m.mentorshipId = mentorshipId;
        m.startsAt = start;
        m.status = status;
        MeetingRepository(store).save(m);
    }

    static QString share(TempProfile &p, const QString &mentorshipId, qint64 when, Visibility v = Visibility::Shared)
    {
        p.now = when;
        Reflection r;
        r.mentorshipId = mentorshipId;
        r.body = QStringLiteral("Shared at %1").arg(when);
        r.visibility = v;
        ReflectionRepository(p.store()).save(r);
        return r.meta.id;
    }

private slots:
    void countsSinceEachMentorshipsLastHeldMeeting()
    {
        TempProfile p(Role::Mentor);
        const QString elin = mentorship(p.store(), QStringLiteral("Elin"));
        const QString johan = mentorship(p.store(), QStringLiteral("Johan"));
        const QString sara = mentorship(p.store(), QStringLiteral("Sara"));
        meeting(p.store(), elin, at(2026, 1, 10), MeetingStatus::Held);
        // A cancelled or planned meeting does not reset what is new.
        meeting(p.store(), elin, at(2026, 1, 12), MeetingStatus::Cancelled);
        meeting(p.store(), elin, at(2026, 1, 20), MeetingStatus::Planned);
        meeting(p.store(), johan, at(2025, 11, 5), MeetingStatus::Held);
        meeting(p.store(), johan, at(2025, 12, 5), MeetingStatus::Held);

        share(p, elin, at(2026, 1, 9));  // before Elin's meeting
        share(p, elin, at(2026, 1, 11));
        share(p, elin, at(2026, 1, 13));
        share(p, johan, at(2025, 11, 20)); // before Johan's last meeting
        share(p, johan, at(2025, 12, 24));
        share(p, johan, at(2026, 1, 2), Visibility::Private);
        const QString removed = share(p, johan, at(2026, 1, 3));
        ReflectionRepository(p.store()).remove(removed);
        share(p, sara, at(2025, 7, 1)); // no meeting held: everything counts
        share(p, sara, at(2025, 8, 1));

        const qint64 now = at(2026, 1, 15);
        const QHash<QString, int> counts = sharedSinceLastMeeting(p.store(), now);
        QCOMPARE(counts.value(elin), 2);
        QCOMPARE(counts.value(johan), 1);
        QCOMPARE(counts.value(sara), 2);
        QCOMPARE(counts.size(), 3);

        // The same as the repository's list, which the pages show.
        MeetingRepository meetings(p.store());
        for (const QString &id : { elin, johan, sara }) {
            const auto last = meetings.lastHeldBefore(id, now);
            QCOMPARE(counts.value(id), int(ReflectionRepository(p.store()).sharedSince(id, last ? last->startsAt : 0).size()));
        }

        // Before Elin's meeting began, everything she shared counts.
        QCOMPARE(sharedSinceLastMeeting(p.store(), at(2026, 1, 10) - 1).value(elin), 3);
    }

    void emptyStore()
    {
        TempProfile p(Role::Mentor);
        QVERIFY(sharedSinceLastMeeting(p.store(), at(2026, 1, 15)).isEmpty());
    }
};

QTEST_GUILESS_MAIN(SharedSinceTest)
#include "tst_sharedsince.moc"
