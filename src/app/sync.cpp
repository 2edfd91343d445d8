#include "sync.h"

#include "appcontext.h"
#include "devicelist.h"
#include "session.h"
#include "syncerrors.h"
#include "syncwarnings.h"

#include "directendpoint.h"
#include "endpoints.h"
#include "profile/profile.h"
#include "qrcode.h"
#include "repo/mentorships.h"
#include "sync/engine.h"
#include "sync/pairing.h"
#include "sync/roster.h"
#include "syncservice.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkInformation>
#include <QSaveFile>
#include <QThread>
#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "bollplank.sync")

namespace bollplank {

namespace {

const QString LastSyncFile = u"sync-last"_s;
/// Present after unpairing in an earlier version: this device no longer syncs until it pairs again.
const QString StoppedFile = u"sync-stopped"_s;
/// The mentorships unpaired on this device, one id a line (ids only, never content).
const QString UnpairedFile = u"sync-unpaired"_s;
/// "on" while the mentor wants direct sync on this network: it starts again on the next unlock.
const QString DirectFile = u"direct-sync"_s;

QString folderFile(Session *session, const QString &name)
{
    return QDir(session->profile()->folder()).filePath(name);
}

QString readSmallFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.read(4096)).trimmed();
}

bool writeSmallFile(const QString &path, const QString &text)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(text.toUtf8() + '\n') >= 0 && file.commit();
}

/// This device's open invites in one role whose message reached a mailbox (an answer that reached
/// nobody waits for the person to try again, and is no pairing under way).
bool openInvites(Store &store, const char *role)
{
    auto query = store.db().prepare("SELECT 1 FROM sync_invite WHERE role = ? AND completed_at IS NULL "
                                    "AND outgoing IS NULL AND expires_at > ? LIMIT 1");
    query.bind(1, role);
    query.bind(2, QDateTime::currentMSecsSinceEpoch());
    return query.step();
}

} // namespace

Sync::Sync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
    m_pollTimer.setInterval(2000);
    connect(&m_pollTimer, &QTimer::timeout, this, &Sync::pollPairing);
    connect(m_session, &Session::opened, this, &Sync::onOpened);
    connect(m_session, &Session::aboutToClose, this, &Sync::onClosing);
    // Back online (or on another network): a sync waiting out its retry goes now. Without a
    // backend for this platform the retries' own schedule still brings it back.
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance())
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (m_service && reachability != QNetworkInformation::Reachability::Disconnected)
                    m_service->post([service = m_service->service()] { service->networkChanged(); });
            });
    if (m_session->profile())
        onOpened();
}

Sync::~Sync()
{
    m_service.reset(); // waits for the step under way
    for (const QPointer<QThread> &retired : std::as_const(m_retired))
        if (retired)
            retired->wait();
    stopDirect();
}

Sync *Sync::create(QQmlEngine *engine, QJSEngine *)
{
    return singletonFrom(engine, &AppContext::sync);
}

void Sync::onOpened()
{
    m_relay = net::readOwnEndpoint(m_session->profile()->folder()).toString();
    m_lastSync = readSmallFile(folderFile(m_session, LastSyncFile)).toLongLong();
    try {
        m_service = std::make_unique<net::SyncServiceThread>(m_session->profile()->openConnection());
    } catch (const std::exception &e) {
        qCWarning(lcSync) << "sync cannot open its connection to the profile:" << e.what();
        setError(tr("Sync failed. Try again; if it keeps failing, pair again."));
        return;
    }
    net::SyncService *service = m_service->service();
    connect(service, &net::SyncService::finished, this, [this, service](const net::SyncOutcome &outcome) {
        // A step of a profile closed meanwhile says nothing to this one.
        if (m_service && m_service->service() == service)
            onOutcome(outcome);
    });
    connect(service, &net::SyncService::progress, this, [this, service](qint64 received, qint64 expected) {
        if (m_service && m_service->service() == service)
            onProgress(received, expected);
    });
    connect(service, &net::SyncService::busyChanged, this, [this, service](bool busy) {
        if (!m_service || m_service->service() != service || m_serviceBusy == busy)
            return;
        m_serviceBusy = busy;
        emit busyChanged();
    });
    if (m_session->role() == u"mentor"_s && readSmallFile(folderFile(m_session, DirectFile)) == u"on"_s)
        startDirect();
    configureService();
    refresh();
}

