#include "store.h"

#include <QDateTime>

namespace bollplank {

Store::Store(Database db, QString deviceId)
    : m_db(std::move(db))
    , m_deviceId(std::move(deviceId))
    , m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

} // namespace bollplank
