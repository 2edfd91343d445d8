#pragma once

#include <QString>

namespace bollplank {
class Store;
}

namespace bollplank::cli {

/// The kinds of record a command can name by id.
enum class RecordKind {
    Mentorship,
    Meeting,
    Minutes,
    ActionItem,
    Evaluation,
    Reflection,
    Comment,
    Note,
    Request
};

/// What a person calls the kind ("action item").
[[nodiscard]] QString nameOf(RecordKind kind);

/// The full id of the live record whose id is given, or starts with the given prefix (at least
/// 4 characters, as `list` shows 8). Throws a not-found CliError when none matches and an
/// invalid-input one when the prefix is too short or matches several records.
[[nodiscard]] QString resolveId(Store &store, RecordKind kind, const QString &given);

/// The first 8 characters: enough to tell records apart in a list and to type back.
[[nodiscard]] QString shortId(const QString &id);

} // namespace bollplank::cli
