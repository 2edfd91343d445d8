#pragma once

#include "arguments.h"
#include "ids.h"
#include "output.h"
#include "session.h"
#include "values.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace bollplank::cli {

/// What a command runs with: its arguments, the profile and the output, plus the readers that
/// turn option values into typed values with uniform error messages.
class Context
{
public:
    Context(const Arguments &args, Session &session, const Output &out, QString command, QStringList params)
        : args(args)
        , session(session)
        , out(out)
        , command(std::move(command))
        , params(std::move(params))
    {
    }

    const Arguments &args;
    Session &session;
    const Output &out;
    const QString command; ///< "reflection add"
    const QStringList params; ///< the words after the command's name

    [[nodiscard]] Store &store() { return session.store(); }

    /// A text option; the value "-" reads standard input (UTF-8, once per command).
    [[nodiscard]] std::optional<QString> text(const QString &option);
    [[nodiscard]] std::optional<int> number(const QString &option);
    [[nodiscard]] std::optional<QDate> date(const QString &option);
    [[nodiscard]] std::optional<QDateTime> dateTime(const QString &option);
    [[nodiscard]] std::optional<QList<int>> focus(const QString &option);
    template <typename Parser>
    [[nodiscard]] auto choice(const QString &option, Parser parser)
        -> std::optional<decltype(parser(QString()))>
    {
        if (const auto value = args.value(option))
            return parseChoice(*value, option, parser);
        return std::nullopt;
    }

    /// The full id of the record named by a positional argument or an option's value.
    [[nodiscard]] QString id(RecordKind kind, const QString &given)
    {
        return resolveId(store(), kind, given);
    }
    [[nodiscard]] QString idParam(RecordKind kind, qsizetype index = 0);
    [[nodiscard]] std::optional<QString> idOption(const QString &option, RecordKind kind);
    /// --mentorship, or the only mentorship when the profile has exactly one.
    [[nodiscard]] QString mentorshipId();

private:
    bool m_stdinTaken = false;
};

} // namespace bollplank::cli
