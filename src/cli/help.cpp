#include "help.h"

#include "clierror.h"
#include "commands.h"
#include "session.h"
#include "values.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

const QString Intro = uR"(Usage: bollplank-cli [GLOBAL OPTIONS] COMMAND [ARGUMENTS] [OPTIONS]

Bollplank's confidential mentorship journal, scriptable. Works on one encrypted profile.

Global options:
  --profile DIR           the profile folder (default: %1)
  --passphrase-file FILE  read the passphrase from FILE (its first line break ends it)
  --json                  print one JSON document instead of text (ISO 8601 dates and times)
  --help, -h              this help; "bollplank-cli GROUP --help" shows one group
  --version               the version

The passphrase is never accepted on the command line. It comes from --passphrase-file,
else from the environment variable BOLLPLANK_PASSPHRASE, else (on a terminal) a prompt.
IDs may be shortened to a unique prefix of at least 4 characters, as lists show them.
Focus areas are numbers 1-6 (see "areas"); a list is written 1,4. Times are local.
)"_s;

const QString Outro = uR"(
Environment:
  BOLLPLANK_PASSPHRASE    the passphrase, when no --passphrase-file is given
  BOLLPLANK_TEST_FAST_KDF set to 1 by test suites only, and honoured only by a test build
                          (BOLLPLANK_TEST_HOOKS): init and passphrase change then use the
                          cheapest key derivation, which makes the passphrase easy to guess

Exit codes:
  0  success
  1  usage: unknown command or option, missing or malformed value, no passphrase source
  2  wrong passphrase
  3  damaged data: the key file or database is damaged, or from a newer Bollplank
  4  in use: another process has the profile open
  5  not found or invalid: no such profile or record, or a value that is not allowed
  6  input/output or other failure
  7  sync: the relay or the other device cannot be reached
  8  sync: refused (not paired, not authorised, over a limit) or a damaged envelope
Every failure prints one line on stderr: "bollplank-cli: <reason>".)"_s;

} // namespace

QString helpText(const QStringList &words)
{
    const QString group = words.value(0);
    const bool known = group.isEmpty()
        || std::any_of(allCommands().cbegin(), allCommands().cend(),
            [&](const Command &c) { return c.group() == group; });
    if (!known)
        throw usageError(u"no help for %1: it is not a command"_s.arg(quoted(group)));
    QStringList out;
    if (group.isEmpty())
        out << Intro.arg(Session::defaultFolder()) << u"Commands:"_s;
    else
        out << u"Usage: bollplank-cli [GLOBAL OPTIONS] %1 COMMAND ... (see --help for the global options)\n"_s
                   .arg(group);
    QString previous;
    for (const Command &command : allCommands()) {
        if (!group.isEmpty() && command.group() != group)
            continue;
        if (!previous.isEmpty() && command.group() != previous)
            out << QString();
        previous = command.group();
        out << u"  %1 %2"_s.arg(command.name, command.synopsis).trimmed().prepend(u"  "_s)
            << u"      "_s + command.summary;
    }
    if (group.isEmpty())
        out << Outro;
    return out.join(u'\n');
}

} // namespace bollplank::cli
