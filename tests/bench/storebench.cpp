#include "storebench.h"

#include "corpus.h"
#include "domain/focusareas.h"
#include "profile/profile.h"
#include "repo/reflections.h"
#include "store/keyfile.h"
#include "store/migrations.h"

#include <QDir>
#include <QUuid>
#include <optional>
#include <sqlite3.h>

namespace bench {

using namespace bollplank;

namespace {

constexpr int PageSize = 50;
constexpr int OpenWarmups = 2;
constexpr int SaveWarmups = 5;

// What ReflectionRepository::list() reads for the first page with no filter, written by hand.
const std::string RawListSql = std::string(RawSelectRowSql)
    + " WHERE deleted = 0 ORDER BY created_at DESC, seq DESC LIMIT 50";

// The row Bollplank writes for a new reflection r at time now, less the id.
RawReflectionRow rawRowFor(const Reflection &r, const QString &deviceId, qint64 now)
{
    RawReflectionRow row;
    row.authorDevice = deviceId.toStdString();
    row.updatedAt = now;
    row.body = r.body.toStdString();
    row.focusMask = FocusAreas::maskOf(r.focusAreas);
    row.hasLens = r.lens.has_value();
    row.lens = r.lens ? toString(*r.lens).toStdString() : std::string();
    row.hasStress = r.stress.has_value();
    row.stress = r.stress.value_or(0);
    row.visibility = toString(r.visibility).toStdString();
    row.createdAt = now;
    row.hasSharedAt = r.visibility == Visibility::Shared;
    row.sharedAt = now;
    return row;
}

std::int64_t rawCount(RawConnection &db)
{
    RawStatement count(db, "SELECT count(*) FROM reflection WHERE deleted = 0");
    check(count.step(), "a raw count");
    return sqlite3_column_int64(count.get(), 0);
}

void checkSamePage(const QList<Reflection> &page, const std::vector<RawReflectionRow> &raw, int expected)
{
    check(page.size() == expected && qsizetype(raw.size()) == expected, "both first pages are full");
    for (qsizetype k = 0; k < page.size(); ++k)
        check(page[k].meta.id.toStdString() == raw[std::size_t(k)].id
                && page[k].body.toStdString() == raw[std::size_t(k)].body,
            "both first pages hold the same reflections in the same order");
}

} // namespace

StoreBench::StoreBench(Options options)
    : m_options(options)
{
    check(m_dir.isValid(), "a temporary directory");
    m_profileDir = QDir(m_dir.path()).filePath(QStringLiteral("profile"));
    m_dbPath = QDir(m_profileDir).filePath(UnlockedProfile::DatabaseFile);
    m_rawPath = QDir(m_dir.path()).filePath(QStringLiteral("raw.db")).toStdString();
}

std::vector<ReportRow> StoreBench::run()
{
    fill();
    copyToRaw();
    // Reads first, while both databases hold the same rows; the saves make them differ.
    ReportRow open = measureOpen();
    ReportRow profileOpen = measureProfileOpen();
    ReportRow searching = measureSearch();
    ReportRow save = measureSave();
    out() << QStringLiteral(
        "\nchecked: both stores held the same %1 reflections, returned the same first pages "
        "and search hits, and hold %2 after the saves\n")
                 .arg(m_options.reflections)
                 .arg(m_options.reflections + SaveWarmups + m_options.saves);
    return { save, searching, open, profileOpen };
}

// Every reflection goes in through the public API, one transaction each, as a journal grows;
// the store's clock spreads them over 14 months.
void StoreBench::fill()
{
    auto profile = UnlockedProfile::create(
        m_profileDir, Passphrase, Role::Adept, QStringLiteral("Bench Adept"), KdfParams::minimal());
    m_deviceId = profile->profile().deviceId;
    qint64 now = 0;
    profile->store().setClock([&now] { return now; });
    ReflectionRepository repo(profile->store());
    Corpus corpus(m_options.seed);
    const QList<qint64> times = corpus.creationTimes(m_options.reflections);
    qsizetype shortest = Corpus::MaxLength, longest = 0, total = 0;
    const double ms = timeMs([&] {
        for (qint64 at : times) {
            Reflection r = corpus.next();
            shortest = std::min(shortest, r.body.size());
            longest = std::max(longest, r.body.size());
            total += r.body.size();
            now = at;
            repo.save(r);
        }
    });
    check(shortest >= Corpus::MinLength && longest <= Corpus::MaxLength, "bodies of 300-1500 characters");
    check(repo.count() == m_options.reflections, "Bollplank holds every reflection");
    out() << QStringLiteral("filled the profile through ReflectionRepository::save in %1 s; bodies of %2-%3 "
                            "characters, mean %4\n")
                 .arg(ms / 1000.0, 0, 'f', 1)
                 .arg(shortest)
                 .arg(longest)
                 .arg(total / m_options.reflections);
    out().flush();
    m_key = KeyFile::unwrap(
        KeyFile::read(QDir(m_profileDir).filePath(UnlockedProfile::KeyFileName)), Passphrase);
}

// The raw database gets the same schema (the same migration SQL) and the same row bytes, one
// transaction per row like the fill, so its search index has the same shape.
void StoreBench::copyToRaw()
{
    std::vector<RawReflectionRow> rows;
    {
        RawConnection source(m_dbPath.toStdString(), rawKeyLiteral(m_key.data(), SecureKey::Size));
        rows = readAllRows(source.handle());
    }
    const SecureKey rawKey = SecureKey::random();
    m_rawKey = rawKeyLiteral(rawKey.data(), SecureKey::Size);
    RawConnection raw(m_rawPath, m_rawKey);
    createSchema(raw);
    RawStatement insert(raw, RawInsertSql);
    for (const RawReflectionRow &row : rows) {
        raw.exec("BEGIN IMMEDIATE");
        insertRow(insert, row);
        raw.exec("COMMIT");
    }
    check(rawCount(raw) == m_options.reflections, "the raw database holds every reflection");
}

double StoreBench::rawOpenAndList(std::vector<RawReflectionRow> &page)
{
    std::optional<RawConnection> raw;
    std::optional<RawStatement> select;
    return timeMs([&] {
        raw.emplace(m_rawPath, m_rawKey);
        select.emplace(*raw, RawListSql);
        while (select->step())
            page.push_back(readRawRow(select->get()));
    });
}

// Open and list the first page with the key already unwrapped (no KDF): Database::open, the
// migration check and ReflectionRepository::list, against sqlite3_open_v2, sqlite3_key, the same
// pragmas and the same SELECT. No other connection is open, as when the app starts; closing
// (which checkpoints the WAL) is not timed.
ReportRow StoreBench::measureOpen()
{
    ReportRow row { QStringLiteral("open + first page of 50, no KDF"), {}, {}, true,
        QStringLiteral("median < 50 ms"), false };
    const int expected = std::min(PageSize, m_options.reflections);
    for (int i = 0; i < OpenWarmups + m_options.opens; ++i) {
        std::optional<Store> store;
        QList<Reflection> page;
        std::vector<RawReflectionRow> rawPage;
        const auto bollplankOpen = [&] {
            const double ms = timeMs([&] {
                Database db = Database::open(m_dbPath, m_key);
                migrate(db);
                store.emplace(std::move(db), m_deviceId);
                page = ReflectionRepository(*store).list({}, PageSize);
            });
            store.reset();
            return ms;
        };
        double b = 0, w = 0;
        if (i % 2 == 0) {
            b = bollplankOpen();
            w = rawOpenAndList(rawPage);
        } else {
            w = rawOpenAndList(rawPage);
            b = bollplankOpen();
        }
        checkSamePage(page, rawPage, expected);
        if (i >= OpenWarmups) {
            row.bollplank.add(b);
            row.raw.add(w);
        }
    }
    row.met = row.bollplank.median() < 50.0;
    return row;
}

// For context, the public entry point: UnlockedProfile::open (lock file, key file, profile
// record) with the KDF at libsodium's minimum cost, then the first page.
ReportRow StoreBench::measureProfileOpen()
{
    ReportRow row { QStringLiteral("UnlockedProfile::open + page (min KDF)"), {}, {}, true, QString(),
        false };
    const int expected = std::min(PageSize, m_options.reflections);
    for (int i = 0; i < OpenWarmups + m_options.opens; ++i) {
        QList<Reflection> page;
        std::vector<RawReflectionRow> rawPage;
        const auto bollplankOpen = [&] {
            std::unique_ptr<UnlockedProfile> profile;
            const double ms = timeMs([&] {
                profile = UnlockedProfile::open(m_profileDir, Passphrase);
                page = ReflectionRepository(profile->store()).list({}, PageSize);
            });
            profile.reset();
            return ms;
        };
        double b = 0, w = 0;
        if (i % 2 == 0) {
            b = bollplankOpen();
            w = rawOpenAndList(rawPage);
        } else {
            w = rawOpenAndList(rawPage);
            b = bollplankOpen();
        }
        checkSamePage(page, rawPage, expected);
        if (i >= OpenWarmups) {
            row.bollplank.add(b);
            row.raw.add(w);
        }
    }
    return row;
}

// Save one new reflection: ReflectionRepository::save against BEGIN IMMEDIATE, the same INSERT
// (the search trigger fires in both) and COMMIT. Both make a UUID inside the timed region.
ReportRow StoreBench::measureSave()
{
    ReportRow row { QStringLiteral("save one reflection"), {}, {}, true, QStringLiteral("median <= 2x raw"),
        false };
    auto profile = UnlockedProfile::open(m_profileDir, Passphrase);
    qint64 now = Corpus::endOfSpan();
    profile->store().setClock([&now] { return now; });
    ReflectionRepository repo(profile->store());
    RawConnection raw(m_rawPath, m_rawKey);
    RawStatement insert(raw, RawInsertSql);
    Corpus corpus(m_options.seed + 1);

    const int total = SaveWarmups + m_options.saves;
    for (int i = 0; i < total; ++i) {
        now += 60'000;
        Reflection r = corpus.next();
        RawReflectionRow rawRow = rawRowFor(r, m_deviceId, now);
        const auto bollplankSave = [&] { return timeMs([&] { repo.save(r); }); };
        const auto rawSave = [&] {
            return timeMs([&] {
                rawRow.id = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
                raw.exec("BEGIN IMMEDIATE");
                insertRow(insert, rawRow);
                raw.exec("COMMIT");
            });
        };
        double b = 0, w = 0;
        if (i % 2 == 0) {
            b = bollplankSave();
            w = rawSave();
        } else {
            w = rawSave();
            b = bollplankSave();
        }
        if (i >= SaveWarmups) {
            row.bollplank.add(b);
            row.raw.add(w);
        }
    }
    check(repo.count() == m_options.reflections + total, "Bollplank holds every saved reflection");
    check(rawCount(raw) == m_options.reflections + total, "the raw database holds every saved row");
    row.met = row.bollplank.median() <= 2.0 * row.raw.median();
    return row;
}

double StoreBench::standardKdfUnlockMs()
{
    const QByteArray file = KeyFile::wrap(m_key, Passphrase, KdfParams::standard());
    SecureKey unwrapped;
    const double ms = timeMs([&] { unwrapped = KeyFile::unwrap(file, Passphrase); });
    check(unwrapped == m_key, "the standard-cost key file unwraps to the same key");
    return ms;
}

} // namespace bench
