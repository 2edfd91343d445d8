#pragma once

#include "domain/records.h"

#include <QList>

namespace bollplank {

class Store;

/// The mentor's words: comments on shared reflections, and private notes about an adept.
class NoteRepository
{
public:
    explicit NoteRepository(Store &store)
        : m_store(store)
    {
    }

    /// Comments only on a live, shared reflection.
    void saveComment(Comment &comment);
    [[nodiscard]] Comment comment(const QString &id);
    /// Oldest first.
    [[nodiscard]] QList<Comment> commentsOn(const QString &reflectionId);
    void removeComment(const QString &id);

    void saveNote(MentorNote &note);
    [[nodiscard]] MentorNote note(const QString &id);
    /// Newest first.
    [[nodiscard]] QList<MentorNote> notesFor(const QString &mentorshipId);
    void removeNote(const QString &id);

private:
    Store &m_store;
};

} // namespace bollplank
