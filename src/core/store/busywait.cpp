#include "busywait.h"

#include <sqlite3.h>

#include <atomic>
#include <chrono>
#include <thread>

namespace bollplank::busywait {

namespace {

using Clock = std::chrono::steady_clock;

constexpr auto Step = std::chrono::microseconds(250);
// A waiter of this process takes the lock as soon as it runs; this only bounds a yield when it
// does not get to run for long (a loaded machine), so the yielding writer is never stalled by it.
constexpr auto LongestYield = std::chrono::milliseconds(250);

// A thread waits for one lock at a time, whichever connection it uses.
std::atomic<int> waitingThreads { 0 };
thread_local bool waitingHere = false;
thread_local Clock::time_point waitingSince;
thread_local long long waitedNs = 0;

int waitForLock(void *, int attempt)
{
    const Clock::time_point now = Clock::now();
    if (attempt == 0 || !waitingHere) {
        if (!waitingHere)
            waitingThreads.fetch_add(1, std::memory_order_acq_rel);
        waitingHere = true;
        waitingSince = now;
    }
    if (now - waitingSince >= std::chrono::milliseconds(BusyTimeoutMs))
        return 0;
    std::this_thread::sleep_for(Step);
    waitedNs += std::chrono::duration_cast<std::chrono::nanoseconds>(Clock::now() - now).count();
    return 1;
}

} // namespace

void install(sqlite3 *db)
{
    sqlite3_busy_handler(db, waitForLock, nullptr);
}

void settled() noexcept
{
    if (!waitingHere)
        return;
    waitingHere = false;
    waitingThreads.fetch_sub(1, std::memory_order_acq_rel);
}

bool othersWaiting() noexcept
{
    return waitingThreads.load(std::memory_order_acquire) > (waitingHere ? 1 : 0);
}

void yieldToWaitingWriters()
{
    const Clock::time_point until = Clock::now() + LongestYield;
    while (othersWaiting() && Clock::now() < until)
        std::this_thread::sleep_for(Step);
}

long long waitedOnThisThreadNs() noexcept
{
    return waitedNs;
}

} // namespace bollplank::busywait
