// Meeting series on libical: zones and daylight saving, month ends, leap years, moved and
// cancelled occurrences, and a year of occurrences against libical's own expansion.
#include "repo/mentorships.h"
#include "schedule/recurrence.h"
#include "schedule/seriesrepository.h"
#include "testsupport.h"

#include <QTimeZone>
#include <libical/ical.h>

using namespace bollplank;

namespace {

const QString Stockholm = QStringLiteral("Europe/Stockholm");
constexpr qint64 Day = 24 * 3600 * 1000LL;

MeetingSeries series(const char *rule, const char *start, const QString &zone = Stockholm)
{
    MeetingSeries s;
    s.mentorshipId = QStringLiteral("m");
    s.rule = QString::fromLatin1(rule);
    s.start = CivilTime::parse(QString::fromLatin1(start));
    s.timeZone = zone;
    return s;
}

qint64 utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toMSecsSinceEpoch();
}

QDateTime inZone(qint64 ms, const QString &zone = Stockholm)
{
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone(zone.toUtf8()));
}

QList<QDate> originalDates(const QList<Recurrence::Occurrence> &all)
{
    QList<QDate> dates;
    for (const auto &o : all)
        dates.append(o.original.date);
    return dates;
}

/// libical's own expansion of a VEVENT with the same rule and zoned DTSTART, as UTC ms.
QList<qint64> libicalExpansion(const MeetingSeries &s, qint64 from, qint64 to)
{
    icaltimezone *zone = icaltimezone_get_builtin_timezone(s.timeZone.toUtf8().constData());
    icalcomponent *event = icalcomponent_new_vevent();
    const QString start = s.start.date.toString(QStringLiteral("yyyyMMdd"))
        + s.start.time.toString(QStringLiteral("'T'HHmm'00'"));
    icaltimetype dtstart = icaltime_from_string(start.toLatin1().constData());
    dtstart = icaltime_set_timezone(&dtstart, zone);
    icalcomponent_set_dtstart(event, dtstart);
    icalcomponent_set_duration(event, icaldurationtype_from_int(s.durationMinutes * 60));
    icalcomponent_add_property(
        event, icalproperty_new_rrule(icalrecurrencetype_from_string(s.rule.toLatin1().constData())));
    QList<qint64> out;
    icalcomponent_foreach_recurrence(
        event, icaltime_from_timet_with_zone(time_t(from / 1000), 0, icaltimezone_get_utc_timezone()),
        icaltime_from_timet_with_zone(time_t(to / 1000), 0, icaltimezone_get_utc_timezone()),
        [](icalcomponent *, struct icaltime_span *span, void *data) {
            static_cast<QList<qint64> *>(data)->append(qint64(span->start) * 1000);
        },
        &out);
    icalcomponent_free(event);
    return out;
}

} // namespace

class RecurrenceTest : public QObject
{
    Q_OBJECT

private slots:
    void firstTuesdayAt14AcrossDaylightSaving()
    {
        const auto s = series("FREQ=MONTHLY;BYDAY=1TU", "2026-01-06T14:00");
        const auto all = Recurrence::expand(s, {}, utc(2026, 1, 1, 0), utc(2027, 1, 1, 0));
        QCOMPARE(all.size(), 12);
        for (const auto &o : all) {
            const QDateTime local = inZone(o.startsAt);
            QCOMPARE(local.time(), QTime(14, 0));
            QCOMPARE(local.date().dayOfWeek(), 2);
            QVERIFY(local.date().day() <= 7);
            QCOMPARE(local.date(), o.original.date);
        }
        // Winter: 13:00 UTC; summer (after 29 March): 12:00 UTC; winter again after 25 October.
        QCOMPARE(all.at(2).startsAt, utc(2026, 3, 3, 13));
        QCOMPARE(all.at(3).startsAt, utc(2026, 4, 7, 12));
        QCOMPARE(all.at(9).startsAt, utc(2026, 10, 6, 12));
        QCOMPARE(all.at(10).startsAt, utc(2026, 11, 3, 13));
    }

