// Mentorships, meetings, minutes, action items, evaluations and requests through the CLI,
// ending in the look back, the progress and the focus distribution they feed.
#include "clirunner.h"

#include <QTest>

using namespace bollplank::test;
using namespace Qt::StringLiterals;

class TestCliMeetings : public QObject
{
    Q_OBJECT

private slots:
    void mentorshipAndAgreement();
    void meetingsInLocalTime();
    void meetingFlowAndLookBack();
    void actionItems();
    void requestBecomesAdHocMeeting();
    void progressAndDistribution();
};

namespace {

QList<int> ints(const QJsonValue &value)
{
    QList<int> out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toInt());
    return out;
}

QStringList ids(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out.append(v.toObject().value(u"id"_s).toString());
    return out;
}

} // namespace

void TestCliMeetings::mentorshipAndAgreement()
{
    CliFixture f;
    QVERIFY(f.init());
    const CliResult added = f.json(
        { u"mentorship"_s, u"add"_s, u"--adept"_s, u"Åsa Öberg"_s, u"--mentor"_s, u"Mats Ek"_s, u"--start"_s,
            u"2024-01-31"_s, u"--months"_s, u"24"_s, u"--cadence"_s, u"FREQ=MONTHLY;INTERVAL=1"_s });
    QCOMPARE_EXIT(added, 0);
    const QJsonObject m = added.object();
    const QString id = m.value(u"id"_s).toString();
    QCOMPARE(m.value(u"adeptName"_s).toString(), u"Åsa Öberg"_s);
    QCOMPARE(m.value(u"mentorName"_s).toString(), u"Mats Ek"_s);
    QCOMPARE(m.value(u"startDate"_s).toString(), u"2024-01-31"_s);
    QCOMPARE(m.value(u"plannedMonths"_s).toInt(), 24);
    QCOMPARE(m.value(u"endDate"_s).toString(), u"2026-01-31"_s);
    QCOMPARE(m.value(u"cadence"_s).toString(), u"FREQ=MONTHLY;INTERVAL=1"_s);

    const CliResult edited = f.json({ u"mentorship"_s, u"edit"_s, id.left(8), u"--months"_s, u"18"_s });
    QCOMPARE_EXIT(edited, 0);
    QCOMPARE(edited.object().value(u"plannedMonths"_s).toInt(), 18);
    QCOMPARE(edited.object().value(u"adeptName"_s).toString(), u"Åsa Öberg"_s);
    QCOMPARE(edited.object().value(u"revision"_s).toInt(), 2);
    QCOMPARE(f.json({ u"mentorship"_s, u"list"_s }).array().first().toObject(), edited.object());

    // The agreement: none yet, then written in parts, then accepted by each party.
    QVERIFY_FAILURE(f.run({ u"agreement"_s, u"show"_s, id }), 5);
    QVERIFY_FAILURE(f.run({ u"agreement"_s, u"set"_s, id }), 1);
    QCOMPARE_EXIT(
        f.run({ u"agreement"_s, u"set"_s, id, u"--goals"_s, u"-"_s }, "Bli tryggare i rollen\n"), 0);
    QCOMPARE_EXIT(
        f.run({ u"agreement"_s, u"set"_s, id, u"--confidentiality"_s, u"Allt stannar mellan oss"_s }), 0);
    QCOMPARE_EXIT(f.run({ u"agreement"_s, u"ack"_s, id, u"--party"_s, u"adept"_s }), 0);
    const CliResult agreement = f.json({ u"agreement"_s, u"show"_s, id });
    QCOMPARE_EXIT(agreement, 0);
    const QJsonObject a = agreement.object();
    QCOMPARE(a.value(u"mentorshipId"_s).toString(), id);
    QCOMPARE(a.value(u"goals"_s).toString(), u"Bli tryggare i rollen"_s);
    QCOMPARE(a.value(u"confidentiality"_s).toString(), u"Allt stannar mellan oss"_s);
    QCOMPARE(a.value(u"adeptExpectations"_s).toString(), QString());
    QVERIFY(QDateTime::fromString(a.value(u"adeptAcknowledgedAt"_s).toString(), Qt::ISODate).isValid());
    QVERIFY(a.value(u"mentorAcknowledgedAt"_s).isNull());
    QVERIFY_FAILURE(f.run({ u"agreement"_s, u"ack"_s, id, u"--party"_s, u"sponsor"_s }), 1);

    QCOMPARE_EXIT(f.run({ u"mentorship"_s, u"delete"_s, id }), 0);
    QCOMPARE(f.json({ u"mentorship"_s, u"list"_s }).array().size(), 0);
    QVERIFY_FAILURE(f.run({ u"mentorship"_s, u"show"_s, id }), 5);
}

