#pragma once

#include <QHostAddress>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include "sync/changeset.h"

#include <functional>
#include <memory>

class QQmlEngine;
class QJSEngine;
class QThread;

namespace bollplank {

class Session;
namespace net {
class DirectEndpoint;
class SyncService;
class SyncServiceThread;
struct SyncOutcome;
}

/// Sync and pairing on the screen (docs/pairing.md; the CLI's "pair" and "sync" are the
/// reference): a view model over the sync service (net/syncservice.h), which does every step on a
/// thread of its own with its own connection to the profile. A method that starts a step returns
/// at once (true when the step was started); what it came to arrives as state, errorText and
/// stepDone. Nothing here waits for the network. This person's own sync server lives in the
/// profile folder ("sync-endpoint"), the same file the CLI uses; a pairing with the other person
/// binds only that mentorship's shared space to the server it ran through (sync/routes.h).
class Sync : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY changed)
    Q_PROPERTY(Step step READ step NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QString relayAddress READ relayAddress NOTIFY changed)
    /// "Last synced 29 Nov 2026 13:04", or that it has not synced yet
    Q_PROPERTY(QString lastSyncText READ lastSyncText NOTIFY changed)
    Q_PROPERTY(QString stateText READ stateText NOTIFY changed)
    Q_PROPERTY(QString inviteText READ inviteText NOTIFY changed)
    /// The invite's QR code as a data: URL (PNG), for an Image
    Q_PROPERTY(QString inviteQr READ inviteQr NOTIFY changed)
    /// Twelve groups of five digits while a safety number waits for comparison
    Q_PROPERTY(QStringList safetyGroups READ safetyGroups NOTIFY changed)
    Q_PROPERTY(QString safetyNumber READ safetyNumber NOTIFY changed)
    /// True on the device that made the invite: it confirms; the other one waits for the keys
    Q_PROPERTY(bool issuer READ issuer NOTIFY changed)
    /// The direct endpoint runs on this device (the mentor's, on the local network).
    Q_PROPERTY(bool directOn READ directOn NOTIFY changed)
    /// Its ws:// address while it runs, for the screen.
    Q_PROPERTY(QString directAddress READ directAddress NOTIFY changed)
    /// This profile's mentorships, [{id, name, paired}]: name is the other person's.
    Q_PROPERTY(QVariantList mentorships READ mentorships NOTIFY changed)
    /// Held-back changes, forked histories, devices added or revoked (syncwarnings.h).
    Q_PROPERTY(QStringList warnings READ warnings NOTIFY changed)
    /// Each collection with the devices that can read it and their safety numbers (devicelist.h).
    Q_PROPERTY(QVariantList devices READ devices NOTIFY changed)
    /// A sync bringing in many changes (a first sync): how many arrived, of how many the servers
    /// hold; expected is 0 while no such sync runs.
    Q_PROPERTY(int progressReceived READ progressReceived NOTIFY progressChanged)
    Q_PROPERTY(int progressExpected READ progressExpected NOTIFY progressChanged)
    /// "1,240 of 10,000"
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    /// "About 20 seconds left", once there is enough to tell; or, after the person stopped it,
    /// that the next sync goes on from there.
    Q_PROPERTY(QString progressDetail READ progressDetail NOTIFY progressChanged)
    /// The person stopped that sync part way.
    Q_PROPERTY(bool progressStopped READ progressStopped NOTIFY progressChanged)

