// bollplank-bench-store: how much the Bollplank store costs over raw SQLCipher doing the same
// work, measured in one run on one machine. A report, not a test: it exits 0 whether or not the
// targets are met, and non-zero only when something fails or the two sides disagree.

#include "storebench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>
#include <QThread>
#include <exception>
#include <sqlite3.h>

namespace {

bool parseOptions(const QCoreApplication &app, bench::Options &options)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Times the Bollplank store against raw SQLCipher."));
    parser.addHelpOption();
    const QCommandLineOption count(QStringLiteral("reflections"),
        QStringLiteral("Reflections in the profile (default 10000; 1000 with --quick)."),
        QStringLiteral("N"));
    const QCommandLineOption quick(QStringLiteral("quick"),
        QStringLiteral("A small, fast run (1000 reflections, fewer iterations): checks the program works."));
    const QCommandLineOption seed(
        QStringLiteral("seed"), QStringLiteral("Seed of the generated text."), QStringLiteral("S"));
    parser.addOptions({ count, quick, seed });
    parser.process(app);

    if (parser.isSet(quick)) {
        options.reflections = 1000;
        options.saves = 20;
        options.searches = 20;
        options.opens = 5;
    }
    bool ok = true;
    if (parser.isSet(count))
        options.reflections = parser.value(count).toInt(&ok);
    if (!ok || options.reflections < 100 || options.reflections > 1'000'000) {
        QTextStream(stderr) << "--reflections takes a number from 100 to 1000000\n";
        return false;
    }
    if (parser.isSet(seed))
        options.seed = parser.value(seed).toUInt(&ok);
    if (!ok) {
        QTextStream(stderr) << "--seed takes a non-negative number\n";
        return false;
    }
    return true;
}

// Other work on the machine slows both sides alike, but the absolute figures read differently
// on a busy machine; the load average says how busy it was (Linux only).
QString machine()
{
    QString text = QStringLiteral("%1 cores").arg(QThread::idealThreadCount());
    QFile load(QStringLiteral("/proc/loadavg"));
    if (load.open(QIODevice::ReadOnly))
        text += QStringLiteral(", load average %1")
                    .arg(QString::fromLatin1(load.readLine()).section(QLatin1Char(' '), 0, 2));
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bollplank-bench-store"));
    bench::Options options;
    if (!parseOptions(app, options))
        return 2;

    QTextStream &out = bench::out();
    out << QStringLiteral(
        "Bollplank storage benchmark: %1 reflections, %2 saves, %3 searches, %4 opens, seed %5\n")
               .arg(options.reflections)
               .arg(options.saves)
               .arg(options.searches)
               .arg(options.opens)
               .arg(options.seed)
        << QStringLiteral("SQLite %1 (SQLCipher), Qt %2, %3\n\n")
               .arg(QString::fromLatin1(sqlite3_libversion()), QString::fromLatin1(qVersion()), machine());
    out.flush();
    try {
        bench::StoreBench benchmark(options);
        const std::vector<bench::ReportRow> rows = benchmark.run();
        out << '\n';
        bench::printTable(rows);
        const double kdf = benchmark.standardKdfUnlockMs();
        out << QStringLiteral(
            "\nfor context: one unlock with KdfParams::standard() (Argon2id, excluded above) "
            "took %1 ms\n")
                   .arg(kdf, 0, 'f', 1);
        out.flush();
    } catch (const std::exception &e) {
        out.flush();
        QTextStream(stderr) << "bollplank-bench-store: " << e.what() << '\n';
        return 1;
    }
    return 0;
}
