// bollplank-cli: the core, scriptable. Parses the command line, runs one command on one
// profile, and turns every failure into one stderr line and a documented exit code.
#include "arguments.h"
#include "clierror.h"
#include "commands.h"
#include "context.h"
#include "help.h"
#include "output.h"
#include "session.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace {

using namespace bollplank;
using namespace bollplank::cli;

ExitCode run(const QStringList &argv)
{
    const Arguments args = Arguments::parse(argv);
    if (args.flag(u"version"_s)) {
        Output::printText(u"bollplank-cli " BOLLPLANK_VERSION ""_s);
        return ExitCode::Ok;
    }
    QStringList words = args.positionals();
    const bool helpWord = !words.isEmpty() && words.first() == u"help"_s;
    if (args.flag(u"help"_s) || helpWord) {
        Output::printText(helpText(helpWord ? words.mid(1) : words));
        return ExitCode::Ok;
    }
    if (words.isEmpty())
        throw usageError(u"no command given (see --help)"_s);

    const Command *command = findCommand(words);
    if (!command)
        throw usageError(echoable(args.positionals().first())
                ? u"unknown command \"%1\" (see --help)"_s.arg(args.positionals().first())
                : u"unknown command (see --help)"_s);
    args.allowOnly(command->options(), command->name);
    if (words.size() < command->minParams)
        throw usageError(u"\"%1\" needs %2 (see --help)"_s.arg(
            command->name, command->synopsis.section(u' ', 0, int(command->minParams) - 1)));
    if (command->maxParams >= 0 && words.size() > command->maxParams)
        throw usageError(u"\"%1\" takes %2 (an option's value may need quotes)"_s.arg(command->name,
            command->maxParams == 0
                ? u"no further words"_s
                : u"only %1"_s.arg(command->synopsis.section(u' ', 0, int(command->maxParams) - 1))));

    const QString folder = args.value(u"profile"_s).value_or(Session::defaultFolder());
    Session session(QDir::cleanPath(QDir(folder).absolutePath()), args.value(u"passphrase-file"_s));
    const Output out(args.flag(u"json"_s));
    Context context(args, session, out, command->name, words);
    command->run(context);
    return ExitCode::Ok;
}

/// The core writes sentences ("Wrong passphrase"); after "bollplank-cli: " they read as the
/// CLI's own lower-case reasons. Acronyms ("SQLite") keep their capitals.
QString sentenceCaseOff(QString message)
{
    if (message.size() > 1 && message.at(0).isUpper() && message.at(1).isLower())
        message[0] = message.at(0).toLower();
    return message;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bollplank-cli"_s);
    QCoreApplication::setApplicationVersion(u"" BOLLPLANK_VERSION ""_s);

    ExitCode code = ExitCode::Ok;
    try {
        code = run(QCoreApplication::arguments().mid(1));
    } catch (const CliError &e) {
        Output::printError(QString::fromStdString(e.what()));
        code = e.code();
    } catch (const StoreError &e) {
        Output::printError(sentenceCaseOff(QString::fromStdString(e.what())));
        code = exitCodeFor(e.kind());
    } catch (const std::exception &e) {
        Output::printError(QString::fromStdString(e.what()));
        code = ExitCode::Io;
    }
    return int(code);
}
