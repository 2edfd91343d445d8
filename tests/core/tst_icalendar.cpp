// iCalendar export and import: parsed back by libical with the same occurrences; bad files refused.
#include "calendar/icalendar.h"
#include "schedule/recurrence.h"
#include "testsupport.h"

#include <libical/ical.h>

using namespace bollplank;

namespace {

const QString Stockholm = QStringLiteral("Europe/Stockholm");
constexpr qint64 Day = 24 * 3600 * 1000LL;

qint64 utc(int y, int mo, int d, int h, int mi = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), Qt::UTC).toMSecsSinceEpoch();
}

struct Fixture
{
    MeetingSeries series;
    QList<SeriesException> exceptions;
    QList<Meeting> meetings;

    Fixture()
    {
        series.meta.id = QStringLiteral("7f1c6a2e-0000-4000-8000-000000000001");
        series.mentorshipId = QStringLiteral("m1");
        series.rule = QStringLiteral("FREQ=MONTHLY;BYDAY=1TU");
        series.start = CivilTime::parse(QStringLiteral("2026-01-06T14:00"));
        series.timeZone = Stockholm;
        series.place = QStringLiteral("Hemliga caféet");
        SeriesException cancelled;
        cancelled.occurrence = CivilTime::parse(QStringLiteral("2026-04-07T14:00"));
        cancelled.cancelled = true;
        SeriesException moved;
        moved.occurrence = CivilTime::parse(QStringLiteral("2026-06-02T14:00"));
        moved.movedTo = utc(2026, 6, 3, 7);
        moved.durationMinutes = 120;
        exceptions = { cancelled, moved };
        Meeting adhoc;
        adhoc.meta.id = QStringLiteral("7f1c6a2e-0000-4000-8000-000000000002");
        adhoc.kind = MeetingKind::AdHoc;
        adhoc.startsAt = utc(2026, 2, 20, 15);
        adhoc.durationMinutes = 60;
        adhoc.place = QStringLiteral("Karins kontor");
        meetings = { adhoc };
    }
};

/// libical's own expansion of every VEVENT in the file (RRULE, EXDATE, RECURRENCE-ID), UTC ms.
QList<qint64> libicalOccurrences(const QByteArray &ics, qint64 from, qint64 to)
{
    icalcomponent *cal = icalparser_parse_string(ics.constData());
    QList<qint64> out;
    const icaltimetype start
        = icaltime_from_timet_with_zone(time_t(from / 1000), 0, icaltimezone_get_utc_timezone());
    const icaltimetype end
        = icaltime_from_timet_with_zone(time_t(to / 1000), 0, icaltimezone_get_utc_timezone());
    for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        if (icalcomponent_get_first_property(ev, ICAL_RECURRENCEID_PROPERTY)) {
            const icaltimetype t = icalcomponent_get_dtstart(ev);
            out.append(qint64(icaltime_as_timet_with_zone(t, t.zone)) * 1000);
            continue;
        }
        QList<qint64> mine;
        icalcomponent_foreach_recurrence(
            ev, start, end,
            [](icalcomponent *, struct icaltime_span *span, void *data) {
                static_cast<QList<qint64> *>(data)->append(qint64(span->start) * 1000);
            },
            &mine);
        out += mine;
    }
    // The master's expansion still yields the moved occurrence's original time: drop it, as
    // RFC 5545 says the RECURRENCE-ID event replaces it.
    for (icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT); ev;
         ev = icalcomponent_get_next_component(cal, ICAL_VEVENT_COMPONENT)) {
        if (icalproperty *rid = icalcomponent_get_first_property(ev, ICAL_RECURRENCEID_PROPERTY)) {
            icaltimetype t = icalcomponent_get_recurrenceid(ev);
            if (icalparameter *tzid = icalproperty_get_first_parameter(rid, ICAL_TZID_PARAMETER))
                t.zone = icalcomponent_get_timezone(cal, icalparameter_get_tzid(tzid));
            out.removeOne(qint64(icaltime_as_timet_with_zone(t, t.zone)) * 1000);
        }
    }
    icalcomponent_free(cal);
    std::sort(out.begin(), out.end());
    return out;
}

QByteArray invitation(const char *body)
{
    return QByteArray("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Test//EN\r\nMETHOD:REQUEST\r\n") + body
        + "END:VCALENDAR\r\n";
}

} // namespace