void TestCliMeetings::meetingsInLocalTime()
{
    CliFixture f;
    QVERIFY(f.init());
    QVERIFY(!f.addId({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"A"_s, u"--mentor"_s, u"M"_s }).isEmpty());
    // Winter and summer time in Stockholm: the offset follows the date.
    const CliResult winter = f.json({ u"meeting"_s, u"add"_s, u"--start"_s, u"2024-02-05T17:00"_s,
        u"--duration"_s, u"120"_s, u"--place"_s, u"Café Blom"_s, u"--focus"_s, u"4,1"_s });
    QCOMPARE_EXIT(winter, 0);
    const QJsonObject w = winter.object();
    QCOMPARE(w.value(u"start"_s).toString(), u"2024-02-05T17:00:00+01:00"_s);
    QCOMPARE(w.value(u"end"_s).toString(), u"2024-02-05T19:00:00+01:00"_s);
    QCOMPARE(w.value(u"durationMinutes"_s).toInt(), 120);
    QCOMPARE(w.value(u"coachingMinutes"_s).toInt(), 30);
    QCOMPARE(w.value(u"place"_s).toString(), u"Café Blom"_s);
    QCOMPARE(w.value(u"kind"_s).toString(), u"formal"_s);
    QCOMPARE(w.value(u"status"_s).toString(), u"planned"_s);
    QCOMPARE(ints(w.value(u"focusAreas"_s)), (QList<int> { 1, 4 }));

    const CliResult summer = f.json({ u"meeting"_s, u"add"_s, u"--start"_s, u"2024-06-10 09:30"_s });
    QCOMPARE_EXIT(summer, 0);
    QCOMPARE(summer.object().value(u"start"_s).toString(), u"2024-06-10T09:30:00+02:00"_s);
    QCOMPARE(summer.object().value(u"durationMinutes"_s).toInt(), 150);
    // An explicit offset is honoured and shown in local time.
    const CliResult utc = f.json({ u"meeting"_s, u"add"_s, u"--start"_s, u"2024-06-11T07:00:00Z"_s });
    QCOMPARE(utc.object().value(u"start"_s).toString(), u"2024-06-11T09:00:00+02:00"_s);

    const CliResult text = f.run({ u"meeting"_s, u"list"_s });
    QCOMPARE_EXIT(text, 0);
    const QStringList rows = text.stdOut().trimmed().split(u'\n');
    QCOMPARE(rows.size(), 3);
    QVERIFY2(rows.at(0).contains(u"2024-02-05 17:00"_s) && rows.at(0).contains(u"Café Blom"_s),
        qPrintable(rows.at(0)));
    QVERIFY(rows.at(1).contains(u"2024-06-10 09:30"_s));

    // Editing moves it; focus areas are replaced, and "none" clears them.
    const QString id = w.value(u"id"_s).toString();
    const CliResult moved = f.json({ u"meeting"_s, u"edit"_s, id.left(8), u"--start"_s, u"2024-02-06T18:15"_s,
        u"--status"_s, u"held"_s, u"--kind"_s, u"adhoc"_s });
    QCOMPARE_EXIT(moved, 0);
    QCOMPARE(moved.object().value(u"start"_s).toString(), u"2024-02-06T18:15:00+01:00"_s);
    QCOMPARE(moved.object().value(u"status"_s).toString(), u"held"_s);
    QCOMPARE(moved.object().value(u"kind"_s).toString(), u"adhoc"_s);
    QCOMPARE(moved.object().value(u"place"_s).toString(), u"Café Blom"_s);
    const CliResult focus = f.json({ u"meeting"_s, u"focus"_s, id, u"2,6"_s });
    QCOMPARE_EXIT(focus, 0);
    QCOMPARE(ints(focus.object().value(u"focusAreas"_s)), (QList<int> { 2, 6 }));
    QCOMPARE(
        ints(f.json({ u"meeting"_s, u"show"_s, id }).object().value(u"focusAreas"_s)), (QList<int> { 2, 6 }));
    QCOMPARE_EXIT(f.run({ u"meeting"_s, u"focus"_s, id, u"none"_s }), 0);
    QCOMPARE(ints(f.json({ u"meeting"_s, u"show"_s, id }).object().value(u"focusAreas"_s)), QList<int>());
    QVERIFY_FAILURE(f.run({ u"meeting"_s, u"focus"_s, id, u"9"_s }), 5);
    QVERIFY_FAILURE(f.run({ u"meeting"_s, u"edit"_s, id, u"--status"_s, u"postponed"_s }), 1);
    QVERIFY_FAILURE(f.run({ u"meeting"_s, u"edit"_s, id, u"--duration"_s, u"0"_s }), 5);

    QCOMPARE_EXIT(f.run({ u"meeting"_s, u"delete"_s, id }), 0);
    QCOMPARE(f.json({ u"meeting"_s, u"list"_s }).array().size(), 2);
}

