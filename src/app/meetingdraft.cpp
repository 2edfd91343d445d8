#include "meetingdraft.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>

namespace bollplank {

namespace {

constexpr int DraftVersion = 1;

QCborArray intArray(const QList<int> &values)
{
    QCborArray array;
    for (int v : values)
        array.append(v);
    return array;
}

QString text(const QCborMap &map, const char *key)
{
    return map.value(QLatin1String(key)).toString();
}

int integer(const QCborMap &map, const char *key, int fallback = 0)
{
    return int(map.value(QLatin1String(key)).toInteger(fallback));
}

} // namespace

QByteArray toCbor(const MeetingState &s)
{
    QCborMap minutes;
    for (auto it = s.minutes.cbegin(); it != s.minutes.cend(); ++it)
        minutes.insert(it.key(), it.value());
    QCborArray actions;
    for (const DraftActionItem &a : s.actions)
        actions.append(QCborMap { { QStringLiteral("owner"), toString(a.owner) },
            { QStringLiteral("body"), a.body }, { QStringLiteral("due"), a.due } });
    QCborArray done;
    for (const QString &id : s.doneActionIds)
        done.append(id);
    const QCborMap map {
        { QStringLiteral("v"), DraftVersion },
        { QStringLiteral("mentorship"), s.mentorshipId },
        { QStringLiteral("meeting"), s.meetingId },
        { QStringLiteral("kind"), toString(s.kind) },
        { QStringLiteral("startsAt"), s.startsAt },
        { QStringLiteral("duration"), s.durationMinutes },
        { QStringLiteral("place"), s.place },
        { QStringLiteral("coaching"), s.coachingMinutes },
        { QStringLiteral("step"), s.step },
        { QStringLiteral("coachingStartedAt"), s.coachingStartedAt },
        { QStringLiteral("areas"), intArray(s.areas) },
        { QStringLiteral("minutes"), minutes },
        { QStringLiteral("actions"), actions },
        { QStringLiteral("done"), done },
        { QStringLiteral("adeptRating"), s.adeptRating },
        { QStringLiteral("adeptText"), s.adeptEvaluation },
        { QStringLiteral("mentorRating"), s.mentorRating },
        { QStringLiteral("mentorText"), s.mentorEvaluation },
        { QStringLiteral("bookNext"), s.bookNext },
        { QStringLiteral("nextMeeting"), s.nextMeetingId },
        { QStringLiteral("nextDate"), s.nextDate },
        { QStringLiteral("nextTime"), s.nextTime },
        { QStringLiteral("nextDuration"), s.nextDurationMinutes },
        { QStringLiteral("nextPlace"), s.nextPlace },
    };
    return map.toCborValue().toCbor();
}

std::optional<MeetingState> meetingStateFromCbor(const QByteArray &bytes)
{
    QCborParserError error;
    const QCborValue value = QCborValue::fromCbor(bytes, &error);
    if (error.error != QCborError::NoError || !value.isMap())
        return std::nullopt;
    const QCborMap map = value.toMap();
    if (integer(map, "v") != DraftVersion)
        return std::nullopt;
    MeetingState s;
    try {
        s.kind = parseMeetingKind(text(map, "kind"));
        for (const QCborValue &a : map.value(QLatin1String("actions")).toArray()) {
            const QCborMap item = a.toMap();
            s.actions.append({ parseRole(text(item, "owner")), text(item, "body"), text(item, "due") });
        }
    } catch (...) {
        return std::nullopt; // an unknown kind or owner: not a draft this version wrote
    }
    s.mentorshipId = text(map, "mentorship");
    s.meetingId = text(map, "meeting");
    s.startsAt = map.value(QLatin1String("startsAt")).toInteger();
    s.durationMinutes = integer(map, "duration", 150);
    s.place = text(map, "place");
    s.coachingMinutes = integer(map, "coaching", 30);
    s.step = integer(map, "step");
    s.coachingStartedAt = map.value(QLatin1String("coachingStartedAt")).toInteger();
    for (const QCborValue &v : map.value(QLatin1String("areas")).toArray())
        s.areas.append(int(v.toInteger()));
    const QCborMap minutes = map.value(QLatin1String("minutes")).toMap();
    for (auto it = minutes.cbegin(); it != minutes.cend(); ++it)
        s.minutes.insert(int(it.key().toInteger()), it.value().toString());
    for (const QCborValue &v : map.value(QLatin1String("done")).toArray())
        s.doneActionIds.append(v.toString());
    s.adeptRating = integer(map, "adeptRating");
    s.adeptEvaluation = text(map, "adeptText");
    s.mentorRating = integer(map, "mentorRating");
    s.mentorEvaluation = text(map, "mentorText");
    s.bookNext = map.value(QLatin1String("bookNext")).toBool(true);
    s.nextMeetingId = text(map, "nextMeeting");
    s.nextDate = text(map, "nextDate");
    s.nextTime = text(map, "nextTime");
    s.nextDurationMinutes = integer(map, "nextDuration", 150);
    s.nextPlace = text(map, "nextPlace");
    if (s.mentorshipId.isEmpty() || s.startsAt <= 0)
        return std::nullopt;
    return s;
}

} // namespace bollplank
