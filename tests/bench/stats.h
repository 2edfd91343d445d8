#pragma once

#include <QString>
#include <QTextStream>
#include <chrono>
#include <string>
#include <vector>

namespace bench {

/// Wall-clock durations of one operation, in milliseconds.
class Samples
{
public:
    void add(double ms) { m_ms.push_back(ms); }
    [[nodiscard]] std::size_t size() const noexcept { return m_ms.size(); }
    [[nodiscard]] double median() const { return percentile(50.0); }
    [[nodiscard]] double p99() const { return percentile(99.0); }
    /// Nearest-rank percentile; 0 when empty.
    [[nodiscard]] double percentile(double p) const;

private:
    std::vector<double> m_ms;
};

/// Runs f once and returns how long it took, in milliseconds.
template <typename F> double timeMs(F &&f)
{
    const auto start = std::chrono::steady_clock::now();
    f();
    const auto end = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::milli>(end - start).count();
}

/// CPU time this process (every thread) has used so far, in milliseconds. On a busy machine
/// wall-clock figures grow with the load; CPU time much less.
double processCpuMs();
/// CPU time the calling thread has used so far, in milliseconds.
double threadCpuMs();

/// One line of the report: Bollplank against the raw floor measured in the same run.
struct ReportRow
{
    QString operation;
    Samples bollplank;
    Samples raw;
    bool showP99 = false;
    QString target;
    /// Whether the target is met; decided by the caller from the samples.
    bool met = false;
};

/// Throws std::runtime_error naming what did not hold. The benchmark's only assertions: the two
/// stores must agree; how fast they are is reported, never checked.
void check(bool condition, const std::string &what);

/// Prints the report table.
void printTable(const std::vector<ReportRow> &rows);

/// The program's standard output, as one stream so lines keep their order.
[[nodiscard]] QTextStream &out();

} // namespace bench