void TestCliMeetings::meetingFlowAndLookBack()
{
    CliFixture f;
    QVERIFY(f.init());
    const QString mentorship = f.addId({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"A"_s, u"--mentor"_s,
        u"M"_s, u"--start"_s, u"2024-01-10"_s });
    const QString first = f.addId({ u"meeting"_s, u"add"_s, u"--start"_s, u"2024-02-05T17:00"_s,
        u"--status"_s, u"held"_s, u"--focus"_s, u"1"_s });
    QVERIFY(!first.isEmpty());

    // Minutes: one for the whole meeting, one for area 1; writing area 0 again revises it.
    const CliResult whole = f.json(
        { u"minutes"_s, u"add"_s, u"--meeting"_s, first.left(8), u"--text"_s, u"Vi talade om mandat."_s });
    QCOMPARE_EXIT(whole, 0);
    QCOMPARE(whole.object().value(u"area"_s).toInt(), 0);
    QCOMPARE(whole.object().value(u"meetingId"_s).toString(), first);
    const QString wholeId = whole.object().value(u"id"_s).toString();
    QCOMPARE_EXIT(
        f.run({ u"minutes"_s, u"add"_s, u"--meeting"_s, first, u"--area"_s, u"1"_s, u"--text"_s, u"-"_s },
            "Mandatet är oklart.\n"),
        0);
    const CliResult revised = f.json(
        { u"minutes"_s, u"add"_s, u"--meeting"_s, first, u"--text"_s, u"Vi talade om mandat och stöd."_s });
    QCOMPARE(revised.object().value(u"id"_s).toString(), wholeId);
    QCOMPARE(revised.object().value(u"revision"_s).toInt(), 2);
    QVERIFY_FAILURE(
        f.run({ u"minutes"_s, u"add"_s, u"--meeting"_s, first, u"--area"_s, u"7"_s, u"--text"_s, u"x"_s }),
        5);
    const QJsonArray minutes = f.json({ u"minutes"_s, u"list"_s, u"--meeting"_s, first }).array();
    QCOMPARE(minutes.size(), 2);
    QCOMPARE(minutes.at(0).toObject().value(u"text"_s).toString(), u"Vi talade om mandat och stöd."_s);
    QCOMPARE(minutes.at(1).toObject().value(u"area"_s).toInt(), 1);
    QCOMPARE(minutes.at(1).toObject().value(u"text"_s).toString(), u"Mandatet är oklart."_s);
    QCOMPARE(f.json({ u"search"_s, u"mand"_s }).array().size(), 2);

    // Action items from the meeting inherit its mentorship.
    const CliResult open = f.json({ u"action"_s, u"add"_s, u"--meeting"_s, first, u"--owner"_s, u"adept"_s,
        u"--text"_s, u"Tala med styrelsens ordförande"_s, u"--due"_s, u"2024-03-01"_s });
    QCOMPARE_EXIT(open, 0);
    QCOMPARE(open.object().value(u"mentorshipId"_s).toString(), mentorship);
    QCOMPARE(open.object().value(u"meetingId"_s).toString(), first);
    QCOMPARE(open.object().value(u"due"_s).toString(), u"2024-03-01"_s);
    QCOMPARE(open.object().value(u"done"_s).toBool(), false);
    const QString done = f.addId({ u"action"_s, u"add"_s, u"--meeting"_s, first, u"--owner"_s, u"mentor"_s,
        u"--text"_s, u"Skicka boken"_s });
    QCOMPARE_EXIT(f.run({ u"action"_s, u"done"_s, done }), 0);

    // Each party evaluates; evaluating again revises.
    const CliResult mine = f.json({ u"evaluation"_s, u"add"_s, u"--meeting"_s, first, u"--rating"_s, u"4"_s,
        u"--text"_s, u"Givande"_s });
    QCOMPARE_EXIT(mine, 0);
    QCOMPARE(mine.object().value(u"party"_s).toString(), u"adept"_s); // the profile's role
    QCOMPARE(mine.object().value(u"rating"_s).toInt(), 4);
    QCOMPARE_EXIT(f.run({ u"evaluation"_s, u"add"_s, u"--meeting"_s, first, u"--party"_s, u"mentor"_s,
                      u"--rating"_s, u"3"_s }),
        0);
    QCOMPARE_EXIT(f.run({ u"evaluation"_s, u"add"_s, u"--meeting"_s, first, u"--party"_s, u"mentor"_s,
                      u"--rating"_s, u"5"_s }),
        0);
    QVERIFY_FAILURE(f.run({ u"evaluation"_s, u"add"_s, u"--meeting"_s, first, u"--rating"_s, u"6"_s }), 5);
    const QJsonArray evaluations = f.json({ u"evaluation"_s, u"list"_s, u"--meeting"_s, first }).array();
    QCOMPARE(evaluations.size(), 2);
    QCOMPARE(evaluations.at(1).toObject().value(u"party"_s).toString(), u"mentor"_s);
    QCOMPARE(evaluations.at(1).toObject().value(u"rating"_s).toInt(), 5);

    // Reflections: one shared, one private.
    const QString shared = f.addId({ u"reflection"_s, u"add"_s, u"--text"_s, u"Delad"_s, u"--shared"_s });
    QVERIFY(!f.addId({ u"reflection"_s, u"add"_s, u"--text"_s, u"Privat"_s }).isEmpty());

    // The next meeting opens with all of it.
    const QString second = f.addId({ u"meeting"_s, u"add"_s, u"--start"_s, u"2024-03-04T17:00"_s });
    const CliResult back = f.json({ u"meeting"_s, u"lookback"_s, second.left(8) });
    QCOMPARE_EXIT(back, 0);
    const QJsonObject lb = back.object();
    QCOMPARE(lb.value(u"meeting"_s).toObject().value(u"id"_s).toString(), second);
    QCOMPARE(lb.value(u"previous"_s).toObject().value(u"id"_s).toString(), first);
    QCOMPARE(ints(lb.value(u"previous"_s).toObject().value(u"focusAreas"_s)), QList<int> { 1 });
    QCOMPARE(lb.value(u"previousMinutes"_s).toArray().size(), 2);
    QCOMPARE(lb.value(u"previousEvaluations"_s).toArray().size(), 2);
    QCOMPARE(ids(lb.value(u"openActionItems"_s).toArray()),
        QStringList { open.object().value(u"id"_s).toString() });
    QCOMPARE(ids(lb.value(u"sharedReflections"_s).toArray()), QStringList { shared });

    const CliResult text = f.run({ u"meeting"_s, u"lookback"_s, second });
    QCOMPARE_EXIT(text, 0);
    QVERIFY(text.stdOut().contains(u"Tala med styrelsens ordförande"_s));
    QVERIFY(!text.stdOut().contains(u"Skicka boken"_s));
    QVERIFY(!text.stdOut().contains(u"Privat"_s));

    // The first meeting had none before it.
    const QJsonObject firstBack = f.json({ u"meeting"_s, u"lookback"_s, first }).object();
    QVERIFY(firstBack.value(u"previous"_s).isNull());
    QCOMPARE(firstBack.value(u"previousMinutes"_s).toArray().size(), 0);

    // Minutes edit and delete.
    QCOMPARE_EXIT(f.run({ u"minutes"_s, u"edit"_s, wholeId.left(8), u"--text"_s, u"Ny lydelse"_s }), 0);
    QCOMPARE(
        f.json({ u"minutes"_s, u"show"_s, wholeId }).object().value(u"text"_s).toString(), u"Ny lydelse"_s);
    QCOMPARE_EXIT(f.run({ u"minutes"_s, u"delete"_s, wholeId }), 0);
    QCOMPARE(f.json({ u"minutes"_s, u"list"_s, u"--meeting"_s, first }).array().size(), 1);
}

