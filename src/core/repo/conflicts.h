#pragma once

// Conflicts a person settles (DESIGN.md section 4, docs/sync-envelope-format.md "Applying"). Two
// devices edited one record at once and the line merge failed, so the sync engine kept both
// versions: the record holds one and a conflict copy (a record of its own) the other, or, in a
// table with one row per key, the record's text holds both (sync::BothVersionsSeparator). Until
// the person settles it nothing changes: both versions stay. Settling writes the chosen text
// through the repositories, like any edit, so it syncs; the copy is deleted the same way, and a
// device that receives both forgets the conflict too.

#include <QList>
#include <QString>

namespace bollplank {

class Store;

/// One text two devices wrote differently.
struct Conflict
{
    QString key;      ///< names it for settle(): table, record, copy and field
    QString table;    ///< "reflection", "comment", "mentor_note", "action_item", "adhoc_request",
                      ///< "minutes", "evaluation" or "agreement"
    QString recordId;
    QString copyId;   ///< the record holding the other version; empty when the record holds both
    QString field;    ///< the text column compared ("body", "reason", "goals", ...)
    QString mine;     ///< this device's version
    QString theirs;   ///< the other device's version
    qint64 foundAt = 0; ///< when this device met the conflict, ms since the epoch
};

class ConflictRepository
{
public:
    enum class Keep { Mine, Theirs, Merged };

    explicit ConflictRepository(Store &store)
        : m_store(store)
    {
    }

    /// The conflicts waiting here, oldest first. One settled elsewhere (its copy or its record
    /// deleted, by the other device's settling or by hand; the record's text no longer holding
    /// both versions) is forgotten here as it is found.
    [[nodiscard]] QList<Conflict> open();

    /// Settles the conflict named key: the record keeps this device's version, the other one, or
    /// merged, and the copy goes. Throws NotFound when it is no longer open, InvalidInput when the
    /// record refuses the text (an empty reflection); nothing changes then.
    void settle(const QString &key, Keep keep, const QString &merged = {});

    /// Which version is this device's: the engine keeps the version of the device with the larger
    /// signing key in the record (and first in a text holding both). The other device is taken to
    /// be this person's other device (or, when it has none there, the other person's) among the
    /// record's collections; exact for two devices.
    [[nodiscard]] bool recordIsMine(const QString &table, const QString &recordId);

private:
    Store &m_store;
};

} // namespace bollplank
