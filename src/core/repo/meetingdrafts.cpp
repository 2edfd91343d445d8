#include "meetingdrafts.h"

#include "profile/store.h"
#include "recordio.h"

namespace bollplank {

void MeetingDraftRepository::save(MeetingDraft &draft)
{
    require(!draft.mentorshipId.isEmpty(), "A meeting draft belongs to a mentorship");
    require(!draft.body.isEmpty() && draft.body.size() <= MaxBodyBytes, "A meeting draft holds 1 byte to 4 MiB");
    draft.savedAt = m_store.now();
    auto upsert = m_store.db().prepare(
        // SQLCipher 3.4 bundles SQLite 3.15, which has no UPSERT; nothing references a draft row.
        "INSERT OR REPLACE INTO meeting_draft (mentorship_id, meeting_id, saved_at, body) VALUES (?, ?, ?, ?)");
    upsert.bind(1, draft.mentorshipId).bind(2, draft.meetingId).bind(3, draft.savedAt).bind(4, draft.body);
    upsert.run();
}

std::optional<MeetingDraft> MeetingDraftRepository::get(const QString &mentorshipId)
{
    auto q = m_store.db().prepare("SELECT meeting_id, saved_at, body FROM meeting_draft WHERE mentorship_id = ?");
    q.bind(1, mentorshipId);
    if (!q.step())
        return std::nullopt;
    return MeetingDraft { mentorshipId, q.text(0), q.int64(1), q.blob(2) };
}

bool MeetingDraftRepository::exists(const QString &mentorshipId)
{
    auto q = m_store.db().prepare("SELECT 1 FROM meeting_draft WHERE mentorship_id = ?");
    q.bind(1, mentorshipId);
    return q.step();
}

void MeetingDraftRepository::remove(const QString &mentorshipId)
{
    auto del = m_store.db().prepare("DELETE FROM meeting_draft WHERE mentorship_id = ?");
    del.bind(1, mentorshipId);
    del.run();
}

} // namespace bollplank
