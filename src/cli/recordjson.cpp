#include "recordjson.h"

#include "output.h"

using namespace Qt::StringLiterals;

namespace bollplank::cli {

namespace {

QJsonObject withMeta(const RecordMeta &meta, std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    QJsonObject object { { u"id"_s, meta.id }, { u"revision"_s, meta.revision },
        { u"updatedAt"_s, jsonTime(meta.updatedAt) } };
    for (const auto &[name, value] : fields)
        object.insert(name, value);
    return object;
}

template <typename T> QJsonValue optionalInt(const std::optional<T> &value)
{
    return value ? QJsonValue(qint64(*value)) : QJsonValue(QJsonValue::Null);
}

} // namespace

QJsonArray toJsonArray(const QList<int> &numbers)
{
    QJsonArray array;
    for (int n : numbers)
        array.append(n);
    return array;
}

QJsonObject toJson(const Profile &p)
{
    return withMeta(p.meta,
        { { u"role"_s, toString(p.role) }, { u"displayName"_s, p.displayName }, { u"deviceId"_s, p.deviceId },
            { u"createdAt"_s, jsonTime(p.createdAt) } });
}

QJsonObject toJson(const Mentorship &m)
{
    return withMeta(m.meta,
        { { u"adeptName"_s, m.adeptName }, { u"mentorName"_s, m.mentorName },
            { u"startDate"_s, jsonDate(m.startDate) }, { u"plannedMonths"_s, m.plannedMonths },
            { u"endDate"_s, jsonDate(m.startDate.addMonths(m.plannedMonths)) },
            { u"cadence"_s, m.cadence } });
}

QJsonObject toJson(const Agreement &a)
{
    return withMeta(a.meta,
        { { u"mentorshipId"_s, a.mentorshipId }, { u"goals"_s, a.goals },
            { u"adeptExpectations"_s, a.adeptExpectations },
            { u"mentorExpectations"_s, a.mentorExpectations }, { u"confidentiality"_s, a.confidentiality },
            { u"adeptAcknowledgedAt"_s, jsonTime(a.adeptAcknowledgedAt) },
            { u"mentorAcknowledgedAt"_s, jsonTime(a.mentorAcknowledgedAt) } });
}

QJsonObject toJson(const Meeting &m, const QList<int> &focusAreas)
{
    return withMeta(m.meta,
        { { u"mentorshipId"_s, m.mentorshipId }, { u"status"_s, toString(m.status) },
            { u"kind"_s, toString(m.kind) }, { u"start"_s, jsonTime(m.startsAt) },
            { u"end"_s, jsonTime(m.startsAt + qint64(m.durationMinutes) * 60'000) },
            { u"durationMinutes"_s, m.durationMinutes }, { u"place"_s, m.place },
            { u"coachingMinutes"_s, m.coachingMinutes }, { u"focusAreas"_s, toJsonArray(focusAreas) } });
}

QJsonObject toJson(const Minutes &m)
{
    return withMeta(
        m.meta, { { u"meetingId"_s, m.meetingId }, { u"area"_s, m.area }, { u"text"_s, m.body } });
}

QJsonObject toJson(const ActionItem &a)
{
    return withMeta(a.meta,
        { { u"mentorshipId"_s, a.mentorshipId }, { u"meetingId"_s, jsonText(a.meetingId) },
            { u"owner"_s, toString(a.owner) }, { u"text"_s, a.body }, { u"due"_s, jsonDate(a.dueDate) },
            { u"done"_s, a.doneAt.has_value() }, { u"doneAt"_s, jsonTime(a.doneAt) } });
}

QJsonObject toJson(const Evaluation &e)
{
    return withMeta(e.meta,
        { { u"meetingId"_s, e.meetingId }, { u"party"_s, toString(e.party) }, { u"rating"_s, e.rating },
            { u"text"_s, e.body } });
}

QJsonObject toJson(const Reflection &r)
{
    return withMeta(r.meta,
        { { u"mentorshipId"_s, jsonText(r.mentorshipId) }, { u"createdAt"_s, jsonTime(r.createdAt) },
            { u"text"_s, r.body }, { u"focusAreas"_s, toJsonArray(r.focusAreas) },
            { u"lens"_s, r.lens ? QJsonValue(toString(*r.lens)) : QJsonValue(QJsonValue::Null) },
            { u"stress"_s, optionalInt(r.stress) }, { u"visibility"_s, toString(r.visibility) },
            { u"sharedAt"_s, jsonTime(r.sharedAt) } });
}

QJsonObject toJson(const Comment &c)
{
    return withMeta(c.meta, { { u"reflectionId"_s, c.reflectionId }, { u"text"_s, c.body } });
}

QJsonObject toJson(const MentorNote &n)
{
    return withMeta(n.meta, { { u"mentorshipId"_s, n.mentorshipId }, { u"text"_s, n.body } });
}

QJsonObject toJson(const AdHocRequest &r)
{
    return withMeta(r.meta,
        { { u"mentorshipId"_s, r.mentorshipId }, { u"urgency"_s, toString(r.urgency) },
            { u"reason"_s, r.reason }, { u"status"_s, toString(r.status) },
            { u"meetingId"_s, jsonText(r.meetingId) } });
}

QJsonObject toJson(const SearchHit &hit)
{
    // The snippet's match markers (\x02 ... \x03) are control characters; JSON readers get the
    // plain passage.
    QString snippet = hit.snippet;
    snippet.remove(QChar(2)).remove(QChar(3));
    return { { u"kind"_s, toString(hit.kind) }, { u"id"_s, hit.id }, { u"snippet"_s, snippet },
        { u"updatedAt"_s, jsonTime(hit.updatedAt) } };
}

} // namespace bollplank::cli