void Sync::onClosing()
{
    m_pollTimer.stop();
    if (m_service) {
        // Changes still waiting go out before the lock: the service sends them on its own
        // connection (which it keeps until then) and ends. Offline, they go with the next unlock.
        bool waiting = false;
        try {
            waiting = m_state == Paired && sync::Engine(m_session->profile()->store()).outgoingCount() > 0;
        } catch (const std::exception &e) {
            qCWarning(lcSync) << "cannot count outgoing changes:" << e.what();
        }
        if (waiting)
            m_service->post([service = m_service->service()] { service->syncNow(); });
    }
    retireService();
    // Never serve with the profile locked.
    stopDirect();
    m_progressReceived = 0;
    m_progressExpected = 0;
    m_progressStopped = false;
    emit progressChanged();
    const bool wasBusy = this->busy();
    m_pending = 0;
    m_serviceBusy = false;
    m_step = Idle;
    m_inviteText.clear();
    m_inviteQr.clear();
    m_safetyDigits.clear();
    m_mailbox.clear();
    m_inviteMentorship.clear();
    m_inviteViaRelay = false;
    m_state = NotPaired;
    m_errorText.clear();
    emit errorTextChanged();
    if (wasBusy)
        emit busyChanged();
    emit changed();
}

bool Sync::post(const std::function<void(net::SyncService &)> &fn)
{
    if (!m_service || !m_session->profile())
        return false;
    const bool wasBusy = busy();
    ++m_pending;
    if (!wasBusy)
        emit busyChanged();
    m_service->post([service = m_service->service(), fn, request = ++m_lastRequest] {
        service->setRequest(request);
        fn(*service);
    });
    return true;
}

void Sync::retireService()
{
    if (!m_service)
        return;
    // The step under way finishes on its own connection; nothing it says is heard here.
    m_retired.removeAll(nullptr);
    m_retired.append(m_service->retire());
    m_service.reset();
}

void Sync::configureService()
{
    if (!m_service)
        return;
    net::Endpoints endpoints { net::parseEndpoint(m_relay), directOn() ? m_direct->url() : QUrl() };
    const bool active = m_state == Paired;
    m_service->post([service = m_service->service(), endpoints, active] {
        service->setEndpoints(endpoints);
        service->setActive(active);
    });
}

void Sync::onOutcome(const net::SyncOutcome &outcome)
{
    using Step = net::SyncOutcome::Step;
    // Steps the service started by itself (live news, the quarter-minute check, a retry) carry
    // no request of this view model's.
    const bool mine = outcome.request != 0 && m_pending > 0;
    if (mine)
        --m_pending;
    // A sync the person stopped is no failure: the view says where it stopped.
    if (outcome.ok || outcome.cancelled) {
        setError({});
    } else if (outcome.error) {
        setError(syncErrorText(*outcome.error));
    } else {
        setError(tr("Sync failed. Try again; if it keeps failing, pair again."));
    }
    // The view shows a sync part way only while it runs, or where the person stopped it.
    m_progressStopped = outcome.cancelled && m_progressExpected > 0;
    if (!m_progressStopped && m_progressExpected > 0) {
        m_progressReceived = 0;
        m_progressExpected = 0;
    }
    emit progressChanged();
    switch (outcome.step) {
    case Step::Sync:
        break;
    case Step::Accept:
        if (outcome.ok) {
            // Linking one's own device: its server becomes this device's own. The other person's
            // server never does: only the shared space goes there, and the Settings address stays
            // this person's.
            if (outcome.accepted.ownDevice) {
                const QUrl url = net::parseEndpoint(outcome.accepted.endpoint);
                if (!net::rememberOwnEndpoint(m_session->profile()->folder(), url))
                    qCWarning(lcSync) << "cannot remember the sync address";
                m_relay = url.toString();
            }
            m_mailbox = outcome.accepted.mailbox;
            m_safetyDigits = outcome.accepted.safetyNumber;
            m_issuer = false;
            m_step = AwaitGrant;
            m_pollTimer.start();
        }
        break;
    case Step::ReadAnswer:
        if (m_step != ShowInvite)
            break;
        if (!outcome.safetyNumber.isEmpty()) {
            m_safetyDigits = outcome.safetyNumber;
            m_step = Compare;
            m_pollTimer.stop();
        } else if (outcome.answeredElsewhere) {
            m_pollTimer.stop();
            setError(tr("The other device could not reach this one on the network and answered through "
                        "the sync server. Connect both to the same network and pair again, or turn off "
                        "direct sync to pair through the server."));
        }
        break;
    case Step::Confirm:
        if (outcome.ok) {
            m_step = Done;
            QFile::remove(folderFile(m_session, StoppedFile));
            if (!m_inviteMentorship.isEmpty()) {
                QStringList unpaired = unpairedMentorships();
                if (unpaired.removeAll(m_inviteMentorship) > 0
                    && !writeSmallFile(folderFile(m_session, UnpairedFile), unpaired.join(u'\n')))
                    qCWarning(lcSync) << "cannot update the unpaired mentorships";
            }
        }
        break;
    case Step::Finish:
        if (outcome.ok && outcome.granted) {
            m_pollTimer.stop();
            m_step = Done;
            QFile::remove(folderFile(m_session, StoppedFile));
            // A new pairing from the other side: whichever mentorship it binds syncs again.
            QFile::remove(folderFile(m_session, UnpairedFile));
        }
        break;
    case Step::Unpair:
    case Step::Revoke:
        break;
    }
    if (outcome.ok && (outcome.step == Step::Sync || outcome.report.pushed + outcome.report.pulled > 0))
        rememberLastSync();
    refresh();
    if (!outcome.report.changes.isEmpty())
        emit synced(outcome.report.changes);
    if (mine && !busy())
        emit busyChanged();
    if (mine)
        emit stepDone(outcome.ok);
}

