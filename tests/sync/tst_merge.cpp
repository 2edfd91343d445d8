// The line-based three-way merge behind concurrent edits from two devices.

#include "sync/merge.h"

#include <QTest>

using bollplank::sync::mergeLines;

class TestMerge : public QObject
{
    Q_OBJECT

private slots:
    void changesToDifferentLinesCombine()
    {
        const QString base = QStringLiteral("one\ntwo\nthree\nfour");
        const QString ours = QStringLiteral("ONE\ntwo\nthree\nfour");
        const QString theirs = QStringLiteral("one\ntwo\nthree\nFOUR\nfive");
        QCOMPARE(mergeLines(base, ours, theirs).value_or(QStringLiteral("<conflict>")),
            QStringLiteral("ONE\ntwo\nthree\nFOUR\nfive"));
        // Symmetric.
        QCOMPARE(mergeLines(base, theirs, ours).value_or(QStringLiteral("<conflict>")),
            QStringLiteral("ONE\ntwo\nthree\nFOUR\nfive"));
    }

    void insertionsAndDeletionsCombine()
    {
        const QString base = QStringLiteral("a\nb\nc\nd\ne");
        QCOMPARE(mergeLines(base, QStringLiteral("a\nc\nd\ne"), QStringLiteral("a\nb\nc\nd\nx\ne")).value_or(QString()),
            QStringLiteral("a\nc\nd\nx\ne"));
    }

    void sameChangeOnBothSidesIsNoConflict()
    {
        QCOMPARE(mergeLines(QStringLiteral("a\nb"), QStringLiteral("a\nB"), QStringLiteral("a\nB")).value_or(QString()),
            QStringLiteral("a\nB"));
    }

    void sameLineChangedDifferentlyConflicts()
    {
        QVERIFY(!mergeLines(QStringLiteral("a\nb\nc"), QStringLiteral("a\nX\nc"), QStringLiteral("a\nY\nc")));
        // Adjacent edits to the same region are a conflict too: no guessing at the order.
        QVERIFY(!mergeLines(QStringLiteral("a\nb"), QStringLiteral("a\nb\nours"), QStringLiteral("a\nb\ntheirs")));
    }

    void oneSideUnchangedTakesTheOther()
    {
        QCOMPARE(*mergeLines(QStringLiteral("x"), QStringLiteral("x"), QStringLiteral("y")), QStringLiteral("y"));
        QCOMPARE(*mergeLines(QStringLiteral("x"), QStringLiteral("y"), QStringLiteral("x")), QStringLiteral("y"));
    }
};

QTEST_GUILESS_MAIN(TestMerge)
#include "tst_merge.moc"
