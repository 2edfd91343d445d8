#include "sync.h"

#include "appcontext.h"
#include "devicelist.h"
#include "directendpoint.h"
#include "session.h"
#include "syncerrors.h"
#include "syncwarnings.h"

#include "profile/profile.h"
#include "qrcode.h"
#include "relaytransport.h"
#include "repo/mentorships.h"
#include "store/transaction.h"
#include "sync/engine.h"
#include "sync/pairing.h"
#include "sync/roster.h"
#include "sync/routes.h"
#include "sync/rotation.h"

#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QThread>
#include <QVariantMap>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSync, "bollplank.sync")

namespace bollplank {

namespace {

const QString EndpointFile = u"sync-endpoint"_s;
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

QUrl parseEndpoint(const QString &text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"ws"_s && url.scheme() != u"wss"_s) || url.host().isEmpty()
        || url.port() <= 0)
        return {};
    return url;
}

/// This device's open invites in one role.
QList<QByteArray> openMailboxes(Store &store, const char *role, bool answered)
{
    auto query = store.db().prepare("SELECT mailbox FROM sync_invite WHERE role = ? AND completed_at IS NULL "
                                    "AND (used_at IS NOT NULL) = ? AND expires_at > ? ORDER BY expires_at");
    query.bind(1, role);
    query.bind(2, qint64(answered ? 1 : 0));
    query.bind(3, QDateTime::currentMSecsSinceEpoch());
    QList<QByteArray> rows;
    while (query.step())
        rows.append(query.blob(0));
    return rows;
}

/// Thrown when the profile closed during a network step; the store is gone, so the step's
/// callers must unwind without touching it.
struct ProfileClosed : std::runtime_error
{
    ProfileClosed() : std::runtime_error("the profile closed during sync") {}
};

} // namespace

/// The engine's transport, with each call carried out on a worker thread.
class Sync::OffThreadTransport : public sync::Transport
{
public:
    OffThreadTransport(Sync &owner, sync::Transport &inner) : m_owner(owner), m_inner(inner) {}

    void push(const QByteArray &id, const std::vector<QByteArray> &envelopes) override
    {
        m_owner.offThread([&] { m_inner.push(id, envelopes); });
    }
    sync::PullPage pull(const QByteArray &id, std::int64_t after, int limit) override
    {
        sync::PullPage page;
        m_owner.offThread([&] { page = m_inner.pull(id, after, limit); });
        return page;
    }
    std::function<void()> startPush(const QByteArray &id, const std::vector<QByteArray> &envelopes) override
    {
        // Sending only queues the frame; waiting for the acknowledgement happens off this thread.
        std::function<void()> acknowledgement = m_inner.startPush(id, envelopes);
        return [this, acknowledgement] { m_owner.offThread(acknowledgement); };
    }
    void prefetch(const QByteArray &id, std::int64_t after, int limit) override
    {
        // Only sends a request (it never blocks), so it may run on this thread.
        m_inner.prefetch(id, after, limit);
    }
    void setMember(const QByteArray &id, const QByteArray &device, bool revoke) override
    {
        m_owner.offThread([&] { m_inner.setMember(id, device, revoke); });
    }
    std::vector<sync::MemberStatement> members(const QByteArray &id) override
    {
        std::vector<sync::MemberStatement> listed;
        m_owner.offThread([&] { listed = m_inner.members(id); });
        return listed;
    }
    QString endpointName() const override { return m_inner.endpointName(); }
    void freeze(const QByteArray &id) override
    {
        m_owner.offThread([&] { m_inner.freeze(id); });
    }
    void postToMailbox(const QByteArray &mailbox, const QByteArray &message) override
    {
        m_owner.offThread([&] { m_inner.postToMailbox(mailbox, message); });
    }
    std::vector<QByteArray> readMailbox(const QByteArray &mailbox) override
    {
        std::vector<QByteArray> messages;
        m_owner.offThread([&] { messages = m_inner.readMailbox(mailbox); });
        return messages;
    }

private:
    Sync &m_owner;
    sync::Transport &m_inner;
};

