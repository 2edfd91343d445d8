#pragma once

#include "domain/records.h"
#include "profile/store.h"
#include "store/statement.h"
#include "store/storeerror.h"

#include <QDate>
#include <QVariant>
#include <initializer_list>
#include <optional>

namespace bollplank {

/// One content column of a record and the value to write to it.
struct Field
{
    const char *column;
    QVariant value;
};

/// The sync columns every SELECT of a record starts with, in the order readMeta() expects.
inline constexpr const char *MetaColumns = "id, rev, author_device, updated_at, deleted";

/// Writes a record: a new one (empty meta.id) gets a UUID and revision 1; an existing one a new
/// revision (and comes back from a tombstone: an edit beats a delete). Fills in meta.
/// Throws NotFound for an unknown id. Call inside a Transaction.
void writeRecord(Store &store, const char *table, RecordMeta &meta, std::initializer_list<Field> fields);

/// Marks a record deleted with a new revision and blanks its content columns, so a deleted
/// note does not linger in the file. Throws NotFound for an unknown or already deleted id.
void tombstone(Store &store, const char *table, const QString &id, std::initializer_list<Field> blanked);

/// Tombstones every live row whose column equals value (a cascade), blanking content as above.
/// Returns how many rows it tombstoned.
int tombstoneWhere(Store &store, const char *table, const char *column, const QVariant &value,
    std::initializer_list<Field> blanked);

/// The id of a live or tombstoned row matching a natural key (a UNIQUE column or pair), so that
/// writing "the minutes of this area" again revises the row instead of breaking the key.
[[nodiscard]] std::optional<QString> findIdBy(Store &store, const char *table, std::initializer_list<Field> key);

[[nodiscard]] RecordMeta readMeta(const Statement &row);

[[nodiscard]] QString newRecordId();
[[nodiscard]] QVariant dateValue(const QDate &date);
[[nodiscard]] QDate dateFrom(const QString &iso);
[[nodiscard]] QVariant optionalValue(const std::optional<qint64> &value);
[[nodiscard]] QVariant emptyAsNull(const QString &text);

/// Runs sql with bind(statement) applied and converts each row with fromRow.
template<typename T, typename Bind>
[[nodiscard]] QList<T> fetchAll(Store &store, const std::string &sql, Bind bind, T (*fromRow)(const Statement &))
{
    auto query = store.db().prepare(sql);
    bind(query);
    QList<T> rows;
    while (query.step())
        rows.append(fromRow(query));
    return rows;
}

/// The one live (not deleted) record with this id; throws NotFound with what as its name.
template<typename T>
[[nodiscard]] T fetchOne(Store &store, const std::string &sql, const QString &id, T (*fromRow)(const Statement &),
    const char *what)
{
    const QList<T> rows = fetchAll(store, sql, [&](Statement &s) { s.bind(1, id); }, fromRow);
    if (rows.isEmpty())
        throw StoreError(StoreError::Kind::NotFound, std::string("No ") + what + " with id " + id.toStdString());
    return rows.first();
}

/// Throws InvalidInput with message unless condition holds.
void require(bool condition, const char *message);

} // namespace bollplank
