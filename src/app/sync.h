#pragma once

#include <QHostAddress>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <atomic>
#include <functional>
#include <memory>

class QQmlEngine;
class QJSEngine;
class QThread;

namespace bollplank {

class DirectEndpoint;
class Session;
class Store;
namespace net {
class RelayTransport;
}

/// Sync and pairing in the app (docs/pairing.md, the CLI's "pair" and "sync" are the reference).
/// The engine and the pairing state run on the UI thread, next to the profile's store; every
/// network call runs on a worker thread while a local event loop keeps the screen painting (user
/// input waits, so nothing else writes to the store in between). This person's own sync server lives
/// in the profile folder ("sync-endpoint"), the same file the CLI uses; a pairing with the other
/// person binds only that mentorship's shared space to the server it ran through (sync/routes.h),
/// and each sync visits every server some collection uses.
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
    [[nodiscard]] bool busy() const { return m_busy; }
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
    /// that answers (remembered for syncing); then the safety number shows.
    Q_INVOKABLE bool acceptInvite(const QString &text);
    /// Issuer: the numbers match: grant the keys and sync.
    Q_INVOKABLE bool confirm();
    /// Either side: the numbers differ; forget this pairing attempt.
    Q_INVOKABLE void reject();
    /// Answerer: receive the keys once the issuer confirmed, and sync. False while not yet.
    Q_INVOKABLE bool finish();
    /// Leaves the pairing screens.
    Q_INVOKABLE void closePairing();
    Q_INVOKABLE bool syncNow();
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
    /// Tests: the address the direct endpoint listens on instead of the local network's.
    void setDirectListenAddress(const QHostAddress &address) { m_directListen = address; }
    /// Tests: the direct endpoint's database file (empty without a profile).
    [[nodiscard]] QString directDatabasePath() const;

signals:
    void changed();
    void busyChanged();
    void errorTextChanged();
    /// After a sync brought changes in; the other controllers reload.
    void synced(int pulled);

private:
    void onOpened();
    void onClosing();
    void refresh();
    void pollPairing();
    void scheduleSync();
    void startWatching();
    void stopWatching();
    bool run(const std::function<void(Store &)> &body);
    /// Runs a blocking network call off the UI thread.
    void offThread(const std::function<void()> &call);
    /// A transport to url (default: the remembered address) signed by this device.
    std::unique_ptr<net::RelayTransport> transport(Store &store, QUrl url = {});
    void setBusy(bool busy);
    void setError(const QString &text);
    void rememberLastSync();
    void startDirect();
    void stopDirect();
    /// Where pairing messages go: its own direct endpoint while it runs, else the sync server.
    [[nodiscard]] QUrl activeEndpoint() const;
    /// This person's own endpoints (the sync server in Settings), as transports name them.
    [[nodiscard]] QStringList ownEndpoints() const;
    /// Where a shared space paired before schema 8 (bound to nothing) also syncs: the direct
    /// endpoint while it runs, as then.
    [[nodiscard]] QStringList legacySharedEndpoints() const;
    /// Every server some collection syncs through: the active endpoint first (a pull cursor kept
    /// from before cursors were per server belongs to it), then the own one, then those bound.
    [[nodiscard]] QList<QUrl> endpointsInUse(Store &store) const;
    void restartWatching();
    [[nodiscard]] QStringList unpairedMentorships() const;

    class OffThreadTransport;

    Session *m_session;
    State m_state = NotPaired;
    Step m_step = Idle;
    bool m_busy = false;
    bool m_issuer = false;
    bool m_closing = false;
    /// Counts profile closings, so a network step that outlived its profile stops at once.
    int m_generation = 0;
    QString m_errorText;
    QString m_relay;
    std::unique_ptr<DirectEndpoint> m_direct;
    QHostAddress m_directListen;
    /// The invite on screen names the sync server too: an answer may arrive there.
    bool m_inviteViaRelay = false;
    QString m_inviteMentorship;
    QString m_inviteText;
    QString m_inviteQr;
    QByteArray m_mailbox;
    QString m_safetyDigits;
    qint64 m_lastSync = 0;
    QTimer m_pollTimer;   ///< pairing: answers and grants in the mailbox
    QTimer m_syncTimer;   ///< a sync shortly after local changes, and now and then
    QThread *m_watcher = nullptr;
    std::shared_ptr<std::atomic<bool>> m_stopWatching;
};

} // namespace bollplank