    void everyFourWeeksOnThursday()
    {
        const auto s = series("FREQ=WEEKLY;INTERVAL=4;BYDAY=TH", "2026-03-05T09:30");
        const auto all = Recurrence::expand(s, {}, utc(2026, 1, 1, 0), utc(2026, 7, 1, 0));
        QCOMPARE(originalDates(all),
            (QList<QDate> { QDate(2026, 3, 5), QDate(2026, 4, 2), QDate(2026, 4, 30), QDate(2026, 5, 28),
                QDate(2026, 6, 25) }));
        QCOMPARE(all.at(0).startsAt, utc(2026, 3, 5, 8, 30));
        QCOMPARE(all.at(1).startsAt, utc(2026, 4, 2, 7, 30)); // summer time
        for (int i = 1; i < all.size(); ++i)
            QCOMPARE(all.at(i - 1).original.date.daysTo(all.at(i).original.date), 28);
    }

    void wallTimesInTheGapAndTheFold()
    {
        // 02:30 on 29 March 2026 does not exist in Stockholm: RFC 5545 reads it with the offset
        // before the gap, i.e. 03:30 summer time.
        const qint64 gap = Recurrence::toUtc(CivilTime::parse(QStringLiteral("2026-03-29T02:30")), Stockholm);
        QCOMPARE(gap, utc(2026, 3, 29, 1, 30));
        QCOMPARE(inZone(gap).time(), QTime(3, 30));
        // 02:30 on 25 October 2026 happens twice: the first one (summer time) is meant.
        const qint64 fold
            = Recurrence::toUtc(CivilTime::parse(QStringLiteral("2026-10-25T02:30")), Stockholm);
        QCOMPARE(fold, utc(2026, 10, 25, 0, 30));
        // A weekly series at 02:30 on Sundays keeps its wall time either side.
        const auto s = series("FREQ=WEEKLY;BYDAY=SU", "2026-03-22T02:30");
        const auto all = Recurrence::expand(s, {}, utc(2026, 3, 1, 0), utc(2026, 4, 6, 0));
        QCOMPARE(all.size(), 3);
        QCOMPARE(inZone(all.at(0).startsAt).time(), QTime(2, 30));
        QCOMPARE(inZone(all.at(1).startsAt).time(), QTime(3, 30));
        QCOMPARE(inZone(all.at(2).startsAt).time(), QTime(2, 30));
        // Round trip.
        QCOMPARE(Recurrence::fromUtc(utc(2026, 7, 1, 12), Stockholm),
            CivilTime::parse(QStringLiteral("2026-07-01T14:00")));
    }

    void monthEnds()
    {
        // The 31st monthly skips months without one (RFC 5545)...
        auto s = series("FREQ=MONTHLY", "2026-01-31T10:00");
        QCOMPARE(originalDates(Recurrence::expand(s, {}, utc(2026, 1, 1, 0), utc(2026, 9, 1, 0))),
            (QList<QDate> { QDate(2026, 1, 31), QDate(2026, 3, 31), QDate(2026, 5, 31), QDate(2026, 7, 31),
                QDate(2026, 8, 31) }));
        // ...and BYMONTHDAY=-1 is the last day of every month.
        s = series("FREQ=MONTHLY;BYMONTHDAY=-1", "2026-01-31T10:00");
        QCOMPARE(originalDates(Recurrence::expand(s, {}, utc(2026, 1, 1, 0), utc(2026, 5, 1, 0))),
            (QList<QDate> {
                QDate(2026, 1, 31), QDate(2026, 2, 28), QDate(2026, 3, 31), QDate(2026, 4, 30) }));
        // Last Friday of the month.
        s = series("FREQ=MONTHLY;BYDAY=-1FR", "2026-01-30T15:00");
        QCOMPARE(originalDates(Recurrence::expand(s, {}, utc(2026, 1, 1, 0), utc(2026, 4, 1, 0))),
            (QList<QDate> { QDate(2026, 1, 30), QDate(2026, 2, 27), QDate(2026, 3, 27) }));
    }

