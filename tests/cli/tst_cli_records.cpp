// Reflections, comments and notes through the CLI: full round trips, checked field by field in
// the JSON output, plus what the text output shows a person.
#include "clirunner.h"

#include <QDateTime>
#include <QTest>

using namespace bollplank::test;
using namespace Qt::StringLiterals;

class TestCliRecords : public QObject
{
    Q_OBJECT

private slots:
    void reflectionRoundTrip();
    void reflectionTextFromStdin();
    void onlyOneOptionReadsStdin();
    void reflectionListFilters();
    void reflectionTextOutput();
    void idPrefixes();
    void unknownIdIsNotFound();
    void rejectedValuesAreInvalidInput();
    void commentsOnSharedReflections();
    void mentorNotes();
};

namespace {

QStringList ids(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out.append(v.toObject().value(u"id"_s).toString());
    return out;
}

QList<int> ints(const QJsonValue &value)
{
    QList<int> out;
    for (const QJsonValue &v : value.toArray())
        out.append(v.toInt());
    return out;
}

} // namespace

void TestCliRecords::reflectionRoundTrip()
{
    CliFixture f;
    QVERIFY(f.init());
    const QString mentorship
        = f.addId({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"Åsa"_s, u"--mentor"_s, u"Mats"_s });
    QVERIFY(!mentorship.isEmpty());

    // Add.
    const QString before = QDateTime::currentDateTime().addSecs(-2).toString(Qt::ISODate);
    const CliResult added = f.json({ u"reflection"_s, u"add"_s, u"--text"_s,
        u"Ärligt talat var mötet med styrelsen tungt."_s, u"--focus"_s, u"3,1"_s, u"--lens"_s, u"board"_s,
        u"--stress"_s, u"4"_s, u"--shared"_s, u"--mentorship"_s, mentorship.left(8) });
    QCOMPARE_EXIT(added, 0);
    const QJsonObject r = added.object();
    const QString id = r.value(u"id"_s).toString();
    QCOMPARE(id.size(), 36);
    QCOMPARE(r.value(u"revision"_s).toInt(), 1);
    QCOMPARE(r.value(u"text"_s).toString(), u"Ärligt talat var mötet med styrelsen tungt."_s);
    QCOMPARE(ints(r.value(u"focusAreas"_s)), (QList<int> { 1, 3 }));
    QCOMPARE(r.value(u"lens"_s).toString(), u"board"_s);
    QCOMPARE(r.value(u"stress"_s).toInt(), 4);
    QCOMPARE(r.value(u"visibility"_s).toString(), u"shared"_s);
    QCOMPARE(r.value(u"mentorshipId"_s).toString(), mentorship);
    const QString createdAt = r.value(u"createdAt"_s).toString();
    QVERIFY2(createdAt >= before, qPrintable(createdAt));
    QVERIFY(QDateTime::fromString(createdAt, Qt::ISODate).isValid());
    QVERIFY(createdAt.endsWith(u"+01:00"_s) || createdAt.endsWith(u"+02:00"_s)); // Stockholm, with its offset
    QCOMPARE(r.value(u"sharedAt"_s).toString(), r.value(u"createdAt"_s).toString());

    // List.
    const CliResult listed = f.json({ u"reflection"_s, u"list"_s });
    QCOMPARE_EXIT(listed, 0);
    QCOMPARE(listed.array().size(), 1);
    QCOMPARE(listed.array().first().toObject(), r);

    // Show, by a short prefix of the id.
    const CliResult shown = f.json({ u"reflection"_s, u"show"_s, id.left(6) });
    QCOMPARE_EXIT(shown, 0);
    QJsonObject withComments = r;
    withComments.insert(u"comments"_s, QJsonArray());
    QCOMPARE(shown.object(), withComments);

    // Edit: new text, private again, lens cleared; the rest stays.
    const CliResult edited = f.json({ u"reflection"_s, u"edit"_s, id.left(8), u"--text"_s,
        u"Ärligt sagt: jag behöver stöd i styrelsearbetet."_s, u"--private"_s, u"--lens"_s, u"none"_s });
    QCOMPARE_EXIT(edited, 0);
    const QJsonObject e = edited.object();
    QCOMPARE(e.value(u"id"_s).toString(), id);
    QCOMPARE(e.value(u"revision"_s).toInt(), 2);
    QCOMPARE(e.value(u"text"_s).toString(), u"Ärligt sagt: jag behöver stöd i styrelsearbetet."_s);
    QCOMPARE(e.value(u"visibility"_s).toString(), u"private"_s);
    QVERIFY(e.value(u"lens"_s).isNull());
    QVERIFY(e.value(u"sharedAt"_s).isNull());
    QCOMPARE(e.value(u"stress"_s).toInt(), 4);
    QCOMPARE(ints(e.value(u"focusAreas"_s)), (QList<int> { 1, 3 }));
    QCOMPARE(e.value(u"createdAt"_s), r.value(u"createdAt"_s));

    // Search: a Swedish prefix in lower case finds the capitalised word.
    const CliResult found = f.json({ u"search"_s, u"ärl"_s });
    QCOMPARE_EXIT(found, 0);
    QCOMPARE(found.array().size(), 1);
    const QJsonObject hit = found.array().first().toObject();
    QCOMPARE(hit.value(u"kind"_s).toString(), u"reflection"_s);
    QCOMPARE(hit.value(u"id"_s).toString(), id);
    QVERIFY(hit.value(u"snippet"_s).toString().contains(u"Ärligt"_s));
    QVERIFY(!hit.value(u"snippet"_s).toString().contains(QChar(2)));
    // Two words must both be there; the old text is no longer found.
    QCOMPARE(f.json({ u"search"_s, u"ärl"_s, u"styrelsearb"_s }).array().size(), 1);
    QCOMPARE(f.json({ u"search"_s, u"mötet"_s }).array().size(), 0);
    const CliResult textHit = f.run({ u"search"_s, u"ÄRL"_s });
    QCOMPARE_EXIT(textHit, 0);
    QVERIFY2(textHit.stdOut().contains(u"[Ärligt]"_s), textHit.out.constData());
    QVERIFY(textHit.stdOut().startsWith(u"reflection"_s));

    // Delete: gone from the list, the search and show.
    const CliResult deleted = f.json({ u"reflection"_s, u"delete"_s, id.left(4) });
    QCOMPARE_EXIT(deleted, 0);
    QCOMPARE(deleted.object().value(u"deleted"_s).toString(), id);
    QCOMPARE(f.json({ u"reflection"_s, u"list"_s }).array().size(), 0);
    QCOMPARE(f.json({ u"search"_s, u"ärl"_s }).array().size(), 0);
    QVERIFY_FAILURE(f.run({ u"reflection"_s, u"show"_s, id }), 5);
    QVERIFY_FAILURE(f.run({ u"reflection"_s, u"delete"_s, id }), 5);
}

