#include "changeset.h"

#include <algorithm>

namespace bollplank::sync {

void ChangeSet::note(const QString &table, const QString &id, bool liveBefore, bool liveAfter)
{
    QHash<QString, Row> &rows = m_tables[table];
    const auto it = rows.find(id);
    if (it == rows.end())
        rows.insert(id, { liveBefore, liveAfter });
    else
        it->after = liveAfter;
}

ChangeSet &ChangeSet::operator+=(const ChangeSet &later)
{
    if (m_tables.isEmpty()) {
        m_tables = later.m_tables;
        return *this;
    }
    for (auto table = later.m_tables.cbegin(); table != later.m_tables.cend(); ++table)
        for (auto row = table->cbegin(); row != table->cend(); ++row)
            note(table.key(), row.key(), row->before, row->after);
    return *this;
}

QStringList ChangeSet::rows(const QString &table, bool before, bool after) const
{
    QStringList ids;
    const auto found = m_tables.constFind(table);
    if (found == m_tables.cend())
        return ids;
    for (auto it = found->cbegin(); it != found->cend(); ++it)
        if (it->before == before && it->after == after)
            ids.append(it.key());
    ids.sort();
    return ids;
}

QStringList ChangeSet::tables() const
{
    QStringList names;
    for (auto table = m_tables.cbegin(); table != m_tables.cend(); ++table)
        if (std::any_of(table->cbegin(), table->cend(), [](const Row &r) { return r.before || r.after; }))
            names.append(table.key());
    names.sort();
    return names;
}

QStringList ChangeSet::inserted(const QString &table) const
{
    return rows(table, false, true);
}

QStringList ChangeSet::updated(const QString &table) const
{
    return rows(table, true, true);
}

QStringList ChangeSet::deleted(const QString &table) const
{
    return rows(table, true, false);
}

} // namespace bollplank::sync