void TestCliMeetings::actionItems()
{
    CliFixture f;
    QVERIFY(f.init());
    const QString mentorship
        = f.addId({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"A"_s, u"--mentor"_s, u"M"_s });
    const QString later = f.addId({ u"action"_s, u"add"_s, u"--owner"_s, u"adept"_s, u"--text"_s, u"Senare"_s,
        u"--due"_s, u"2024-05-01"_s });
    const QString sooner = f.addId({ u"action"_s, u"add"_s, u"--mentorship"_s, mentorship, u"--owner"_s,
        u"mentor"_s, u"--text"_s, u"Snart"_s, u"--due"_s, u"2024-04-01"_s });
    const QString whenever
        = f.addId({ u"action"_s, u"add"_s, u"--owner"_s, u"adept"_s, u"--text"_s, u"När som"_s });
    QVERIFY(!later.isEmpty() && !sooner.isEmpty() && !whenever.isEmpty());

    QCOMPARE(ids(f.json({ u"action"_s, u"list"_s }).array()), (QStringList { whenever, sooner, later }));
    QCOMPARE(ids(f.json({ u"action"_s, u"list"_s, u"--open"_s }).array()),
        (QStringList { sooner, later, whenever }));

    const CliResult done = f.json({ u"action"_s, u"done"_s, sooner.left(8) });
    QCOMPARE_EXIT(done, 0);
    QCOMPARE(done.object().value(u"done"_s).toBool(), true);
    QVERIFY(QDateTime::fromString(done.object().value(u"doneAt"_s).toString(), Qt::ISODate).isValid());
    QCOMPARE(ids(f.json({ u"action"_s, u"list"_s, u"--open"_s }).array()), (QStringList { later, whenever }));
    const CliResult text = f.run({ u"action"_s, u"list"_s });
    QVERIFY2(text.stdOut().contains(sooner.left(8) + u"  [x]"_s), text.out.constData());
    QVERIFY(text.stdOut().contains(later.left(8) + u"  [ ]"_s));

    const CliResult undone = f.json({ u"action"_s, u"undone"_s, sooner });
    QCOMPARE(undone.object().value(u"done"_s).toBool(), false);
    QVERIFY(undone.object().value(u"doneAt"_s).isNull());

    const CliResult edited = f.json({ u"action"_s, u"edit"_s, later, u"--due"_s, u"none"_s, u"--owner"_s,
        u"mentor"_s, u"--text"_s, u"Omformulerad"_s });
    QCOMPARE_EXIT(edited, 0);
    QVERIFY(edited.object().value(u"due"_s).isNull());
    QCOMPARE(edited.object().value(u"owner"_s).toString(), u"mentor"_s);
    QCOMPARE(edited.object().value(u"text"_s).toString(), u"Omformulerad"_s);
    QVERIFY_FAILURE(f.run({ u"action"_s, u"edit"_s, later, u"--due"_s, u"1 maj"_s }), 1);
    QVERIFY_FAILURE(f.run({ u"action"_s, u"add"_s, u"--owner"_s, u"adept"_s }), 1);

    QCOMPARE_EXIT(f.run({ u"action"_s, u"delete"_s, whenever }), 0);
    QCOMPARE(f.json({ u"action"_s, u"list"_s }).array().size(), 2);
    QVERIFY_FAILURE(f.run({ u"action"_s, u"show"_s, whenever }), 5);
}

