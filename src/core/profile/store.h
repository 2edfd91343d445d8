#pragma once

#include "store/database.h"

#include <QString>
#include <functional>

namespace bollplank {

/// An unlocked profile's database plus what every write needs: this device's id and a clock.
/// Repositories and queries take a Store&.
class Store
{
public:
    using Clock = std::function<qint64()>;

    Store(Database db, QString deviceId);

    [[nodiscard]] Database &db() noexcept { return m_db; }
    [[nodiscard]] const QString &deviceId() const noexcept { return m_deviceId; }
    /// Milliseconds since the epoch, UTC; replaceable so tests can control time.
    [[nodiscard]] qint64 now() const { return m_clock(); }
    void setClock(Clock clock) { m_clock = std::move(clock); }
    /// The clock in use, so a caller can borrow the store and put the clock back afterwards.
    [[nodiscard]] const Clock &clock() const noexcept { return m_clock; }

private:
    Database m_db;
    QString m_deviceId;
    Clock m_clock;
};

} // namespace bollplank
