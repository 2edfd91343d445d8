#pragma once

// Who can read each collection, as this device knows it (issue: "a device roster that both sides
// see"): every live collection with its members' devices, whose they are, since when, and the
// safety number this device shares with each, so two people can compare it aloud at any time and
// notice a key they never agreed to. Read-only: changes go through pairing and rotation.h.

#include "collections.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace bollplank {
class Store;
}

namespace bollplank::sync {

struct RosterDevice
{
    QByteArray signPublicKey;
    QString deviceId;
    QString role;        ///< "adept" or "mentor": whose device it is, as this device bound it
    qint64 addedAt = 0;  ///< when this device first learnt of it (ms since the epoch; 0 when unknown)
    bool self = false;   ///< this device
    QString safetyNumber; ///< 60 digits shared with this device (empty for this device itself)
};

struct RosterCollection
{
    Collection collection;
    QList<RosterDevice> devices; ///< this device first, then in the order they joined
};

/// Every live (not frozen) collection of this profile with its devices: the journal or notes
/// first, then the shared spaces.
[[nodiscard]] QList<RosterCollection> roster(Store &store);

/// This person's other devices (role as this profile's), each once, across live collections.
[[nodiscard]] QList<RosterDevice> ownOtherDevices(Store &store);

} // namespace bollplank::sync
