#pragma once

// Which records of which tables a sync changed, so a list model refreshes the rows that changed
// instead of reloading everything (issue #13). Collected while envelopes are applied, from what
// the engine knows already (writeImported reads whether a row is there before it writes it):
// no query of its own.
//
//   for (const QString &table : report.changes.tables())
//       model(table)->refresh(report.changes.inserted(table), report.changes.updated(table),
//                             report.changes.deleted(table));
//
// What counts is the net change over the sync, as a list showing live rows sees it: a record that
// came and went in one sync is not reported, one deleted and brought back is an update. A
// tombstone applied to an existing row (deleted = 1) is a deletion, as is a row a revoked device
// erased. Record tables only (reflection, comment, meeting, ...); membership, grant and rotation
// records change the roster, which SyncReport says otherwise.

#include <QHash>
#include <QString>
#include <QStringList>

namespace bollplank::sync {

class ChangeSet
{
public:
    /// One change to a row: whether it was live (present, not deleted) before and is after it.
    void note(const QString &table, const QString &id, bool liveBefore, bool liveAfter);

    /// Adds what a later step changed: a row changed by both keeps how it was before this one.
    ChangeSet &operator+=(const ChangeSet &later);

    /// Tables with at least one record inserted, updated or deleted, sorted.
    [[nodiscard]] QStringList tables() const;
    /// Record ids, sorted: live now and not before this sync / live before and now / not now.
    [[nodiscard]] QStringList inserted(const QString &table) const;
    [[nodiscard]] QStringList updated(const QString &table) const;
    [[nodiscard]] QStringList deleted(const QString &table) const;
    [[nodiscard]] bool isEmpty() const { return tables().isEmpty(); }

private:
    struct Row
    {
        bool before = false;
        bool after = false;
    };
    [[nodiscard]] QStringList rows(const QString &table, bool before, bool after) const;

    QHash<QString, QHash<QString, Row>> m_tables;
};

} // namespace bollplank::sync
