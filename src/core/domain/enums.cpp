#include "enums.h"

#include "store/storeerror.h"

#include <array>
#include <utility>

namespace bollplank {

namespace {

template<typename E, std::size_t N> using Names = std::array<std::pair<E, const char *>, N>;

const Names<Role, 2> roles { { { Role::Adept, "adept" }, { Role::Mentor, "mentor" } } };
const Names<Visibility, 2> visibilities { { { Visibility::Private, "private" }, { Visibility::Shared, "shared" } } };
const Names<Lens, 5> lenses { { { Lens::Customers, "customers" }, { Lens::Employees, "employees" },
    { Lens::Partners, "partners" }, { Lens::Owners, "owners" }, { Lens::Board, "board" } } };
const Names<MeetingStatus, 3> statuses { { { MeetingStatus::Planned, "planned" }, { MeetingStatus::Held, "held" },
    { MeetingStatus::Cancelled, "cancelled" } } };
const Names<MeetingKind, 2> kinds { { { MeetingKind::Formal, "formal" }, { MeetingKind::AdHoc, "adhoc" } } };
const Names<Urgency, 3> urgencies { { { Urgency::Low, "low" }, { Urgency::Medium, "medium" },
    { Urgency::High, "high" } } };
const Names<RequestStatus, 4> requestStatuses { { { RequestStatus::Open, "open" },
    { RequestStatus::Accepted, "accepted" }, { RequestStatus::Declined, "declined" },
    { RequestStatus::Withdrawn, "withdrawn" } } };

template<typename E, std::size_t N> QString nameOf(const Names<E, N> &names, E value)
{
    for (const auto &[candidate, name] : names)
        if (candidate == value)
            return QString::fromLatin1(name);
    return {};
}

template<typename E, std::size_t N> E parse(const Names<E, N> &names, const QString &text, const char *what)
{
    for (const auto &[value, name] : names)
        if (text.compare(QLatin1String(name), Qt::CaseInsensitive) == 0)
            return value;
    std::string allowed;
    for (const auto &[value, name] : names)
        allowed += (allowed.empty() ? "" : ", ") + std::string(name);
    throw StoreError(StoreError::Kind::InvalidInput,
        "Unknown " + std::string(what) + " \"" + text.toStdString() + "\" (expected one of: " + allowed + ")");
}

} // namespace

QString toString(Role value) { return nameOf(roles, value); }
QString toString(Visibility value) { return nameOf(visibilities, value); }
QString toString(Lens value) { return nameOf(lenses, value); }
QString toString(MeetingStatus value) { return nameOf(statuses, value); }
QString toString(MeetingKind value) { return nameOf(kinds, value); }
QString toString(Urgency value) { return nameOf(urgencies, value); }
QString toString(RequestStatus value) { return nameOf(requestStatuses, value); }

Role parseRole(const QString &text) { return parse(roles, text, "role"); }
Visibility parseVisibility(const QString &text) { return parse(visibilities, text, "visibility"); }
Lens parseLens(const QString &text) { return parse(lenses, text, "stakeholder lens"); }
MeetingStatus parseMeetingStatus(const QString &text) { return parse(statuses, text, "meeting status"); }
MeetingKind parseMeetingKind(const QString &text) { return parse(kinds, text, "meeting kind"); }
Urgency parseUrgency(const QString &text) { return parse(urgencies, text, "urgency"); }
RequestStatus parseRequestStatus(const QString &text) { return parse(requestStatuses, text, "request status"); }

} // namespace bollplank
