#include "merge.h"

#include <QStringList>
#include <vector>

namespace bollplank::sync {

namespace {

// Texts beyond this many line pairs after trimming common ends are not matched line by line:
// the quadratic table would cost too much, and the person resolves such a conflict better.
constexpr qsizetype MaxTableCells = 4'000'000;

QStringList slice(const QStringList &lines, qsizetype from, qsizetype to)
{
    return lines.mid(from, to - from);
}

} // namespace

LineMatch matchLines(const QStringList &a, const QStringList &b)
{
    LineMatch result { std::vector<qsizetype>(std::size_t(a.size()), -1), true };
    std::vector<qsizetype> &partner = result.partner;
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
        return result;
    if (n * m > MaxTableCells) {
        result.complete = false;
        return result;
    }
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
    return result;
}

std::optional<QString> mergeLines(const QString &base, const QString &ours, const QString &theirs)
{
    if (ours == theirs || theirs == base)
        return ours;
    if (ours == base)
        return theirs;
    const QStringList b = base.split(QLatin1Char('\n'));
    const QStringList o = ours.split(QLatin1Char('\n'));
    const QStringList t = theirs.split(QLatin1Char('\n'));
    const LineMatch lo = matchLines(b, o);
    const LineMatch lt = matchLines(b, t);
    if (!lo.complete || !lt.complete)
        return std::nullopt;
    const std::vector<qsizetype> &mo = lo.partner, &mt = lt.partner;

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
        const qsizetype po = mo[std::size_t(s)], pt = mt[std::size_t(s)];
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

LineDiff diffLines(const QString &left, const QString &right)
{
    const QStringList a = left.split(QLatin1Char('\n'));
    const QStringList b = right.split(QLatin1Char('\n'));
    const LineMatch m = matchLines(a, b);
    LineDiff diff;
    std::vector<bool> matchedInB(std::size_t(b.size()), false);
    for (qsizetype i = 0; i < a.size(); ++i) {
        const qsizetype p = m.partner[std::size_t(i)];
        if (p >= 0)
            matchedInB[std::size_t(p)] = true;
        diff.left.append({ a[i], p < 0 });
    }
    for (qsizetype j = 0; j < b.size(); ++j)
        diff.right.append({ b[j], !matchedInB[std::size_t(j)] });
    return diff;
}

QString combineLines(const QString &left, const QString &right)
{
    if (left == right)
        return left;
    const QStringList a = left.split(QLatin1Char('\n'));
    const QStringList b = right.split(QLatin1Char('\n'));
    const LineMatch m = matchLines(a, b);
    QStringList out;
    qsizetype i = 0, j = 0;
    for (qsizetype s = 0; s < a.size(); ++s) {
        const qsizetype p = m.partner[std::size_t(s)];
        if (p < 0)
            continue;
        out += slice(a, i, s);
        out += slice(b, j, p);
        out.append(a[s]);
        i = s + 1;
        j = p + 1;
    }
    out += slice(a, i, a.size());
    out += slice(b, j, b.size());
    return out.join(QLatin1Char('\n'));
}

} // namespace bollplank::sync