void TestCliMeetings::requestBecomesAdHocMeeting()
{
    CliFixture f;
    QVERIFY(f.init());
    const QString mentorship
        = f.addId({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"A"_s, u"--mentor"_s, u"M"_s });
    const CliResult low = f.json({ u"request"_s, u"add"_s, u"--urgency"_s, u"low"_s });
    const CliResult high = f.json(
        { u"request"_s, u"add"_s, u"--urgency"_s, u"high"_s, u"--reason"_s, u"Vardagen hopar sig"_s });
    QCOMPARE_EXIT(high, 0);
    QCOMPARE(high.object().value(u"status"_s).toString(), u"open"_s);
    QCOMPARE(high.object().value(u"reason"_s).toString(), u"Vardagen hopar sig"_s);
    QCOMPARE(high.object().value(u"mentorshipId"_s).toString(), mentorship);
    const QString lowId = low.object().value(u"id"_s).toString();
    const QString highId = high.object().value(u"id"_s).toString();
    QCOMPARE(ids(f.json({ u"request"_s, u"list"_s }).array()), (QStringList { highId, lowId }));

    QVERIFY_FAILURE(f.run({ u"request"_s, u"accept"_s, highId }), 1);
    const CliResult accepted = f.json({ u"request"_s, u"accept"_s, highId.left(8), u"--start"_s,
        u"2024-03-20T08:00"_s, u"--duration"_s, u"60"_s, u"--place"_s, u"Kontoret"_s });
    QCOMPARE_EXIT(accepted, 0);
    const QJsonObject request = accepted.object();
    QCOMPARE(request.value(u"status"_s).toString(), u"accepted"_s);
    const QJsonObject meeting = request.value(u"meeting"_s).toObject();
    QCOMPARE(request.value(u"meetingId"_s).toString(), meeting.value(u"id"_s).toString());
    QCOMPARE(meeting.value(u"kind"_s).toString(), u"adhoc"_s);
    QCOMPARE(meeting.value(u"start"_s).toString(), u"2024-03-20T08:00:00+01:00"_s);
    QCOMPARE(meeting.value(u"durationMinutes"_s).toInt(), 60);
    QCOMPARE(meeting.value(u"place"_s).toString(), u"Kontoret"_s);
    QCOMPARE(
        ids(f.json({ u"meeting"_s, u"list"_s }).array()), QStringList { meeting.value(u"id"_s).toString() });
    QCOMPARE(ids(f.json({ u"request"_s, u"list"_s }).array()), QStringList { lowId });
    QVERIFY_FAILURE(
        f.run({ u"request"_s, u"accept"_s, highId, u"--meeting"_s, meeting.value(u"id"_s).toString() }), 5);

    QCOMPARE_EXIT(f.run({ u"request"_s, u"withdraw"_s, lowId }), 0);
    QCOMPARE(f.json({ u"request"_s, u"list"_s }).array().size(), 0);
}

