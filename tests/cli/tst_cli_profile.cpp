// The profile through the CLI: creating and unlocking it, where the passphrase may come from,
// and every failure's exit code and single stderr line.
#include "clirunner.h"

#include "profile/profile.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QTest>

using namespace bollplank;
using namespace bollplank::test;
using namespace Qt::StringLiterals;

class TestCliProfile : public QObject
{
    Q_OBJECT

private slots:
    void helpListsCommandsAndExitCodes();
    void helpForOneGroup();
    void versionIsPrinted();
    void refusesPassphraseOnCommandLine_data();
    void refusesPassphraseOnCommandLine();
    void initCreatesProfile();
    void passphraseFromFileOrEnvironment();
    void passphraseFileMayEndWithLineBreak();
    void missingPassphraseIsUsageError();
    void wrongPassphraseExitsTwo();
    void profileHeldOpenIsInUse();
    void missingProfileIsNotFound();
    void secondInitIsRefused();
    void badArgumentsAreUsageErrors_data();
    void badArgumentsAreUsageErrors();
    void errorsNeverEchoNoteText();
    void passphraseChange();
    void checkFindsDamage();
    void damagedKeyFileExitsThree();
    void defaultProfileLocation();
    void noPlaintextOnDisk();
};

void TestCliProfile::helpListsCommandsAndExitCodes()
{
    CliFixture f;
    const CliResult r = f.runRaw({ u"--help"_s });
    QCOMPARE_EXIT(r, 0);
    const QString help = r.stdOut();
    for (const QString &expected : { u"init --role adept|mentor --name NAME"_s, u"reflection add --text TEXT|-"_s,
             u"meeting lookback ID"_s, u"action undone ID"_s, u"search WORDS"_s, u"distribution"_s,
             u"BOLLPLANK_PASSPHRASE"_s, u"BOLLPLANK_TEST_FAST_KDF"_s, u"2  wrong passphrase"_s,
             u"4  in use"_s, u"5  not found"_s, u"6  input/output"_s })
        QVERIFY2(help.contains(expected), qPrintable(expected));
    QVERIFY(r.err.isEmpty());
}

void TestCliProfile::helpForOneGroup()
{
    CliFixture f;
    const CliResult r = f.runRaw({ u"reflection"_s, u"--help"_s });
    QCOMPARE_EXIT(r, 0);
    QVERIFY(r.stdOut().contains(u"reflection list"_s));
    QVERIFY(!r.stdOut().contains(u"meeting add"_s));
    QVERIFY_FAILURE(f.runRaw({ u"help"_s, u"nonsense"_s }), 1);
}

void TestCliProfile::versionIsPrinted()
{
    CliFixture f;
    const CliResult r = f.runRaw({ u"--version"_s });
    QCOMPARE_EXIT(r, 0);
    QCOMPARE(r.stdOut().trimmed(), u"bollplank-cli " BOLLPLANK_TEST_VERSION ""_s);
}

void TestCliProfile::refusesPassphraseOnCommandLine_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("--passphrase") << QStringList { u"--passphrase"_s, u"hunter2secret"_s, u"init"_s };
    QTest::newRow("--passphrase=") << QStringList { u"init"_s, u"--passphrase=hunter2secret"_s };
    QTest::newRow("--password") << QStringList { u"reflection"_s, u"list"_s, u"--password"_s, u"hunter2secret"_s };
    QTest::newRow("--new-passphrase") << QStringList { u"passphrase"_s, u"change"_s,
        u"--new-passphrase=hunter2secret"_s };
}

void TestCliProfile::refusesPassphraseOnCommandLine()
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

