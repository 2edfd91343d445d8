#include "demoprofile.h"

#include "adeptstory.h"
#include "democlock.h"
#include "demolanguage.h"
#include "generatedreflections.h"
#include "mentorshipwriter.h"
#include "mentorstory.h"
#include "store/storeerror.h"
#include "store/transaction.h"

#include <QDir>
#include <QFile>

namespace bollplank {

namespace {

constexpr quint32 Seed = 0xB011'B1A4;
constexpr int MaxExtraReflections = 1'000'000;

using demo::Language;

/// A mentorship the story wrote, for spreading generated reflections over it.
struct Span
{
    QString mentorshipId;
    QDate start;
};

QList<Span> writeStory(Store &store, const DemoOptions &options, Language language)
{
    QList<Span> spans;
    demo::DemoClock clock(store, options.today);
    // One transaction: a demo profile is created whole or not at all, and it is much faster.
    Transaction tx(store.db());
    if (options.role == Role::Adept) {
        const auto written = demo::writeMentorship(
            store, clock, options.today, demo::adeptPlan(), demo::adeptText(language), Role::Adept);
        spans.append({ written.id, written.start });
    } else {
        for (int adept = 0; adept < demo::MentorAdeptCount; ++adept) {
            const auto written = demo::writeMentorship(store, clock, options.today, demo::mentorPlan(adept),
                demo::mentorText(language, adept), Role::Mentor);
            spans.append({ written.id, written.start });
        }
    }
    tx.commit();
    return spans;
}

void addExtras(Store &store, const DemoOptions &options, const QList<Span> &spans)
{
    if (options.extraReflections == 0)
        return;
    // Spread over the mentorships in proportion to their length.
    qint64 totalDays = 0;
    for (const Span &s : spans)
        totalDays += s.start.daysTo(options.today);
    int left = options.extraReflections;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const qint64 days = spans[i].start.daysTo(options.today);
        const int count = i + 1 == spans.size() ? left : int(options.extraReflections * days / totalDays);
        left -= count;
        GeneratedReflections spec;
        spec.count = count;
        spec.language = options.language;
        spec.mentorshipId = spans[i].mentorshipId;
        spec.from = spans[i].start;
        spec.to = options.today;
        spec.sharedPercent = options.role == Role::Adept ? 33 : 100; // a mentor sees only what was shared
        spec.seed = Seed + quint32(i);
        addGeneratedReflections(store, spec);
    }
}

void removeProfileFiles(const QString &folder)
{
    const QDir dir(folder);
    QFile::remove(dir.filePath(UnlockedProfile::KeyFileName));
    for (const char *suffix : { "", "-wal", "-shm", "-journal" })
        QFile::remove(dir.filePath(UnlockedProfile::DatabaseFile + QLatin1String(suffix)));
}

} // namespace

std::unique_ptr<UnlockedProfile> createDemoProfile(const QString &folder, const DemoOptions &options)
{
    const Language language = demo::languageOf(options.language);
    if (options.role != Role::Adept && options.role != Role::Mentor)
        throw StoreError(StoreError::Kind::InvalidInput, "A demo profile is an adept's or a mentor's");
    if (options.extraReflections < 0 || options.extraReflections > MaxExtraReflections)
        throw StoreError(StoreError::Kind::InvalidInput, "extraReflections must be between 0 and 1,000,000");
    if (!options.today.isValid())
        throw StoreError(StoreError::Kind::InvalidInput, "A demo profile needs a valid today");

    const demo::MentorshipText names
        = options.role == Role::Adept ? demo::adeptText(language) : demo::mentorText(language, 0);
    const QString displayName
        = QString::fromUtf16(options.role == Role::Adept ? names.adeptName : names.mentorName);
    auto profile
        = UnlockedProfile::create(folder, options.passphrase, options.role, displayName, options.kdf);
    try {
        const QList<Span> spans = writeStory(profile->store(), options, language);
        addExtras(profile->store(), options, spans);
    } catch (...) {
        profile.reset(); // closes the database and releases the lock first
        removeProfileFiles(folder);
        throw;
    }
    return profile;
}

} // namespace bollplank
