#pragma once

#include "rawstore.h"
#include "stats.h"
#include "store/securekey.h"

#include <QString>
#include <QTemporaryDir>
#include <vector>

namespace bench {

struct Options
{
    int reflections = 10'000;
    int saves = 200;
    int searches = 100;
    int opens = 30;
    quint32 seed = 20'240'917;
};

/// The storage benchmark: one Bollplank profile and one raw SQLCipher database holding the same
/// rows, and the same operations timed on both, interleaved so drift hits both alike.
/// Every phase also checks that both sides return the same rows; a mismatch throws.
class StoreBench
{
public:
    explicit StoreBench(Options options);

    /// Fills both databases; then measures open, search and save, in that order (the databases
    /// stay identical until the saves). Returns the report's rows.
    [[nodiscard]] std::vector<ReportRow> run();
    /// One unlock with the production KDF cost, for context. Milliseconds.
    [[nodiscard]] double standardKdfUnlockMs();

private:
    static inline const QString Passphrase = QStringLiteral("korrekt häst batteri häftklammer");

    void fill();
    void copyToRaw();
    [[nodiscard]] ReportRow measureOpen();
    [[nodiscard]] ReportRow measureProfileOpen();
    [[nodiscard]] ReportRow measureSearch();
    [[nodiscard]] ReportRow measureSave();
    /// sqlite3_open_v2 + key + pragmas + the first page, timed; the connection closes untimed.
    [[nodiscard]] double rawOpenAndList(std::vector<RawReflectionRow> &page);

    Options m_options;
    QTemporaryDir m_dir;
    QString m_profileDir;
    QString m_dbPath;
    QString m_deviceId;
    bollplank::SecureKey m_key;
    std::string m_rawPath;
    std::string m_rawKey;
};

} // namespace bench