void TestCliProfile::initCreatesProfile()
{
    CliFixture f;
    const CliResult created
        = f.json({ u"init"_s, u"--role"_s, u"mentor"_s, u"--name"_s, u"  Mats Mentor "_s });
    QCOMPARE_EXIT(created, 0);
    const QJsonObject p = created.object();
    QCOMPARE(p.value(u"role"_s).toString(), u"mentor"_s);
    QCOMPARE(p.value(u"displayName"_s).toString(), u"Mats Mentor"_s);
    QCOMPARE(p.value(u"folder"_s).toString(), QDir::toNativeSeparators(f.profileDir()));
    QCOMPARE(p.value(u"revision"_s).toInt(), 1);
    QVERIFY(!p.value(u"deviceId"_s).toString().isEmpty());
    QVERIFY(QDateTime::fromString(p.value(u"createdAt"_s).toString(), Qt::ISODate).isValid());
    QVERIFY(QFile::exists(QDir(f.profileDir()).filePath(UnlockedProfile::KeyFileName)));
    QCOMPARE(QFile::permissions(f.profileDir()) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

    const CliResult shown = f.json({ u"profile"_s, u"show"_s });
    QCOMPARE_EXIT(shown, 0);
    QCOMPARE(shown.object().value(u"id"_s), p.value(u"id"_s));
    QCOMPARE(shown.object().value(u"deviceId"_s), p.value(u"deviceId"_s));

    const CliResult text = f.run({ u"profile"_s, u"show"_s });
    QCOMPARE_EXIT(text, 0);
    QVERIFY(text.stdOut().contains(u"Mats Mentor"_s));
    QVERIFY(text.stdOut().contains(u"mentor"_s));
}

void TestCliProfile::passphraseFromFileOrEnvironment()
{
    CliFixture f;
    f.env.insert(u"BOLLPLANK_PASSPHRASE"_s, CliFixture::Passphrase);
    // Only the environment: no --passphrase-file at all.
    const QStringList where { u"--profile"_s, f.profileDir() };
    QCOMPARE_EXIT(f.runRaw(where + QStringList { u"init"_s, u"--role"_s, u"adept"_s, u"--name"_s, u"A"_s }), 0);
    QCOMPARE_EXIT(f.runRaw(where + QStringList { u"reflection"_s, u"list"_s }), 0);

    // The file wins over the environment.
    f.env.insert(u"BOLLPLANK_PASSPHRASE"_s, u"not it"_s);
    QCOMPARE_EXIT(f.run({ u"reflection"_s, u"list"_s }), 0);
    QVERIFY_FAILURE(f.runRaw(where + QStringList { u"reflection"_s, u"list"_s }), 2);
}

void TestCliProfile::passphraseFileMayEndWithLineBreak()
{
    CliFixture f;
    QVERIFY(f.init());
    const QString crlf = f.writeFile(u"crlf.txt"_s, CliFixture::Passphrase.toUtf8() + "\r\n");
    const QString bare = f.writeFile(u"bare.txt"_s, CliFixture::Passphrase.toUtf8());
    const QString twoBreaks = f.writeFile(u"two.txt"_s, CliFixture::Passphrase.toUtf8() + "\n\n");
    for (const QString &file : { crlf, bare })
        QCOMPARE_EXIT(f.runRaw({ u"--profile"_s, f.profileDir(), u"--passphrase-file"_s, file, u"check"_s }), 0);
    // Only one line break is taken off: a passphrase may itself end in whitespace.
    QVERIFY_FAILURE(f.runRaw({ u"--profile"_s, f.profileDir(), u"--passphrase-file"_s, twoBreaks, u"check"_s }), 2);
    QVERIFY_FAILURE(
        f.runRaw({ u"--profile"_s, f.profileDir(), u"--passphrase-file"_s, f.root() + u"/absent"_s, u"check"_s }), 6);
    const QString empty = f.writeFile(u"empty.txt"_s, QByteArray());
    QVERIFY_FAILURE(f.runRaw({ u"--profile"_s, f.profileDir(), u"--passphrase-file"_s, empty, u"check"_s }), 5);
}

void TestCliProfile::missingPassphraseIsUsageError()
{
    CliFixture f;
    QVERIFY(f.init());
    const CliResult r = f.runRaw({ u"--profile"_s, f.profileDir(), u"reflection"_s, u"list"_s });
    QVERIFY_FAILURE(r, 1);
    QVERIFY(r.errLines().first().contains(u"--passphrase-file"_s));
}

void TestCliProfile::wrongPassphraseExitsTwo()
{
    CliFixture f;
    QVERIFY(f.init());
    const QString wrong = f.writeFile(u"wrong.txt"_s, "Sju sjösjuka sjömän 8\n");
    const CliResult r
        = f.runRaw({ u"--profile"_s, f.profileDir(), u"--passphrase-file"_s, wrong, u"reflection"_s, u"list"_s });
    QVERIFY_FAILURE(r, 2);
    QVERIFY(r.errLines().first().contains(u"passphrase"_s, Qt::CaseInsensitive));
}

void TestCliProfile::profileHeldOpenIsInUse()
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

void TestCliProfile::missingProfileIsNotFound()
{
    CliFixture f;
    const CliResult r = f.run({ u"reflection"_s, u"list"_s });
    QVERIFY_FAILURE(r, 5);
    QVERIFY(r.errLines().first().contains(u"no profile"_s));
    QVERIFY(r.errLines().first().contains(u"init"_s));
}

void TestCliProfile::secondInitIsRefused()
{
    CliFixture f;
    QVERIFY(f.init());
    const QString other = f.writeFile(u"other.txt"_s, "another passphrase\n");
    QVERIFY_FAILURE(f.runRaw({ u"--profile"_s, f.profileDir(), u"--passphrase-file"_s, other, u"init"_s, u"--role"_s,
                        u"mentor"_s, u"--name"_s, u"M"_s }),
        5);
    // The first profile is untouched: its passphrase still opens it, as an adept's.
    const CliResult shown = f.json({ u"profile"_s, u"show"_s });
    QCOMPARE_EXIT(shown, 0);
    QCOMPARE(shown.object().value(u"role"_s).toString(), u"adept"_s);
}

void TestCliProfile::badArgumentsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s };
    QTest::newRow("unknown verb") << QStringList { u"reflection"_s, u"frob"_s };
    QTest::newRow("group alone") << QStringList { u"reflection"_s };
    QTest::newRow("unknown option") << QStringList { u"reflection"_s, u"list"_s, u"--colour"_s };
    QTest::newRow("option of another command") << QStringList { u"reflection"_s, u"list"_s, u"--text"_s, u"x"_s };
    QTest::newRow("missing required option") << QStringList { u"reflection"_s, u"add"_s, u"--focus"_s, u"1"_s };
    QTest::newRow("missing value") << QStringList { u"reflection"_s, u"add"_s, u"--text"_s };
    QTest::newRow("option twice") << QStringList { u"reflection"_s, u"add"_s, u"--text"_s, u"a"_s, u"--text"_s, u"b"_s };
    QTest::newRow("flag with value") << QStringList { u"reflection"_s, u"add"_s, u"--text"_s, u"a"_s, u"--shared=yes"_s };
    QTest::newRow("stress not a number") << QStringList { u"reflection"_s, u"add"_s, u"--text"_s, u"a"_s,
        u"--stress"_s, u"high"_s };
    QTest::newRow("unknown lens") << QStringList { u"reflection"_s, u"add"_s, u"--text"_s, u"a"_s, u"--lens"_s,
        u"press"_s };
    QTest::newRow("focus not numbers") << QStringList { u"reflection"_s, u"add"_s, u"--text"_s, u"a"_s,
        u"--focus"_s, u"one,two"_s };
    QTest::newRow("shared and private") << QStringList { u"reflection"_s, u"add"_s, u"--text"_s, u"a"_s,
        u"--shared"_s, u"--private"_s };
    QTest::newRow("missing id") << QStringList { u"reflection"_s, u"show"_s };
    QTest::newRow("extra word") << QStringList { u"reflection"_s, u"show"_s, u"abcd1234"_s, u"extra"_s };
    QTest::newRow("bad date") << QStringList { u"mentorship"_s, u"add"_s, u"--adept"_s, u"A"_s, u"--mentor"_s,
        u"M"_s, u"--start"_s, u"2024-13-01"_s };
    QTest::newRow("bad time") << QStringList { u"meeting"_s, u"add"_s, u"--start"_s, u"tomorrow"_s };
    QTest::newRow("bad role") << QStringList { u"init"_s, u"--role"_s, u"boss"_s, u"--name"_s, u"B"_s };
    QTest::newRow("single dash option") << QStringList { u"reflection"_s, u"list"_s, u"-x"_s };
}

