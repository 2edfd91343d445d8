// Every failure of the CLI: its exit code, nothing on stdout, and exactly one line on stderr
// that never repeats what the user wrote.
#include "clirunner.h"

#include "profile/profile.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace bollplank;
using namespace bollplank::test;
using namespace Qt::StringLiterals;

class TestCliErrors : public QObject
{
    Q_OBJECT

private slots:
    void refusesPassphraseOnCommandLine_data();
    void refusesPassphraseOnCommandLine();
    void missingPassphraseIsUsageError();
    void wrongPassphraseExitsTwo();
    void profileHeldOpenIsInUse();
    void missingProfileIsNotFound();
    void secondInitIsRefused();
    void badArgumentsAreUsageErrors_data();
    void badArgumentsAreUsageErrors();
    void errorsNeverEchoNoteText();
    void checkFindsDamage();
    void damagedKeyFileExitsThree();
};

void TestCliErrors::refusesPassphraseOnCommandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--passphrase") << QStringList { u"--passphrase"_s, u"hunter2secret"_s, u"init"_s };
    QTest::newRow("--passphrase=") << QStringList { u"init"_s, u"--passphrase=hunter2secret"_s };
    QTest::newRow("--password") << QStringList { u"reflection"_s, u"list"_s, u"--password"_s,
        u"hunter2secret"_s };
    QTest::newRow("--new-passphrase")
        << QStringList { u"passphrase"_s, u"change"_s, u"--new-passphrase=hunter2secret"_s };
}

void TestCliErrors::refusesPassphraseOnCommandLine()
{
    QFETCH(QStringList, args);
    CliFixture f;
    const CliResult r = f.runRaw(QStringList { u"--profile"_s, f.profileDir() } + args
        + QStringList { u"--role"_s, u"adept"_s, u"--name"_s, u"X"_s });
    QVERIFY_FAILURE(r, 1);
    QVERIFY(r.errLines().first().contains(u"never accepted on the command line"_s));
    QVERIFY(!r.err.contains("hunter2secret"));
    QVERIFY(!UnlockedProfile::exists(f.profileDir()));
}

void TestCliErrors::missingPassphraseIsUsageError()
{
    CliFixture f;
    QVERIFY(f.init());
    const CliResult r = f.runRaw({ u"--profile"_s, f.profileDir(), u"reflection"_s, u"list"_s });
    QVERIFY_FAILURE(r, 1);
    QVERIFY(r.errLines().first().contains(u"--passphrase-file"_s));
}

void TestCliErrors::wrongPassphraseExitsTwo()
{
    CliFixture f;
    QVERIFY(f.init());
    const QString wrong = f.writeFile(u"wrong.txt"_s, "Sju sjösjuka sjömän 8\n");
    const CliResult r = f.runRaw(
        { u"--profile"_s, f.profileDir(), u"--passphrase-file"_s, wrong, u"reflection"_s, u"list"_s });
    QVERIFY_FAILURE(r, 2);
    QVERIFY(r.errLines().first().contains(u"passphrase"_s, Qt::CaseInsensitive));
}

void TestCliErrors::profileHeldOpenIsInUse()
{
    CliFixture f;
    QVERIFY(f.init());
    {
        const auto held = UnlockedProfile::open(f.profileDir(), CliFixture::Passphrase);
        const CliResult r = f.run({ u"reflection"_s, u"list"_s });
        QVERIFY_FAILURE(r, 4);
        QVERIFY(r.errLines().first().contains(u"another process"_s));
    }
    QCOMPARE_EXIT(f.run({ u"reflection"_s, u"list"_s }), 0);
}

void TestCliErrors::missingProfileIsNotFound()
{
    CliFixture f;
    const CliResult r = f.run({ u"reflection"_s, u"list"_s });
    QVERIFY_FAILURE(r, 5);
    QVERIFY(r.errLines().first().contains(u"no profile"_s));
    QVERIFY(r.errLines().first().contains(u"init"_s));
}

void TestCliErrors::secondInitIsRefused()
{
    CliFixture f;
    QVERIFY(f.init());
    const QString other = f.writeFile(u"other.txt"_s, "another passphrase\n");
    QVERIFY_FAILURE(f.runRaw({ u"--profile"_s, f.profileDir(), u"--passphrase-file"_s, other, u"init"_s,
                        u"--role"_s, u"mentor"_s, u"--name"_s, u"M"_s }),
        5);
    // The first profile is untouched: its passphrase still opens it, as an adept's.
    const CliResult shown = f.json({ u"profile"_s, u"show"_s });
    QCOMPARE_EXIT(shown, 0);
    QCOMPARE(shown.object().value(u"role"_s).toString(), u"adept"_s);
}

