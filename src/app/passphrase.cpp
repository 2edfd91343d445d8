#include "passphrase.h"

#include <QSet>
#include <QStringList>
#include <cmath>

namespace bollplank::passphrase {

namespace {

bool isCommon(const QString &lower)
{
    static const QStringList common = { QStringLiteral("password"), QStringLiteral("lösenord"),
        QStringLiteral("qwerty"), QStringLiteral("123456"), QStringLiteral("12345678"), QStringLiteral("abc123"),
        QStringLiteral("letmein"), QStringLiteral("bollplank"), QStringLiteral("mentor"), QStringLiteral("adept"),
        QStringLiteral("sommar"), QStringLiteral("hejsan"), QStringLiteral("iloveyou"), QStringLiteral("welcome") };
    for (const QString &word : common)
        if (lower.contains(word) && lower.size() < word.size() + 6)
            return true;
    return false;
}

} // namespace

double estimatedBits(const QString &passphrase)
{
    if (passphrase.isEmpty())
        return 0;
    bool lower = false, upper = false, digit = false, space = false, other = false;
    for (const QChar c : passphrase) {
        if (c.isLower())
            lower = true;
        else if (c.isUpper())
            upper = true;
        else if (c.isDigit())
            digit = true;
        else if (c.isSpace())
            space = true;
        else
            other = true;
    }
    const int pool = (lower ? 29 : 0) + (upper ? 29 : 0) + (digit ? 10 : 0) + (space ? 1 : 0) + (other ? 33 : 0);

    // Count characters that add little: repeats of the previous one and steps of a run (abc, 123).
    double effective = 0;
    for (qsizetype i = 0; i < passphrase.size(); ++i) {
        if (i > 0 && passphrase[i] == passphrase[i - 1])
            effective += 0.2;
        else if (i > 0 && passphrase[i].unicode() == passphrase[i - 1].unicode() + 1)
            effective += 0.4;
        else
            effective += 1.0;
    }
    // Few distinct characters mean a small real alphabet, whatever the classes say.
    const qsizetype distinct = QSet<QChar>(passphrase.begin(), passphrase.end()).size();
    const double alphabet = std::min<double>(pool, std::max<double>(distinct * 2.0, 2.0));
    double bits = effective * std::log2(std::max(alphabet, 2.0));
    if (isCommon(passphrase.toLower()))
        bits = std::min(bits, 10.0);
    return bits;
}

int strength(const QString &passphrase)
{
    const double bits = estimatedBits(passphrase);
    if (passphrase.size() < 8 || bits < 30)
        return 0;
    if (bits < 45)
        return 1;
    if (bits < 65)
        return 2;
    if (bits < 90)
        return 3;
    return 4;
}

} // namespace bollplank::passphrase