Sync::Sync(Session *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_stopWatching(std::make_shared<std::atomic<bool>>(false))
{
    m_pollTimer.setInterval(2000);
    connect(&m_pollTimer, &QTimer::timeout, this, &Sync::pollPairing);
    // Local changes wait in the outbox; a quiet check every quarter minute sends them.
    m_syncTimer.setInterval(15000);
    connect(&m_syncTimer, &QTimer::timeout, this, [this] {
        if (m_state != Paired || m_busy || !m_session->profile())
            return;
        bool pending = false;
        try {
            pending = sync::Engine(m_session->profile()->store()).outgoingCount() > 0;
        } catch (const std::exception &e) {
            qCWarning(lcSync) << "cannot count outgoing changes:" << e.what();
        }
        if (pending || m_lastSync < QDateTime::currentMSecsSinceEpoch() - 5 * 60 * 1000)
            (void)syncNow();
    });
    connect(m_session, &Session::opened, this, &Sync::onOpened);
    connect(m_session, &Session::aboutToClose, this, &Sync::onClosing);
    if (m_session->profile())
        onOpened();
}

Sync::~Sync()
{
    stopWatching();
    stopDirect();
}

Sync *Sync::create(QQmlEngine *engine, QJSEngine *)
{
    return singletonFrom(engine, &AppContext::sync);
}

void Sync::onOpened()
{
    m_closing = false;
    m_relay = readSmallFile(folderFile(m_session, EndpointFile));
    m_lastSync = readSmallFile(folderFile(m_session, LastSyncFile)).toLongLong();
    if (m_session->role() == u"mentor"_s && readSmallFile(folderFile(m_session, DirectFile)) == u"on"_s)
        startDirect();
    refresh();
    m_syncTimer.start();
    if (m_state == Paired) {
        // After unlock: bring in what arrived while the profile was closed.
        QTimer::singleShot(0, this, [this] {
            if (syncNow())
                startWatching();
        });
    }
}

void Sync::onClosing()
{
    m_closing = true;
    ++m_generation;
    m_pollTimer.stop();
    m_syncTimer.stop();
    stopWatching();
    // Never serve with the profile locked.
    stopDirect();
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
    emit changed();
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
        if (next != Paired && (!openMailboxes(store, "issued", false).isEmpty() || !openMailboxes(store, "issued", true).isEmpty()
                || !openMailboxes(store, "accepted", true).isEmpty() || !openMailboxes(store, "accepted", false).isEmpty()))
            next = Waiting;
    } catch (const std::exception &e) {
        qCWarning(lcSync) << "cannot read the sync state:" << e.what();
    }
    m_state = next;
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
    return m_session->profile() ? DirectEndpoint::databasePath(m_session->profile()->folder()) : QString();
}

QUrl Sync::activeEndpoint() const
{
    return directOn() ? m_direct->url() : parseEndpoint(m_relay);
}

QStringList Sync::ownEndpoints() const
{
    const QUrl own = parseEndpoint(m_relay);
    return own.isEmpty() ? QStringList() : QStringList { net::RelayTransport::nameOf(own) };
}

QStringList Sync::legacySharedEndpoints() const
{
    // Before schema 8 a mentor with direct sync on synced everything through it, and an adept
    // paired there synced there: such a pair's shared space (bound to nothing) still meets there.
    return directOn() ? QStringList { net::RelayTransport::nameOf(m_direct->url()) } : QStringList();
}

QList<QUrl> Sync::endpointsInUse(Store &store) const
{
    QList<QUrl> out;
    QStringList names;
    const auto add = [&](const QUrl &url) {
        if (url.isEmpty())
            return;
        const QString name = net::RelayTransport::nameOf(url);
        if (!names.contains(name)) {
            names.append(name);
            out.append(url);
        }
    };
    add(activeEndpoint());
    add(parseEndpoint(m_relay));
    for (const QString &bound : sync::boundEndpoints(store))
        add(parseEndpoint(bound));
    return out;
}

QStringList Sync::unpairedMentorships() const
{
    return readSmallFile(folderFile(m_session, UnpairedFile)).split(u'\n', Qt::SkipEmptyParts);
}

