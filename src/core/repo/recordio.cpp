#include "recordio.h"

#include "profile/store.h"
#include "store/statement.h"
#include "store/storeerror.h"
#include "sync/outbox.h"

#include <QUuid>
#include <string>

namespace bollplank {

QString newRecordId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void require(bool condition, const char *message)
{
    if (!condition)
        throw StoreError(StoreError::Kind::InvalidInput, message);
}

RecordMeta readMeta(const Statement &row)
{
    return { row.text(0), row.int64(1), row.text(2), row.int64(3), row.int64(4) != 0 };
}

QVariant dateValue(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QDate dateFrom(const QString &iso)
{
    return QDate::fromString(iso, Qt::ISODate);
}

QVariant optionalValue(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant emptyAsNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

void writeRecord(Store &store, const char *table, RecordMeta &meta, std::initializer_list<Field> fields)
{
    const QString author = store.deviceId();
    const qint64 now = store.now();
    std::string sql;
    if (meta.id.isEmpty()) {
        sql = std::string("INSERT INTO ") + table + " (id, rev, author_device, updated_at, deleted";
        std::string values = "?, 1, ?, ?, 0";
        for (const Field &f : fields) {
            sql += std::string(", ") + f.column;
            values += ", ?";
        }
        sql += ") VALUES (" + values + ")";
        const QString id = newRecordId();
        auto insert = store.db().prepare(sql);
        insert.bind(1, id).bind(2, author).bind(3, now);
        int index = 4;
        for (const Field &f : fields)
            insert.bind(index++, f.value);
        insert.run();
        meta = { id, 1, author, now, false };
        sync::queueChange(store, QString::fromLatin1(table), id);
        return;
    }

    qint64 revision = 0;
    {
        auto current = store.db().prepare(std::string("SELECT rev FROM ") + table + " WHERE id = ?");
        current.bind(1, meta.id);
        if (!current.step())
            throw StoreError(StoreError::Kind::NotFound, std::string("No such record in ") + table);
        revision = current.int64(0) + 1;
    }
    sql = std::string("UPDATE ") + table + " SET rev = ?, author_device = ?, updated_at = ?, deleted = 0";
    for (const Field &f : fields)
        sql += std::string(", ") + f.column + " = ?";
    sql += " WHERE id = ?";
    auto update = store.db().prepare(sql);
    update.bind(1, revision).bind(2, author).bind(3, now);
    int index = 4;
    for (const Field &f : fields)
        update.bind(index++, f.value);
    update.bind(index, meta.id);
    update.run();
    meta.revision = revision;
    meta.authorDevice = author;
    meta.updatedAt = now;
    meta.deleted = false;
    sync::queueChange(store, QString::fromLatin1(table), meta.id);
}

int tombstoneWhere(Store &store, const char *table, const char *column, const QVariant &value,
    std::initializer_list<Field> blanked)
{
    // The ids first: each tombstone is an outgoing revision too.
    QStringList ids;
    {
        auto affected = store.db().prepare(std::string("SELECT id FROM ") + table + " WHERE " + column + " = ? AND deleted = 0");
        affected.bind(1, value);
        while (affected.step())
            ids.append(affected.text(0));
    }
    std::string sql = std::string("UPDATE ") + table
        + " SET rev = rev + 1, author_device = ?, updated_at = ?, deleted = 1";
    for (const Field &f : blanked)
        sql += std::string(", ") + f.column + " = ?";
    sql += std::string(" WHERE ") + column + " = ? AND deleted = 0";
    auto update = store.db().prepare(sql);
    update.bind(1, store.deviceId()).bind(2, store.now());
    int index = 3;
    for (const Field &f : blanked)
        update.bind(index++, f.value);
    update.bind(index, value);
    update.run();
    const int changed = store.db().changes();
    for (const QString &id : ids)
        sync::queueChange(store, QString::fromLatin1(table), id);
    return changed;
}

void tombstone(Store &store, const char *table, const QString &id, std::initializer_list<Field> blanked)
{
    if (tombstoneWhere(store, table, "id", id, blanked) == 0)
        throw StoreError(StoreError::Kind::NotFound, std::string("No such record in ") + table);
}

std::optional<QString> findIdBy(Store &store, const char *table, std::initializer_list<Field> key)
{
    std::string sql = std::string("SELECT id FROM ") + table + " WHERE 1";
    for (const Field &f : key)
        sql += std::string(" AND ") + f.column + " = ?";
    auto query = store.db().prepare(sql);
    int index = 1;
    for (const Field &f : key)
        query.bind(index++, f.value);
    if (!query.step())
        return std::nullopt;
    return query.text(0);
}

} // namespace bollplank
