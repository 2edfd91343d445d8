#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>
#include <optional>
#include <string_view>

struct sqlite3_stmt;

namespace bollplank {

class Database;

/// A prepared statement. Binds by 1-based index, steps rows, reads columns by 0-based index.
/// A cached statement is reset, unbound and handed back to the cache when this object goes away;
/// a one-off one is finalised.
class Statement
{
public:
    /// inUse: the cache's flag for this statement, or nullptr for a one-off statement this object owns.
    Statement(const Database &db, sqlite3_stmt *stmt, bool *inUse) noexcept;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, bool value) { return bind(index, qint64(value ? 1 : 0)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *value) { return bind(index, QString::fromUtf8(value)); }
    Statement &bind(int index, const QByteArray &blob);
    Statement &bindNull(int index);
    /// Binds by the variant's type: null, integer, bool, double, string or byte array.
    Statement &bind(int index, const QVariant &value);
    template<typename T> Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    /// Advances to the next row; false when done. Throws StoreError on failure.
    [[nodiscard]] bool step();
    /// Runs a statement that returns no rows.
    void run();
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] qint64 int64(int column) const;
    [[nodiscard]] int integer(int column) const { return int(int64(column)); }
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] QString text(int column) const;
    [[nodiscard]] QByteArray blob(int column) const;
    [[nodiscard]] std::optional<qint64> optionalInt64(int column) const;
    [[nodiscard]] std::optional<QString> optionalText(int column) const;

private:
    void check(int rc, std::string_view what) const;

    const Database *m_db;
    sqlite3_stmt *m_stmt;
    bool *m_inUse;
};

} // namespace bollplank
