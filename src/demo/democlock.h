#pragma once

#include <QDate>
#include <QtGlobal>

namespace bollplank {
class Store;
}

namespace bollplank::demo {

/// Stamps what the demo writes with times in its story instead of now. Installs itself as the
/// store's clock and puts the real clock back when it goes away.
class DemoClock
{
public:
    /// today: the demo's today; nothing is stamped on or after its first moment.
    DemoClock(Store &store, const QDate &today);
    DemoClock(const DemoClock &) = delete;
    DemoClock &operator=(const DemoClock &) = delete;
    ~DemoClock();

    /// The time the next writes get. Times on or after today become the last minute before it,
    /// so a demo built "today" never holds records from the future.
    void set(qint64 msecs);
    void set(const QDate &date, int minuteOfDay) { set(at(date, minuteOfDay)); }
    [[nodiscard]] qint64 now() const noexcept { return m_now; }
    /// The last stamp allowed: one minute before today starts.
    [[nodiscard]] qint64 latest() const noexcept { return m_latest; }

    /// Local time on date, minutes after midnight, in ms since the epoch.
    [[nodiscard]] static qint64 at(const QDate &date, int minuteOfDay);

private:
    Store &m_store;
    qint64 m_now = 0;
    qint64 m_latest = 0;
};

} // namespace bollplank::demo