void TestCliProfile::badArgumentsAreUsageErrors()
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

void TestCliProfile::errorsNeverEchoNoteText()
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

void TestCliProfile::passphraseChange()
{
    CliFixture f;
    QVERIFY(f.init());
    QVERIFY(!f.addId({ u"reflection"_s, u"add"_s, u"--text"_s, u"Före bytet"_s }).isEmpty());
    const QString next = f.writeFile(u"next.txt"_s, "ett helt nytt lösenord\n");
    const CliResult changed = f.json({ u"passphrase"_s, u"change"_s, u"--new-passphrase-file"_s, next });
    QCOMPARE_EXIT(changed, 0);
    QCOMPARE(changed.object().value(u"changed"_s).toBool(), true);

    QVERIFY_FAILURE(f.run({ u"reflection"_s, u"list"_s }), 2);
    const CliResult withNew = f.runRaw(
        { u"--json"_s, u"--profile"_s, f.profileDir(), u"--passphrase-file"_s, next, u"reflection"_s, u"list"_s });
    QCOMPARE_EXIT(withNew, 0);
    QCOMPARE(withNew.array().size(), 1);
    QCOMPARE(withNew.array().first().toObject().value(u"text"_s).toString(), u"Före bytet"_s);

    // The current passphrase must be right to change it.
    QVERIFY_FAILURE(f.run({ u"passphrase"_s, u"change"_s, u"--new-passphrase-file"_s, f.passphraseFile() }), 2);
}

