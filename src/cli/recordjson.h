#pragma once

#include "domain/records.h"
#include "query/search.h"

#include <QJsonArray>
#include <QJsonObject>

namespace bollplank::cli {

// Each record as a JSON object. Field names are part of the CLI's interface: scripts read
// them, so they only ever get added, never renamed. Every object has "id" and "revision";
// times are ISO 8601 with offset, dates YYYY-MM-DD, absent values null.

[[nodiscard]] QJsonObject toJson(const Profile &profile);
[[nodiscard]] QJsonObject toJson(const Mentorship &mentorship);
[[nodiscard]] QJsonObject toJson(const Agreement &agreement);
[[nodiscard]] QJsonObject toJson(const Meeting &meeting, const QList<int> &focusAreas);
[[nodiscard]] QJsonObject toJson(const Minutes &minutes);
[[nodiscard]] QJsonObject toJson(const ActionItem &item);
[[nodiscard]] QJsonObject toJson(const Evaluation &evaluation);
[[nodiscard]] QJsonObject toJson(const Reflection &reflection);
[[nodiscard]] QJsonObject toJson(const Comment &comment);
[[nodiscard]] QJsonObject toJson(const MentorNote &note);
[[nodiscard]] QJsonObject toJson(const AdHocRequest &request);
[[nodiscard]] QJsonObject toJson(const SearchHit &hit);

[[nodiscard]] QJsonArray toJsonArray(const QList<int> &numbers);

/// A list of records as a JSON array.
template <typename T> [[nodiscard]] QJsonArray toJsonArray(const QList<T> &records)
{
    QJsonArray array;
    for (const T &record : records)
        array.append(toJson(record));
    return array;
}

} // namespace bollplank::cli
