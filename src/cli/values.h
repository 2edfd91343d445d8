#pragma once

#include "clierror.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace bollplank::cli {

// Turning option values into typed values. A value that cannot be read as its type is a
// usage error (exit 1); whether a well-formed value is acceptable is the core's call (exit 5).

/// A whole number; option names the option for the message.
[[nodiscard]] int parseInt(const QString &text, const QString &option);
/// YYYY-MM-DD, or "today".
[[nodiscard]] QDate parseDate(const QString &text, const QString &option);
/// ISO 8601 date and time in local time (YYYY-MM-DDTHH:MM[:SS], a space instead of T is fine);
/// an explicit offset or Z is honoured.
[[nodiscard]] QDateTime parseDateTime(const QString &text, const QString &option);
/// Focus area ids separated by commas ("1,4"); "" or "none" is the empty list. what names the
/// option or argument for the message.
[[nodiscard]] QList<int> parseIdList(const QString &text, const QString &what);
/// True for "none" or "": the way to clear an optional value on edit.
[[nodiscard]] bool isNone(const QString &text);

/// A word from the command line, quoted for an error message, or "that value" when it could be
/// something other than a command word or id (error messages never echo note text).
[[nodiscard]] QString quoted(const QString &word);
/// True when word may appear in an error message (a plain word, not a phrase).
[[nodiscard]] bool echoable(const QString &word);

/// A core message with any quoted value taken out (the core quotes the value it refused).
[[nodiscard]] QString withoutQuotedValue(const char *message);

/// One of a closed set, read by the core's parser (parseLens, parseRole, ...).
template <typename Parser>
[[nodiscard]] auto parseChoice(const QString &text, const QString &option, Parser parser)
    -> decltype(parser(text))
{
    try {
        return parser(text);
    } catch (const StoreError &e) {
        throw usageError(QStringLiteral("--%1: %2").arg(option, withoutQuotedValue(e.what())));
    }
}

} // namespace bollplank::cli
