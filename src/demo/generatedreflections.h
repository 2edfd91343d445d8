#pragma once

#include <QDate>
#include <QString>

namespace bollplank {

class Store;

/// What addGeneratedReflections writes.
struct GeneratedReflections
{
    int count = 0;
    QString language = QStringLiteral("sv"); ///< "sv" or "en" (or a locale name starting with one)
    QString mentorshipId; ///< empty: a journal not tied to a mentorship
    QDate from; ///< the first day an entry may be written (local time)
    QDate to; ///< the day after the last
    int sharedPercent = 33; ///< how many are shared; 100 on a mentor's device
    quint32 seed = 1;
};

/// Adds realistic generated journal entries (300-1500 characters of Markdown, focus areas
/// weighted as a CEO's journal is, lenses and stress levels on some), created at plausible times
/// spread over [from, to), oldest first, each stamped with its creation time. The same spec gives
/// the same texts in the same order. Writes in transactions of a few hundred entries, so 10,000
/// take a few seconds. Replaces the store's clock while it runs and puts the real one back.
/// Throws StoreError InvalidInput for a negative count, an empty or reversed date range, or an
/// unsupported language.
void addGeneratedReflections(Store &store, const GeneratedReflections &spec);

} // namespace bollplank
