#include "syncreport.h"

namespace bollplank::sync {

SyncReport &SyncReport::operator+=(const SyncReport &other)
{
    addApplied(other);
    pushed += other.pushed;
    waiting = other.waiting;
    notPaired += other.notPaired;
    withheld = other.withheld;
    forks = other.forks;
    unreachable += other.unreachable;
    return *this;
}

void SyncReport::addApplied(const SyncReport &part)
{
    pulled += part.pulled;
    applied += part.applied;
    merged += part.merged;
    conflicts += part.conflicts;
    refused += part.refused;
    erased += part.erased;
    changes += part.changes;
}

} // namespace bollplank::sync
