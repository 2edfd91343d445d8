#include "clirunner.h"

#include <QFile>
#include <QProcess>
#include <QTest>

namespace bollplank::test {

QStringList CliResult::errLines() const
{
    QStringList lines = QString::fromUtf8(err).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QJsonDocument CliResult::json() const
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning("Not JSON (%s): %s", qPrintable(error.errorString()), describe().constData());
        return {};
    }
    return doc;
}

QByteArray CliResult::describe() const
{
    return "exit " + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") + "\n--- stdout\n" + out
        + "\n--- stderr\n" + err;
}

CliFixture::CliFixture()
{
    if (!m_dir.isValid())
        qFatal("Cannot create a temporary folder");
    env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("BOLLPLANK_PASSPHRASE"));
    env.insert(QStringLiteral("BOLLPLANK_TEST_FAST_KDF"), QStringLiteral("1"));
    env.insert(QStringLiteral("TZ"), QStringLiteral("Europe/Stockholm"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg-data")));
    writeFile(QStringLiteral("passphrase.txt"), Passphrase.toUtf8() + '\n');
}

QString CliFixture::writeFile(const QString &name, const QByteArray &content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        qFatal("Cannot write %s", qPrintable(path));
    return path;
}

CliResult CliFixture::runRaw(const QStringList &args, const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(BOLLPLANK_CLI_PATH), args);
    CliResult result;
    if (!process.waitForStarted(10'000)) {
        result.err = "cannot start " BOLLPLANK_CLI_PATH;
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60'000)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = result.crashed ? -1 : process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

CliResult CliFixture::run(const QStringList &args, const QByteArray &input) const
{
    return runRaw(QStringList { QStringLiteral("--profile"), profileDir(),
                      QStringLiteral("--passphrase-file"), passphraseFile() }
            + args,
        input);
}

CliResult CliFixture::json(const QStringList &args, const QByteArray &input) const
{
    return run(QStringList { QStringLiteral("--json") } + args, input);
}

bool CliFixture::init(const QString &role)
{
    const CliResult r = run({ QStringLiteral("init"), QStringLiteral("--role"), role,
        QStringLiteral("--name"), QStringLiteral("Åsa Öberg") });
    if (r.exitCode != 0)
        qWarning("init failed: %s", r.describe().constData());
    return r.exitCode == 0;
}

QString CliFixture::addId(const QStringList &args)
{
    const CliResult r = json(args);
    if (r.exitCode != 0) {
        qWarning("%s failed: %s", qPrintable(args.join(QLatin1Char(' '))), r.describe().constData());
        return {};
    }
    return r.object().value(QStringLiteral("id")).toString();
}

} // namespace bollplank::test
