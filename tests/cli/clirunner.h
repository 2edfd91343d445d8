#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTemporaryDir>

namespace bollplank::test {

/// What one run of bollplank-cli produced.
struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] QString stdOut() const { return QString::fromUtf8(out); }
    /// stderr split into lines (without the final empty one).
    [[nodiscard]] QStringList errLines() const;
    /// stdout parsed as JSON; a failed QTest check (and an empty document) when it is not.
    [[nodiscard]] QJsonDocument json() const;
    [[nodiscard]] QJsonObject object() const { return json().object(); }
    [[nodiscard]] QJsonArray array() const { return json().array(); }
    /// For failure messages: the exit code and both streams.
    [[nodiscard]] QByteArray describe() const;
};

/// A fresh folder per test with a profile location, a passphrase file and a clean environment
/// for the CLI: the fast KDF, Stockholm time, English, and a private XDG_DATA_HOME so the
/// default profile location never touches the real home.
class CliFixture
{
public:
    CliFixture();

    static inline const QString Passphrase = QStringLiteral("Sju sjösjuka sjömän 7");

    [[nodiscard]] QString root() const { return m_dir.path(); }
    [[nodiscard]] QString profileDir() const { return m_dir.filePath(QStringLiteral("profile")); }
    [[nodiscard]] QString passphraseFile() const { return m_dir.filePath(QStringLiteral("passphrase.txt")); }
    /// Writes a file in the temporary folder and returns its path.
    QString writeFile(const QString &name, const QByteArray &content) const;

    QProcessEnvironment env;

    /// Runs the CLI with exactly these arguments.
    [[nodiscard]] CliResult runRaw(const QStringList &args, const QByteArray &input = {}) const;
    /// Runs the CLI on this fixture's profile with its passphrase file.
    [[nodiscard]] CliResult run(const QStringList &args, const QByteArray &input = {}) const;
    /// Like run, with --json.
    [[nodiscard]] CliResult json(const QStringList &args, const QByteArray &input = {}) const;
    /// Creates the profile (adept unless told) and checks that it worked.
    bool init(const QString &role = QStringLiteral("adept"));
    /// Runs a --json command expected to succeed and returns its object's "id".
    [[nodiscard]] QString addId(const QStringList &args);

private:
    QTemporaryDir m_dir;
};

} // namespace bollplank::test

/// Checks a run's exit code, printing the run's output when it differs.
#define QCOMPARE_EXIT(result, expected)                                                                      \
    do {                                                                                                     \
        const auto &r_ = (result);                                                                           \
        if (r_.exitCode != (expected))                                                                       \
            qWarning("%s", r_.describe().constData());                                                       \
        QCOMPARE(r_.exitCode, (expected));                                                                   \
    } while (false)

/// A failed run: the exit code, nothing on stdout, one line on stderr with the CLI's prefix.
#define QVERIFY_FAILURE(result, expected)                                                                    \
    do {                                                                                                     \
        const auto &f_ = (result);                                                                           \
        QCOMPARE_EXIT(f_, expected);                                                                         \
        QVERIFY2(f_.out.isEmpty(), f_.out.constData());                                                      \
        QCOMPARE(f_.errLines().size(), 1);                                                                   \
        QVERIFY2(f_.errLines().first().startsWith(QStringLiteral("bollplank-cli: ")), f_.err.constData());   \
    } while (false)