void TestCliRecords::reflectionTextFromStdin()
{
    CliFixture f;
    QVERIFY(f.init());
    const QByteArray input = "Rad ett om ledarskap\nRad två: förändringsarbete\n\n";
    const CliResult added
        = f.json({ u"reflection"_s, u"add"_s, u"--text"_s, u"-"_s, u"--focus"_s, u"2"_s }, input);
    QCOMPARE_EXIT(added, 0);
    QCOMPARE(
        added.object().value(u"text"_s).toString(), u"Rad ett om ledarskap\nRad två: förändringsarbete"_s);

    // Editing from stdin too.
    const QString id = added.object().value(u"id"_s).toString();
    const CliResult edited = f.json({ u"reflection"_s, u"edit"_s, id, u"--text"_s, u"-"_s }, "Omskriven\n");
    QCOMPARE_EXIT(edited, 0);
    QCOMPARE(f.json({ u"reflection"_s, u"show"_s, id }).object().value(u"text"_s).toString(), u"Omskriven"_s);

    // Not UTF-8, or nothing at all: refused, nothing saved.
    QVERIFY_FAILURE(f.run({ u"reflection"_s, u"add"_s, u"--text"_s, u"-"_s }, "caf\xe9\n"), 5);
    QVERIFY_FAILURE(f.run({ u"reflection"_s, u"add"_s, u"--text"_s, u"-"_s }, "\n"), 5);
    QCOMPARE(f.json({ u"reflection"_s, u"list"_s }).array().size(), 1);
}

