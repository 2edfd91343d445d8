#include "ids.h"

#include "clierror.h"
#include "profile/store.h"
#include "values.h"

#include <QRegularExpression>
#include <string>

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

const char *tableOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::Mentorship:
        return "mentorship";
    case RecordKind::Meeting:
        return "meeting";
    case RecordKind::Minutes:
        return "minutes";
    case RecordKind::ActionItem:
        return "action_item";
    case RecordKind::Evaluation:
        return "evaluation";
    case RecordKind::Reflection:
        return "reflection";
    case RecordKind::Comment:
        return "comment";
    case RecordKind::Note:
        return "mentor_note";
    case RecordKind::Request:
        return "adhoc_request";
    }
    return "";
}

constexpr qsizetype MinimumPrefix = 4;

} // namespace

QString nameOf(RecordKind kind)
{
    switch (kind) {
    case RecordKind::ActionItem:
        return u"action item"_s;
    case RecordKind::Note:
        return u"note"_s;
    case RecordKind::Request:
        return u"request"_s;
    default:
        return QString::fromLatin1(tableOf(kind));
    }
}

QString shortId(const QString &id)
{
    return id.left(8);
}

QString resolveId(Store &store, RecordKind kind, const QString &given)
{
    const QString prefix = given.trimmed().toLower();
    // Ids are lower-case UUIDs; anything else cannot match, and says so plainly.
    static const QRegularExpression uuidChars(u"^[0-9a-f-]+$"_s);
    if (!uuidChars.match(prefix).hasMatch())
        throw invalidInput(u"%1 is not a %2 id"_s.arg(quoted(given), nameOf(kind)));
    if (prefix.size() < MinimumPrefix)
        throw invalidInput(
            u"give at least %1 characters of the %2 id (\"%3\" is too short)"_s.arg(MinimumPrefix)
                .arg(nameOf(kind), prefix));

    // substr, not LIKE: the prefix is compared as plain text.
    auto query = store.db().prepare(std::string("SELECT id FROM ") + tableOf(kind)
        + " WHERE deleted = 0 AND substr(id, 1, ?1) = ?2 LIMIT 2");
    query.bind(1, int(prefix.size())).bind(2, prefix);
    QStringList matches;
    while (query.step())
        matches.append(query.text(0));
    if (matches.isEmpty())
        throw invalidInput(u"no %1 with id %2"_s.arg(nameOf(kind), prefix));
    if (matches.size() > 1)
        throw invalidInput(u"%1 matches several %2 ids; give more characters"_s.arg(prefix, nameOf(kind)));
    return matches.first();
}

} // namespace bollplank::cli
