#pragma once

#include "domain/records.h"

#include <QList>
#include <optional>

namespace bollplank {

class Store;

/// Each party's evaluation of a meeting: a 1-5 rating and free text.
class EvaluationRepository
{
public:
    explicit EvaluationRepository(Store &store)
        : m_store(store)
    {
    }

    /// A party evaluating the same meeting again revises its evaluation.
    void save(Evaluation &evaluation);
    [[nodiscard]] Evaluation get(const QString &id);
    /// The adept's first, then the mentor's.
    [[nodiscard]] QList<Evaluation> forMeeting(const QString &meetingId);
    void remove(const QString &id);

private:
    Store &m_store;
};

} // namespace bollplank