bool Sync::setDirectSync(bool on)
{
    if (!m_session->profile() || m_busy)
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
    m_direct = std::make_unique<DirectEndpoint>(*m_session->profile());
    std::optional<QHostAddress> address;
    if (!m_directListen.isNull())
        address = m_directListen;
    if (const auto error = m_direct->start(address)) {
        qCWarning(lcSync) << "direct sync did not start:" << error->detail;
        m_direct.reset();
        switch (error->failure) {
        case DirectEndpoint::Failure::NoNetwork:
            setError(tr("Direct sync needs a local network (Wi-Fi or cable). Connect this device to the "
                        "network your adept uses, then turn it on again."));
            break;
        case DirectEndpoint::Failure::CannotListen:
            setError(tr("Direct sync could not start: this device would not let it accept connections. "
                        "Another program may be using the network port; try again, or restart the device."));
            break;
        case DirectEndpoint::Failure::Storage:
            setError(tr("Direct sync could not start: its file in the profile folder cannot be opened."));
            break;
        }
        return;
    }
    restartWatching();
}

void Sync::stopDirect()
{
    if (!m_direct)
        return;
    const bool watching = m_watcher != nullptr;
    stopWatching();
    m_direct.reset();
    if (watching && !m_closing)
        startWatching();
}

void Sync::restartWatching()
{
    if (!m_watcher)
        return;
    stopWatching();
    startWatching();
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
    const QUrl url = parseEndpoint(address);
    if (url.isEmpty()) {
        setError(tr("A sync server address looks like wss://relay.example.org:443 or ws://192.168.1.10:8765."));
        return false;
    }
    if (!writeSmallFile(folderFile(m_session, EndpointFile), url.toString())) {
        setError(tr("The sync server address could not be saved."));
        return false;
    }
    m_relay = url.toString();
    clearError();
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
    QString text;
    const bool ok = run([&](Store &store) {
        sync::Pairing pairing(store);
        const sync::Invite invite = pairing.createInvite(
            ownDevice ? sync::PairingPurpose::OwnDevice : sync::PairingPurpose::Partner, mentorship, endpoints);
        text = invite.toText();
        m_mailbox = invite.mailboxId();
    });
    if (!ok)
        return {};
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
    QUrl endpoint;
    bool ownDevice = false;
    bool ok = run([&](Store &store) {
        const sync::Invite parsed = sync::Invite::fromText(text);
        ownDevice = parsed.purpose == sync::PairingPurpose::OwnDevice;
        QList<QUrl> candidates;
        for (const QString &candidate : parsed.endpoints) {
            if (const QUrl url = parseEndpoint(candidate); !url.isEmpty())
                candidates.append(url);
        }
        if (candidates.isEmpty())
            throw sync::SyncError(sync::SyncErrorKind::InvalidInvite, u"no reachable endpoint"_s);
        // The answer is recorded only once it reached the mailbox, so a failed post can be
        // retried; the first run only makes the message and is rolled back.
        QByteArray message;
        QByteArray mailbox;
        {
            Transaction tx(store.db());
            const sync::Pairing::Accepted accepted = sync::Pairing(store).accept(text);
            message = accepted.message;
            mailbox = accepted.mailboxId;
        }
        // In the invite's order: the mentor's direct endpoint when in the same room, else the
        // sync server. Only an unreachable one is passed over; any other refusal counts.
        for (qsizetype i = 0; i < candidates.size() && endpoint.isEmpty(); ++i) {
            try {
                auto relay = transport(store, candidates.at(i));
                OffThreadTransport off(*this, *relay);
                off.postToMailbox(mailbox, message);
                endpoint = candidates.at(i);
            } catch (const sync::SyncError &e) {
                if (e.kind() != sync::SyncErrorKind::Unreachable || i + 1 == candidates.size())
                    throw;
                qCInfo(lcSync) << "invite address" << (i + 1) << "of" << candidates.size()
                               << "unreachable, trying the next";
            }
        }
        Transaction tx(store.db());
        const sync::Pairing::Accepted accepted = sync::Pairing(store).accept(text);
        // The grant is read there, and the pairing binds to it (finish).
        sync::setPairingEndpoint(store, accepted.mailboxId, endpoint.toString());
        tx.commit();
        m_mailbox = accepted.mailboxId;
        m_safetyDigits = accepted.safetyNumber;
    });
    if (!ok)
        return false;
    // Linking one's own device: its server becomes this device's own. The other person's server
    // never does: only the shared space goes there, and the Settings address stays this person's.
    if (ownDevice) {
        if (!writeSmallFile(folderFile(m_session, EndpointFile), endpoint.toString()))
            qCWarning(lcSync) << "cannot remember the sync address";
        m_relay = endpoint.toString();
    }
    m_issuer = false;
    m_step = AwaitGrant;
    refresh();
    m_pollTimer.start();
    return true;
}

