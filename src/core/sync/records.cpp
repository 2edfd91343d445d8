#include "records.h"

#include "profile/store.h"
#include "transport.h"

#include <QCborMap>
#include <QCborStreamWriter>
#include <QCborValue>
#include <QHash>
#include <QMutex>
#include <QSet>

namespace bollplank::sync {

namespace {

const QSet<QString> &sharedTables()
{
    static const QSet<QString> tables = { QStringLiteral("reflection"), QStringLiteral("comment"),
        QStringLiteral("meeting"), QStringLiteral("meeting_focus"), QStringLiteral("minutes"),
        QStringLiteral("action_item"), QStringLiteral("evaluation"), QStringLiteral("agreement"),
        QStringLiteral("adhoc_request") };
    return tables;
}

[[noreturn]] void malformed(const QString &why)
{
    throw SyncError(SyncErrorKind::Protocol, QStringLiteral("Record refused: ") + why);
}

std::string sqlName(const QString &name)
{
    return name.toStdString();
}

QList<QByteArray> idsOf(const QList<Collection> &list)
{
    QList<QByteArray> ids;
    for (const Collection &c : list)
        ids.append(c.id);
    return ids;
}

QList<QByteArray> sharedFor(Collections &collections, const std::optional<QString> &mentorshipId)
{
    if (!mentorshipId)
        return idsOf(collections.allShared());
    if (const auto c = collections.shared(*mentorshipId))
        return { c->id };
    return {};
}

std::optional<std::optional<QString>> lookup(Store &store, const std::string &sql, const QString &id)
{
    auto q = store.db().prepare(sql);
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return q.optionalText(0);
}

struct ForeignKey
{
    QString column;
    QString parentTable;
    QString parentColumn;
};

QList<ForeignKey> foreignKeys(Store &store, const QString &table)
{
    static QMutex mutex;
    static QHash<QString, QList<ForeignKey>> cache;
    QMutexLocker lock(&mutex);
    if (const auto it = cache.constFind(table); it != cache.constEnd())
        return *it;
    QList<ForeignKey> keys;
    auto q = store.db().prepareOnce("PRAGMA foreign_key_list(" + sqlName(table) + ")");
    while (q.step())
        keys.append({ q.text(3), q.text(2), q.text(4) });
    cache.insert(table, keys);
    return keys;
}

thread_local DeferredIndex *deferredIndex = nullptr;

} // namespace

QVariantMap blanksFor(const QString &table)
{
    const QVariant empty = QString();
    if (table == QLatin1String("reflection"))
        return { { QStringLiteral("body"), empty }, { QStringLiteral("focus_mask"), 0 },
            { QStringLiteral("lens"), QVariant() }, { QStringLiteral("stress"), QVariant() },
            { QStringLiteral("visibility"), QStringLiteral("private") }, { QStringLiteral("shared_at"), QVariant() } };
    if (table == QLatin1String("evaluation"))
        return { { QStringLiteral("body"), empty }, { QStringLiteral("rating"), 1 } };
    if (table == QLatin1String("meeting"))
        return { { QStringLiteral("place"), empty } };
    if (table == QLatin1String("mentorship"))
        return { { QStringLiteral("adept_name"), empty }, { QStringLiteral("mentor_name"), empty } };
    if (table == QLatin1String("agreement"))
        return { { QStringLiteral("goals"), empty }, { QStringLiteral("adept_expectations"), empty },
            { QStringLiteral("mentor_expectations"), empty }, { QStringLiteral("confidentiality"), empty } };
    if (table == QLatin1String("adhoc_request"))
        return { { QStringLiteral("reason"), empty } };
    if (table == QLatin1String("meeting_focus"))
        return {};
    return { { QStringLiteral("body"), empty } };
}

int indexKind(const QString &table)
{
    if (table == QLatin1String("reflection"))
        return 0;
    if (table == QLatin1String("minutes"))
        return 1;
    if (table == QLatin1String("comment"))
        return 2;
    if (table == QLatin1String("mentor_note"))
        return 3;
    return -1;
}

DeferredIndex::DeferredIndex(Store &store)
    : m_store(store)
{
    Q_ASSERT(!deferredIndex);
    m_store.db().prepare("INSERT INTO sync_fts_hold (singleton) VALUES (1)").run();
    deferredIndex = this;
}

DeferredIndex::~DeferredIndex()
{
    deferredIndex = nullptr;
}

void DeferredIndex::flush()
{
    if (!m_open)
        return;
    m_open = false;
    deferredIndex = nullptr;
    auto &db = m_store.db();
    db.prepare("DELETE FROM sync_fts_hold").run();
    // From each row's current state, so a rolled-back envelope's row is simply indexed as it is.
    std::string docids;
    QHash<int, std::string> rowids;
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        const int kind = indexKind(it.key());
        if (kind < 0)
            continue;
        auto q = db.prepare("SELECT rowid FROM " + sqlName(it.key()) + " WHERE id = ?");
        for (const QString &id : it.value()) {
            q.bind(1, id);
            if (q.step()) {
                const qint64 rowid = q.int64(0);
                std::string &list = rowids[kind];
                list += (list.empty() ? "" : ",") + std::to_string(rowid);
                docids += (docids.empty() ? "" : ",") + std::to_string(rowid * 4 + kind);
            }
            q.reset();
        }
    }
    if (docids.empty())
        return;
    // One statement each: FTS4 flushes its pending terms whenever a writing statement begins.
    db.prepareOnce("DELETE FROM search_index WHERE docid IN (" + docids + ")").run();
    for (auto it = rowids.cbegin(); it != rowids.cend(); ++it) {
        static const char *const tables[] = { "reflection", "minutes", "comment", "mentor_note" };
        const std::string kind = std::to_string(it.key());
        db.prepareOnce("INSERT INTO search_index(docid, body) SELECT rowid * 4 + " + kind + ", body FROM "
            + tables[it.key()] + " WHERE deleted = 0 AND rowid IN (" + it.value() + ")")
            .run();
    }
}