void Sync::refresh()
{
    if (!m_session->profile())
        return;
    Store &store = m_session->profile()->store();
    State next = NotPaired;
    try {
        sync::Collections collections(store);
        const QByteArray self = sync::DeviceIdentity::load(store).signPublicKey();
        const QStringList unpaired = unpairedMentorships();
        const auto withOthers = [&](const sync::Collection &c) {
            const QList<sync::Member> members = collections.members(c.id);
            return std::any_of(members.cbegin(), members.cend(),
                [&](const sync::Member &m) { return m.signPublicKey != self; });
        };
        const auto waiting = [&](const sync::Collection &c) {
            auto q = store.db().prepare("SELECT 1 FROM sync_outbox WHERE collection_id = ? LIMIT 1");
            q.bind(1, c.id);
            return q.step();
        };
        for (const sync::Collection &c : collections.all()) {
            if (c.kind == sync::CollectionKind::Shared && unpaired.contains(c.mentorshipId))
                continue;
            // A frozen collection syncs only until its rotation record (the news of a revocation)
            // has gone out.
            if (withOthers(c) && (!c.frozen || waiting(c)))
                next = Paired;
        }
        if (QFile::exists(folderFile(m_session, StoppedFile)))
            next = NotPaired;
        if (next != Paired && (openInvites(store, "issued") || openInvites(store, "accepted")))
            next = Waiting;
    } catch (const std::exception &e) {
        qCWarning(lcSync) << "cannot read the sync state:" << e.what();
    }
    const bool paired = (m_state == Paired) != (next == Paired);
    m_state = next;
    if (paired)
        configureService();
    emit changed();
}

QVariantList Sync::mentorships() const
{
    QVariantList list;
    if (!m_session->profile())
        return list;
    try {
        Store &store = m_session->profile()->store();
        sync::Collections collections(store);
        const QByteArray self = sync::DeviceIdentity::load(store).signPublicKey();
        const QStringList unpaired = unpairedMentorships();
        const bool mentor = m_session->role() == u"mentor"_s;
        for (const Mentorship &m : MentorshipRepository(store).list()) {
            bool paired = false;
            // Paired with the other person: their device is in the shared space (one's own second
            // device there is not a pairing with them).
            if (const auto shared = collections.shared(m.meta.id); shared && !unpaired.contains(m.meta.id)) {
                for (const sync::Member &member : collections.members(shared->id))
                    paired = paired || (member.signPublicKey != self && member.role != sync::ownRole(store));
            }
            list.append(QVariantMap { { u"id"_s, m.meta.id }, { u"name"_s, mentor ? m.adeptName : m.mentorName },
                { u"paired"_s, paired } });
        }
    } catch (const std::exception &e) {
        qCWarning(lcSync) << "cannot list the mentorships:" << e.what();
    }
    return list;
}

