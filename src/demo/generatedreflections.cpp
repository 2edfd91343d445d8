#include "generatedreflections.h"

#include "democlock.h"
#include "demolanguage.h"
#include "domain/focusareas.h"
#include "generatedtext.h"
#include "profile/store.h"
#include "repo/reflections.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QRandomGenerator>
#include <algorithm>

namespace bollplank {

namespace {

constexpr int BatchSize = 500;

// When a CEO writes: early mornings, lunch, and mostly evenings.
int drawMinute(QRandomGenerator &random)
{
    const int roll = int(random.bounded(100));
    if (roll < 20)
        return 6 * 60 + int(random.bounded(100)); // 06:00-07:40
    if (roll < 35)
        return 12 * 60 + int(random.bounded(60)); // lunch
    if (roll < 45)
        return 17 * 60 + int(random.bounded(90)); // on the way home
    return 20 * 60 + int(random.bounded(170)); // 20:00-22:50
}

} // namespace

void addGeneratedReflections(Store &store, const GeneratedReflections &spec)
{
    if (spec.count < 0)
        throw StoreError(StoreError::Kind::InvalidInput, "The number of reflections cannot be negative");
    if (spec.count == 0)
        return;
    if (!spec.from.isValid() || !spec.to.isValid() || spec.to <= spec.from)
        throw StoreError(StoreError::Kind::InvalidInput, "Generated reflections need a date range from < to");
    if (spec.sharedPercent < 0 || spec.sharedPercent > 100)
        throw StoreError(StoreError::Kind::InvalidInput, "The shared share is a percentage, 0 to 100");
    const demo::Language language = demo::languageOf(spec.language);

    QRandomGenerator random(spec.seed);
    const qint64 days = spec.from.daysTo(spec.to);
    QList<qint64> times;
    times.reserve(spec.count);
    for (int i = 0; i < spec.count; ++i)
        times.append(demo::DemoClock::at(
            spec.from.addDays(qint64(random.bounded(quint32(days)))), drawMinute(random)));
    std::sort(times.begin(), times.end());

    demo::ReflectionComposer composer(language, random);
    demo::DemoClock clock(store, spec.to);
    ReflectionRepository repo(store);
    for (int done = 0; done < spec.count;) {
        Transaction tx(store.db());
        for (const int end = qMin(done + BatchSize, spec.count); done < end; ++done) {
            demo::ReflectionComposer::Entry entry = composer.next();
            clock.set(times[done]);
            Reflection r;
            r.mentorshipId = spec.mentorshipId;
            r.body = std::move(entry.body);
            r.focusAreas = FocusAreas::idsOf(entry.areas);
            r.lens = entry.lens;
            r.stress = entry.stress;
            r.visibility
                = int(random.bounded(100)) < spec.sharedPercent ? Visibility::Shared : Visibility::Private;
            r.createdAt = clock.now();
            repo.save(r);
        }
        tx.commit();
    }
}

} // namespace bollplank