void Sync::pollPairing()
{
    if (m_busy || !m_session->profile() || m_mailbox.isEmpty())
        return;
    if (m_step == ShowInvite) {
        bool elsewhere = false;
        (void)run([&](Store &store) {
            auto relay = transport(store);
            OffThreadTransport off(*this, *relay);
            sync::Pairing pairing(store);
            // One message at a time: junk in the mailbox never hides the real answer.
            if (const auto answer = pairing.openAnswers(off.readMailbox(m_mailbox))) {
                m_safetyDigits = answer->safetyNumber;
                m_step = Compare;
                m_pollTimer.stop();
            }
            if (m_step != ShowInvite || !m_inviteViaRelay)
                return;
            // The other device could not reach this one and answered through the sync server.
            // This device syncs through its direct endpoint, so that pair would never meet: the
            // answer stays unopened and the person hears why.
            try {
                auto server = transport(store, parseEndpoint(m_relay));
                OffThreadTransport offServer(*this, *server);
                elsewhere = !offServer.readMailbox(m_mailbox).empty();
            } catch (const sync::SyncError &) {
                // The sync server is not reachable from here either: nothing arrived there.
            }
        });
        if (elsewhere) {
            m_pollTimer.stop();
            setError(tr("The other device could not reach this one on the network and answered through "
                        "the sync server. Connect both to the same network and pair again, or turn off "
                        "direct sync to pair through the server."));
        }
        emit changed();
    } else if (m_step == AwaitGrant) {
        (void)finish();
    } else {
        m_pollTimer.stop();
    }
}

