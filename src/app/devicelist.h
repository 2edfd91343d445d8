#pragma once

// The device roster as the Sync card's "Devices and safety numbers" shows it, in the person's
// language: each collection this profile syncs ("Your journal", "Shared with Karin", "Your notes on
// Karin") with every device that can read it, whose it is, since when, and the safety number to
// compare with its owner. Never content; device ids only as a short tag to tell devices apart.

#include <QCoreApplication>
#include <QVariantList>

namespace bollplank {

class Store;

class DeviceList
{
    Q_DECLARE_TR_FUNCTIONS(DeviceList)

public:
    /// [{title, devices: [{key, name, detail, safetyGroups, revocable, self}]}]; key is the device's
    /// public key in hex, for revoking; revocable marks this person's other devices, where each
    /// first appears (revoking cuts a device off from every collection at once).
    [[nodiscard]] static QVariantList read(Store &store, bool mentor);
};

} // namespace bollplank
