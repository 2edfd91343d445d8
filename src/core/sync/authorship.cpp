#include "authorship.h"

#include "envelope.h"
#include "profile/store.h"
#include "records.h"
#include "transport.h"

#include <QStringList>
#include <QVariantMap>
#include <optional>

namespace bollplank::sync {

namespace {

const QString Adept = QStringLiteral("adept");
const QString Mentor = QStringLiteral("mentor");

struct Col
{
    const char *name;
    bool integer;
};

// The record as this device holds it, the named columns only (null as an invalid QVariant, the
// way a payload carries it). nullopt when the record is not here yet.
std::optional<QVariantMap> held(Store &store, const QString &table, const QString &id, std::initializer_list<Col> cols)
{
    QStringList names;
    for (const Col &c : cols)
        names.append(QString::fromLatin1(c.name));
    auto q = store.db().prepare("SELECT deleted, " + names.join(QStringLiteral(", ")).toStdString() + " FROM "
        + table.toStdString() + " WHERE id = ?");
    q.bind(1, id);
    if (!q.step())
        return std::nullopt;
    QVariantMap out;
    int i = 1;
    for (const Col &c : cols) {
        if (!q.isNull(i))
            out.insert(QString::fromLatin1(c.name), c.integer ? QVariant(q.int64(i)) : QVariant(q.text(i)));
        ++i;
    }
    out.insert(QStringLiteral("deleted"), q.int64(0) != 0);
    return out;
}

// What the envelope sets a column to (a tombstone blanks content, so only live records count).
QVariant field(const Payload &p, const char *column)
{
    const QVariant v = p.fields.value(QString::fromLatin1(column));
    return v.isNull() ? QVariant() : v;
}

bool same(const QVariant &a, const QVariant &b)
{
    if (!a.isValid() || !b.isValid())
        return a.isValid() == b.isValid();
    if (a.typeId() == QMetaType::QString || b.typeId() == QMetaType::QString)
        return a.toString() == b.toString();
    return a.toLongLong() == b.toLongLong();
}

void onlyBy(const QString &owner, const QString &author, const char *what)
{
    if (author != owner)
        refuseEnvelope(QStringLiteral("only the %1 may write %2").arg(owner, QLatin1String(what)));
}

void checkEvaluation(Store &store, const QString &author, const QString &id, const Payload &theirs)
{
    const auto mine = held(store, QStringLiteral("evaluation"), id, { { "party", false } });
    const QString before = mine ? mine->value(QStringLiteral("party")).toString() : QString();
    const QString after = theirs.deleted ? before : field(theirs, "party").toString();
    if (mine && after != before)
        refuseEnvelope(QStringLiteral("an evaluation may not change whose it is"));
    if (after == author)
        return;
    // Meeting mode on the mentor's tablet notes down the adept's evaluation as said in the room:
    // the mentor may create it, once; from then on it is the adept's to change.
    if (author == Mentor && after == Adept && !mine && !theirs.deleted)
        return;
    refuseEnvelope(QStringLiteral("one party may not write the other's evaluation"));
}

void checkAgreement(Store &store, const QString &author, const QString &id, const Payload &theirs)
{
    if (theirs.deleted)
        return onlyBy(Mentor, author, "the removal of the agreement");
    const auto mine = held(store, QStringLiteral("agreement"), id,
        { { "goals", false }, { "adept_expectations", false }, { "mentor_expectations", false },
            { "confidentiality", false }, { "adept_ack_at", true }, { "mentor_ack_at", true } });
    bool textChanged = !mine;
    for (const char *text : { "goals", "adept_expectations", "mentor_expectations", "confidentiality" })
        if (mine && !same(mine->value(QString::fromLatin1(text)), field(theirs, text)))
            textChanged = true;
    for (const auto &[column, owner] : { std::pair { "adept_ack_at", Adept }, std::pair { "mentor_ack_at", Mentor } }) {
        if (author == owner)
            continue;
        const QVariant before = mine ? mine->value(QString::fromLatin1(column)) : QVariant();
        const QVariant after = field(theirs, column);
        // The other party may leave an acknowledgement as it is, or clear it by changing the text
        // it acknowledged; never set it.
        if (!same(before, after) && !(textChanged && !after.isValid()))
            refuseEnvelope(QStringLiteral("only the %1 may acknowledge the agreement for themselves").arg(owner));
    }
}

void checkRequest(Store &store, const QString &author, const QString &id, const Payload &theirs)
{
    const auto mine = held(store, QStringLiteral("adhoc_request"), id,
        { { "urgency", false }, { "reason", false }, { "status", false }, { "meeting_id", false } });
    if (!mine || theirs.deleted)
        return onlyBy(Adept, author, "a request for a meeting");
    const bool worded = !same(mine->value(QStringLiteral("urgency")), field(theirs, "urgency"))
        || !same(mine->value(QStringLiteral("reason")), field(theirs, "reason"));
    const QString before = mine->value(QStringLiteral("status")).toString();
    const QString after = field(theirs, "status").toString();
    const bool booked = !same(mine->value(QStringLiteral("meeting_id")), field(theirs, "meeting_id"));
    if (author == Adept) {
        if (booked || (after != before && after != QLatin1String("withdrawn") && after != QLatin1String("open")))
            refuseEnvelope(QStringLiteral("only the mentor may accept or decline a request"));
        return;
    }
    if (worded)
        refuseEnvelope(QStringLiteral("only the adept may word a request"));
    if (after != before && after != QLatin1String("accepted") && after != QLatin1String("declined"))
        refuseEnvelope(QStringLiteral("only the adept may withdraw or reopen a request"));
}

} // namespace

void checkSharedAuthorship(Store &store, const QString &authorRole, const QString &recordId, const Payload &theirs)
{
    if (authorRole != Adept && authorRole != Mentor)
        refuseEnvelope(QStringLiteral("the author's role in this shared space is unknown"));
    const QString &t = theirs.table;
    if (t == QLatin1String("reflection"))
        onlyBy(Adept, authorRole, "reflections");
    else if (t == QLatin1String("comment"))
        onlyBy(Mentor, authorRole, "comments");
    else if (t == QLatin1String("minutes"))
        onlyBy(Mentor, authorRole, "the minutes");
    else if (t == QLatin1String("evaluation"))
        checkEvaluation(store, authorRole, recordId, theirs);
    else if (t == QLatin1String("agreement"))
        checkAgreement(store, authorRole, recordId, theirs);
    else if (t == QLatin1String("adhoc_request"))
        checkRequest(store, authorRole, recordId, theirs);
}

} // namespace bollplank::sync