void TestCliRecords::onlyOneOptionReadsStdin()
{
    CliFixture f;
    QVERIFY(f.init());
    const QString mentorship
        = f.addId({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"A"_s, u"--mentor"_s, u"M"_s });
    QVERIFY_FAILURE(
        f.run({ u"agreement"_s, u"set"_s, mentorship, u"--goals"_s, u"-"_s, u"--confidentiality"_s, u"-"_s },
            "Mål\n"),
        1);
}

void TestCliRecords::reflectionListFilters()
{
    CliFixture f;
    QVERIFY(f.init());
    const QString a = f.addId({ u"reflection"_s, u"add"_s, u"--text"_s, u"Första"_s, u"--focus"_s, u"1,6"_s,
        u"--lens"_s, u"customers"_s });
    const QString b = f.addId(
        { u"reflection"_s, u"add"_s, u"--text"_s, u"Andra"_s, u"--focus"_s, u"6"_s, u"--shared"_s });
    const QString c = f.addId(
        { u"reflection"_s, u"add"_s, u"--text"_s, u"Tredje"_s, u"--lens"_s, u"customers"_s, u"--shared"_s });
    QVERIFY(!a.isEmpty() && !b.isEmpty() && !c.isEmpty());

    const auto list = [&](const QStringList &filters) {
        return ids(f.json(QStringList { u"reflection"_s, u"list"_s } + filters).array());
    };
    QCOMPARE(list({}), (QStringList { c, b, a })); // newest first
    QCOMPARE(list({ u"--focus"_s, u"6"_s }), (QStringList { b, a }));
    QCOMPARE(list({ u"--focus"_s, u"1"_s }), (QStringList { a }));
    QCOMPARE(list({ u"--lens"_s, u"customers"_s }), (QStringList { c, a }));
    QCOMPARE(list({ u"--visibility"_s, u"shared"_s }), (QStringList { c, b }));
    QCOMPARE(list({ u"--visibility"_s, u"private"_s, u"--lens"_s, u"customers"_s }), (QStringList { a }));
    QCOMPARE(list({ u"--limit"_s, u"2"_s }), (QStringList { c, b }));
    QCOMPARE(list({ u"--limit"_s, u"2"_s, u"--offset"_s, u"2"_s }), (QStringList { a }));
    QCOMPARE(list({ u"--focus"_s, u"4"_s }), QStringList());
    QVERIFY_FAILURE(f.run({ u"reflection"_s, u"list"_s, u"--focus"_s, u"1,6"_s }), 1);
    QVERIFY_FAILURE(f.run({ u"reflection"_s, u"list"_s, u"--limit"_s, u"0"_s }), 1);
    QVERIFY_FAILURE(f.run({ u"reflection"_s, u"list"_s, u"--visibility"_s, u"public"_s }), 1);
}

void TestCliRecords::reflectionTextOutput()
{
    CliFixture f;
    QVERIFY(f.init());
    const QString id = f.addId({ u"reflection"_s, u"add"_s, u"--text"_s, u"Svåra samtal\nmed personalen"_s,
        u"--focus"_s, u"5"_s, u"--stress"_s, u"2"_s });
    const CliResult listed = f.run({ u"reflection"_s, u"list"_s });
    QCOMPARE_EXIT(listed, 0);
    const QStringList rows = listed.stdOut().trimmed().split(u'\n');
    QCOMPARE(rows.size(), 1);
    QVERIFY2(rows.first().startsWith(id.left(8) + u"  "_s), qPrintable(rows.first()));
    QVERIFY(rows.first().contains(u"private"_s));
    QVERIFY(rows.first().contains(u"focus 5"_s));
    QVERIFY(rows.first().contains(u"Svåra samtal med personalen"_s)); // one line per reflection

    const CliResult shown = f.run({ u"reflection"_s, u"show"_s, id.left(8) });
    QCOMPARE_EXIT(shown, 0);
    QVERIFY(shown.stdOut().contains(u"5 Staff matters"_s));
    QVERIFY(shown.stdOut().contains(u"2/5"_s));
    QVERIFY(shown.stdOut().contains(u"\n\nSvåra samtal\nmed personalen"_s));

    const CliResult empty = f.run({ u"search"_s, u"ingenting"_s });
    QCOMPARE_EXIT(empty, 0);
    QCOMPARE(empty.stdOut().trimmed(), u"Nothing found."_s);
}