QStringList Sync::warnings() const
{
    if (!m_session->profile())
        return {};
    try {
        return SyncWarnings::read(m_session->profile()->store());
    } catch (const std::exception &e) {
        qCWarning(lcSync) << "cannot read the sync warnings:" << e.what();
        return {};
    }
}

QVariantList Sync::devices() const
{
    if (!m_session->profile())
        return {};
    try {
        return DeviceList::read(m_session->profile()->store(), m_session->role() == u"mentor"_s);
    } catch (const std::exception &e) {
        qCWarning(lcSync) << "cannot list the devices:" << e.what();
        return {};
    }
}

void Sync::dismissWarnings()
{
    if (!m_session->profile())
        return;
    try {
        SyncWarnings::dismiss(m_session->profile()->store());
    } catch (const std::exception &e) {
        qCWarning(lcSync) << "cannot mark the advisories read:" << e.what();
    }
    emit changed();
}

void Sync::reload()
{
    refresh();
}

bool Sync::directOn() const
{
    return m_direct && m_direct->running();
}

QString Sync::directAddress() const
{
    return directOn() ? m_direct->url().toString() : QString();
}

QString Sync::directDatabasePath() const
{
    return m_session->profile() ? net::DirectEndpoint::databasePath(m_session->profile()->folder()) : QString();
}

QStringList Sync::unpairedMentorships() const
{
    return readSmallFile(folderFile(m_session, UnpairedFile)).split(u'\n', Qt::SkipEmptyParts);
}

bool Sync::setDirectSync(bool on)
{
    if (!m_session->profile())
        return false;
    if (on && m_session->role() != u"mentor"_s)
        return false;
    clearError();
    if (on)
        startDirect();
    else
        stopDirect();
    // A switch that could not start stays off; one that ran comes back on the next unlock (and
    // says why, should the network be gone by then).
    if (!writeSmallFile(folderFile(m_session, DirectFile), directOn() ? u"on"_s : u"off"_s))
        qCWarning(lcSync) << "cannot remember the direct sync setting";
    emit changed();
    return directOn() == on;
}

void Sync::startDirect()
{
    if (directOn())
        return;
    m_direct = std::make_unique<net::DirectEndpoint>(*m_session->profile());
    std::optional<QHostAddress> address;
    if (!m_directListen.isNull())
        address = m_directListen;
    if (const auto error = m_direct->start(address)) {
        qCWarning(lcSync) << "direct sync did not start:" << error->detail;
        m_direct.reset();
        switch (error->failure) {
        case net::DirectEndpoint::Failure::NoNetwork:
            setError(tr("Direct sync needs a local network (Wi-Fi or cable). Connect this device to the "
                        "network your adept uses, then turn it on again."));
            break;
        case net::DirectEndpoint::Failure::CannotListen:
            setError(tr("Direct sync could not start: this device would not let it accept connections. "
                        "Another program may be using the network port; try again, or restart the device."));
            break;
        case net::DirectEndpoint::Failure::Storage:
            setError(tr("Direct sync could not start: its file in the profile folder cannot be opened."));
            break;
        }
        return;
    }
    // While it runs this device syncs through it (and watches it) too.
    configureService();
}

void Sync::stopDirect()
{
    if (!m_direct)
        return;
    m_direct.reset();
    configureService();
}

QString Sync::lastSyncText() const
{
    if (m_lastSync <= 0)
        return tr("Not synced yet");
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_lastSync);
    return tr("Last synced %1").arg(QLocale().toString(at, QLocale::ShortFormat));
}

QString Sync::stateText() const
{
    switch (m_state) {
    case NotPaired:
        return tr("Not paired. Everything stays on this device.");
    case Waiting:
        return tr("Pairing started, waiting for the other device.");
    case Paired:
        return tr("Paired. Shared notes sync end-to-end encrypted.");
    }
    return {};
}

QStringList Sync::safetyGroups() const
{
    QStringList groups;
    for (qsizetype i = 0; i + 5 <= m_safetyDigits.size(); i += 5)
        groups.append(m_safetyDigits.mid(i, 5));
    return groups;
}

