#pragma once

#include <QString>
#include <QStringList>
#include <span>

namespace bollplank {

/// One of the method's six focus areas. Ids 1-6 are stable: they are stored and synced.
struct FocusArea
{
    int id;
    QString nameSv;
    QString nameEn;
    QStringList pointsSv; ///< sub-points, Swedish
    QStringList pointsEn; ///< the same sub-points, English

    [[nodiscard]] const QString &name(const QString &language) const
    {
        return language.startsWith(QLatin1String("sv")) ? nameSv : nameEn;
    }
    [[nodiscard]] const QStringList &points(const QString &language) const
    {
        return language.startsWith(QLatin1String("sv")) ? pointsSv : pointsEn;
    }
};

namespace FocusAreas {

inline constexpr int Count = 6;

/// The fixed catalogue, in the method's order.
[[nodiscard]] std::span<const FocusArea> all();
/// The area with this id; throws StoreError InvalidInput for an id outside 1-6.
[[nodiscard]] const FocusArea &byId(int id);
[[nodiscard]] bool isValid(int id) noexcept;

/// Focus areas are kept as a bit set (bit id-1) in records; these convert both ways.
[[nodiscard]] int maskOf(const QList<int> &ids);
[[nodiscard]] QList<int> idsOf(int mask);

} // namespace FocusAreas

} // namespace bollplank
