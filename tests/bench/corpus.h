#pragma once

#include "domain/records.h"

#include <QList>
#include <QRandomGenerator>
#include <QString>

namespace bench {

/// Realistic journal entries for the benchmark, the same for the same seed: Markdown paragraphs
/// in Swedish, English or both, composed from sentence fragments about a CEO's working life.
class Corpus
{
public:
    static constexpr qsizetype MinLength = 300;
    static constexpr qsizetype MaxLength = 1500;

    explicit Corpus(quint32 seed);

    /// Creation times (ms since the epoch, UTC) spread over 14 months from a fixed start, sorted
    /// and distinct, so "newest first" has exactly one answer.
    [[nodiscard]] QList<qint64> creationTimes(int count);
    /// The first millisecond after the 14 months: where new entries written during the run go.
    [[nodiscard]] static qint64 endOfSpan();

    /// A new, unsaved reflection with a body of MinLength to MaxLength characters and random
    /// focus areas, lens, stress and visibility. createdAt is left 0: the store's clock sets it.
    [[nodiscard]] bollplank::Reflection next();
    [[nodiscard]] QString body();

private:
    [[nodiscard]] QString sentence(bool swedish);
    [[nodiscard]] QString piece(bool swedish);
    [[nodiscard]] const QString &pick(const QStringList &list);
    [[nodiscard]] int between(int low, int highInclusive);
    [[nodiscard]] bool chance(int percent);

    QRandomGenerator m_random;
};

} // namespace bench
