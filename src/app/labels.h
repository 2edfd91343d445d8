#pragma once

#include "domain/enums.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QString>

namespace bollplank {

/// Translated names of the domain's closed sets and locale-aware date texts, in one place so
/// every page says the same thing the same way.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)
public:
    [[nodiscard]] static QString lens(Lens lens);
    [[nodiscard]] static QString urgency(Urgency urgency);
    [[nodiscard]] static QString owner(Role role);
    /// "Mars 2025" / "March 2025": a month as a heading.
    [[nodiscard]] static QString month(const QDate &date, const QLocale &locale);
    /// "tisdag 14 april 2025" / "Tuesday 14 April 2025".
    [[nodiscard]] static QString longDate(const QDate &date, const QLocale &locale);
    /// "14 apr." style, for lists.
    [[nodiscard]] static QString shortDate(const QDate &date, const QLocale &locale);
    [[nodiscard]] static QString time(const QTime &time, const QLocale &locale);
    /// "Vecka 16" / "Week 16" (ISO week numbers, as calendars in Sweden use).
    [[nodiscard]] static QString week(const QDate &date);
    /// Plain text of Markdown, on one line, cut to about maxChars characters.
    [[nodiscard]] static QString excerpt(const QString &markdown, int maxChars = 220);
    /// Markdown for Text.MarkdownText with images replaced by their alt text, so rendering a
    /// note never fetches anything from the network.
    [[nodiscard]] static QString withoutImages(const QString &markdown);
};

} // namespace bollplank