void TestCliRecords::idPrefixes()
{
    CliFixture f;
    QVERIFY(f.init());
    const QString id = f.addId({ u"reflection"_s, u"add"_s, u"--text"_s, u"Prefix"_s });
    QCOMPARE(f.json({ u"reflection"_s, u"show"_s, id.left(4) }).object().value(u"id"_s).toString(), id);
    QCOMPARE(f.json({ u"reflection"_s, u"show"_s, id.toUpper() }).object().value(u"id"_s).toString(), id);
    const CliResult tooShort = f.run({ u"reflection"_s, u"show"_s, id.left(3) });
    QVERIFY_FAILURE(tooShort, 5);
    QVERIFY(tooShort.errLines().first().contains(u"at least 4"_s));
    // An id of another kind of record is not found as this kind.
    const QString mentorship
        = f.addId({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"A"_s, u"--mentor"_s, u"M"_s });
    QVERIFY_FAILURE(f.run({ u"reflection"_s, u"show"_s, mentorship }), 5);
    // LIKE wildcards are plain characters, not patterns.
    QVERIFY_FAILURE(f.run({ u"reflection"_s, u"show"_s, u"%%%%"_s }), 5);
    QVERIFY_FAILURE(f.run({ u"reflection"_s, u"show"_s, u"____"_s }), 5);
}

void TestCliRecords::unknownIdIsNotFound()
{
    CliFixture f;
    QVERIFY(f.init());
    for (const QString &kind :
        { u"reflection"_s, u"meeting"_s, u"minutes"_s, u"action"_s, u"mentorship"_s }) {
        const CliResult r = f.run({ kind, u"show"_s, u"00000000-0000-4000-8000-000000000000"_s });
        QVERIFY_FAILURE(r, 5);
        QVERIFY2(r.errLines().first().contains(u"no "_s), r.err.constData());
    }
    QVERIFY_FAILURE(f.run({ u"action"_s, u"done"_s, u"deadbeef"_s }), 5);
    // With --json too, a failure prints nothing on stdout.
    QVERIFY_FAILURE(f.json({ u"reflection"_s, u"show"_s, u"deadbeef"_s }), 5);
    QVERIFY_FAILURE(f.run({ u"progress"_s, u"deadbeef"_s }), 5);
}

void TestCliRecords::rejectedValuesAreInvalidInput()
{
    CliFixture f;
    QVERIFY(f.init());
    // Well-formed values the domain refuses: exit 5, and nothing is saved.
    QVERIFY_FAILURE(f.run({ u"reflection"_s, u"add"_s, u"--text"_s, u"x"_s, u"--stress"_s, u"9"_s }), 5);
    QVERIFY_FAILURE(f.run({ u"reflection"_s, u"add"_s, u"--text"_s, u"x"_s, u"--focus"_s, u"7"_s }), 5);
    QVERIFY_FAILURE(f.run({ u"reflection"_s, u"add"_s, u"--text"_s, u"   "_s }), 5);
    QVERIFY_FAILURE(f.run({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"A"_s, u"--mentor"_s, u"M"_s,
                        u"--cadence"_s, u"EVERY=SOMETIMES"_s }),
        5);
    QVERIFY_FAILURE(f.run({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"A"_s, u"--mentor"_s, u"M"_s,
                        u"--months"_s, u"0"_s }),
        5);
    QCOMPARE(f.json({ u"reflection"_s, u"list"_s }).array().size(), 0);
    QCOMPARE(f.json({ u"mentorship"_s, u"list"_s }).array().size(), 0);
}

