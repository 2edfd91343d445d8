#pragma once

#include "domain/records.h"

#include <QList>
#include <optional>

namespace bollplank {

class Store;

/// Which reflections a list shows. Unset members do not filter.
struct ReflectionFilter
{
    std::optional<int> focusArea;
    std::optional<Lens> lens;
    std::optional<Visibility> visibility;
    std::optional<qint64> createdFrom; ///< inclusive, ms since the epoch
    std::optional<qint64> createdTo;   ///< exclusive
    std::optional<QString> mentorshipId; ///< this mentorship's, and those tied to none
};

/// The adept's journal.
class ReflectionRepository
{
public:
    explicit ReflectionRepository(Store &store)
        : m_store(store)
    {
    }

    /// Saves a new reflection or a new revision of one. Validates text, focus areas and stress.
    void save(Reflection &reflection);
    [[nodiscard]] Reflection get(const QString &id);
    /// Newest first, by creation time.
    [[nodiscard]] QList<Reflection> list(const ReflectionFilter &filter = {}, int limit = 50, int offset = 0);
    [[nodiscard]] int count(const ReflectionFilter &filter = {});
    /// Shared reflections of a mentorship (and those tied to none) shared at or after since.
    [[nodiscard]] QList<Reflection> sharedSince(
        const QString &mentorshipId, qint64 since, std::optional<qint64> until = std::nullopt);
    void remove(const QString &id);

    static constexpr qsizetype MaxBodyLength = 200'000;

private:
    Store &m_store;
};

} // namespace bollplank
