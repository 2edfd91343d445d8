#include "memberstatement.h"

#include "identity.h"

#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>

#include <algorithm>

namespace bollplank::sync {

namespace {

constexpr int KeyBytes = 32;
constexpr int MaxCollectionBytes = 64;

} // namespace

QByteArray encodeMemberStatement(const MemberChange &change)
{
    QCborMap map;
    map.insert(QStringLiteral("c"), change.collection);
    map.insert(QStringLiteral("dev"), change.device);
    map.insert(QStringLiteral("revoke"), change.revoke);
    map.insert(QStringLiteral("at"), change.atMs);
    map.insert(QStringLiteral("by"), change.by);
    return map.toCborValue().toCbor();
}

std::optional<MemberChange> decodeMemberStatement(const QByteArray &statement)
{
    QCborStreamReader reader(statement);
    const QCborValue value = QCborValue::fromCbor(reader);
    if (reader.lastError() != QCborError::NoError || !value.isMap() || reader.currentOffset() != statement.size())
        return std::nullopt;
    const QCborMap map = value.toMap();
    const QCborValue c = map.value(QStringLiteral("c"));
    const QCborValue dev = map.value(QStringLiteral("dev"));
    const QCborValue revoke = map.value(QStringLiteral("revoke"));
    const QCborValue at = map.value(QStringLiteral("at"));
    const QCborValue by = map.value(QStringLiteral("by"));
    if (map.size() != 5 || !c.isByteArray() || !dev.isByteArray() || !revoke.isBool() || !at.isInteger()
        || !by.isByteArray())
        return std::nullopt;
    MemberChange change { c.toByteArray(), dev.toByteArray(), revoke.toBool(), at.toInteger(), by.toByteArray() };
    if (change.collection.isEmpty() || change.collection.size() > MaxCollectionBytes
        || change.device.size() != KeyBytes || change.by.size() != KeyBytes)
        return std::nullopt;
    // One spelling per statement: what is signed is exactly what is read.
    if (encodeMemberStatement(change) != statement)
        return std::nullopt;
    return change;
}

QByteArray memberSigningMessage(const QByteArray &statement)
{
    return QByteArrayLiteral("bollplank-member-v1") + '\0' + statement;
}

MemberStatement signMemberChange(const MemberChange &change, const std::function<QByteArray(const QByteArray &)> &sign)
{
    MemberStatement signed_;
    signed_.device = change.device;
    signed_.statement = encodeMemberStatement(change);
    signed_.signature = sign(memberSigningMessage(signed_.statement));
    return signed_;
}

std::optional<MemberChange> verifyMemberStatement(const QByteArray &statement, const QByteArray &signature)
{
    auto change = decodeMemberStatement(statement);
    if (!change || !DeviceIdentity::verify(change->by, memberSigningMessage(statement), signature))
        return std::nullopt;
    return change;
}

std::vector<QByteArray> unexpectedMembers(const QByteArray &collectionId, const std::vector<MemberStatement> &listed,
    const std::vector<QByteArray> &roster)
{
    const auto known = [&roster](const QByteArray &device) {
        return std::find(roster.cbegin(), roster.cend(), device) != roster.cend();
    };
    std::vector<QByteArray> unexpected;
    for (const MemberStatement &member : listed) {
        const auto change = verifyMemberStatement(member.statement, member.signature);
        // The founder's row carries the statement that created the collection: signed by itself.
        const bool vouched = change && change->collection == collectionId && !change->revoke && known(change->by)
            && (change->device == member.device || change->by == member.device);
        if (!known(member.device) || !vouched)
            unexpected.push_back(member.device);
    }
    return unexpected;
}

} // namespace bollplank::sync
