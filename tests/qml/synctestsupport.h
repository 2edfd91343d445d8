#pragma once

#include <QObject>
#include <QTemporaryDir>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace bollplank {

class AppContext;
class UnlockedProfile;
namespace e2e {
class RelayProcess;
}

/// The other side of a pairing for QML tests: a real bollplank-relay process on loopback and a
/// mentor profile driven through the core (as the CLI does), while the app under test is the
/// adept. Also writes the adept's shared reflection straight to the app's store; and, for the
/// app as a mentor, looks into its invites and its direct endpoint.
class SyncPeer : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    explicit SyncPeer(AppContext *context, QObject *parent = nullptr);
    ~SyncPeer() override;
    static SyncPeer *create(QQmlEngine *engine, QJSEngine *);

    /// Starts the relay; returns its ws:// address, or empty (with a warning) when it fails.
    Q_INVOKABLE QString startRelay();
    /// The mentor's partner invite, valid for validMs (a tiny value makes an expired one).
    Q_INVOKABLE QString mentorInvite(int validMs);
    /// Reads the mentor's mailbox; the safety number the mentor sees once the answer arrived.
    Q_INVOKABLE QString mentorSafetyNumber();
    /// The mentor confirms: grants the keys and syncs.
    Q_INVOKABLE bool mentorConfirm();
    /// One mentor sync; then how many reflections the mentor holds whose text contains marker.
    Q_INVOKABLE int mentorReceived(const QString &marker);
    /// A shared reflection in the app's (the adept's) profile.
    Q_INVOKABLE void adeptWritesShared(const QString &body);
    /// The mentor's device receives the adept's shared reflections and writes `count` comments on
    /// the first, each holding marker, and sends them: a large sync for the app to bring in.
    Q_INVOKABLE int mentorComments(int count, const QString &marker);
    /// Comments in the app's profile that hold marker.
    Q_INVOKABLE int adeptComments(const QString &marker) const;
    /// A second device of the app's person answers the app's own-device invite; returns the
    /// safety number it shows.
    Q_INVOKABLE QString secondDeviceAccept(const QString &invite);
    /// The second device receives the keys once the app confirmed; false while none arrived.
    Q_INVOKABLE bool secondDeviceFinish();
    /// One sync of the second device (refused once it is revoked); then how many of its
    /// reflections contain marker.
    Q_INVOKABLE int secondDeviceReceived(const QString &marker);
    /// What the app's profile still has waiting to be sent.
    Q_INVOKABLE int adeptOutgoing() const;

    // The app as a mentor with direct sync.
    /// The app's direct endpoint listens on loopback (the test machine may have no private network).
    Q_INVOKABLE void directOnLoopback();
    /// A mentorship in the app's profile with an adept of that name; returns its id.
    Q_INVOKABLE QString addMentorship(const QString &adeptName);
    /// The addresses an invite names, in order.
    Q_INVOKABLE QStringList inviteEndpoints(const QString &invite) const;
    /// The app's mentorship an invite it issued is for.
    Q_INVOKABLE QString inviteMentorship(const QString &invite) const;
    /// Whether something accepts TCP connections at the ws:// address.
    Q_INVOKABLE bool accepts(const QString &url) const;
    /// An adept's device (driven through the core) answers the app's invite through url only.
    Q_INVOKABLE bool answerThrough(const QString &invite, const QString &url);

private:
    AppContext *m_context;
    std::unique_ptr<e2e::RelayProcess> m_relay;
    QTemporaryDir m_dir;
    std::unique_ptr<UnlockedProfile> m_mentor;
    QString m_mentorship;
    QByteArray m_mailbox;
    std::unique_ptr<UnlockedProfile> m_second;
    std::unique_ptr<UnlockedProfile> m_answerer;
    QByteArray m_secondMailbox;
};

} // namespace bollplank
