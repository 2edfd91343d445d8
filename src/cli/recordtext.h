#pragma once

#include "domain/records.h"
#include "query/lookback.h"
#include "query/search.h"

#include <QString>

namespace bollplank::cli {

// Each record as text for a person: line() is one row of a list (it starts with the short id
// to type back), detail() the full record, text last.

[[nodiscard]] QString detail(const Profile &profile, const QString &folder);
[[nodiscard]] QString line(const Mentorship &mentorship);
[[nodiscard]] QString detail(const Mentorship &mentorship);
[[nodiscard]] QString detail(const Agreement &agreement);
[[nodiscard]] QString line(const Meeting &meeting, const QList<int> &focusAreas);
[[nodiscard]] QString detail(const Meeting &meeting, const QList<int> &focusAreas);
[[nodiscard]] QString line(const Minutes &minutes);
[[nodiscard]] QString detail(const Minutes &minutes);
[[nodiscard]] QString line(const ActionItem &item);
[[nodiscard]] QString detail(const ActionItem &item);
[[nodiscard]] QString line(const Evaluation &evaluation);
[[nodiscard]] QString line(const Reflection &reflection);
[[nodiscard]] QString detail(const Reflection &reflection);
[[nodiscard]] QString line(const Comment &comment);
[[nodiscard]] QString line(const MentorNote &note);
[[nodiscard]] QString line(const AdHocRequest &request);
[[nodiscard]] QString line(const SearchHit &hit);

/// Focus areas by number and name, in the system language ("1 Work situation, 4 ...").
[[nodiscard]] QString focusNames(const QList<int> &areas);

/// Rows of a list, or what to say when there are none ("No reflections.").
template <typename T> [[nodiscard]] QString lines(const QList<T> &records, const QString &whenEmpty)
{
    if (records.isEmpty())
        return whenEmpty;
    QStringList rows;
    for (const T &record : records)
        rows.append(line(record));
    return rows.join(QLatin1Char('\n'));
}

} // namespace bollplank::cli