class ICalendarTest : public QObject
{
    Q_OBJECT

private slots:
    void exportHasTheRuleZoneExceptionsAndAlarmsButNoConfidentialText()
    {
        const Fixture f;
        ICalendar::ExportOptions options;
        options.stamp = utc(2026, 1, 15, 9);
        const QByteArray ics = ICalendar::exportMeetings(f.series, f.exceptions, f.meetings, options);
        const QString text = QString::fromUtf8(ics);
        QVERIFY(text.contains(QStringLiteral("BEGIN:VTIMEZONE")));
        QVERIFY(text.contains(QStringLiteral("TZID:Europe/Stockholm")));
        QVERIFY(text.contains(QStringLiteral("DTSTART;TZID=Europe/Stockholm:20260106T140000")));
        QVERIFY(text.contains(QStringLiteral("RRULE:FREQ=MONTHLY;BYDAY=1TU")));
        QVERIFY(text.contains(QStringLiteral("EXDATE;TZID=Europe/Stockholm:20260407T140000")));
        QVERIFY(text.contains(QStringLiteral("RECURRENCE-ID;TZID=Europe/Stockholm:20260602T140000")));
        QVERIFY(text.contains(QStringLiteral("SUMMARY:Mentorship meeting")));
        QCOMPARE(text.count(QStringLiteral("BEGIN:VEVENT")), 3);
        QCOMPARE(text.count(QStringLiteral("BEGIN:VALARM")), 6);
        QVERIFY(
            text.contains(QStringLiteral("TRIGGER:-P1D")) || text.contains(QStringLiteral("TRIGGER:-PT24H")));
        QVERIFY(!text.contains(QStringLiteral("Hemliga")));
        QVERIFY(!text.contains(QStringLiteral("Karin")));
        QVERIFY(!text.contains(QStringLiteral("\nLOCATION")));
        options.language = Language::Swedish;
        options.includePlace = true;
        const QString sv
            = QString::fromUtf8(ICalendar::exportMeetings(f.series, f.exceptions, f.meetings, options));
        QVERIFY(sv.contains(QStringLiteral("SUMMARY:Mentorsmöte")));
        QVERIFY(sv.contains(QStringLiteral("LOCATION:Hemliga caféet")));
    }

    void libicalReadsBackTheSameOccurrences()
    {
        const Fixture f;
        const QByteArray ics = ICalendar::exportMeetings(f.series, f.exceptions, f.meetings);
        const qint64 from = utc(2026, 1, 1, 0);
        const qint64 to = from + 365 * Day;
        QList<qint64> ours;
        for (const auto &o : Recurrence::expand(f.series, f.exceptions, from, to))
            if (!o.cancelled)
                ours.append(o.startsAt);
        ours.append(f.meetings.first().startsAt);
        std::sort(ours.begin(), ours.end());
        QCOMPARE(ours.size(), 12); // 12 first Tuesdays - 1 cancelled + 1 ad-hoc
        const QList<qint64> theirs = libicalOccurrences(ics, from, to);
        for (qint64 t : theirs)
            if (!ours.contains(t))
                qWarning("libical only: %s",
                    qPrintable(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate)));
        QCOMPARE(theirs, ours);

