#pragma once

#include "demoprofile.h"
#include "repo/reflections.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace bollplank::test {

/// A fixed today, so failures reproduce; the tests also run with other todays.
inline const QDate Today(2025, 3, 12);

/// A demo profile in a temporary folder.
struct DemoFixture
{
    explicit DemoFixture(DemoOptions options)
    {
        if (!dir.isValid())
            qFatal("Cannot create a temporary folder");
        profile = createDemoProfile(dir.path(), options);
    }
    Store &store() { return profile->store(); }

    QTemporaryDir dir;
    std::unique_ptr<UnlockedProfile> profile;
};

inline DemoOptions demoOptions(const QString &language, Role role, const QDate &today = Today, int extra = 0)
{
    DemoOptions o;
    o.language = language;
    o.role = role;
    o.today = today;
    o.extraReflections = extra;
    return o;
}

/// Every live reflection, newest first.
inline QList<Reflection> allReflections(Store &store)
{
    return ReflectionRepository(store).list({}, 1'000'000);
}

inline ReflectionFilter withVisibility(Visibility v)
{
    ReflectionFilter f;
    f.visibility = v;
    return f;
}

inline ReflectionFilter inArea(int area, std::optional<qint64> from = {}, std::optional<qint64> to = {})
{
    ReflectionFilter f;
    f.focusArea = area;
    f.createdFrom = from;
    f.createdTo = to;
    return f;
}

/// Every piece of user-visible text the profile holds, whatever the table.
inline QStringList allTexts(Store &store)
{
    QStringList texts;
    for (const char *sql : { "SELECT body FROM reflection", "SELECT body FROM minutes",
             "SELECT body FROM comment", "SELECT body FROM mentor_note", "SELECT body FROM action_item",
             "SELECT body FROM evaluation", "SELECT reason FROM adhoc_request", "SELECT goals FROM agreement",
             "SELECT adept_expectations FROM agreement", "SELECT mentor_expectations FROM agreement",
             "SELECT confidentiality FROM agreement", "SELECT place FROM meeting" }) {
        auto q = store.db().prepareOnce(sql);
        while (q.step())
            texts.append(q.text(0));
    }
    return texts;
}

/// The first text that reads as the other language ("och", "jag" in English; "the", "and" in Swedish).
inline QString wrongLanguage(Store &store, const QString &language)
{
    static const QRegularExpression swedish(QStringLiteral("\\b(och|jag|att|inte|det|för|på)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression english(QStringLiteral("\\b(and|the|that|with|what|for|on)\\b"),
        QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpression &foreign = language == QLatin1String("sv") ? english : swedish;
    for (const QString &text : allTexts(store))
        if (foreign.match(text).hasMatch())
            return text;
    return {};
}

inline qint64 startOf(const QDate &day)
{
    return day.startOfDay().toMSecsSinceEpoch();
}

} // namespace bollplank::test
