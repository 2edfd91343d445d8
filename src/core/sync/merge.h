#pragma once

// Line-based tools for two or three versions of one text: the merge of concurrent edits, and the
// comparison a person sees when the merge could not be made.

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace bollplank::sync {

/// What a record's text holds between two versions the merge could not combine, in the tables
/// with one row per key (minutes, evaluations, the agreement): the version kept first, then this,
/// then the other. sync/concurrent.cpp writes the same text; repo/conflicts.h reads it apart.
inline const QString BothVersionsSeparator = QStringLiteral("\n\n<<<<<<< conflict: another version >>>>>>>\n");

/// A line-based three-way merge (diff3): the changes ours and theirs each made to base, combined.
/// nullopt when both changed the same lines differently (a conflict the person must see).
[[nodiscard]] std::optional<QString> mergeLines(const QString &base, const QString &ours, const QString &theirs);

/// For each line of a, the index of its partner in b in a longest common subsequence, or -1.
/// complete is false when the texts were too long to compare beyond their common first and last
/// lines (the quadratic table would cost too much); then only those are paired.
struct LineMatch
{
    std::vector<qsizetype> partner;
    bool complete = true;
};
[[nodiscard]] LineMatch matchLines(const QStringList &a, const QStringList &b);

/// One line of a version, marked when the other version does not have it.
struct MarkedLine
{
    QString text;
    bool differs = false;
};
/// Two versions line by line, each line marked when it is not among the lines both share (their
/// longest common subsequence): what a side-by-side view of a conflict marks.
struct LineDiff
{
    QList<MarkedLine> left;
    QList<MarkedLine> right;
};
[[nodiscard]] LineDiff diffLines(const QString &left, const QString &right);

/// Both versions in one text: the lines they share once, and where they differ, left's lines and
/// then right's. An edited merge starts from it, so nothing of either is missing until the person
/// deletes it.
[[nodiscard]] QString combineLines(const QString &left, const QString &right);

} // namespace bollplank::sync
