#pragma once

#include <QObject>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class AppContext;
class Store;

/// Seeding and store reads for the mentor's review, the agreement and the adept's side.
class MentorTestSupport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit MentorTestSupport(AppContext *context, QObject *parent = nullptr);
    static MentorTestSupport *create(QQmlEngine *engine, QJSEngine *);

    /// On a mentor's profile: Elin (one reflection shared since a meeting last week) and Johan
    /// (last met two months ago; three reflections shared since and one before; an overdue
    /// action item; an open high-urgency request).
    Q_INVOKABLE void seedAdepts();
    /// Comment bodies stored on any reflection, oldest first.
    Q_INVOKABLE QStringList storedComments() const;
    /// Private notes stored for any mentorship.
    Q_INVOKABLE QStringList storedNotes() const;
    /// { count, goals, adeptAck, mentorAck, adeptName, mentorName } of the newest mentorship.
    Q_INVOKABLE QVariantMap storedAgreement() const;
    /// On an adept's profile: a mentorship with one held meeting (minutes, one action item for
    /// each party) and the next one booked.
    Q_INVOKABLE void seedHeldMeeting();
    /// Whether the stored action item with this text is done.
    Q_INVOKABLE bool actionDone(const QString &body) const;
    /// The stored evaluations of the held meeting: [{ party, rating, body }].
    Q_INVOKABLE QVariantList storedEvaluations() const;

private:
    [[nodiscard]] Store &store() const;
    AppContext *m_context;
};

} // namespace bollplank