    void leapYears()
    {
        auto s = series("FREQ=YEARLY", "2024-02-29T12:00");
        QCOMPARE(originalDates(Recurrence::expand(s, {}, utc(2024, 1, 1, 0), utc(2033, 1, 1, 0))),
            (QList<QDate> { QDate(2024, 2, 29), QDate(2028, 2, 29), QDate(2032, 2, 29) }));
        s = series("FREQ=MONTHLY;BYMONTHDAY=29", "2027-01-29T12:00");
        const QList<QDate> dates
            = originalDates(Recurrence::expand(s, {}, utc(2027, 1, 1, 0), utc(2028, 4, 1, 0)));
        QVERIFY(!dates.contains(QDate(2027, 2, 28)));
        QVERIFY(dates.contains(QDate(2028, 2, 29)));
        QCOMPARE(dates.size(), 14); // Jan 2027 - Mar 2028 minus Feb 2027
    }

    void impossibleDatesAndBadRulesAreErrors()
    {
        EXPECT_STORE_ERROR((void)CivilTime::parse(QStringLiteral("2026-02-29T10:00")), InvalidInput);
        EXPECT_STORE_ERROR((void)CivilTime::parse(QStringLiteral("2026-04-31T10:00")), InvalidInput);
        EXPECT_STORE_ERROR((void)CivilTime::parse(QStringLiteral("2026-04-30T25:00")), InvalidInput);
        EXPECT_STORE_ERROR((void)CivilTime::parse(QStringLiteral("next tuesday")), InvalidInput);
        EXPECT_STORE_ERROR(
            Recurrence::validate(series("FREQ=FORTNIGHTLY", "2026-01-06T14:00")), InvalidInput);
        EXPECT_STORE_ERROR(Recurrence::validate(series("FREQ=MINUTELY", "2026-01-06T14:00")), InvalidInput);
        EXPECT_STORE_ERROR(
            Recurrence::validate(series("FREQ=MONTHLY", "2026-01-06T14:00", QStringLiteral("Mars/Olympus"))),
            InvalidInput);
        // A rule that can never happen (30 February) is refused rather than silently empty.
        EXPECT_STORE_ERROR(
            Recurrence::validate(series("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30", "2026-01-06T14:00")),
            InvalidInput);
        EXPECT_STORE_ERROR((void)Recurrence::toUtc(CivilTime::parse(QStringLiteral("2026-01-06T14:00")),
                               QStringLiteral("Europe/Atlantis")),
            InvalidInput);
        QVERIFY(Recurrence::isKnownZone(Recurrence::defaultZone()));
        QVERIFY(Recurrence::isKnownZone(QStringLiteral("UTC")));
    }

