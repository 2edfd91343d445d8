#include "concurrent.h"

#include "exchanged.h"
#include "identity.h"
#include "merge.h"
#include "outbox.h"
#include "profile/store.h"
#include "syncreport.h"

#include <QCborMap>
#include <QCborValue>
#include <QUuid>
#include <sodium.h>

#include <algorithm>

namespace bollplank::sync {

namespace {

// The same on every device that meets the same conflict, so two devices make one copy, not two.
QString copyIdFor(const QString &recordId, const QVariantMap &loserFields)
{
    QByteArray digest(16, Qt::Uninitialized);
    const QByteArray input
        = recordId.toUtf8() + '\0' + QCborValue(QCborMap::fromVariantMap(loserFields)).toCbor();
    crypto_generichash(reinterpret_cast<unsigned char *>(digest.data()), 16,
        reinterpret_cast<const unsigned char *>(input.constData()), std::size_t(input.size()), nullptr, 0);
    digest[6] = char((digest[6] & 0x0f) | 0x40);
    digest[8] = char((digest[8] & 0x3f) | 0x80);
    return QUuid::fromRfc4122(digest).toString(QUuid::WithoutBraces);
}

// Tables with one row per natural key (a meeting's minutes for an area, a party's evaluation):
// a conflict copy cannot sit beside the record, so the record's text holds both versions.
bool oneRowPerKey(const QString &table)
{
    return table == QLatin1String("minutes") || table == QLatin1String("evaluation")
        || table == QLatin1String("meeting_focus") || table == QLatin1String("agreement");
}

// Field by field against the merge base: a field changed on one side only takes that side's
// value, text changed on both merges line by line. nullopt when anything cannot be merged.
std::optional<Payload> mergeFields(
    const Payload &ours, const Payload &theirs, const std::optional<Payload> &base)
{
    Payload merged = ours;
    merged.updatedAt = std::max(ours.updatedAt, theirs.updatedAt);
    for (auto it = theirs.fields.cbegin(); it != theirs.fields.cend(); ++it) {
        const QVariant o = ours.fields.value(it.key());
        const QVariant &t = it.value();
        if (o == t)
            continue;
        const std::optional<QVariant> b
            = base ? std::optional<QVariant>(base->fields.value(it.key())) : std::nullopt;
        if (b && *b == o) {
            merged.fields.insert(it.key(), t);
        } else if (b && *b == t) {
            continue;
        } else if (o.typeId() == QMetaType::QString && t.typeId() == QMetaType::QString) {
            const auto text = mergeLines(b ? b->toString() : QString(), o.toString(), t.toString());
            if (!text)
                return std::nullopt;
            merged.fields.insert(it.key(), *text);
        } else {
            return std::nullopt;
        }
    }
    return merged;
}

// Both versions in one record's text, the loser's below a marker, for the person to settle.
Payload bothInOne(const Payload &winner, const Payload &loser)
{
    Payload both = winner;
    for (auto it = loser.fields.cbegin(); it != loser.fields.cend(); ++it)
        if (it.value().typeId() == QMetaType::QString && it.value() != winner.fields.value(it.key()))
            both.fields.insert(it.key(),
                winner.fields.value(it.key()).toString()
                    + QStringLiteral("\n\n<<<<<<< conflict: another version >>>>>>>\n")
                    + it.value().toString());
    return both;
}

// Ours stays, at a revision above theirs, so the other device takes it as the newer one.
void bumpRevision(Here here, const QString &table, const QString &id, qint64 revision, ChangeSet &changes)
{
    here.store.db()
        .prepare(
            "UPDATE " + table.toStdString() + " SET rev = ?, author_device = ?, updated_at = ? WHERE id = ?")
        .bind(1, revision)
        .bind(2, here.self.deviceId())
        .bind(3, here.store.now())
        .bind(4, id)
        .run();
    queueChange(here.store, table, id);
    changes.note(table, id, true, true);
}

// A result this device wrote (a merge, a copy): written as its own revision and sent to the others.
bool writeOurs(
    Here here, const Collection &c, const QString &id, qint64 revision, const Payload &payload, ChangeSet &changes)
{
    if (!writeImported(here.store, c, id, revision, here.self.deviceId(), payload, changes))
        return false;
    queueChange(here.store, payload.table, id);
    return true;
}

// Not mergeable: one version stays in the record, the other becomes a visible copy. Both devices
// pick the same winner (the larger device key) and the same copy id.
Outcome keepBoth(Here here, const ConcurrentEdit &edit, const Payload &ours, qint64 next, SyncReport &report)
{
    const Collection &c = edit.collection;
    const QString &table = edit.theirs.table;
    const QString &id = edit.header.recordId;
    const bool theirsWins = edit.header.author > here.self.signPublicKey();
    const Payload &winner = theirsWins ? edit.theirs : ours;
    const Payload &loser = theirsWins ? ours : edit.theirs;
    QString copyId;
    if (oneRowPerKey(table)) {
        if (!writeOurs(here, c, id, next, bothInOne(winner, loser), report.changes))
            return Outcome::Waiting;
    } else {
        if (!theirsWins)
            bumpRevision(here, table, id, next, report.changes);
        else if (!writeImported(here.store, c, id, edit.header.revision, edit.author.deviceId, edit.theirs, report.changes))
            return Outcome::Waiting;
        copyId = copyIdFor(id, loser.fields);
        if (!localState(here.store, table, copyId) && !writeOurs(here, c, copyId, 1, loser, report.changes))
            return Outcome::Waiting;
    }
    here.store.db()
        .prepare("INSERT INTO sync_conflict (table_name, record_id, copy_id, created_at) VALUES (?, ?, ?, ?)")
        .bind(1, table)
        .bind(2, id)
        .bind(3, copyId.isEmpty() ? QVariant() : QVariant(copyId))
        .bind(4, here.store.now())
        .run();
    ++report.conflicts;
    return Outcome::Applied;
}

} // namespace

Outcome settleConcurrent(Here here, const ConcurrentEdit &edit, SyncReport &report)
{
    const Collection &c = edit.collection;
    const QString &table = edit.theirs.table;
    const QString &id = edit.header.recordId;
    const LocalRow ours = *readLocal(here.store, here.collections, c, table, id);
    const std::optional<Payload> base = historyAt(here.store, c.id, id, edit.header.parentRevision);
    const qint64 next = std::max(edit.localRevision, edit.header.revision) + 1;
    if (edit.theirs.deleted && ours.payload.deleted)
        return Outcome::AlreadyHad;
    if (edit.theirs.deleted) {
        // An edit beats a delete: ours stays, at a revision above the tombstone.
        bumpRevision(here, table, id, next, report.changes);
    } else if (ours.payload.deleted) {
        if (!writeOurs(here, c, id, next, edit.theirs, report.changes))
            return Outcome::Waiting;
    } else {
        const std::optional<Payload> merged = mergeFields(ours.payload, edit.theirs, base);
        if (!merged)
            return keepBoth(here, edit, ours.payload, next, report);
        if (merged->fields != ours.payload.fields && !writeOurs(here, c, id, next, *merged, report.changes))
            return Outcome::Waiting;
    }
    ++report.merged;
    return Outcome::Applied;
}

} // namespace bollplank::sync
