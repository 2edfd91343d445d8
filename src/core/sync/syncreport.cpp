#include "syncreport.h"

namespace bollplank::sync {

SyncReport &SyncReport::operator+=(const SyncReport &other)
{
    pushed += other.pushed;
    pulled += other.pulled;
    applied += other.applied;
    merged += other.merged;
    conflicts += other.conflicts;
    waiting = other.waiting;
    refused += other.refused;
    notPaired += other.notPaired;
    withheld = other.withheld;
    forks = other.forks;
    erased += other.erased;
    unreachable += other.unreachable;
    return *this;
}

} // namespace bollplank::sync