bool Sync::confirm()
{
    if (!m_issuer || m_step != Compare)
        return false;
    const bool ok = run([&](Store &store) {
        auto relay = transport(store);
        OffThreadTransport off(*this, *relay);
        // The grant counts only once it reached the mailbox.
        auto tx = std::make_unique<Transaction>(store.db());
        const QByteArray grant = sync::Pairing(store).grant(m_mailbox);
        // The answer came through this server: the pairing's collections meet there (routes.h).
        sync::setPairingEndpoint(store, m_mailbox, relay->endpointName());
        sync::bindPairing(store, m_mailbox, relay->endpointName(), ownEndpoints());
        try {
            off.postToMailbox(m_mailbox, grant);
        } catch (const ProfileClosed &) {
            // The database closed under the transaction (SQLite rolled it back); its guard
            // must not roll back on a closed connection.
            (void)tx.release();
            throw;
        }
        tx->commit();
    });
    if (!ok)
        return false;
    m_step = Done;
    QFile::remove(folderFile(m_session, StoppedFile));
    if (!m_inviteMentorship.isEmpty()) {
        QStringList unpaired = unpairedMentorships();
        if (unpaired.removeAll(m_inviteMentorship) > 0
            && !writeSmallFile(folderFile(m_session, UnpairedFile), unpaired.join(u'\n')))
            qCWarning(lcSync) << "cannot update the unpaired mentorships";
    }
    refresh();
    (void)syncNow();
    startWatching();
    return true;
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

bool Sync::finish()
{
    if (m_issuer || m_step != AwaitGrant)
        return false;
    bool granted = false;
    const bool ok = run([&](Store &store) {
        // Where the answer went (acceptInvite), not this person's own server.
        auto relay = transport(store, parseEndpoint(sync::pairingEndpoint(store, m_mailbox)));
        OffThreadTransport off(*this, *relay);
        sync::Pairing pairing(store);
        Transaction tx(store.db());
        granted = pairing.receiveGrants(m_mailbox, off.readMailbox(m_mailbox)).has_value();
        if (granted)
            sync::bindPairing(store, m_mailbox, relay->endpointName(), ownEndpoints());
        tx.commit();
    });
    if (!ok || !granted)
        return false;
    m_pollTimer.stop();
    m_step = Done;
    QFile::remove(folderFile(m_session, StoppedFile));
    // A new pairing from the other side: whichever mentorship it binds syncs again.
    QFile::remove(folderFile(m_session, UnpairedFile));
    refresh();
    (void)syncNow();
    startWatching();
    return true;
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
    if (m_busy || m_state != Paired || !m_session->profile())
        return false;
    int pulled = 0;
    const bool ok = run([&](Store &store) {
        const QList<QUrl> endpoints = endpointsInUse(store);
        if (endpoints.isEmpty())
            throw sync::SyncError(sync::SyncErrorKind::Unreachable, u"no sync address"_s);
        sync::Engine engine(store);
        engine.setOwnEndpoints(ownEndpoints(), legacySharedEndpoints());
        // Each server carries only the collections whose readers meet there. One that cannot be
        // reached (the mentor's direct endpoint, out of the room) does not keep the others from
        // syncing; the person hears of it only when none could be reached.
        std::vector<std::unique_ptr<net::RelayTransport>> relays;
        std::vector<std::unique_ptr<OffThreadTransport>> offThread;
        std::vector<sync::Transport *> servers;
        for (const QUrl &url : endpoints) {
            relays.push_back(transport(store, url));
            offThread.push_back(std::make_unique<OffThreadTransport>(*this, *relays.back()));
            servers.push_back(offThread.back().get());
        }
        const sync::SyncReport report = engine.syncEach(servers);
        pulled = report.applied;
        qCInfo(lcSync, "synced: %d sent, %d received, %d applied, %d collection(s) not paired, %d server(s) unreachable",
            report.pushed, report.pulled, report.applied, report.notPaired, int(report.unreachable.size()));
        for (const QString &why : report.refused)
            qCWarning(lcSync) << "refused:" << why;
    });
    if (!ok)
        return false;
    rememberLastSync();
    refresh();
    if (pulled > 0)
        emit synced(pulled);
    return true;
}

bool Sync::unpair(const QString &mentorshipId)
{
    // The cut happens here, at once and offline too: a new shared space and key among this
    // person's own devices, the old one frozen. The next sync tells the other side and the server.
    const bool ok = run([&](Store &store) {
        try {
            (void)sync::endPairing(store, mentorshipId);
        } catch (const StoreError &) {
            throw sync::SyncError(sync::SyncErrorKind::NotPaired, u"this mentorship is not paired"_s);
        }
    });
    if (!ok)
        return false;
    refresh();
    (void)syncNow();
    if (m_state != Paired)
        stopWatching();
    return true;
}

bool Sync::revokeDevice(const QString &keyHex)
{
    const QByteArray key = QByteArray::fromHex(keyHex.toLatin1());
    const bool ok = run([&](Store &store) {
        // Only this person's own other devices: the other person's go with "Stop syncing with".
        bool own = false;
        for (const sync::RosterDevice &d : sync::ownOtherDevices(store))
            own = own || d.signPublicKey == key;
        if (!own)
            throw sync::SyncError(sync::SyncErrorKind::NotPaired, u"no other device of this person has that key"_s);
        (void)sync::revokeDeviceEverywhere(store, key);
    });
    if (!ok)
        return false;
    refresh();
    (void)syncNow();
    return true;
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

bool Sync::run(const std::function<void(Store &)> &body)
{
    if (m_busy || !m_session->profile())
        return false;
    setBusy(true);
    bool ok = false;
    try {
        body(m_session->profile()->store());
        ok = true;
        setError({});
    } catch (const sync::SyncError &e) {
        qCWarning(lcSync) << "sync step failed:" << int(e.kind()) << e.what();
        setError(syncErrorText(e.kind()));
    } catch (const ProfileClosed &) {
        qCInfo(lcSync) << "sync step stopped: the profile closed";
    } catch (const std::exception &e) {
        qCWarning(lcSync) << "sync step failed:" << e.what();
        setError(tr("Sync failed. Try again; if it keeps failing, pair again."));
    }
    setBusy(false);
    return ok;
}

void Sync::offThread(const std::function<void()> &call)
{
    if (m_closing)
        throw sync::SyncError(sync::SyncErrorKind::Unreachable, u"the profile is closing"_s);
    const int generation = m_generation;
    std::exception_ptr failure;
    QThread *thread = QThread::create([&] {
        try {
            call();
        } catch (...) {
            failure = std::current_exception();
        }
    });
    QEventLoop loop;
    connect(thread, &QThread::finished, &loop, &QEventLoop::quit);
    thread->start();
    // User input waits, so nothing else writes to the store while a step is half done.
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    thread->wait();
    delete thread;
    // The profile closed meanwhile (the idle lock fired): nothing may touch its store again.
    if (generation != m_generation)
        throw ProfileClosed();
    if (failure)
        std::rethrow_exception(failure);
}

std::unique_ptr<net::RelayTransport> Sync::transport(Store &store, QUrl url)
{
    if (url.isEmpty())
        url = activeEndpoint();
    if (url.isEmpty())
        throw sync::SyncError(sync::SyncErrorKind::Unreachable, u"no sync address"_s);
    auto identity = std::make_shared<sync::DeviceIdentity>(sync::DeviceIdentity::load(store));
    net::DeviceSigner signer;
    signer.publicKey = identity->signPublicKey();
    signer.sign = [identity](const QByteArray &message) { return identity->sign(message); };
    net::RelayOptions options;
    options.url = url;
    return std::make_unique<net::RelayTransport>(options, std::move(signer));
}

void Sync::startWatching()
{
    if (m_watcher || m_state != Paired || !m_session->profile())
        return;
    // One connection per server, each watching only the collections that sync through it: a
    // watch names the collection, and the journal's id is no business of the other person's server.
    struct Watched
    {
        std::shared_ptr<net::RelayTransport> relay;
        QList<QByteArray> ids;
    };
    QList<Watched> watched;
    try {
        Store &store = m_session->profile()->store();
        sync::Engine engine(store);
        engine.setOwnEndpoints(ownEndpoints(), legacySharedEndpoints());
        for (const QUrl &url : endpointsInUse(store)) {
            Watched w { transport(store, url), {} };
            for (const sync::Collection &c : engine.collections().all())
                if (engine.syncsThrough(c, w.relay->endpointName()))
                    w.ids.append(c.id);
            if (!w.ids.isEmpty())
                watched.append(std::move(w));
        }
    } catch (const std::exception &e) {
        qCWarning(lcSync) << "no live updates:" << e.what();
        return;
    }
    if (watched.isEmpty())
        return;
    m_stopWatching = std::make_shared<std::atomic<bool>>(false);
    auto stop = m_stopWatching;
    m_watcher = QThread::create([this, watched, stop] {
        const int slice = std::max(100, 500 / int(watched.size()));
        QList<bool> watching(watched.size(), false);
        while (!*stop) {
            bool offline = false;
            for (qsizetype i = 0; i < watched.size() && !*stop; ++i) {
                try {
                    if (!watching[i]) {
                        for (const QByteArray &id : watched[i].ids) {
                            try {
                                watched[i].relay->watch(id);
                            } catch (const sync::SyncError &e) {
                                if (e.kind() != sync::SyncErrorKind::NotPaired)
                                    throw;
                            }
                        }
                        watching[i] = true;
                    }
                    if (!watched[i].relay->waitForNews(slice).empty())
                        QMetaObject::invokeMethod(this, &Sync::scheduleSync, Qt::QueuedConnection);
                } catch (const std::exception &) {
                    watching[i] = false;
                    offline = true;
                }
            }
            // Offline somewhere: try again a little later; the quarter-minute check still syncs.
            for (int i = 0; offline && i < 20 && !*stop; ++i)
                QThread::msleep(250);
        }
    });
    m_watcher->start();
}

void Sync::stopWatching()
{
    if (!m_watcher)
        return;
    *m_stopWatching = true;
    m_watcher->wait();
    delete m_watcher;
    m_watcher = nullptr;
}

void Sync::scheduleSync()
{
    if (!m_busy && m_state == Paired)
        (void)syncNow();
}

void Sync::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
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