void TestCliMeetings::progressAndDistribution()
{
    CliFixture f;
    QVERIFY(f.init());
    const QString mentorship = f.addId({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"A"_s, u"--mentor"_s,
        u"M"_s, u"--start"_s, u"2024-01-15"_s });
    QVERIFY(!f.addId({ u"meeting"_s, u"add"_s, u"--start"_s, u"2024-02-12T17:00"_s, u"--status"_s, u"held"_s,
                         u"--focus"_s, u"1,4"_s })
                 .isEmpty());
    QVERIFY(!f.addId({ u"meeting"_s, u"add"_s, u"--start"_s, u"2024-03-11T17:00"_s, u"--status"_s, u"held"_s,
                         u"--focus"_s, u"4"_s })
                 .isEmpty());
    QVERIFY(!f.addId({ u"meeting"_s, u"add"_s, u"--start"_s, u"2024-04-15T17:00"_s, u"--status"_s,
                         u"cancelled"_s, u"--focus"_s, u"6"_s })
                 .isEmpty());

    const CliResult p = f.json({ u"progress"_s, mentorship.left(8), u"--as-of"_s, u"2024-07-20"_s });
    QCOMPARE_EXIT(p, 0);
    const QJsonObject o = p.object();
    QCOMPARE(o.value(u"mentorshipId"_s).toString(), mentorship);
    QCOMPARE(o.value(u"asOf"_s).toString(), u"2024-07-20"_s);
    QCOMPARE(o.value(u"monthsElapsed"_s).toInt(), 6);
    QCOMPARE(o.value(u"plannedMonths"_s).toInt(), 18);
    QCOMPARE(o.value(u"fractionElapsed"_s).toDouble(), 6.0 / 18.0);
    QCOMPARE(o.value(u"meetingsHeld"_s).toInt(), 2);
    QCOMPARE(o.value(u"meetingsExpected"_s).toInt(), 7); // 15 Jan to 15 Jul
    QCOMPARE(o.value(u"lastMeeting"_s).toString(), u"2024-03-11"_s);
    QCOMPARE(o.value(u"monthsWithoutMeeting"_s).toInt(), 4);
    const CliResult text = f.run({ u"progress"_s, mentorship, u"--as-of"_s, u"2024-07-20"_s });
    QVERIFY2(text.stdOut().contains(u"month 6 of 18"_s), text.out.constData());

    const CliResult d
        = f.json({ u"distribution"_s, u"--from"_s, u"2024-01-01"_s, u"--to"_s, u"2024-04-30"_s });
    QCOMPARE_EXIT(d, 0);
    const QJsonArray months = d.object().value(u"months"_s).toArray();
    QCOMPARE(d.object().value(u"from"_s).toString(), u"2024-01-01"_s);
    QCOMPARE(months.size(), 4);
    QCOMPARE(months.at(0).toObject().value(u"month"_s).toString(), u"2024-01"_s);
    QCOMPARE(ints(months.at(1).toObject().value(u"meetings"_s)), (QList<int> { 1, 0, 0, 1, 0, 0 }));
    QCOMPARE(ints(months.at(2).toObject().value(u"meetings"_s)), (QList<int> { 0, 0, 0, 1, 0, 0 }));
    QCOMPARE(
        ints(months.at(3).toObject().value(u"meetings"_s)), (QList<int> { 0, 0, 0, 0, 0, 0 })); // cancelled
    QCOMPARE(ints(months.at(1).toObject().value(u"reflections"_s)), (QList<int> { 0, 0, 0, 0, 0, 0 }));
    QVERIFY_FAILURE(
        f.run({ u"distribution"_s, u"--from"_s, u"2024-05-01"_s, u"--to"_s, u"2024-04-01"_s }), 1);
}

QTEST_GUILESS_MAIN(TestCliMeetings)
#include "tst_cli_meetings.moc"