        // And our own import of our export gives the same series back.
        const auto invitation = ICalendar::parse(ics, Stockholm);
        QCOMPARE(invitation.events.size(), 2);
        const auto &series = invitation.events.at(0);
        QVERIFY(series.series);
        QCOMPARE(series.series->rule, f.series.rule);
        QCOMPARE(series.series->start, f.series.start);
        QCOMPARE(series.series->timeZone, Stockholm);
        QCOMPARE(series.exceptions.size(), 2);
        QList<qint64> again;
        for (const auto &o : Recurrence::expand(*series.series, series.exceptions, from, to))
            if (!o.cancelled)
                again.append(o.startsAt);
        again.append(invitation.events.at(1).meeting.startsAt);
        std::sort(again.begin(), again.end());
        QCOMPARE(again, ours);
        QCOMPARE(invitation.events.at(1).meeting.durationMinutes, 60);
    }

    void importsASingleMeetingInvitation()
    {
        const auto inv = ICalendar::parse(
            invitation("BEGIN:VEVENT\r\nUID:abc@example.com\r\nDTSTAMP:20260101T000000Z\r\n"
                       "DTSTART;TZID=Europe/Stockholm:20260310T150000\r\n"
                       "DTEND;TZID=Europe/Stockholm:20260310T173000\r\n"
                       "SUMMARY:Private things\r\nLOCATION:Hotellet\r\nEND:VEVENT\r\n"),
            Stockholm);
        QCOMPARE(inv.method, QStringLiteral("REQUEST"));
        QCOMPARE(inv.events.size(), 1);
        QVERIFY(!inv.events.first().series);
        QCOMPARE(inv.events.first().meeting.startsAt, utc(2026, 3, 10, 14));
        QCOMPARE(inv.events.first().meeting.durationMinutes, 150);
        QCOMPARE(inv.events.first().meeting.place, QStringLiteral("Hotellet"));
        QCOMPARE(inv.events.first().uid, QStringLiteral("abc@example.com"));
    }

    void aZoneOnlyTheFileDefinesKeepsTheInstant()
    {
        // Outlook names zones its own way and sends their definition along.
        const auto inv = ICalendar::parse(
            invitation("BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\n"
                       "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\n"
                       "TZOFFSETTO:+0100\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
                       "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\n"
                       "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\n"
                       "END:VTIMEZONE\r\nBEGIN:VEVENT\r\nUID:o1\r\nDTSTAMP:20260101T000000Z\r\n"
                       "DTSTART;TZID=W. Europe Standard Time:20260610T090000\r\n"
                       "DURATION:PT2H\r\nEND:VEVENT\r\n"),
            Stockholm);
        QCOMPARE(inv.events.first().meeting.startsAt, utc(2026, 6, 10, 7));
        QCOMPARE(inv.events.first().meeting.durationMinutes, 120);
    }

    void badFilesAreClearErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not ics") << QByteArray("hello, this is a letter\n");
        QTest::newRow("no event") << invitation("");
        QTest::newRow("no start") << invitation("BEGIN:VEVENT\r\nUID:x\r\nEND:VEVENT\r\n");
        QTest::newRow("all day") << invitation(
            "BEGIN:VEVENT\r\nUID:x\r\nDTSTART;VALUE=DATE:20260310\r\nEND:VEVENT\r\n");
        QTest::newRow("30 February") << invitation(
            "BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260230T100000Z\r\nEND:VEVENT\r\n");
        QTest::newRow("garbage time")
            << invitation("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:tomorrow\r\nEND:VEVENT\r\n");
        QTest::newRow("unknown zone") << invitation(
            "BEGIN:VEVENT\r\nUID:x\r\nDTSTART;TZID=Mars/Olympus:20260310T100000\r\nEND:VEVENT\r\n");
        QTest::newRow("bad rule") << invitation(
            "BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260310T100000Z\r\nRRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\n");
        QTest::newRow("nonsense rule") << invitation(
            "BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260310T100000Z\r\nRRULE:FREQ=OFTEN\r\nEND:VEVENT\r\n");
        QTest::newRow("too long") << invitation(
            "BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260310T100000Z\r\nDURATION:P3D\r\nEND:VEVENT\r\n");
        QTest::newRow("orphan override")
            << invitation("BEGIN:VEVENT\r\nUID:x\r\nRECURRENCE-ID:20260310T100000Z\r\nDTSTART:"
                          "20260311T100000Z\r\nEND:VEVENT\r\n");
        QByteArray huge = invitation("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260310T100000Z\r\nDESCRIPTION:");
        huge.insert(huge.size() - 20, QByteArray(ICalendar::MaxBytes, 'a'));
        QTest::newRow("huge") << huge;
        QByteArray many;
        for (int i = 0; i < ICalendar::MaxEvents + 1; ++i)
            many += "BEGIN:VEVENT\r\nUID:x" + QByteArray::number(i)
                + "\r\nDTSTART:20260310T100000Z\r\nEND:VEVENT\r\n";
        QTest::newRow("too many events") << invitation(many.constData());
        QTest::newRow("truncated")
            << invitation("BEGIN:VEVENT\r\nUID:x\r\nDTSTART:20260310T100000Z\r\n").left(80);
    }

    void badFilesAreClearErrors()
    {
        QFETCH(QByteArray, data);
        const std::string message = test::expectError(
            [&] { (void)ICalendar::parse(data, Stockholm); }, StoreError::Kind::InvalidInput);
        QVERIFY(!message.empty());
        qDebug("%s", message.c_str());
    }
};

QTEST_GUILESS_MAIN(ICalendarTest)
#include "tst_icalendar.moc"