QByteArray Payload::encode() const
{
    // Streamed: the same bytes QCborValue(QCborMap{t, d, u, f}).toCbor() gives (keys in this
    // order, fields in the map's), without building the maps first, which was a sixth of building
    // an envelope. tst_envelope checks the bytes are those QCborValue writes.
    QByteArray out;
    QCborStreamWriter w(&out);
    w.startMap(deleted ? 3 : 4);
    w.append(QLatin1StringView("t"));
    w.append(table);
    w.append(QLatin1StringView("d"));
    w.append(deleted);
    w.append(QLatin1StringView("u"));
    w.append(updatedAt);
    if (!deleted) {
        w.append(QLatin1StringView("f"));
        w.startMap(quint64(fields.size()));
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            w.append(it.key());
            // Explicitly typed: a null column must travel as CBOR null, not undefined.
            const QVariant &v = it.value();
            if (v.isNull())
                w.appendNull();
            else if (v.typeId() == QMetaType::QByteArray)
                w.append(v.toByteArray());
            else if (v.typeId() == QMetaType::QString)
                w.append(v.toString());
            else
                w.append(v.toLongLong());
        }
        w.endMap();
    }
    w.endMap();
    return out;
}

Payload Payload::decode(const QByteArray &bytes)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        malformed(QStringLiteral("not a CBOR map"));
    const QCborMap map = value.toMap();
    Payload p;
    if (!map.value(QStringLiteral("t")).isString() || !map.value(QStringLiteral("d")).isBool()
        || !map.value(QStringLiteral("u")).isInteger())
        malformed(QStringLiteral("missing table, deletion flag or time"));
    p.table = map.value(QStringLiteral("t")).toString();
    p.deleted = map.value(QStringLiteral("d")).toBool();
    p.updatedAt = map.value(QStringLiteral("u")).toInteger();
    if (!p.deleted) {
        const QCborValue fields = map.value(QStringLiteral("f"));
        if (!fields.isMap())
            malformed(QStringLiteral("missing fields"));
        for (auto it = fields.toMap().constBegin(); it != fields.toMap().constEnd(); ++it) {
            const QCborValue &v = it.value();
            if (!it.key().isString() || !(v.isString() || v.isInteger() || v.isNull() || v.isByteArray()))
                malformed(QStringLiteral("a field of an unknown type"));
            p.fields.insert(it.key().toString(), v.isNull() ? QVariant() : v.toVariant());
        }
    }
    return p;
}

