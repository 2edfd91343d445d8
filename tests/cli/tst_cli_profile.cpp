// The profile through the CLI: help, creating and unlocking a profile, where the passphrase
// may come from, changing it, the default location, and that nothing readable reaches the disk.
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
    void areasNeedNoProfile();
    void initCreatesProfile();
    void passphraseFromFileOrEnvironment();
    void passphraseFileMayEndWithLineBreak();
    void passphraseChange();
    void defaultProfileLocation();
    void noPlaintextOnDisk();
};

void TestCliProfile::helpListsCommandsAndExitCodes()
{
    CliFixture f;
    const CliResult r = f.runRaw({ u"--help"_s });
    QCOMPARE_EXIT(r, 0);
    const QString help = r.stdOut();
    for (const QString &expected : { u"init --role adept|mentor --name NAME"_s,
             u"reflection add --text TEXT|-"_s, u"meeting lookback ID"_s, u"action undone ID"_s,
             u"search WORDS"_s, u"distribution"_s, u"BOLLPLANK_PASSPHRASE"_s, u"BOLLPLANK_TEST_FAST_KDF"_s,
             u"2  wrong passphrase"_s, u"4  in use"_s, u"5  not found"_s, u"6  input/output"_s })
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

void TestCliProfile::areasNeedNoProfile()
{
    CliFixture f;
    const CliResult r = f.runRaw({ u"--json"_s, u"areas"_s });
    QCOMPARE_EXIT(r, 0);
    const QJsonArray areas = r.array();
    QCOMPARE(areas.size(), 6);
    for (int i = 0; i < 6; ++i)
        QCOMPARE(areas.at(i).toObject().value(u"id"_s).toInt(), i + 1);
    QCOMPARE(areas.at(0).toObject().value(u"nameSv"_s).toString(), u"Arbetssituation"_s);
    QCOMPARE(areas.at(5).toObject().value(u"nameEn"_s).toString(), u"Stress and crisis"_s);
    QCOMPARE(
        areas.at(3).toObject().value(u"pointsSv"_s).toArray().first().toString(), u"Konflikthantering"_s);
    QVERIFY(!QDir(f.profileDir()).exists());
    QVERIFY(!QDir(f.root() + u"/xdg-data"_s).exists());
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
    QCOMPARE(
        QFile::permissions(f.profileDir()) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());

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
    QCOMPARE_EXIT(
        f.runRaw(where + QStringList { u"init"_s, u"--role"_s, u"adept"_s, u"--name"_s, u"A"_s }), 0);
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
        QCOMPARE_EXIT(
            f.runRaw({ u"--profile"_s, f.profileDir(), u"--passphrase-file"_s, file, u"check"_s }), 0);
    // Only one line break is taken off: a passphrase may itself end in whitespace.
    QVERIFY_FAILURE(
        f.runRaw({ u"--profile"_s, f.profileDir(), u"--passphrase-file"_s, twoBreaks, u"check"_s }), 2);
    QVERIFY_FAILURE(f.runRaw({ u"--profile"_s, f.profileDir(), u"--passphrase-file"_s,
                        f.root() + u"/absent"_s, u"check"_s }),
        6);
    const QString empty = f.writeFile(u"empty.txt"_s, QByteArray());
    QVERIFY_FAILURE(
        f.runRaw({ u"--profile"_s, f.profileDir(), u"--passphrase-file"_s, empty, u"check"_s }), 5);
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
    const CliResult withNew = f.runRaw({ u"--json"_s, u"--profile"_s, f.profileDir(), u"--passphrase-file"_s,
        next, u"reflection"_s, u"list"_s });
    QCOMPARE_EXIT(withNew, 0);
    QCOMPARE(withNew.array().size(), 1);
    QCOMPARE(withNew.array().first().toObject().value(u"text"_s).toString(), u"Före bytet"_s);

    // The current passphrase must be right to change it.
    QVERIFY_FAILURE(
        f.run({ u"passphrase"_s, u"change"_s, u"--new-passphrase-file"_s, f.passphraseFile() }), 2);
}

void TestCliProfile::defaultProfileLocation()
{
    CliFixture f;
    const CliResult r = f.runRaw({ u"--passphrase-file"_s, f.passphraseFile(), u"init"_s, u"--role"_s,
        u"adept"_s, u"--name"_s, u"A"_s });
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
    const QString mentorship = f.addId(
        { u"mentorship"_s, u"add"_s, u"--adept"_s, u"Adept-xq7"_s, u"--mentor"_s, u"Mentor-xq7"_s });
    QVERIFY(!mentorship.isEmpty());
    QCOMPARE_EXIT(
        f.run({ u"reflection"_s, u"add"_s, u"--text"_s, u"-"_s }, (marker + u" i en reflektion"_s).toUtf8()),
        0);
    const QString meeting = f.addId(
        { u"meeting"_s, u"add"_s, u"--start"_s, u"2024-02-05T17:00"_s, u"--place"_s, u"Plats-xq7"_s });
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
        // Whole words only: a 3-byte needle turns up by chance in a few megabytes of ciphertext
        // (the WAL of 4 KiB pages), about once in twenty runs.
        for (const QString &needle : { marker, u"Adept-xq7"_s, u"Mentor-xq7"_s, u"Plats-xq7"_s, u"i en reflektion"_s })
            QVERIFY2(!content.contains(needle.toUtf8()), qPrintable(path));
        ++scanned;
    }
    QVERIFY(scanned >= 2); // at least the key file and the database
}

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cli_profile.moc"
