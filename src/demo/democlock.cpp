#include "democlock.h"

#include "profile/store.h"

#include <QDateTime>

namespace bollplank::demo {

DemoClock::DemoClock(Store &store, const QDate &today)
    : m_store(store)
    , m_latest(today.startOfDay().toMSecsSinceEpoch() - 60'000)
{
    m_now = m_latest;
    m_store.setClock([this] { return m_now; });
}

DemoClock::~DemoClock()
{
    // Store has no getter for its previous clock; the real one is what a new profile starts with.
    m_store.setClock([] { return QDateTime::currentMSecsSinceEpoch(); });
}

void DemoClock::set(qint64 msecs)
{
    m_now = qMin(msecs, m_latest);
}

qint64 DemoClock::at(const QDate &date, int minuteOfDay)
{
    return QDateTime(date, QTime(minuteOfDay / 60, minuteOfDay % 60)).toMSecsSinceEpoch();
}

} // namespace bollplank::demo
