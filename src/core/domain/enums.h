#pragma once

#include <QString>
#include <optional>

namespace bollplank {

// The domain's closed sets. Each has a stable lower-case name used in the database, the CLI
// and (later) sync; parse*() throws StoreError InvalidInput for anything else.

enum class Role { Adept, Mentor };
enum class Visibility { Private, Shared };
enum class Lens { Customers, Employees, Partners, Owners, Board };
enum class MeetingStatus { Planned, Held, Cancelled };
enum class MeetingKind { Formal, AdHoc };
enum class Urgency { Low, Medium, High };
enum class RequestStatus { Open, Accepted, Declined, Withdrawn };

[[nodiscard]] QString toString(Role value);
[[nodiscard]] QString toString(Visibility value);
[[nodiscard]] QString toString(Lens value);
[[nodiscard]] QString toString(MeetingStatus value);
[[nodiscard]] QString toString(MeetingKind value);
[[nodiscard]] QString toString(Urgency value);
[[nodiscard]] QString toString(RequestStatus value);

[[nodiscard]] Role parseRole(const QString &text);
[[nodiscard]] Visibility parseVisibility(const QString &text);
[[nodiscard]] Lens parseLens(const QString &text);
[[nodiscard]] MeetingStatus parseMeetingStatus(const QString &text);
[[nodiscard]] MeetingKind parseMeetingKind(const QString &text);
[[nodiscard]] Urgency parseUrgency(const QString &text);
[[nodiscard]] RequestStatus parseRequestStatus(const QString &text);

} // namespace bollplank
