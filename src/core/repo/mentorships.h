#pragma once

#include "domain/records.h"

#include <QList>
#include <optional>

namespace bollplank {

class Store;

/// Mentorships and their agreements.
class MentorshipRepository
{
public:
    explicit MentorshipRepository(Store &store)
        : m_store(store)
    {
    }

    void save(Mentorship &mentorship);
    [[nodiscard]] Mentorship get(const QString &id);
    /// Newest first by start date.
    [[nodiscard]] QList<Mentorship> list();
    void remove(const QString &id);

    void saveAgreement(Agreement &agreement);
    [[nodiscard]] std::optional<Agreement> agreementFor(const QString &mentorshipId);
    /// Records that party has read and accepts the agreement, now.
    void acknowledge(const QString &mentorshipId, Role party);

private:
    Store &m_store;
};

} // namespace bollplank