void TestCliErrors::badArgumentsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
    QTest::newRow("unknown verb") << QStringList { u"reflection"_s, u"frob"_s };
    QTest::newRow("group alone") << QStringList { u"reflection"_s };
    QTest::newRow("unknown option") << QStringList { u"reflection"_s, u"list"_s, u"--colour"_s };
    QTest::newRow("option of another command")
        << QStringList { u"reflection"_s, u"list"_s, u"--text"_s, u"x"_s };
    QTest::newRow("missing required option")
        << QStringList { u"reflection"_s, u"add"_s, u"--focus"_s, u"1"_s };
    QTest::newRow("missing value") << QStringList { u"reflection"_s, u"add"_s, u"--text"_s };
    QTest::newRow("option twice") << QStringList { u"reflection"_s, u"add"_s, u"--text"_s, u"a"_s,
        u"--text"_s, u"b"_s };
    QTest::newRow("flag with value") << QStringList { u"reflection"_s, u"add"_s, u"--text"_s, u"a"_s,
        u"--shared=yes"_s };
    QTest::newRow("stress not a number")
        << QStringList { u"reflection"_s, u"add"_s, u"--text"_s, u"a"_s, u"--stress"_s, u"high"_s };
    QTest::newRow("unknown lens") << QStringList { u"reflection"_s, u"add"_s, u"--text"_s, u"a"_s,
        u"--lens"_s, u"press"_s };
    QTest::newRow("focus not numbers")
        << QStringList { u"reflection"_s, u"add"_s, u"--text"_s, u"a"_s, u"--focus"_s, u"one,two"_s };
    QTest::newRow("shared and private")
        << QStringList { u"reflection"_s, u"add"_s, u"--text"_s, u"a"_s, u"--shared"_s, u"--private"_s };
    QTest::newRow("missing id") << QStringList { u"reflection"_s, u"show"_s };
    QTest::newRow("extra word") << QStringList { u"reflection"_s, u"show"_s, u"abcd1234"_s, u"extra"_s };
    QTest::newRow("bad date") << QStringList { u"mentorship"_s, u"add"_s, u"--adept"_s, u"A"_s, u"--mentor"_s,
        u"M"_s, u"--start"_s, u"2024-13-01"_s };
    QTest::newRow("bad time") << QStringList { u"meeting"_s, u"add"_s, u"--start"_s, u"tomorrow"_s };
    QTest::newRow("bad role") << QStringList { u"init"_s, u"--role"_s, u"boss"_s, u"--name"_s, u"B"_s };
    QTest::newRow("single dash option") << QStringList { u"reflection"_s, u"list"_s, u"-x"_s };
}

void TestCliErrors::badArgumentsAreUsageErrors()
{
    QFETCH(QStringList, args);
    CliFixture f;
    QVERIFY(f.init());
    const CliResult r = f.run(args);
    QVERIFY_FAILURE(r, 1);
    // Nothing was written by a refused command.
    const CliResult list = f.json({ u"reflection"_s, u"list"_s });
    QCOMPARE_EXIT(list, 0);
    QCOMPARE(list.array().size(), 0);
}

void TestCliErrors::errorsNeverEchoNoteText()
{
    CliFixture f;
    QVERIFY(f.init());
    const QString secret = u"Jag funderar på att säga upp mig"_s;
    // Words in the wrong place, an unknown id and a rejected value: none may repeat the text.
    for (const QStringList &args : { QStringList { u"reflection"_s, secret }, QStringList { secret },
             QStringList { u"reflection"_s, u"show"_s, secret },
             QStringList { u"reflection"_s, u"add"_s, u"--text"_s, secret, u"--lens"_s, secret },
             QStringList { u"reflection"_s, u"add"_s, u"--text"_s, secret, u"--stress"_s, u"9"_s } }) {
        const CliResult r = f.run(args);
        QVERIFY2(r.exitCode == 1 || r.exitCode == 5, r.describe().constData());
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(!r.err.contains("funderar") && !r.err.contains("upp mig"), r.err.constData());
    }
}

void TestCliErrors::checkFindsDamage()
{
    CliFixture f;
    QVERIFY(f.init());
    for (int i = 0; i < 40; ++i)
        QCOMPARE_EXIT(f.run({ u"reflection"_s, u"add"_s, u"--text"_s, u"Rad %1 "_s.arg(i).repeated(40) }), 0);
    const CliResult ok = f.json({ u"check"_s });
    QCOMPARE_EXIT(ok, 0);
    QCOMPARE(ok.object().value(u"ok"_s).toBool(), true);

    // Flip bytes in a page past the first: the profile still opens, the check finds it.
    QFile db(QDir(f.profileDir()).filePath(UnlockedProfile::DatabaseFile));
    QVERIFY(db.open(QIODevice::ReadWrite));
    QVERIFY2(db.size() > 16 * 1024, "the database is smaller than expected");
    QVERIFY(db.seek(db.size() / 2));
    QByteArray bytes = db.peek(64);
    for (char &c : bytes)
        c = char(~c);
    QVERIFY(db.write(bytes) == bytes.size());
    db.close();
    QVERIFY_FAILURE(f.run({ u"check"_s }), 3);
}

void TestCliErrors::damagedKeyFileExitsThree()
{
    CliFixture f;
    QVERIFY(f.init());
    QFile key(QDir(f.profileDir()).filePath(UnlockedProfile::KeyFileName));
    QVERIFY(key.open(QIODevice::ReadWrite));
    QVERIFY(key.resize(key.size() / 2));
    key.close();
    QVERIFY_FAILURE(f.run({ u"reflection"_s, u"list"_s }), 3);
}

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
