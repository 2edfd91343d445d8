#include "arguments.h"

#include "clierror.h"

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

struct OptionSpec
{
    const char *name;
    bool takesValue;
};

// Every option of every command. Which command accepts which is declared with the command.
constexpr OptionSpec Options[] = {
    // global
    { "profile", true },
    { "passphrase-file", true },
    { "json", false },
    { "help", false },
    { "version", false },
    // profile
    { "role", true },
    { "name", true },
    { "new-passphrase-file", true },
    // records
    { "text", true },
    { "focus", true },
    { "lens", true },
    { "stress", true },
    { "shared", false },
    { "private", false },
    { "visibility", true },
    { "limit", true },
    { "offset", true },
    { "mentorship", true },
    { "meeting", true },
    { "reflection", true },
    { "adept", true },
    { "mentor", true },
    { "start", true },
    { "months", true },
    { "cadence", true },
    { "goals", true },
    { "adept-expectations", true },
    { "mentor-expectations", true },
    { "confidentiality", true },
    { "party", true },
    { "duration", true },
    { "place", true },
    { "kind", true },
    { "status", true },
    { "coaching", true },
    { "area", true },
    { "owner", true },
    { "due", true },
    { "open", false },
    { "rating", true },
    { "urgency", true },
    { "reason", true },
    // queries
    { "as-of", true },
    { "from", true },
    { "to", true },
    // calendar
    { "zone", true },
    { "out", true },
    { "with-place", false },
    { "enable", true },
    { "disable", true },
    { "offsets", true },
    { "prepare-days", true },
    { "quiet", true },
    { "discreet", true },
    // pairing and sync
    { "relay", true },
    { "qr", true },
    { "own-device", false },
    { "device", true },
    { "valid", true },
    { "safety-number", true },
    { "wait", true },
    { "watch", false },
    { "listen", true },
    { "port", true },
    { "allow-plain-lan", false },
};

const OptionSpec *specOf(const QString &name)
{
    for (const OptionSpec &spec : Options)
        if (name == QLatin1String(spec.name))
            return &spec;
    return nullptr;
}

// A passphrase on the command line shows in the process list and the shell history, so any
// option that looks like one is refused outright rather than reported as merely unknown.
bool looksLikePassphraseOption(const QString &name)
{
    static const QStringList words = { u"passphrase"_s, u"password"_s, u"pass"_s, u"pw"_s, u"secret"_s };
    QString bare = name;
    for (const QString &prefix : { u"new-"_s, u"current-"_s, u"old-"_s })
        if (bare.startsWith(prefix))
            bare = bare.mid(prefix.size());
    return words.contains(bare);
}

} // namespace

const QStringList &Arguments::globalOptions()
{
    static const QStringList names
        = { u"profile"_s, u"passphrase-file"_s, u"json"_s, u"help"_s, u"version"_s };
    return names;
}

bool Arguments::takesValue(const QString &name)
{
    const OptionSpec *spec = specOf(name);
    return spec && spec->takesValue;
}

Arguments Arguments::parse(const QStringList &arguments)
{
    Arguments result;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (optionsEnded || !arg.startsWith(u"-"_s) || arg == u"-"_s) {
            result.m_positionals.append(arg);
            continue;
        }
        if (arg == u"--"_s) {
            optionsEnded = true;
            continue;
        }
        if (arg == u"-h"_s) {
            result.m_options.insert(u"help"_s, QString());
            continue;
        }
        if (!arg.startsWith(u"--"_s))
            throw usageError(u"unknown option %1 (options are spelt --name)"_s.arg(arg.left(2)));

        const qsizetype equals = arg.indexOf(u'=');
        const QString name = arg.mid(2, equals < 0 ? -1 : equals - 2);
        if (looksLikePassphraseOption(name))
            throw usageError(
                u"a passphrase is never accepted on the command line; use --passphrase-file FILE "
                "or the environment variable BOLLPLANK_PASSPHRASE"_s);
        const OptionSpec *spec = specOf(name);
        if (!spec)
            throw usageError(u"unknown option --%1"_s.arg(name));
        if (result.m_options.contains(name))
            throw usageError(u"option --%1 is given twice"_s.arg(name));

        QString value;
        if (spec->takesValue) {
            if (equals >= 0) {
                value = arg.mid(equals + 1);
            } else {
                if (i + 1 >= arguments.size())
                    throw usageError(u"option --%1 needs a value"_s.arg(name));
                value = arguments.at(++i);
            }
        } else if (equals >= 0) {
            throw usageError(u"option --%1 takes no value"_s.arg(name));
        }
        result.m_options.insert(name, value);
    }
    return result;
}

std::optional<QString> Arguments::value(const QString &name) const
{
    const auto it = m_options.constFind(name);
    if (it == m_options.cend())
        return std::nullopt;
    return *it;
}

QString Arguments::required(const QString &name) const
{
    const auto it = m_options.constFind(name);
    if (it == m_options.cend())
        throw usageError(u"option --%1 is required here"_s.arg(name));
    return *it;
}

void Arguments::allowOnly(const QStringList &allowed, const QString &command) const
{
    for (auto it = m_options.cbegin(); it != m_options.cend(); ++it) {
        if (!allowed.contains(it.key()) && !globalOptions().contains(it.key()))
            throw usageError(u"option --%1 does not apply to \"%2\""_s.arg(it.key(), command));
    }
}

} // namespace bollplank::cli
