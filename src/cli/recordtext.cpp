#include "recordtext.h"

#include "domain/focusareas.h"
#include "ids.h"
#include "output.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

using Rows = QList<std::pair<QString, QString>>;

/// "Label:  value" rows with the values aligned.
QString table(const Rows &rows)
{
    qsizetype width = 0;
    for (const auto &[label, value] : rows)
        width = qMax(width, label.size());
    QStringList out;
    for (const auto &[label, value] : rows)
        out.append((label + u':').leftJustified(width + 2) + value);
    return out.join(u'\n');
}

/// The start of a text on one line, for lists.
QString preview(const QString &text, qsizetype width = 60)
{
    const QString flat = text.simplified();
    return flat.size() <= width ? flat : flat.left(width - 1) + u'…';
}

QString withBody(const QString &head, const QString &body)
{
    return body.isEmpty() ? head : head + u"\n\n"_s + body;
}

QString areaName(int area)
{
    if (area == 0)
        return u"the meeting as a whole"_s;
    return FocusAreas::isValid(area) ? FocusAreas::byId(area).name(QLocale().name()) : QString::number(area);
}

QString numbers(const QList<int> &areas)
{
    QStringList parts;
    for (int area : areas)
        parts.append(QString::number(area));
    return parts.join(u',');
}

} // namespace

QString focusNames(const QList<int> &areas)
{
    if (areas.isEmpty())
        return u"-"_s;
    QStringList parts;
    for (int area : areas)
        parts.append(QString::number(area) + u' ' + areaName(area));
    return parts.join(u", "_s);
}

QString detail(const Profile &p, const QString &folder)
{
    return table({ { u"Name"_s, p.displayName }, { u"Role"_s, toString(p.role) }, { u"Device"_s, p.deviceId },
        { u"Created"_s, textTime(p.createdAt) }, { u"Folder"_s, folder } });
}

QString line(const Mentorship &m)
{
    return u"%1  %2 (adept) and %3 (mentor), from %4 for %5 months, %6"_s.arg(shortId(m.meta.id), m.adeptName,
        m.mentorName, textDate(m.startDate), QString::number(m.plannedMonths), m.cadence);
}

QString detail(const Mentorship &m)
{
    return table({ { u"Mentorship"_s, m.meta.id }, { u"Adept"_s, m.adeptName }, { u"Mentor"_s, m.mentorName },
        { u"Start"_s, textDate(m.startDate) },
        { u"Planned"_s,
            u"%1 months (to %2)"_s.arg(m.plannedMonths)
                .arg(textDate(m.startDate.addMonths(m.plannedMonths))) },
        { u"Cadence"_s, m.cadence } });
}

QString detail(const Agreement &a)
{
    const auto ack = [](const std::optional<qint64> &at) { return at ? textTime(*at) : u"not yet"_s; };
    const auto section = [](const QString &title, const QString &text) {
        return u"%1:\n%2"_s.arg(title, text.isEmpty() ? u"(not written)"_s : text);
    };
    return table({ { u"Agreement of"_s, a.mentorshipId }, { u"Adept accepted"_s, ack(a.adeptAcknowledgedAt) },
               { u"Mentor accepted"_s, ack(a.mentorAcknowledgedAt) } })
        + u"\n\n"_s + section(u"Goals"_s, a.goals) + u"\n\n"_s
        + section(u"The adept's expectations"_s, a.adeptExpectations) + u"\n\n"_s
        + section(u"The mentor's expectations"_s, a.mentorExpectations) + u"\n\n"_s
        + section(u"Confidentiality"_s, a.confidentiality);
}

QString line(const Meeting &m, const QList<int> &focusAreas)
{
    QString row = u"%1  %2  %3 min  %4 %5"_s.arg(shortId(m.meta.id), textTime(m.startsAt))
                      .arg(m.durationMinutes)
                      .arg(toString(m.status), toString(m.kind));
    if (!m.place.isEmpty())
        row += u"  at "_s + m.place;
    if (!focusAreas.isEmpty())
        row += u"  focus "_s + numbers(focusAreas);
    return row;
}

