#include "session.h"

#include "clierror.h"
#include "testhooks.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

QString withoutFinalLineBreak(QString text)
{
    if (text.endsWith(u'\n'))
        text.chop(1);
    if (text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

// Asks on the terminal with echo off. Only when stdin is a terminal: a script or a test gets
// an error instead of a process waiting for input that never comes.
std::optional<QString> promptOnTerminal(const char *label)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::fputs(label, stderr);
    std::fflush(stderr);
    termios saved {};
    const bool canHide = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (canHide) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
    }
    QByteArray line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.append(char(c));
    if (canHide)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    std::fputs("\n", stderr);
    QString passphrase = QString::fromUtf8(line);
    line.fill('\0');
    return passphrase;
#else
    Q_UNUSED(label);
    return std::nullopt;
#endif
}

} // namespace

Session::Session(QString folder, std::optional<QString> passphraseFile)
    : m_folder(std::move(folder))
    , m_passphraseFile(std::move(passphraseFile))
{
}

Session::~Session() = default;

QString Session::defaultFolder()
{
    // GenericDataLocation, not AppDataLocation: the folder must not depend on the executable's name.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(u"Bollplank/profile"_s);
}

KdfParams Session::kdfParams()
{
    return testHooks::fastKdf() ? KdfParams::minimal() : KdfParams::standard();
}

QString Session::readPassphraseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw CliError(
            ExitCode::Io, u"cannot read the passphrase file %1: %2"_s.arg(path, file.errorString()));
    QByteArray bytes = file.readAll();
    QString passphrase = withoutFinalLineBreak(QString::fromUtf8(bytes));
    bytes.fill('\0');
    if (passphrase.isEmpty())
        throw invalidInput(u"the passphrase file %1 is empty"_s.arg(path));
    return passphrase;
}

QString Session::passphrase()
{
    if (m_passphrase)
        return *m_passphrase;
    if (m_passphraseFile) {
        m_passphrase = readPassphraseFile(*m_passphraseFile);
    } else if (qEnvironmentVariableIsSet("BOLLPLANK_PASSPHRASE")) {
        m_passphrase = qEnvironmentVariable("BOLLPLANK_PASSPHRASE");
        if (m_passphrase->isEmpty())
            throw invalidInput(u"BOLLPLANK_PASSPHRASE is empty"_s);
    } else {
        m_passphrase = promptOnTerminal("Passphrase: ");
        m_prompted = m_passphrase.has_value();
        if (!m_passphrase)
            throw usageError(
                u"no passphrase given: use --passphrase-file FILE or set BOLLPLANK_PASSPHRASE"_s);
        if (m_passphrase->isEmpty())
            throw invalidInput(u"the passphrase must not be empty"_s);
    }
    return *m_passphrase;
}

UnlockedProfile &Session::profile()
{
    if (!m_profile) {
        if (!UnlockedProfile::exists(m_folder))
            throw invalidInput(
                u"there is no profile in %1 (create one with init, or give --profile DIR)"_s.arg(
                    QDir::toNativeSeparators(m_folder)));
        m_profile = UnlockedProfile::open(m_folder, passphrase());
    }
    return *m_profile;
}

UnlockedProfile &Session::create(Role role, const QString &displayName)
{
    const QString chosen = passphrase();
    // A typo in a passphrase typed blind would lock the owner out for good.
    if (m_prompted && promptOnTerminal("The same passphrase again: ") != chosen)
        throw invalidInput(u"the two passphrases differ; nothing was created"_s);
    m_profile = UnlockedProfile::create(m_folder, chosen, role, displayName, kdfParams());
    return *m_profile;
}

} // namespace bollplank::cli