void TestCliRecords::commentsOnSharedReflections()
{
    CliFixture f;
    QVERIFY(f.init(u"mentor"_s));
    const QString shared
        = f.addId({ u"reflection"_s, u"add"_s, u"--text"_s, u"Delad tanke"_s, u"--shared"_s });
    const QString secret = f.addId({ u"reflection"_s, u"add"_s, u"--text"_s, u"Privat tanke"_s });
    const CliResult added = f.json(
        { u"comment"_s, u"add"_s, u"--reflection"_s, shared.left(8), u"--text"_s, u"Klokt sagt."_s });
    QCOMPARE_EXIT(added, 0);
    const QString comment = added.object().value(u"id"_s).toString();
    QCOMPARE(added.object().value(u"reflectionId"_s).toString(), shared);
    QCOMPARE(added.object().value(u"text"_s).toString(), u"Klokt sagt."_s);

    const CliResult listed = f.json({ u"comment"_s, u"list"_s, u"--reflection"_s, shared });
    QCOMPARE(ids(listed.array()), QStringList { comment });
    const QJsonArray onShow
        = f.json({ u"reflection"_s, u"show"_s, shared }).object().value(u"comments"_s).toArray();
    QCOMPARE(ids(onShow), QStringList { comment });
    // The mentor's comment is searchable too.
    const QJsonArray hits = f.json({ u"search"_s, u"klok"_s }).array();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().toObject().value(u"kind"_s).toString(), u"comment"_s);

    QVERIFY_FAILURE(f.run({ u"comment"_s, u"add"_s, u"--reflection"_s, secret, u"--text"_s, u"Nej"_s }), 5);
    QCOMPARE_EXIT(f.run({ u"comment"_s, u"delete"_s, comment.left(8) }), 0);
    QCOMPARE(f.json({ u"comment"_s, u"list"_s, u"--reflection"_s, shared }).array().size(), 0);
}

void TestCliRecords::mentorNotes()
{
    CliFixture f;
    QVERIFY(f.init(u"mentor"_s));
    // Without a mentorship there is nothing to attach a note to.
    QVERIFY_FAILURE(f.run({ u"note"_s, u"add"_s, u"--text"_s, u"x"_s }), 5);
    const QString first = f.addId({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"A"_s, u"--mentor"_s, u"M"_s });
    const QString note = f.addId({ u"note"_s, u"add"_s, u"--text"_s, u"Verkar stressad inför bokslutet"_s });
    QVERIFY(!note.isEmpty());
    const QJsonArray notes = f.json({ u"note"_s, u"list"_s }).array();
    QCOMPARE(ids(notes), QStringList { note });
    QCOMPARE(notes.first().toObject().value(u"mentorshipId"_s).toString(), first);
    QCOMPARE(notes.first().toObject().value(u"text"_s).toString(), u"Verkar stressad inför bokslutet"_s);

    // With two mentorships, the CLI asks which one.
    const QString second
        = f.addId({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"B"_s, u"--mentor"_s, u"M"_s });
    QVERIFY_FAILURE(f.run({ u"note"_s, u"list"_s }), 1);
    QCOMPARE(f.json({ u"note"_s, u"list"_s, u"--mentorship"_s, second }).array().size(), 0);
    QCOMPARE(f.json({ u"note"_s, u"list"_s, u"--mentorship"_s, first }).array().size(), 1);

    QCOMPARE_EXIT(f.run({ u"note"_s, u"delete"_s, note }), 0);
    QCOMPARE(f.json({ u"note"_s, u"list"_s, u"--mentorship"_s, first }).array().size(), 0);
    QCOMPARE(f.json({ u"search"_s, u"bokslut"_s }).array().size(), 0);
}

QTEST_GUILESS_MAIN(TestCliRecords)
#include "tst_cli_records.moc"
