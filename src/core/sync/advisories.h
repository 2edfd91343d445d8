#pragma once

// What the people in a collection should know about its devices (docs/SECURITY.md): a device was
// added ("Karin's new device: compare the safety number"), devices were revoked (this one, too: then
// it says how much it erased), or the other person ended the pairing. Each comes from a signed record of a member, is kept until the person
// has seen it, and never carries content.

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace bollplank {
class Store;
}

namespace bollplank::sync {

struct Advisory
{
    enum class Kind { DeviceAdded, DeviceRevoked, Ended };
    qint64 id = 0;
    QByteArray collectionId;
    Kind kind = Kind::DeviceAdded;
    QByteArray signPublicKey; ///< the device concerned (empty for Ended)
    QString deviceId;
    QString role; ///< "adept" or "mentor": whose device
    qint64 at = 0;
    /// Set when this device itself was cut off and erased its copy (sync/erasure.h): how many
    /// records it erased. DeviceRevoked: everything it held only through the collection (another
    /// device of this person revoked it); Ended: the other person's words in their shared space.
    std::optional<int> erasedRecords;
};

void addAdvisory(Store &store, const QByteArray &collectionId, Advisory::Kind kind, const QByteArray &signPublicKey,
    const QString &deviceId, const QString &role, std::optional<int> erasedRecords = std::nullopt);
/// Not yet marked seen, oldest first.
[[nodiscard]] QList<Advisory> unseenAdvisories(Store &store);
void markAdvisorySeen(Store &store, qint64 id);

} // namespace bollplank::sync
