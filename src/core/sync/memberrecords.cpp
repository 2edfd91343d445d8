#include "memberrecords.h"

#include "advisories.h"
#include "envelope.h"
#include "publickeys.h"

namespace bollplank::sync {

QString memberRecordId(const QByteArray &signPublicKey)
{
    return QStringLiteral("member:") + QString::fromLatin1(signPublicKey.toHex());
}

QVariantMap memberFields(const Member &m)
{
    return { { QStringLiteral("sign_public"), m.signPublicKey },
        { QStringLiteral("box_public"), m.boxPublicKey }, { QStringLiteral("device_id"), m.deviceId },
        { QStringLiteral("role"), m.role } };
}

void applyMemberRecord(Store &store, Collections &collections, const Collection &c, const Member &author,
    const QString &recordId, const QVariantMap &fields)
{
    Member added { fields.value(QStringLiteral("sign_public")).toByteArray(),
        fields.value(QStringLiteral("box_public")).toByteArray(),
        fields.value(QStringLiteral("device_id")).toString(),
        fields.value(QStringLiteral("role")).toString() };
    if (!isValidSignKey(added.signPublicKey) || !isValidBoxKey(added.boxPublicKey) || added.deviceId.isEmpty()
        || added.deviceId.size() > 128 || recordId != memberRecordId(added.signPublicKey))
        refuseEnvelope(QStringLiteral("malformed membership record"));
    if (const std::optional<Member> known = collections.member(c.id, added.signPublicKey)) {
        // Never an overwrite: a device keeps the keys, id and role it joined with (the issuer
        // of a pairing announces the other person's device, which every member knows already).
        if (known->boxPublicKey != added.boxPublicKey || known->deviceId != added.deviceId)
            refuseEnvelope(QStringLiteral("a membership record may not change a member's keys"));
        return;
    }
    // A person adds only devices of their own: a new device takes its announcer's role.
    if (!added.role.isEmpty() && added.role != author.role)
        refuseEnvelope(QStringLiteral("a membership record may only add a device of its author's own"));
    added.role = author.role;
    collections.addMember(c.id, added, true);
    // Everyone in the collection hears of a new device: compare its safety number.
    addAdvisory(store, c.id, Advisory::Kind::DeviceAdded, added.signPublicKey, added.deviceId, added.role);
}

} // namespace bollplank::sync
