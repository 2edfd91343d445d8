#include "notes.h"

#include "recordio.h"
#include "reflections.h"
#include "store/transaction.h"

namespace bollplank {

namespace {

const std::string SelectComment = std::string("SELECT ") + MetaColumns + ", reflection_id, body FROM comment ";
const std::string SelectNote = std::string("SELECT ") + MetaColumns + ", mentorship_id, body FROM mentor_note ";

Comment commentFrom(const Statement &row)
{
    return { readMeta(row), row.text(5), row.text(6) };
}

MentorNote noteFrom(const Statement &row)
{
    return { readMeta(row), row.text(5), row.text(6) };
}

void requireText(const QString &body)
{
    require(!body.trimmed().isEmpty(), "The note needs some text");
    require(body.size() <= 200'000, "The note is too long (at most 200,000 characters)");
}

} // namespace

void NoteRepository::saveComment(Comment &c)
{
    requireText(c.body);
    Transaction tx(m_store.db());
    const Reflection reflection = ReflectionRepository(m_store).get(c.reflectionId);
    require(reflection.visibility == Visibility::Shared, "Only a shared reflection can be commented on");
    writeRecord(m_store, "comment", c.meta, { { "reflection_id", c.reflectionId }, { "body", c.body } });
    tx.commit();
}

Comment NoteRepository::comment(const QString &id)
{
    return fetchOne(m_store, SelectComment + "WHERE id = ? AND deleted = 0", id, &commentFrom, "comment");
}

MentorNote NoteRepository::note(const QString &id)
{
    return fetchOne(m_store, SelectNote + "WHERE id = ? AND deleted = 0", id, &noteFrom, "note");
}

QList<Comment> NoteRepository::commentsOn(const QString &reflectionId)
{
    return fetchAll(
        m_store, SelectComment + "WHERE reflection_id = ? AND deleted = 0 ORDER BY seq",
        [&](Statement &s) { s.bind(1, reflectionId); }, &commentFrom);
}

void NoteRepository::removeComment(const QString &id)
{
    Transaction tx(m_store.db());
    tombstone(m_store, "comment", id, { { "body", QString() } });
    tx.commit();
}

void NoteRepository::saveNote(MentorNote &n)
{
    requireText(n.body);
    require(!n.mentorshipId.isEmpty(), "A note belongs to a mentorship");
    Transaction tx(m_store.db());
    writeRecord(m_store, "mentor_note", n.meta, { { "mentorship_id", n.mentorshipId }, { "body", n.body } });
    tx.commit();
}

QList<MentorNote> NoteRepository::notesFor(const QString &mentorshipId)
{
    return fetchAll(
        m_store, SelectNote + "WHERE mentorship_id = ? AND deleted = 0 ORDER BY seq DESC",
        [&](Statement &s) { s.bind(1, mentorshipId); }, &noteFrom);
}

void NoteRepository::removeNote(const QString &id)
{
    Transaction tx(m_store.db());
    tombstone(m_store, "mentor_note", id, { { "body", QString() } });
    tx.commit();
}

} // namespace bollplank