    void movedAndCancelledOccurrencesKeepTheSeries()
    {
        test::TempProfile p;
        Mentorship m;
        m.adeptName = QStringLiteral("Karin");
        m.mentorName = QStringLiteral("Anders");
        m.startDate = QDate(2026, 1, 1);
        MentorshipRepository(p.store()).save(m);
        MeetingSeriesRepository repo(p.store());
        MeetingSeries s = series("FREQ=MONTHLY;BYDAY=1TU", "2026-01-06T14:00");
        s.mentorshipId = m.meta.id;
        repo.save(s);
        QCOMPARE(repo.forMentorship(m.meta.id)->rule, s.rule);
        QCOMPARE(repo.get(s.meta.id).start, s.start);

        const CivilTime feb = CivilTime::parse(QStringLiteral("2026-02-03T14:00"));
        const CivilTime mar = CivilTime::parse(QStringLiteral("2026-03-03T14:00"));
        repo.cancelOccurrence(s.meta.id, feb);
        repo.moveOccurrence(s.meta.id, mar, utc(2026, 3, 4, 8), 120);
        EXPECT_STORE_ERROR(
            repo.cancelOccurrence(s.meta.id, CivilTime::parse(QStringLiteral("2026-03-04T14:00"))),
            InvalidInput);

        auto all = Recurrence::expand(
            repo.get(s.meta.id), repo.exceptions(s.meta.id), utc(2026, 1, 1, 0), utc(2026, 5, 1, 0));
        QCOMPARE(all.size(), 4);
        QVERIFY(!all.at(0).cancelled && !all.at(0).moved);
        QVERIFY(all.at(1).cancelled);
        QCOMPARE(all.at(1).original, feb);
        QVERIFY(all.at(2).moved);
        QCOMPARE(all.at(2).startsAt, utc(2026, 3, 4, 8));
        QCOMPARE(all.at(2).durationMinutes, 120);
        QCOMPARE(all.at(3).original.date, QDate(2026, 4, 7)); // the series goes on
        QCOMPARE(all.at(3).startsAt, utc(2026, 4, 7, 12));

        // A moved occurrence shows where it now is, even when its original lies outside the window.
        repo.moveOccurrence(s.meta.id, mar, utc(2026, 5, 20, 8));
        all = Recurrence::expand(
            repo.get(s.meta.id), repo.exceptions(s.meta.id), utc(2026, 5, 10, 0), utc(2026, 6, 1, 0));
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).original, mar);

        repo.restoreOccurrence(s.meta.id, feb);
        QCOMPARE(repo.exceptions(s.meta.id).size(), 1);
        all = Recurrence::expand(
            repo.get(s.meta.id), repo.exceptions(s.meta.id), utc(2026, 2, 1, 0), utc(2026, 2, 28, 0));
        QCOMPARE(all.size(), 1);
        QVERIFY(!all.at(0).cancelled);

        // One series per mentorship.
        MeetingSeries second = s;
        second.meta = {};
        EXPECT_STORE_ERROR(repo.save(second), InvalidInput);
        repo.remove(s.meta.id);
        QVERIFY(!repo.forMentorship(m.meta.id));
    }

    void aYearMatchesLibicalsOwnExpansion_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("zone");
        QTest::newRow("first Tuesday")
            << QStringLiteral("FREQ=MONTHLY;BYDAY=1TU") << QStringLiteral("2026-01-06T14:00") << Stockholm;
        QTest::newRow("every 4 weeks") << QStringLiteral("FREQ=WEEKLY;INTERVAL=4;BYDAY=TH")
                                       << QStringLiteral("2026-01-08T17:00") << Stockholm;
        QTest::newRow("last weekday") << QStringLiteral("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1")
                                      << QStringLiteral("2026-01-30T08:00") << Stockholm;
        QTest::newRow("monthly 15th, New York")
            << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=15") << QStringLiteral("2026-01-15T09:00")
            << QStringLiteral("America/New_York");
        QTest::newRow("count") << QStringLiteral("FREQ=MONTHLY;COUNT=18;BYDAY=2WE")
                               << QStringLiteral("2026-01-14T13:00") << Stockholm;
    }

    void aYearMatchesLibicalsOwnExpansion()
    {
        QFETCH(QString, rule);
        QFETCH(QString, start);
        QFETCH(QString, zone);
        MeetingSeries s;
        s.rule = rule;
        s.start = CivilTime::parse(start);
        s.timeZone = zone;
        const qint64 from = utc(2026, 1, 1, 0);
        const qint64 to = from + 365 * Day;
        QList<qint64> ours;
        for (const auto &o : Recurrence::expand(s, {}, from, to))
            ours.append(o.startsAt);
        const QList<qint64> theirs = libicalExpansion(s, from, to);
        QVERIFY(ours.size() >= 11);
        QCOMPARE(ours, theirs);
    }
};

QTEST_GUILESS_MAIN(RecurrenceTest)
#include "tst_recurrence.moc"
