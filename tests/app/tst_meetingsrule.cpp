// The rhythm editor's rules: read back into the same pattern, and the first meeting it picks
// on or after a date is one libical's own expansion of the rule gives (month ends, leap years,
// the last weekday of a month).

#include "meetingsrule.h"

#include "schedule/recurrence.h"

#include <QTranslator>
#include <QtTest>

using namespace bollplank;

class TestMeetingsRule : public QObject
{
    Q_OBJECT

    QTranslator m_english;

private slots:
    void initTestCase()
    {
        // English plural forms come from the English translation, as in the app.
        QVERIFY(m_english.load(QStringLiteral(":/i18n/bollplank_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void roundTrip_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("pattern");
        QTest::newRow("first tuesday") << QStringLiteral("FREQ=MONTHLY;BYDAY=1TU") << QStringLiteral("monthly");
        QTest::newRow("last friday") << QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR") << QStringLiteral("monthly");
        QTest::newRow("every 4 weeks") << QStringLiteral("FREQ=WEEKLY;INTERVAL=4;BYDAY=TH") << QStringLiteral("weekly");
        QTest::newRow("weekly") << QStringLiteral("FREQ=WEEKLY;BYDAY=MO") << QStringLiteral("weekly");
        QTest::newRow("month day") << QStringLiteral("FREQ=MONTHLY;BYMONTHDAY=15") << QStringLiteral("custom");
        QTest::newRow("two days") << QStringLiteral("FREQ=WEEKLY;BYDAY=MO,TH") << QStringLiteral("custom");
        QTest::newRow("every other month") << QStringLiteral("FREQ=MONTHLY;INTERVAL=2;BYDAY=1TU") << QStringLiteral("custom");
    }

    void roundTrip()
    {
        QFETCH(QString, rule);
        QFETCH(QString, pattern);
        const RhythmForm form = RhythmForm::fromRule(rule);
        QCOMPARE(RhythmForm::patternName(form.pattern), pattern);
        QCOMPARE(form.toRule(), rule);
    }

    void describe()
    {
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(RhythmText::describe(QStringLiteral("FREQ=MONTHLY;BYDAY=1TU"), QTime(14, 0), en),
            QStringLiteral("The first Tuesday of every month at 14:00"));
        QCOMPARE(RhythmText::describe(QStringLiteral("FREQ=MONTHLY;BYDAY=-1FR"), QTime(9, 30), en),
            QStringLiteral("The last Friday of every month at 09:30"));
        QCOMPARE(RhythmText::describe(QStringLiteral("FREQ=WEEKLY;INTERVAL=4;BYDAY=TH"), QTime(14, 0), en),
            QStringLiteral("Every 4 weeks on Thursday at 14:00"));
    }

    void firstOnOrAfterIsAnOccurrence_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("first tuesday, same month") << QStringLiteral("FREQ=MONTHLY;BYDAY=1TU") << QDate(2026, 12, 1)
                                                   << QDate(2026, 12, 1);
        QTest::newRow("first tuesday, next month") << QStringLiteral("FREQ=MONTHLY;BYDAY=1TU") << QDate(2026, 12, 2)
                                                   << QDate(2027, 1, 5);
        QTest::newRow("last monday of february, leap year") << QStringLiteral("FREQ=MONTHLY;BYDAY=-1MO")
                                                            << QDate(2028, 2, 1) << QDate(2028, 2, 28);
        QTest::newRow("last tuesday of february, leap day") << QStringLiteral("FREQ=MONTHLY;BYDAY=-1TU")
                                                            << QDate(2028, 2, 1) << QDate(2028, 2, 29);
        QTest::newRow("fourth thursday over the year end") << QStringLiteral("FREQ=MONTHLY;BYDAY=4TH")
                                                           << QDate(2026, 12, 25) << QDate(2027, 1, 28);
        QTest::newRow("every 4 weeks on thursday") << QStringLiteral("FREQ=WEEKLY;INTERVAL=4;BYDAY=TH")
                                                   << QDate(2026, 11, 29) << QDate(2026, 12, 3);
    }

    void firstOnOrAfterIsAnOccurrence()
    {
        QFETCH(QString, rule);
        QFETCH(QDate, from);
        QFETCH(QDate, expected);
        const RhythmForm form = RhythmForm::fromRule(rule);
        const QDate first = form.firstOnOrAfter(from);
        QCOMPARE(first, expected);
        // libical agrees. A monthly rhythm that started two months before gives this date; a
        // weekly one counts its weeks from its first meeting, so it starts there.
        MeetingSeries series;
        series.rule = rule;
        series.timeZone = QStringLiteral("Europe/Stockholm");
        const bool weekly = form.pattern == RhythmForm::Pattern::Weekly;
        series.start = CivilTime { weekly ? first : form.firstOnOrAfter(from.addMonths(-2)), QTime(14, 0) };
        QVERIFY(Recurrence::isOccurrence(series, CivilTime { first, QTime(14, 0) }));
        if (weekly) {
            QVERIFY(Recurrence::isOccurrence(series, CivilTime { first.addDays(7 * form.interval), QTime(14, 0) }));
            QVERIFY(!Recurrence::isOccurrence(series, CivilTime { first.addDays(7), QTime(14, 0) }));
        }
    }
};

QTEST_GUILESS_MAIN(TestMeetingsRule)
#include "tst_meetingsrule.moc"
