#include "stats.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <ctime>

namespace bench {

double processCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double threadCpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double Samples::percentile(double p) const
{
    if (m_ms.empty())
        return 0.0;
    std::vector<double> sorted = m_ms;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = std::size_t(std::ceil(p / 100.0 * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}

namespace {

QString ms(double value)
{
    return QString::number(value, 'f', 3);
}

QString ratio(double a, double b)
{
    return b > 0 ? QString::number(a / b, 'f', 2) + QLatin1Char('x') : QStringLiteral("-");
}

} // namespace

void check(bool condition, const std::string &what)
{
    if (!condition)
        throw std::runtime_error("check failed: " + what);
}

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

void printTable(const std::vector<ReportRow> &rows)
{
    QTextStream &out = bench::out();
    const QString header = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9")
                               .arg(QStringLiteral("operation"), -40)
                               .arg(QStringLiteral("n"), 4)
                               .arg(QStringLiteral("bp med"), 9)
                               .arg(QStringLiteral("bp p99"), 9)
                               .arg(QStringLiteral("raw med"), 9)
                               .arg(QStringLiteral("raw p99"), 9)
                               .arg(QStringLiteral("ratio"), 7)
                               .arg(QStringLiteral("target"), -22)
                               .arg(QStringLiteral("result"));
    out << header << '\n' << QString(header.size(), QLatin1Char('-')) << '\n';
    for (const ReportRow &row : rows) {
        const QString dash = QStringLiteral("-");
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8  %9")
                   .arg(row.operation, -40)
                   .arg(row.bollplank.size(), 4)
                   .arg(ms(row.bollplank.median()), 9)
                   .arg(row.showP99 ? ms(row.bollplank.p99()) : dash, 9)
                   .arg(ms(row.raw.median()), 9)
                   .arg(row.showP99 ? ms(row.raw.p99()) : dash, 9)
                   .arg(ratio(row.bollplank.median(), row.raw.median()), 7)
                   .arg(row.target, -22)
                   .arg(row.target.isEmpty() ? QString()
                           : row.met         ? QStringLiteral("PASS")
                                             : QStringLiteral("MISS"))
            << '\n';
    }
    out << QStringLiteral("(times in ms; ratio = Bollplank median / raw median; bp = Bollplank)") << '\n';
    out.flush();
}

} // namespace bench