bool Sync::setRelayAddress(const QString &address)
{
    if (!m_session->profile())
        return false;
    const QUrl url = net::parseEndpoint(address);
    if (url.isEmpty()) {
        setError(tr("A sync server address looks like wss://relay.example.org:443 or ws://192.168.1.10:8765."));
        return false;
    }
    if (!net::rememberOwnEndpoint(m_session->profile()->folder(), url)) {
        setError(tr("The sync server address could not be saved."));
        return false;
    }
    m_relay = url.toString();
    clearError();
    configureService();
    emit changed();
    return true;
}

QString Sync::createInvite(bool ownDevice, const QString &mentorshipId)
{
    if (!m_session->profile())
        return {};
    QStringList endpoints;
    if (directOn())
        endpoints.append(m_direct->url().toString());
    if (!m_relay.isEmpty())
        endpoints.append(m_relay);
    if (endpoints.isEmpty()) {
        setError(m_session->role() == u"mentor"_s
                ? tr("Enter the sync server address first, or turn on direct sync on this network.")
                : tr("Enter the sync server address first."));
        return {};
    }
    QString mentorship;
    if (!ownDevice) {
        const QVariantList all = mentorships();
        if (all.isEmpty()) {
            setError(tr("Start a mentorship first; the pairing code is for it."));
            return {};
        }
        if (mentorshipId.isEmpty() && all.size() > 1) {
            setError(tr("Choose whom the pairing code is for."));
            return {};
        }
        mentorship = mentorshipId.isEmpty() ? all.first().toMap().value(u"id"_s).toString() : mentorshipId;
        if (std::none_of(all.cbegin(), all.cend(),
                [&](const QVariant &m) { return m.toMap().value(u"id"_s).toString() == mentorship; })) {
            setError(tr("That mentorship no longer exists on this device."));
            return {};
        }
    }
    // Only a local write, quick: it runs here, on the screens' connection.
    QString text;
    try {
        const sync::Invite invite = sync::Pairing(m_session->profile()->store())
                                        .createInvite(ownDevice ? sync::PairingPurpose::OwnDevice
                                                                : sync::PairingPurpose::Partner,
                                            mentorship, endpoints);
        text = invite.toText();
        m_mailbox = invite.mailboxId();
    } catch (const std::exception &e) {
        qCWarning(lcSync) << "cannot make an invite:" << e.what();
        setError(tr("Sync failed. Try again; if it keeps failing, pair again."));
        return {};
    }
    clearError();
    m_inviteMentorship = mentorship;
    m_inviteViaRelay = directOn() && !m_relay.isEmpty();
    m_inviteText = text;
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    qr::image(text, 8).save(&buffer, "PNG");
    m_inviteQr = u"data:image/png;base64,"_s + QString::fromLatin1(png.toBase64());
    m_issuer = true;
    m_step = ShowInvite;
    m_safetyDigits.clear();
    refresh();
    m_pollTimer.start();
    return text;
}

bool Sync::acceptInvite(const QString &text)
{
    // Text that is no invite is told at once; the rest (expiry, use, the network) by the service.
    try {
        (void)sync::Invite::fromText(text);
    } catch (const sync::SyncError &e) {
        setError(syncErrorText(e.kind()));
        return false;
    }
    clearError();
    return post([text](net::SyncService &service) { service.acceptInvite(text); });
}

void Sync::pollPairing()
{
    // One poll at a time: the next waits until this one's answer came back.
    if (m_pending > 0 || m_mailbox.isEmpty())
        return;
    if (m_step == ShowInvite) {
        const bool viaRelay = m_inviteViaRelay;
        (void)post([mailbox = m_mailbox, viaRelay](net::SyncService &service) { service.readAnswer(mailbox, viaRelay); });
    } else if (m_step == AwaitGrant) {
        (void)post([mailbox = m_mailbox](net::SyncService &service) { service.finish(mailbox); });
    } else {
        m_pollTimer.stop();
    }
}

bool Sync::confirm()
{
    if (!m_issuer || m_step != Compare)
        return false;
    return post([mailbox = m_mailbox](net::SyncService &service) { service.confirm(mailbox); });
}

