#include "conflicts.h"

#include "actionitems.h"
#include "evaluations.h"
#include "mentorships.h"
#include "minutes.h"
#include "notes.h"
#include "recordio.h"
#include "reflections.h"
#include "requests.h"
#include "store/transaction.h"
#include "sync/collections.h"
#include "sync/identity.h"
#include "sync/merge.h"
#include "sync/records.h"

#include <QHash>
#include <algorithm>
#include <tuple>

namespace bollplank {

namespace {

/// The tables a person settles here, whose texts they are (sync/authorship.h; empty: either
/// person's, "party": the evaluating party's) and their text columns. The engine makes conflict
/// copies of the first five and keeps both texts in the record for the others (one row per key).
struct TextTable
{
    const char *table;
    const char *owner;
    bool copies;
    QList<const char *> fields;
};

const QList<TextTable> &textTables()
{
    static const QList<TextTable> tables = {
        { "reflection", "adept", true, { "body" } },
        { "comment", "mentor", true, { "body" } },
        { "mentor_note", "mentor", true, { "body" } },
        { "action_item", "", true, { "body" } },
        { "adhoc_request", "adept", true, { "reason" } },
        { "minutes", "mentor", false, { "body" } },
        { "evaluation", "party", false, { "body" } },
        { "agreement", "", false, { "goals", "adept_expectations", "mentor_expectations", "confidentiality" } },
    };
    return tables;
}

/// Whether this person writes the record's texts. A device that merely holds the other person's
/// record (a mentor's copy of a reflection) leaves its conflicts to them: their settling arrives.
bool writesHere(Store &store, const TextTable &t, const QString &recordId)
{
    const QString owner = QString::fromLatin1(t.owner);
    if (owner.isEmpty())
        return true;
    const QString role = sync::ownRole(store);
    if (owner != QLatin1String("party"))
        return owner == role;
    auto q = store.db().prepare(std::string("SELECT party FROM ") + t.table + " WHERE id = ?");
    q.bind(1, recordId);
    return q.step() && q.text(0) == role;
}

const TextTable *textTable(const QString &table)
{
    for (const TextTable &t : textTables())
        if (table == QLatin1String(t.table))
            return &t;
    return nullptr;
}

/// A live record's text column; nullopt when the record is deleted or not here.
std::optional<QString> liveText(Store &store, const QString &table, const QString &id, const char *field)
{
    auto q = store.db().prepare(std::string("SELECT ") + field + " FROM " + table.toStdString()
        + " WHERE id = ? AND deleted = 0");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    return q.optionalText(0).value_or(QString());
}

/// A text holding both versions, apart: the one kept first, and the other.
std::pair<QString, QString> apart(const QString &both)
{
    const qsizetype at = both.indexOf(sync::BothVersionsSeparator);
    if (at < 0)
        return { both, both };
    return { both.left(at), both.mid(at + sync::BothVersionsSeparator.size()) };
}

QString keyOf(const QString &table, const QString &recordId, const QString &copyId, const QString &field)
{
    return QStringList { table, recordId, copyId, field }.join(QLatin1Char('/'));
}

void forget(Store &store, const QString &table, const QString &recordId, const QString &copyId)
{
    store.db()
        .prepare("DELETE FROM sync_conflict WHERE table_name = ? AND record_id = ? AND coalesce(copy_id, '') = ?")
        .bind(1, table)
        .bind(2, recordId)
        .bind(3, copyId)
        .run();
}

/// How one table with conflict copies is read and written through its repository.
template<typename Repo, typename T>
struct CopyAccess
{
    T (Repo::*get)(const QString &);
    void (Repo::*save)(T &);
    void (Repo::*remove)(const QString &);
    QString T::*text;
};

/// The record takes the version kept (this device's or the other's, the copy's when it is not
/// the record's own already) or the merge written over this device's; then the copy goes.
template<typename Repo, typename T>
void settleCopy(Store &store, const CopyAccess<Repo, T> &access, const Conflict &c, bool recordMine,
    ConflictRepository::Keep keep, const QString &merged)
{
    Repo repo(store);
    const T record = (repo.*access.get)(c.recordId);
    const T copy = (repo.*access.get)(c.copyId);
    // The side the result starts from: the other device's for Theirs, else this device's.
    const bool fromCopy = keep == ConflictRepository::Keep::Theirs ? recordMine : !recordMine;
    if (fromCopy || keep == ConflictRepository::Keep::Merged) {
        T result = fromCopy ? copy : record;
        result.meta = record.meta;
        if (keep == ConflictRepository::Keep::Merged)
            result.*access.text = merged;
        (repo.*access.save)(result);
    }
    (repo.*access.remove)(c.copyId);
}

/// The record's text holding both versions becomes one of them, or the merge.
template<typename T, typename Save>
void settleBoth(T record, QString T::*text, bool firstMine, ConflictRepository::Keep keep, const QString &merged,
    Save save)
{
    const auto [first, second] = apart(record.*text);
    if (keep == ConflictRepository::Keep::Merged)
        record.*text = merged;
    else
        record.*text = (keep == ConflictRepository::Keep::Mine) == firstMine ? first : second;
    save(record);
}

QString Agreement::*agreementText(const QString &field)
{
    if (field == QLatin1String("goals"))
        return &Agreement::goals;
    if (field == QLatin1String("adept_expectations"))
        return &Agreement::adeptExpectations;
    if (field == QLatin1String("mentor_expectations"))
        return &Agreement::mentorExpectations;
    return &Agreement::confidentiality;
}

} // namespace

bool ConflictRepository::recordIsMine(const QString &table, const QString &recordId)
{
    sync::Collections collections(m_store);
    const QByteArray self = sync::DeviceIdentity::load(m_store).signPublicKey();
    const QString role = sync::ownRole(m_store);
    QList<QByteArray> own, others;
    for (const QByteArray &collection : sync::homeCollections(m_store, collections, table, recordId))
        for (const sync::Member &m : collections.members(collection))
            if (m.signPublicKey != self)
                (m.role == role ? own : others).append(m.signPublicKey);
    const QList<QByteArray> &rivals = own.isEmpty() ? others : own;
    return std::all_of(rivals.cbegin(), rivals.cend(), [&](const QByteArray &key) { return self > key; });
}

QList<Conflict> ConflictRepository::open()
{
    struct Row
    {
        QString table, recordId, copyId;
        qint64 foundAt;
    };
    QList<Row> rows;
    {
        auto q = m_store.db().prepare("SELECT table_name, record_id, coalesce(copy_id, ''), min(created_at) "
                                      "FROM sync_conflict GROUP BY 1, 2, 3 ORDER BY min(seq)");
        while (q.step())
            rows.append({ q.text(0), q.text(1), q.text(2), q.int64(3) });
    }
    QList<Conflict> out;
    QList<Row> settled;
    QHash<QString, bool> mine; // by table and record: recordIsMine reads keys and rosters
    for (const Row &row : rows) {
        const TextTable *t = textTable(row.table);
        // A meeting's time or place, a mentorship's names: not settled here (yet).
        if (!t || !writesHere(m_store, *t, row.recordId))
            continue;
        const std::size_t before = std::size_t(out.size());
        for (const char *field : t->fields) {
            const std::optional<QString> text = liveText(m_store, row.table, row.recordId, field);
            if (!text)
                break;
            QString first = *text, second;
            if (t->copies) {
                const std::optional<QString> copy = liveText(m_store, row.table, row.copyId, field);
                if (row.copyId.isEmpty() || !copy)
                    break;
                second = *copy;
            } else if (text->contains(sync::BothVersionsSeparator)) {
                std::tie(first, second) = apart(*text);
            } else {
                continue;
            }
            const QString recordKey = row.table + QLatin1Char('/') + row.recordId;
            if (!mine.contains(recordKey))
                mine.insert(recordKey, recordIsMine(row.table, row.recordId));
            const bool firstMine = mine.value(recordKey);
            const QString f = QString::fromLatin1(field);
            out.append({ keyOf(row.table, row.recordId, row.copyId, f), row.table, row.recordId, row.copyId, f,
                firstMine ? first : second, firstMine ? second : first, row.foundAt });
        }
        if (std::size_t(out.size()) == before)
            settled.append(row);
    }
    if (!settled.isEmpty()) {
        Transaction tx(m_store.db());
        for (const Row &row : std::as_const(settled))
            forget(m_store, row.table, row.recordId, row.copyId);
        tx.commit();
    }
    return out;
}

void ConflictRepository::settle(const QString &key, Keep keep, const QString &merged)
{
    Transaction tx(m_store.db());
    const QList<Conflict> waiting = open();
    const auto found = std::find_if(waiting.cbegin(), waiting.cend(), [&](const Conflict &c) { return c.key == key; });
    if (found == waiting.cend())
        throw StoreError(StoreError::Kind::NotFound, "This conflict was settled already");
    const Conflict &c = *found;
    const bool recordMine = recordIsMine(c.table, c.recordId);
    const QString &t = c.table;
    if (t == QLatin1String("reflection"))
        settleCopy(m_store,
            CopyAccess<ReflectionRepository, Reflection> { &ReflectionRepository::get, &ReflectionRepository::save,
                &ReflectionRepository::remove, &Reflection::body },
            c, recordMine, keep, merged);
    else if (t == QLatin1String("comment"))
        settleCopy(m_store,
            CopyAccess<NoteRepository, Comment> { &NoteRepository::comment, &NoteRepository::saveComment,
                &NoteRepository::removeComment, &Comment::body },
            c, recordMine, keep, merged);
    else if (t == QLatin1String("mentor_note"))
        settleCopy(m_store,
            CopyAccess<NoteRepository, MentorNote> { &NoteRepository::note, &NoteRepository::saveNote,
                &NoteRepository::removeNote, &MentorNote::body },
            c, recordMine, keep, merged);
    else if (t == QLatin1String("action_item"))
        settleCopy(m_store,
            CopyAccess<ActionItemRepository, ActionItem> { &ActionItemRepository::get, &ActionItemRepository::save,
                &ActionItemRepository::remove, &ActionItem::body },
            c, recordMine, keep, merged);
    else if (t == QLatin1String("adhoc_request"))
        settleCopy(m_store,
            CopyAccess<RequestRepository, AdHocRequest> { &RequestRepository::get, &RequestRepository::save,
                &RequestRepository::remove, &AdHocRequest::reason },
            c, recordMine, keep, merged);
    else if (t == QLatin1String("minutes"))
        settleBoth(MinutesRepository(m_store).get(c.recordId), &Minutes::body, recordMine, keep, merged,
            [&](Minutes &m) { MinutesRepository(m_store).save(m); });
    else if (t == QLatin1String("evaluation"))
        settleBoth(EvaluationRepository(m_store).get(c.recordId), &Evaluation::body, recordMine, keep, merged,
            [&](Evaluation &e) { EvaluationRepository(m_store).save(e); });
    else if (t == QLatin1String("agreement")) {
        MentorshipRepository mentorships(m_store);
        auto q = m_store.db().prepare("SELECT mentorship_id FROM agreement WHERE id = ?");
        q.bind(1, c.recordId);
        const std::optional<Agreement> agreement = q.step() ? mentorships.agreementFor(q.text(0)) : std::nullopt;
        if (!agreement)
            throw StoreError(StoreError::Kind::NotFound, "The agreement is gone");
        settleBoth(*agreement, agreementText(c.field), recordMine, keep, merged,
            [&](Agreement &a) { mentorships.saveAgreement(a); });
    }
    // A copy's conflict is over with the copy; a text holding both is over when no column does.
    const bool over = !c.copyId.isEmpty()
        || std::none_of(textTable(t)->fields.cbegin(), textTable(t)->fields.cend(), [&](const char *field) {
               return liveText(m_store, t, c.recordId, field).value_or(QString()).contains(sync::BothVersionsSeparator);
           });
    if (over)
        forget(m_store, t, c.recordId, c.copyId);
    tx.commit();
}

} // namespace bollplank
