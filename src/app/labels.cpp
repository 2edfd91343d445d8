#include "labels.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>

namespace bollplank {

QString Labels::lens(Lens lens)
{
    switch (lens) {
    case Lens::Customers:
        //: Stakeholder lens on a reflection
        return tr("Customers");
    case Lens::Employees:
        //: Stakeholder lens on a reflection
        return tr("Employees");
    case Lens::Partners:
        //: Stakeholder lens on a reflection
        return tr("Partners");
    case Lens::Owners:
        //: Stakeholder lens on a reflection
        return tr("Owners");
    case Lens::Board:
        //: Stakeholder lens on a reflection (the company's board of directors)
        return tr("Board");
    }
    return {};
}

QString Labels::urgency(Urgency urgency)
{
    switch (urgency) {
    case Urgency::Low:
        //: Urgency of a request for an ad-hoc meeting
        return tr("When it suits");
    case Urgency::Medium:
        //: Urgency of a request for an ad-hoc meeting
        return tr("Within a week");
    case Urgency::High:
        //: Urgency of a request for an ad-hoc meeting
        return tr("As soon as possible");
    }
    return {};
}

QString Labels::owner(Role role)
{
    //: Who owns an action item
    return role == Role::Mentor ? tr("Mentor") : tr("You");
}

QString Labels::month(const QDate &date, const QLocale &locale)
{
    QString name = locale.standaloneMonthName(date.month(), QLocale::LongFormat);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name + QLatin1Char(' ') + QString::number(date.year());
}

QString Labels::longDate(const QDate &date, const QLocale &locale)
{
    if (locale.language() == QLocale::Swedish)
        return locale.toString(date, QStringLiteral("dddd d MMMM yyyy"));
    return locale.toString(date, QStringLiteral("dddd d MMMM yyyy"));
}

QString Labels::shortDate(const QDate &date, const QLocale &locale)
{
    return locale.toString(date, QStringLiteral("d MMM"));
}

QString Labels::time(const QTime &time, const QLocale &locale)
{
    return locale.toString(time, QLocale::ShortFormat);
}

QString Labels::week(const QDate &date)
{
    //: ISO week number of a date, e.g. "Week 16"
    return tr("Week %1").arg(date.weekNumber());
}

QString Labels::excerpt(const QString &markdown, int maxChars)
{
    // Qt's own Markdown parser, so the excerpt drops exactly the markup the reader renders.
    QTextDocument document;
    document.setMarkdown(markdown.left(maxChars * 4), QTextDocument::MarkdownDialectGitHub);
    // Blocks (headings, paragraphs, list items) become sentences on one line.
    QStringList parts;
    for (const QString &line : document.toPlainText().split(QLatin1Char('\n'))) {
        const QString part = line.simplified();
        if (part.isEmpty())
            continue;
        if (!parts.isEmpty() && !QStringLiteral(".!?:;…").contains(parts.last().back()))
            parts.last() += QLatin1Char('.');
        parts.append(part);
    }
    QString text = parts.join(QLatin1Char(' '));
    if (text.size() > maxChars) {
        text.truncate(maxChars);
        const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
        if (space > maxChars / 2)
            text.truncate(space);
        text += QChar(0x2026);
    }
    return text;
}

QString Labels::withoutImages(const QString &markdown)
{
    if (!markdown.contains(QLatin1String("![")) && !markdown.contains(QLatin1String("<img"), Qt::CaseInsensitive))
        return markdown;
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    // Collect first, then edit: replacing text while iterating would invalidate the fragments.
    struct Image
    {
        int position;
        int length;
        QString alt;
    };
    QList<Image> images;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.isValid() && fragment.charFormat().isImageFormat())
                images.append({ fragment.position(), fragment.length(), fragment.charFormat().toolTip() });
        }
    }
    for (auto it = images.crbegin(); it != images.crend(); ++it) {
        QTextCursor cursor(&document);
        cursor.setPosition(it->position);
        cursor.setPosition(it->position + it->length, QTextCursor::KeepAnchor);
        cursor.insertText(it->alt.isEmpty() ? QStringLiteral("[image]") : it->alt, QTextCharFormat());
    }
    return document.toMarkdown(QTextDocument::MarkdownDialectGitHub);
}

} // namespace bollplank