void Sync::reject()
{
    // The invite stays used and unanswered: nobody gets keys from it, and it expires.
    m_pollTimer.stop();
    m_step = Idle;
    m_inviteText.clear();
    m_inviteQr.clear();
    m_safetyDigits.clear();
    m_mailbox.clear();
    clearError();
    refresh();
}

void Sync::closePairing()
{
    if (m_step == Done || m_step == Idle) {
        m_step = Idle;
        m_inviteText.clear();
        m_inviteQr.clear();
        m_safetyDigits.clear();
        emit changed();
    }
}

bool Sync::syncNow()
{
    if (m_state != Paired)
        return false;
    return post([](net::SyncService &service) { service.syncNow(); });
}

void Sync::cancelSync()
{
    if (m_service)
        m_service->cancel();
}

void Sync::onProgress(qint64 received, qint64 expected)
{
    // Only a sync worth watching: a few dozen changes come and go before anyone could read it.
    if (expected < 50 && m_progressExpected == 0)
        return;
    if (m_progressExpected == 0 || m_progressStopped) {
        m_progressStartMs = QDateTime::currentMSecsSinceEpoch();
        m_progressStartReceived = received;
        m_progressStopped = false;
    }
    m_progressReceived = received;
    m_progressExpected = std::max(expected, received);
    emit progressChanged();
}

QString Sync::progressText() const
{
    if (m_progressExpected <= 0)
        return {};
    const QLocale locale;
    return tr("%1 of %2").arg(locale.toString(m_progressReceived), locale.toString(m_progressExpected));
}

QString Sync::progressDetail() const
{
    if (m_progressExpected <= 0)
        return {};
    if (m_progressStopped)
        return tr("Stopped. What arrived is kept; the next sync goes on from here.");
    int seconds = m_previewSecondsLeft;
    if (seconds < 0) {
        // From the pace so far, once a second of it has been seen.
        const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - m_progressStartMs;
        const qint64 done = m_progressReceived - m_progressStartReceived;
        if (elapsed < 1000 || done <= 0)
            return tr("Receiving changes…");
        seconds = int((m_progressExpected - m_progressReceived) * elapsed / done / 1000);
    }
    if (seconds < 60)
        return tr("About %n second(s) left", "", std::max(1, seconds));
    return tr("About %n minute(s) left", "", (seconds + 30) / 60);
}

void Sync::stopForPreview()
{
    m_pollTimer.stop();
    retireService();
    m_pending = 0;
    m_serviceBusy = false;
    clearError();
    emit busyChanged();
}

void Sync::showProgressPreview(qint64 received, qint64 expected, int secondsLeft)
{
    m_progressReceived = received;
    m_progressExpected = expected;
    m_progressStopped = secondsLeft < 0;
    m_previewSecondsLeft = expected > 0 && secondsLeft >= 0 ? secondsLeft : -1;
    emit progressChanged();
}

bool Sync::unpair(const QString &mentorshipId)
{
    return post([mentorshipId](net::SyncService &service) { service.unpair(mentorshipId); });
}

bool Sync::revokeDevice(const QString &keyHex)
{
    // Only this person's own other devices: the other person's go with "Stop syncing with".
    const QByteArray key = QByteArray::fromHex(keyHex.toLatin1());
    bool own = false;
    try {
        if (m_session->profile())
            for (const sync::RosterDevice &d : sync::ownOtherDevices(m_session->profile()->store()))
                own = own || d.signPublicKey == key;
    } catch (const std::exception &e) {
        qCWarning(lcSync) << "cannot list this person's devices:" << e.what();
    }
    if (!own) {
        setError(syncErrorText(sync::SyncErrorKind::NotPaired));
        return false;
    }
    return post([key](net::SyncService &service) { service.revokeDevice(key); });
}

void Sync::showPreview(Step step, const QString &safetyDigits)
{
    m_pollTimer.stop();
    m_step = step;
    m_issuer = step != AwaitGrant;
    m_safetyDigits = safetyDigits;
    emit changed();
}

void Sync::clearError()
{
    setError({});
}

void Sync::setError(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    emit errorTextChanged();
}

void Sync::rememberLastSync()
{
    m_lastSync = QDateTime::currentMSecsSinceEpoch();
    if (m_session->profile() && !writeSmallFile(folderFile(m_session, LastSyncFile), QString::number(m_lastSync)))
        qCWarning(lcSync) << "cannot remember the last sync time";
}

} // namespace bollplank
