#include "syncwarnings.h"

#include "profile/store.h"
#include "sync/advisories.h"
#include "sync/collections.h"
#include "sync/engine.h"
#include "sync/identity.h"

namespace bollplank {

QStringList SyncWarnings::read(Store &store)
{
    QStringList out;
    sync::Engine engine(store);
    const QString mine = sync::ownRole(store);
    const QByteArray self = sync::DeviceIdentity::load(store).signPublicKey();
    for (const sync::Withheld &w : engine.withheld())
        out.append(w.role == mine
                ? tr("The sync server is holding back %n change(s) from your other device. They show here once they arrive.", "", int(w.missing))
                : tr("The sync server is holding back %n change(s) from the other person's device. They show here once they arrive.", "", int(w.missing)));
    if (const int forks = engine.forks())
        out.append(tr("%n change(s) arrived with a history that contradicts what was received before and were refused. Sync again; if this stays, tell the other person.", "", forks));
    for (const sync::Advisory &a : sync::unseenAdvisories(store)) {
        switch (a.kind) {
        case sync::Advisory::Kind::DeviceAdded:
            out.append(a.role == mine
                    ? tr("A new device of yours joined. If you did not link it, revoke it in Settings → Sync → Devices and safety numbers.")
                    : tr("The other person added a new device. Compare its safety number with them when you next meet (Settings → Sync → Devices and safety numbers)."));
            break;
        case sync::Advisory::Kind::DeviceRevoked:
            if (a.erasedRecords.value_or(0) > 0 && a.signPublicKey == self)
                out.append(tr("Another of your devices revoked this one: it receives nothing written from now on, and it erased the %n record(s) it held only for that.", "", *a.erasedRecords));
            else
                out.append(tr("A device was revoked: it receives nothing written from now on. The next time it connects, it erases what it holds; what it already showed stays read."));
            break;
        case sync::Advisory::Kind::Ended:
            if (a.erasedRecords.value_or(0) > 0)
                out.append(tr("The other person stopped syncing with you: nothing more travels between you. As they asked, %n record(s) they wrote were erased from this device; what you wrote stays.", "", *a.erasedRecords));
            else
                out.append(tr("The other person stopped syncing with you: nothing more travels between you. What you both already have stays."));
            break;
        }
    }
    return out;
}

void SyncWarnings::dismiss(Store &store)
{
    for (const sync::Advisory &a : sync::unseenAdvisories(store))
        sync::markAdvisorySeen(store, a.id);
}

} // namespace bollplank
