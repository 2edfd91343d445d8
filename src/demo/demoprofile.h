#pragma once

#include "domain/enums.h"
#include "profile/profile.h"
#include "store/keyfile.h"

#include <QDate>
#include <QString>
#include <memory>

namespace bollplank {

/// What createDemoProfile builds.
struct DemoOptions
{
    QString language = QStringLiteral("sv"); ///< "sv" or "en" (or a locale name starting with one)
    Role role = Role::Adept; ///< whose device the profile is
    int extraReflections = 0; ///< generated entries on top of the story, for benchmarks
    QDate today = QDate::currentDate(); ///< the story ends the day before; times are local
    KdfParams kdf = KdfParams::cheapestAccepted(); ///< a demo is not a secret: unlock fast
    QString passphrase = QStringLiteral("demo");
};

/// Creates a new profile in folder holding a realistic demo story, in Swedish or English.
///
/// Adept: Karin Lindqvist, CEO of a 60-person company, 14 months into an 18-month mentorship with
/// Anders Berg: an acknowledged agreement, 60 journal entries over all six focus areas (a third
/// shared, some with the mentor's comments), 13 monthly meetings and one ad-hoc meeting with
/// minutes, action items and both parties' evaluations, and the next meeting booked about two
/// weeks ahead.
///
/// Mentor: Anders Berg with three adepts, about 2, 9 and 16 months in: meetings, minutes, action
/// items (some overdue), evaluations, the adepts' shared reflections with comments, private notes,
/// and one open high-urgency ad-hoc request.
///
/// Deterministic for the same options (record ids aside): a fixed seed, and every record stamped
/// with its time in the story, before today, rather than now (the store's real clock is put back
/// afterwards). Throws StoreError as UnlockedProfile::create does, and InvalidInput for an
/// unsupported language or role or an extraReflections outside 0-1,000,000; when anything fails
/// after the profile was created, its files are removed again.
[[nodiscard]] std::unique_ptr<UnlockedProfile> createDemoProfile(
    const QString &folder, const DemoOptions &options = {});

} // namespace bollplank