QString detail(const Meeting &m, const QList<int> &focusAreas)
{
    return table({ { u"Meeting"_s, m.meta.id }, { u"Mentorship"_s, m.mentorshipId },
        { u"Start"_s, textTime(m.startsAt) },
        { u"Duration"_s, u"%1 min (coaching first: %2 min)"_s.arg(m.durationMinutes).arg(m.coachingMinutes) },
        { u"Place"_s, m.place.isEmpty() ? u"-"_s : m.place }, { u"Kind"_s, toString(m.kind) },
        { u"Status"_s, toString(m.status) }, { u"Focus areas"_s, focusNames(focusAreas) } });
}

QString line(const Minutes &m)
{
    return u"%1  area %2 (%3)  %4"_s.arg(shortId(m.meta.id))
        .arg(m.area)
        .arg(areaName(m.area), preview(m.body));
}

QString detail(const Minutes &m)
{
    return withBody(table({ { u"Minutes"_s, m.meta.id }, { u"Meeting"_s, m.meetingId },
                        { u"Area"_s, u"%1 (%2)"_s.arg(m.area).arg(areaName(m.area)) } }),
        m.body);
}

QString line(const ActionItem &a)
{
    return u"%1  [%2]  %3  due %4  %5"_s.arg(shortId(a.meta.id), a.doneAt ? u"x"_s : u" "_s,
        toString(a.owner).leftJustified(6), textDate(a.dueDate), preview(a.body));
}

QString detail(const ActionItem &a)
{
    return withBody(
        table({ { u"Action item"_s, a.meta.id }, { u"Mentorship"_s, a.mentorshipId },
            { u"Meeting"_s, a.meetingId.isEmpty() ? u"-"_s : a.meetingId }, { u"Owner"_s, toString(a.owner) },
            { u"Due"_s, textDate(a.dueDate) }, { u"Done"_s, a.doneAt ? textTime(*a.doneAt) : u"no"_s } }),
        a.body);
}

QString line(const Evaluation &e)
{
    return u"%1  %2  rating %3/5  %4"_s.arg(shortId(e.meta.id), toString(e.party).leftJustified(6))
        .arg(e.rating)
        .arg(preview(e.body))
        .trimmed();
}

QString line(const Reflection &r)
{
    QString row = u"%1  %2  %3"_s.arg(
        shortId(r.meta.id), textTime(r.createdAt), toString(r.visibility).leftJustified(7));
    if (!r.focusAreas.isEmpty())
        row += u"  focus "_s + numbers(r.focusAreas);
    return row + u"  "_s + preview(r.body);
}

QString detail(const Reflection &r)
{
    Rows rows { { u"Reflection"_s, r.meta.id }, { u"Written"_s, textTime(r.createdAt) },
        { u"Visibility"_s,
            r.sharedAt ? u"shared (since %1)"_s.arg(textTime(*r.sharedAt)) : toString(r.visibility) },
        { u"Focus areas"_s, focusNames(r.focusAreas) }, { u"Lens"_s, r.lens ? toString(*r.lens) : u"-"_s },
        { u"Stress"_s, r.stress ? u"%1/5"_s.arg(*r.stress) : u"-"_s } };
    if (!r.mentorshipId.isEmpty())
        rows.append({ u"Mentorship"_s, r.mentorshipId });
    return withBody(table(rows), r.body);
}

QString line(const Comment &c)
{
    return u"%1  %2  %3"_s.arg(shortId(c.meta.id), textTime(c.meta.updatedAt), preview(c.body));
}

QString line(const MentorNote &n)
{
    return u"%1  %2  %3"_s.arg(shortId(n.meta.id), textTime(n.meta.updatedAt), preview(n.body));
}

QString line(const AdHocRequest &r)
{
    return u"%1  %2 urgency  %3  %4"_s.arg(shortId(r.meta.id), toString(r.urgency).leftJustified(6),
        toString(r.status), r.reason.isEmpty() ? u"(no reason given)"_s : preview(r.reason));
}

QString line(const SearchHit &hit)
{
    QString snippet = hit.snippet.simplified();
    snippet.replace(QChar(2), u'[').replace(QChar(3), u']');
    return u"%1  %2  %3  %4"_s.arg(
        toString(hit.kind).leftJustified(10), shortId(hit.id), textTime(hit.updatedAt), snippet);
}

} // namespace bollplank::cli
