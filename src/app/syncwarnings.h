#pragma once

// What the Sync card warns about, in the person's language, never with content: changes the
// sync server holds back (a gap in a device's numbered changes), histories that forked, and the
// advisories of a collection's devices (a device added: compare the safety number; a device
// revoked; the other person ending the pairing).

#include <QCoreApplication>
#include <QStringList>

namespace bollplank {

class Store;

class SyncWarnings
{
    Q_DECLARE_TR_FUNCTIONS(SyncWarnings)

public:
    [[nodiscard]] static QStringList read(Store &store);
    /// The advisories were read; held-back changes and forks keep showing until they resolve.
    static void dismiss(Store &store);
};

} // namespace bollplank