void TestCliProfile::checkFindsDamage()
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

void TestCliProfile::damagedKeyFileExitsThree()
{
    CliFixture f;
    QVERIFY(f.init());
    QFile key(QDir(f.profileDir()).filePath(UnlockedProfile::KeyFileName));
    QVERIFY(key.open(QIODevice::ReadWrite));
    QVERIFY(key.resize(key.size() / 2));
    key.close();
    QVERIFY_FAILURE(f.run({ u"reflection"_s, u"list"_s }), 3);
}

void TestCliProfile::defaultProfileLocation()
{
    CliFixture f;
    const CliResult r = f.runRaw(
        { u"--passphrase-file"_s, f.passphraseFile(), u"init"_s, u"--role"_s, u"adept"_s, u"--name"_s, u"A"_s });
    QCOMPARE_EXIT(r, 0);
    const QString expected = f.root() + u"/xdg-data/Bollplank/profile"_s;
    QVERIFY2(UnlockedProfile::exists(expected), qPrintable(r.stdOut()));
    QCOMPARE_EXIT(f.runRaw({ u"--passphrase-file"_s, f.passphraseFile(), u"check"_s }), 0);
}

void TestCliProfile::noPlaintextOnDisk()
{
    CliFixture f;
    QVERIFY(f.init());
    const QString marker = u"Förtroligt-ordet-xq7"_s;
    const QString mentorship
        = f.addId({ u"mentorship"_s, u"add"_s, u"--adept"_s, u"Adept-xq7"_s, u"--mentor"_s, u"Mentor-xq7"_s });
    QVERIFY(!mentorship.isEmpty());
    QCOMPARE_EXIT(f.run({ u"reflection"_s, u"add"_s, u"--text"_s, u"-"_s }, (marker + u" i en reflektion"_s).toUtf8()),
        0);
    const QString meeting = f.addId({ u"meeting"_s, u"add"_s, u"--start"_s, u"2024-02-05T17:00"_s, u"--place"_s,
        u"Plats-xq7"_s });
    QVERIFY(!meeting.isEmpty());
    QCOMPARE_EXIT(f.run({ u"minutes"_s, u"add"_s, u"--meeting"_s, meeting, u"--text"_s, marker }), 0);
    QCOMPARE_EXIT(f.run({ u"note"_s, u"add"_s, u"--text"_s, marker }), 0);
    QCOMPARE_EXIT(f.run({ u"search"_s, marker.left(8) }), 0);

    int scanned = 0;
    for (QDirIterator it(f.root(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        for (const QString &needle : { marker, u"xq7"_s })
            QVERIFY2(!content.contains(needle.toUtf8()), qPrintable(path));
        ++scanned;
    }
    QVERIFY(scanned >= 2); // at least the key file and the database
}

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cli_profile.moc"