public:
    enum State { NotPaired, Waiting, Paired };
    Q_ENUM(State)
    /// Where the pairing screens are.
    enum Step { Idle, ShowInvite, Compare, AwaitGrant, Done };
    Q_ENUM(Step)

    Sync(Session *session, QObject *parent = nullptr);
    ~Sync() override;
    static Sync *create(QQmlEngine *engine, QJSEngine *);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] Step step() const { return m_step; }
    [[nodiscard]] bool busy() const { return m_pending > 0 || m_serviceBusy; }
    [[nodiscard]] QString errorText() const { return m_errorText; }
    [[nodiscard]] QString relayAddress() const { return m_relay; }
    [[nodiscard]] QString lastSyncText() const;
    [[nodiscard]] QString stateText() const;
    [[nodiscard]] QString inviteText() const { return m_inviteText; }
    [[nodiscard]] QString inviteQr() const { return m_inviteQr; }
    [[nodiscard]] QStringList safetyGroups() const;
    [[nodiscard]] QString safetyNumber() const { return m_safetyDigits; }
    [[nodiscard]] bool issuer() const { return m_issuer; }
    [[nodiscard]] bool directOn() const;
    [[nodiscard]] QString directAddress() const;
    [[nodiscard]] QVariantList mentorships() const;
    // int for QML, which has no 64-bit integer: no profile holds two billion changes.
    [[nodiscard]] int progressReceived() const { return int(m_progressReceived); }
    [[nodiscard]] int progressExpected() const { return int(m_progressExpected); }
    [[nodiscard]] QString progressText() const;
    [[nodiscard]] QString progressDetail() const;
    [[nodiscard]] bool progressStopped() const { return m_progressStopped; }

    /// Checks and remembers the sync server's address (ws:// or wss:// with a port).
    Q_INVOKABLE bool setRelayAddress(const QString &address);
    /// Mentor: serves the sync endpoint on this device's local network address (on), or stops
    /// it; remembered, so it comes back on the next unlock. While it runs this device syncs
    /// through it and new invites name it first.
    Q_INVOKABLE bool setDirectSync(bool on);
    /// Issuer: a one-time invite, for the partner in mentorshipId (empty: the only mentorship)
    /// or for one's own other device. It names the direct endpoint (when it runs), then the sync
    /// server. Returns its text (also in inviteText, with the QR code in inviteQr); empty on failure.
    Q_INVOKABLE QString createInvite(bool ownDevice, const QString &mentorshipId = {});
    /// Answerer: accepts pasted invite text and posts the answer to the first of its addresses
    /// that answers (remembered for syncing); then the safety number shows. False (with the
    /// reason in errorText) for text that is not an invite.
    Q_INVOKABLE bool acceptInvite(const QString &text);
    /// Issuer: the numbers match: grant the keys and sync.
    Q_INVOKABLE bool confirm();
    /// Either side: the numbers differ; forget this pairing attempt.
    Q_INVOKABLE void reject();
    /// Leaves the pairing screens.
    Q_INVOKABLE void closePairing();
    Q_INVOKABLE bool syncNow();
    /// Stops the sync under way after the batch it is applying; what arrived stays, and the next
    /// sync (now, later, after a restart) goes on from there.
    Q_INVOKABLE void cancelSync();
    /// As the CLI's "unpair": the other person's devices are revoked from this mentorship's
    /// shared space (a new key among one's own devices, rotation.h); what they already hold stays
    /// on them. Done here at once, told to the other side and the server by the next sync.
    Q_INVOKABLE bool unpair(const QString &mentorshipId);
    /// As the CLI's "pair revoke": a lost or given-away device of this person (its public key in
    /// hex, from devices) is cut off from everything it could read: new keys among the devices
    /// that remain (rotation.h). Done here at once, told to the others and the server by the
    /// next sync.
    Q_INVOKABLE bool revokeDevice(const QString &keyHex);
    Q_INVOKABLE void clearError();
    [[nodiscard]] QStringList warnings() const;
    [[nodiscard]] QVariantList devices() const;
    /// The person read the device advisories.
    Q_INVOKABLE void dismissWarnings();
    /// Reads the pairing state and the mentorships again (one may have been added meanwhile).
    Q_INVOKABLE void reload();

    /// The screenshot program: shows a pairing step with the given safety number, without
    /// polling the network.
    void showPreview(Step step, const QString &safetyDigits);
    /// The screenshot program: no more network for this profile (the service ends; nothing it
    /// says afterwards shows), so a screen shows only what was set up for it.
    void stopForPreview();
    /// The screenshot program: shows a sync part way, with secondsLeft to go (or stopped, < 0).
    void showProgressPreview(qint64 received, qint64 expected, int secondsLeft);
    /// Tests: the address the direct endpoint listens on instead of the local network's.
    void setDirectListenAddress(const QHostAddress &address) { m_directListen = address; }
    /// Tests: the direct endpoint's database file (empty without a profile).
    [[nodiscard]] QString directDatabasePath() const;

signals:
    void changed();
    void busyChanged();
    void errorTextChanged();
    void progressChanged();
    /// After a sync brought changes in: which records of which tables (sync/changeset.h), so each
    /// list refreshes the rows that changed.
    void synced(const bollplank::sync::ChangeSet &changes);
    /// A step started here came to an end (ok: it did what it was for); state and errorText are
    /// up to date. Steps the service begins by itself (live news, retries) do not count.
    void stepDone(bool ok);

private:
    void onOpened();
    void onClosing();
    void refresh();
    void pollPairing();
    void onOutcome(const net::SyncOutcome &outcome);
    void onProgress(qint64 received, qint64 expected);
    /// Tells the service where to sync and whether it is paired (it syncs live while it is).
    void configureService();
    /// Lets the service end on its own after the step under way (lock, screenshots).
    void retireService();
    /// Runs fn on the service's thread; false without an open profile.
    bool post(const std::function<void(net::SyncService &)> &fn);
    void setError(const QString &text);
    void rememberLastSync();
    void startDirect();
    void stopDirect();
    [[nodiscard]] QStringList unpairedMentorships() const;

    Session *m_session;
    std::unique_ptr<net::SyncServiceThread> m_service;
    /// Services of profiles closed while a step ran: they end by themselves; app exit waits.
    QList<QPointer<QThread>> m_retired;
    State m_state = NotPaired;
    Step m_step = Idle;
    /// Steps posted to the service and not done yet, and the number the last one carried.
    int m_pending = 0;
    quint64 m_lastRequest = 0;
    /// The service runs a step, posted from here or its own (live news, a retry).
    bool m_serviceBusy = false;
    bool m_issuer = false;
    QString m_errorText;
    QString m_relay;
    std::unique_ptr<net::DirectEndpoint> m_direct;
    QHostAddress m_directListen;
    /// The invite on screen names the sync server too: an answer may arrive there.
    bool m_inviteViaRelay = false;
    QString m_inviteMentorship;
    QString m_inviteText;
    QString m_inviteQr;
    QByteArray m_mailbox;
    QString m_safetyDigits;
    qint64 m_lastSync = 0;
    qint64 m_progressReceived = 0;
    qint64 m_progressExpected = 0;
    /// When this sync's first progress came, and how many had arrived by then (for the estimate).
    qint64 m_progressStartMs = 0;
    qint64 m_progressStartReceived = 0;
    /// Seconds left as the screenshot program shows them; -1: estimated from the clock.
    int m_previewSecondsLeft = -1;
    /// The person stopped the last sync part way (the detail says it goes on next time).
    bool m_progressStopped = false;
    QTimer m_pollTimer; ///< pairing: answers and grants in the mailbox
};

} // namespace bollplank
