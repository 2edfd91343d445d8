#include "merge.h"

#include <QStringList>
#include <vector>

namespace bollplank::sync {

namespace {

// Texts beyond this many line pairs after trimming common ends are not merged line by line:
// the quadratic table would cost too much, and the person resolves such a conflict better.
constexpr qsizetype MaxTableCells = 4'000'000;

// For each line of a, the index of its partner in b in a longest common subsequence, or -1.
std::optional<std::vector<qsizetype>> match(const QStringList &a, const QStringList &b)
{
    std::vector<qsizetype> partner(std::size_t(a.size()), -1);
    qsizetype start = 0;
    while (start < a.size() && start < b.size() && a[start] == b[start]) {
        partner[std::size_t(start)] = start;
        ++start;
    }
    qsizetype endA = a.size(), endB = b.size();
    while (endA > start && endB > start && a[endA - 1] == b[endB - 1]) {
        --endA;
        --endB;
        partner[std::size_t(endA)] = endB;
    }
    const qsizetype n = endA - start, m = endB - start;
    if (n == 0 || m == 0)
        return partner;
    if (n * m > MaxTableCells)
        return std::nullopt;
    // lcs[i][j]: length of the LCS of a[start+i..endA) and b[start+j..endB).
    std::vector<int> lcs(std::size_t((n + 1) * (m + 1)), 0);
    const auto at = [&](qsizetype i, qsizetype j) -> int & { return lcs[std::size_t(i * (m + 1) + j)]; };
    for (qsizetype i = n - 1; i >= 0; --i)
        for (qsizetype j = m - 1; j >= 0; --j)
            at(i, j) = a[start + i] == b[start + j] ? at(i + 1, j + 1) + 1 : std::max(at(i + 1, j), at(i, j + 1));
    qsizetype i = 0, j = 0;
    while (i < n && j < m) {
        if (a[start + i] == b[start + j]) {
            partner[std::size_t(start + i)] = start + j;
            ++i;
            ++j;
        } else if (at(i + 1, j) >= at(i, j + 1)) {
            ++i;
        } else {
            ++j;
        }
    }
    return partner;
}

QStringList slice(const QStringList &lines, qsizetype from, qsizetype to)
{
    return lines.mid(from, to - from);
}

} // namespace

std::optional<QString> mergeLines(const QString &base, const QString &ours, const QString &theirs)
{
    if (ours == theirs || theirs == base)
        return ours;
    if (ours == base)
        return theirs;
    const QStringList b = base.split(QLatin1Char('\n'));
    const QStringList o = ours.split(QLatin1Char('\n'));
    const QStringList t = theirs.split(QLatin1Char('\n'));
    const auto mo = match(b, o);
    const auto mt = match(b, t);
    if (!mo || !mt)
        return std::nullopt;

    QStringList out;
    qsizetype i = 0, j = 0, k = 0;
    // Each step takes the unstable chunk up to the next base line both sides kept, then that line.
    const auto takeChunk = [&](qsizetype bEnd, qsizetype oEnd, qsizetype tEnd) {
        const QStringList cb = slice(b, i, bEnd), co = slice(o, j, oEnd), ct = slice(t, k, tEnd);
        if (co == cb)
            out += ct;
        else if (ct == cb || co == ct)
            out += co;
        else
            return false;
        return true;
    };
    for (qsizetype s = 0; s < b.size(); ++s) {
        const qsizetype po = (*mo)[std::size_t(s)], pt = (*mt)[std::size_t(s)];
        if (po < 0 || pt < 0 || po < j || pt < k)
            continue;
        if (!takeChunk(s, po, pt))
            return std::nullopt;
        out.append(b[s]);
        i = s + 1;
        j = po + 1;
        k = pt + 1;
    }
    if (!takeChunk(b.size(), o.size(), t.size()))
        return std::nullopt;
    return out.join(QLatin1Char('\n'));
}

} // namespace bollplank::sync