bool isSyncedTable(const QString &table)
{
    return sharedTables().contains(table) || table == QLatin1String("mentorship")
        || table == QLatin1String("mentor_note");
}

bool allowedIn(CollectionKind kind, const QString &table)
{
    if (table == QLatin1String(MemberTable) || table == QLatin1String(RotationTable))
        return true;
    if (table == QLatin1String(GrantTable))
        return kind != CollectionKind::Shared;
    switch (kind) {
    case CollectionKind::Shared:
        return sharedTables().contains(table);
    case CollectionKind::Journal:
        return table == QLatin1String("reflection") || table == QLatin1String("mentorship");
    case CollectionKind::Notes:
        return table == QLatin1String("mentor_note") || table == QLatin1String("mentorship");
    }
    return false;
}

const QList<Column> &contentColumns(Store &store, const QString &table)
{
    static QMutex mutex;
    static QHash<QString, QList<Column>> cache;
    QMutexLocker lock(&mutex);
    auto it = cache.find(table);
    if (it == cache.end()) {
        static const QSet<QString> meta = { QStringLiteral("seq"), QStringLiteral("id"), QStringLiteral("rev"),
            QStringLiteral("author_device"), QStringLiteral("updated_at"), QStringLiteral("deleted") };
        QList<Column> columns;
        auto q = store.db().prepareOnce("PRAGMA table_info(" + sqlName(table) + ")");
        while (q.step()) {
            const QString name = q.text(1);
            if (!meta.contains(name))
                columns.append({ name, q.text(2).toUpper() == QLatin1String("INTEGER") });
        }
        it = cache.insert(table, columns);
    }
    return *it;
}

bool isAdeptProfile(Store &store)
{
    auto q = store.db().prepare("SELECT role FROM profile WHERE deleted = 0 LIMIT 1");
    return q.step() && q.text(0) == QLatin1String("adept");
}

QList<QByteArray> homeCollections(Store &store, Collections &collections, const QString &table, const QString &id)
{
    if (!isSyncedTable(table))
        return {};
    {
        auto q = store.db().prepare("SELECT deleted FROM " + sqlName(table) + " WHERE id = ?");
        q.bind(1, id);
        if (!q.step() || q.int64(0) != 0)
            return {};
    }
    const bool adept = isAdeptProfile(store);
    if (table == QLatin1String("reflection")) {
        // Reflections are the adept's: the mentor holds copies and never sends them back.
        if (!adept)
            return {};
        QList<QByteArray> homes;
        if (const auto journal = collections.journal())
            homes.append(journal->id);
        auto q = store.db().prepare("SELECT visibility, mentorship_id FROM reflection WHERE id = ?");
        q.bind(1, id);
        if (q.step() && q.text(0) == QLatin1String("shared"))
            homes += sharedFor(collections, q.optionalText(1));
        return homes;
    }
    if (table == QLatin1String("mentorship")) {
        if (adept) {
            const auto journal = collections.journal();
            return journal ? QList<QByteArray> { journal->id } : QList<QByteArray> {};
        }
        const auto notes = collections.notes(id);
        return notes ? QList<QByteArray> { notes->id } : QList<QByteArray> {};
    }
    if (table == QLatin1String("mentor_note")) {
        if (adept)
            return {};
        const auto mentorship = lookup(store, "SELECT mentorship_id FROM mentor_note WHERE id = ?", id);
        const auto notes = mentorship && *mentorship ? collections.notes(**mentorship) : std::nullopt;
        return notes ? QList<QByteArray> { notes->id } : QList<QByteArray> {};
    }
    std::optional<std::optional<QString>> mentorship;
    if (table == QLatin1String("comment"))
        mentorship = lookup(store,
            "SELECT r.mentorship_id FROM comment c JOIN reflection r ON r.id = c.reflection_id WHERE c.id = ?", id);
    else if (table == QLatin1String("minutes") || table == QLatin1String("evaluation")
        || table == QLatin1String("meeting_focus"))
        mentorship = lookup(store,
            "SELECT m.mentorship_id FROM " + sqlName(table) + " x JOIN meeting m ON m.id = x.meeting_id WHERE x.id = ?",
            id);
    else
        mentorship = lookup(store, "SELECT mentorship_id FROM " + sqlName(table) + " WHERE id = ?", id);
    if (!mentorship)
        return {};
    return sharedFor(collections, *mentorship);
}

