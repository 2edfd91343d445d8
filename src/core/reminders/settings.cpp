#include "settings.h"

#include "store/storeerror.h"

namespace bollplank {

namespace {
constexpr struct
{
    ReminderKind kind;
    const char *name;
} Names[] = {
    { ReminderKind::Meeting, "meeting" },
    { ReminderKind::Prepare, "prepare" },
    { ReminderKind::Reflect, "reflect" },
    { ReminderKind::Unbooked, "unbooked" },
    { ReminderKind::Request, "request" },
};
} // namespace

QString toString(ReminderKind kind)
{
    for (const auto &n : Names)
        if (n.kind == kind)
            return QString::fromLatin1(n.name);
    return {};
}

ReminderKind parseReminderKind(const QString &text)
{
    for (const auto &n : Names)
        if (text.trimmed() == QLatin1String(n.name))
            return n.kind;
    throw StoreError(StoreError::Kind::InvalidInput,
        "Unknown reminder kind \"" + text.toStdString()
            + "\" (meeting, prepare, reflect, unbooked, request)");
}

bool ReminderSettings::isOn(ReminderKind kind) const
{
    switch (kind) {
    case ReminderKind::Meeting:
        return meetingOn;
    case ReminderKind::Prepare:
        return prepareOn;
    case ReminderKind::Reflect:
        return reflectOn;
    case ReminderKind::Unbooked:
        return unbookedOn;
    case ReminderKind::Request:
        return requestOn;
    }
    return false;
}

void ReminderSettings::setOn(ReminderKind kind, bool on)
{
    switch (kind) {
    case ReminderKind::Meeting:
        meetingOn = on;
        break;
    case ReminderKind::Prepare:
        prepareOn = on;
        break;
    case ReminderKind::Reflect:
        reflectOn = on;
        break;
    case ReminderKind::Unbooked:
        unbookedOn = on;
        break;
    case ReminderKind::Request:
        requestOn = on;
        break;
    }
}

} // namespace bollplank
