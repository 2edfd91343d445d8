#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace bollplank {

class Store;

/// A meeting left halfway, kept so it can be resumed: whatever the app put in body (CBOR), for
/// the meeting it belongs to.
struct MeetingDraft
{
    QString mentorshipId;
    QString meetingId; ///< empty for a meeting that was not booked beforehand
    qint64 savedAt = 0; ///< ms since the epoch, UTC
    QByteArray body;
};

/// Drafts of meetings in progress, one per mentorship, local to this device (never synced).
class MeetingDraftRepository
{
public:
    explicit MeetingDraftRepository(Store &store)
        : m_store(store)
    {
    }

    /// Replaces the mentorship's draft; stamps savedAt with the store's clock.
    void save(MeetingDraft &draft);
    [[nodiscard]] std::optional<MeetingDraft> get(const QString &mentorshipId);
    [[nodiscard]] bool exists(const QString &mentorshipId);
    /// Removing a draft that is not there is not an error: ending and discarding both call it.
    void remove(const QString &mentorshipId);

    static constexpr qsizetype MaxBodyBytes = 4 * 1024 * 1024;

private:
    Store &m_store;
};

} // namespace bollplank