bool belongsIn(
    Store &store, const Collection &c, const QString &table, const QString &id, const QVariantMap &fields)
{
    if (c.kind != CollectionKind::Shared)
        return true;
    // Absent (nullopt), or tied to no mentorship: nothing that belongs to another pair.
    const auto here = [&](const std::optional<std::optional<QString>> &mentorship) {
        return !mentorship || !*mentorship || **mentorship == c.mentorshipId;
    };
    const auto parent = [&](const char *parentTable, const char *column) {
        const QVariant value = fields.value(QLatin1String(column));
        if (value.isNull())
            return std::optional<std::optional<QString>>();
        return lookup(store, "SELECT mentorship_id FROM " + std::string(parentTable) + " WHERE id = ?",
            value.toString());
    };
    // The row as it stands here, tied to its mentorship directly or through its reflection or meeting.
    const std::string name = sqlName(table);
    std::string sql = "SELECT mentorship_id FROM " + name + " WHERE id = ? AND deleted = 0";
    const char *parentTable = nullptr;
    const char *parentColumn = nullptr;
    if (table == QLatin1String("comment")) {
        sql = "SELECT r.mentorship_id FROM comment x JOIN reflection r ON r.id = x.reflection_id "
              "WHERE x.id = ? AND x.deleted = 0";
        parentTable = "reflection";
        parentColumn = "reflection_id";
    } else if (table == QLatin1String("minutes") || table == QLatin1String("evaluation")
        || table == QLatin1String("meeting_focus")) {
        sql = "SELECT m.mentorship_id FROM " + name
            + " x JOIN meeting m ON m.id = x.meeting_id WHERE x.id = ? AND x.deleted = 0";
        parentTable = "meeting";
        parentColumn = "meeting_id";
    } else if (table == QLatin1String("action_item") || table == QLatin1String("adhoc_request")) {
        parentTable = "meeting"; // besides their own mentorship, which the import binds to c's
        parentColumn = "meeting_id";
    }
    if (!here(lookup(store, sql, id)))
        return false;
    // The row the change hangs it on.
    return !parentTable || here(parent(parentTable, parentColumn));
}

std::optional<LocalRow> readLocal(Store &store, Collections &collections, const Collection &c, const QString &table,
    const QString &id)
{
    const QList<Column> &columns = contentColumns(store, table);
    std::string sql = "SELECT rev, deleted, updated_at";
    for (const Column &col : columns)
        sql += ", " + sqlName(col.name);
    sql += " FROM " + sqlName(table) + " WHERE id = ?";
    auto q = store.db().prepare(sql);
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    LocalRow row;
    row.revision = q.int64(0);
    row.payload.table = table;
    row.payload.updatedAt = q.int64(2);
    const bool live = q.int64(1) == 0;
    for (int i = 0; i < columns.size(); ++i) {
        const Column &col = columns.at(i);
        if (c.kind == CollectionKind::Shared && col.name == QLatin1String("mentorship_id"))
            continue;
        if (q.isNull(i + 3))
            row.payload.fields.insert(col.name, QVariant());
        else if (col.integer)
            row.payload.fields.insert(col.name, q.int64(i + 3));
        else
            row.payload.fields.insert(col.name, q.text(i + 3));
    }
    q.reset();
    if (!live || !homeCollections(store, collections, table, id).contains(c.id)) {
        row.payload.deleted = true;
        row.payload.fields.clear();
    }
    return row;
}

std::optional<LocalState> localState(Store &store, const QString &table, const QString &id)
{
    auto q = store.db().prepare("SELECT rev, deleted FROM " + sqlName(table) + " WHERE id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return LocalState { q.int64(0), q.int64(1) != 0 };
}

bool writeImported(Store &store, const Collection &c, const QString &id, qint64 revision, const QString &authorDevice,
    const Payload &payload, ChangeSet &changes)
{
    const QString &table = payload.table;
    const QList<Column> &columns = contentColumns(store, table);
    QVariantMap fields = payload.deleted ? blanksFor(table) : payload.fields;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        if (std::none_of(columns.cbegin(), columns.cend(), [&](const Column &col) { return col.name == it.key(); }))
            malformed(QStringLiteral("unknown field in %1").arg(table));
    const bool hasMentorship
        = std::any_of(columns.cbegin(), columns.cend(), [](const Column &col) { return col.name == QLatin1String("mentorship_id"); });
    if (c.kind == CollectionKind::Shared && hasMentorship && !payload.deleted)
        fields.insert(QStringLiteral("mentorship_id"), c.mentorshipId);

    bool exists = false;
    bool liveBefore = false; // what the change set reports depends on it
    {
        auto q = store.db().prepare("SELECT deleted FROM " + sqlName(table) + " WHERE id = ?");
        q.bind(1, id);
        exists = q.step();
        liveBefore = exists && q.int64(0) == 0;
    }
    if (payload.deleted && !exists)
        return true; // nothing here to delete; the bookkeeping remembers the tombstone
    if (!payload.deleted) {
        for (const ForeignKey &fk : foreignKeys(store, table)) {
            const QVariant value = fields.value(fk.column);
            if (value.isNull())
                continue;
            auto q = store.db().prepare(
                "SELECT 1 FROM " + sqlName(fk.parentTable) + " WHERE " + sqlName(fk.parentColumn) + " = ?");
            q.bind(1, value);
            if (!q.step())
                return false;
        }
    }

    std::string sql;
    if (exists) {
        sql = "UPDATE " + sqlName(table) + " SET rev = ?1, author_device = ?2, updated_at = ?3, deleted = ?4";
        int index = 6;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it)
            sql += ", " + sqlName(it.key()) + " = ?" + std::to_string(index++);
        sql += " WHERE id = ?5";
    } else {
        std::string names = "rev, author_device, updated_at, deleted, id";
        std::string values = "?1, ?2, ?3, ?4, ?5";
        int index = 6;
        for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
            names += ", " + sqlName(it.key());
            values += ", ?" + std::to_string(index++);
        }
        sql = "INSERT INTO " + sqlName(table) + " (" + names + ") VALUES (" + values + ")";
    }
    auto write = store.db().prepare(sql);
    write.bind(1, revision).bind(2, authorDevice).bind(3, payload.updatedAt).bind(4, payload.deleted).bind(5, id);
    int index = 6;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it)
        write.bind(index++, it.value());
    write.run();
    changes.note(table, id, liveBefore, !payload.deleted);
    if (deferredIndex)
        deferredIndex->m_rows[table].insert(id);
    return true;
}

} // namespace bollplank::sync
