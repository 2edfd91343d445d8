#include "synctestsupport.h"

#include "appcontext.h"
#include "relayprocess.h"
#include "session.h"
#include "sync.h"

#include "profile/profile.h"
#include "relaytransport.h"
#include "repo/mentorships.h"
#include "repo/notes.h"
#include "repo/reflections.h"
#include "store/keyfile.h"
#include "store/transaction.h"
#include "sync/engine.h"
#include "sync/pairing.h"
#include "sync/pairingflow.h"

#include <QQmlEngine>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace bollplank {

namespace {

std::unique_ptr<net::RelayTransport> transportFor(Store &store, const QUrl &url)
{
    auto identity = std::make_shared<sync::DeviceIdentity>(sync::DeviceIdentity::load(store));
    net::DeviceSigner signer;
    signer.publicKey = identity->signPublicKey();
    signer.sign = [identity](const QByteArray &message) { return identity->sign(message); };
    net::RelayOptions options;
    options.url = url;
    return std::make_unique<net::RelayTransport>(options, std::move(signer));
}

} // namespace

SyncPeer::SyncPeer(AppContext *context, QObject *parent)
    : QObject(parent)
    , m_context(context)
{
}

SyncPeer::~SyncPeer() = default;

SyncPeer *SyncPeer::create(QQmlEngine *engine, QJSEngine *)
{
    auto *peer = new SyncPeer(AppContext::of(engine));
    QJSEngine::setObjectOwnership(peer, QJSEngine::JavaScriptOwnership);
    return peer;
}

QString SyncPeer::startRelay()
{
    m_relay = std::make_unique<e2e::RelayProcess>();
    if (!m_relay->start({ u"--db"_s, m_dir.filePath(u"relay.sqlite"_s), u"--port"_s, u"0"_s })) {
        qWarning("relay did not start: %s", qPrintable(m_relay->error()));
        return {};
    }
    return m_relay->url().toString();
}

QString SyncPeer::mentorInvite(int validMs)
{
    if (!m_mentor) {
        m_mentor = UnlockedProfile::create(m_dir.filePath(u"mentor"_s), u"mentor passphrase"_s, Role::Mentor,
            u"Anders"_s, KdfParams::minimal());
        Mentorship m;
        m.adeptName = u"Karin"_s;
        m.mentorName = u"Anders"_s;
        m.startDate = QDate::currentDate().addMonths(-1);
        MentorshipRepository(m_mentor->store()).save(m);
        m_mentorship = m.meta.id;
    }
    sync::Pairing pairing(m_mentor->store());
    const sync::Invite invite = pairing.createInvite(sync::PairingPurpose::Partner, m_mentorship,
        { m_relay->url().toString() }, validMs);
    m_mailbox = invite.mailboxId();
    return invite.toText();
}

QString SyncPeer::mentorSafetyNumber()
{
    auto transport = transportFor(m_mentor->store(), m_relay->url());
    sync::Pairing pairing(m_mentor->store());
    for (const QByteArray &message : transport->readMailbox(m_mailbox)) {
        if (const auto answer = pairing.openAnswer(message))
            return answer->safetyNumber;
    }
    return {};
}

bool SyncPeer::mentorConfirm()
{
    auto transport = transportFor(m_mentor->store(), m_relay->url());
    sync::confirmPairing(m_mentor->store(), *transport, m_mailbox, {});
    (void)sync::Engine(m_mentor->store()).sync(*transport);
    return true;
}

int SyncPeer::mentorReceived(const QString &marker)
{
    auto transport = transportFor(m_mentor->store(), m_relay->url());
    (void)sync::Engine(m_mentor->store()).sync(*transport);
    int found = 0;
    for (const Reflection &r : ReflectionRepository(m_mentor->store()).list({}, 1000))
        found += r.body.contains(marker) ? 1 : 0;
    return found;
}

int SyncPeer::mentorComments(int count, const QString &marker)
{
    auto transport = transportFor(m_mentor->store(), m_relay->url());
    sync::Engine engine(m_mentor->store());
    (void)engine.sync(*transport);
    const QList<Reflection> received = ReflectionRepository(m_mentor->store()).list({}, 1);
    if (received.isEmpty())
        return 0;
    {
        Transaction tx(m_mentor->store().db());
        for (int i = 0; i < count; ++i) {
            Comment comment;
            comment.reflectionId = received.first().meta.id;
            comment.body = u"%1 %2: a thought on what you wrote"_s.arg(marker).arg(i);
            NoteRepository(m_mentor->store()).saveComment(comment);
        }
        tx.commit();
    }
    return engine.sync(*transport).pushed;
}

int SyncPeer::adeptComments(const QString &marker) const
{
    Store &store = m_context->session()->profile()->store();
    int found = 0;
    for (const Reflection &r : ReflectionRepository(store).list({}, 1000))
        for (const Comment &c : NoteRepository(store).commentsOn(r.meta.id))
            found += c.body.contains(marker) ? 1 : 0;
    return found;
}

void SyncPeer::adeptWritesShared(const QString &body)
{
    Store &store = m_context->session()->profile()->store();
    Reflection r;
    r.body = body;
    r.visibility = Visibility::Shared;
    r.mentorshipId = MentorshipRepository(store).list().first().meta.id;
    ReflectionRepository(store).save(r);
}

QString SyncPeer::secondDeviceAccept(const QString &invite)
{
    m_second = UnlockedProfile::create(m_dir.filePath(u"second"_s), u"second passphrase"_s, Role::Adept, u"Karin"_s,
        KdfParams::minimal());
    auto transport = transportFor(m_second->store(), m_relay->url());
    Transaction tx(m_second->store().db());
    const sync::Pairing::Accepted accepted = sync::Pairing(m_second->store()).accept(invite);
    transport->postToMailbox(accepted.mailboxId, accepted.message);
    tx.commit();
    m_secondMailbox = accepted.mailboxId;
    return accepted.safetyNumber;
}

bool SyncPeer::secondDeviceFinish()
{
    auto transport = transportFor(m_second->store(), m_relay->url());
    sync::Pairing pairing(m_second->store());
    bool granted = false;
    for (const QByteArray &message : transport->readMailbox(m_secondMailbox))
        granted = pairing.receiveGrant(m_secondMailbox, message).has_value() || granted;
    if (granted)
        (void)sync::Engine(m_second->store()).sync(*transport);
    return granted;
}

int SyncPeer::secondDeviceReceived(const QString &marker)
{
    auto transport = transportFor(m_second->store(), m_relay->url());
    try {
        (void)sync::Engine(m_second->store()).sync(*transport);
    } catch (const sync::SyncError &e) {
        // A revoked device is refused by the server; what it holds is still what it holds.
        qWarning("second device: sync refused: %s", e.what());
    }
    int found = 0;
    for (const Reflection &r : ReflectionRepository(m_second->store()).list({}, 1000))
        found += r.body.contains(marker) ? 1 : 0;
    return found;
}

int SyncPeer::adeptOutgoing() const
{
    return sync::Engine(m_context->session()->profile()->store()).outgoingCount();
}

void SyncPeer::directOnLoopback()
{
    m_context->sync()->setDirectListenAddress(QHostAddress::LocalHost);
    // A port free right now rather than the default one, which another program may hold.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return;
    QFile file(QDir(m_context->session()->profile()->folder()).filePath(u"direct-port"_s));
    if (file.open(QIODevice::WriteOnly))
        file.write(QByteArray::number(probe.serverPort()));
}

QString SyncPeer::addMentorship(const QString &adeptName)
{
    Mentorship m;
    m.adeptName = adeptName;
    m.mentorName = u"Anders"_s;
    m.startDate = QDate::currentDate().addMonths(-1);
    MentorshipRepository(m_context->session()->profile()->store()).save(m);
    return m.meta.id;
}

QStringList SyncPeer::inviteEndpoints(const QString &invite) const
{
    return sync::Invite::fromText(invite).endpoints;
}

QString SyncPeer::inviteMentorship(const QString &invite) const
{
    Store &store = m_context->session()->profile()->store();
    auto query = store.db().prepare("SELECT mentorship_id FROM sync_invite WHERE mailbox = ?");
    query.bind(1, sync::Invite::fromText(invite).mailboxId());
    return query.step() ? query.text(0) : QString();
}

bool SyncPeer::accepts(const QString &url) const
{
    const QUrl parsed(url);
    QTcpSocket socket;
    socket.connectToHost(parsed.host(), quint16(parsed.port()));
    return socket.waitForConnected(3000);
}

bool SyncPeer::answerThrough(const QString &invite, const QString &url)
{
    m_answerer = UnlockedProfile::create(m_dir.filePath(u"answerer"_s), u"answerer passphrase"_s, Role::Adept,
        u"Karin"_s, KdfParams::minimal());
    Mentorship m;
    m.adeptName = u"Karin"_s;
    m.mentorName = u"Anders"_s;
    m.startDate = QDate::currentDate().addMonths(-1);
    MentorshipRepository(m_answerer->store()).save(m);
    auto transport = transportFor(m_answerer->store(), QUrl(url));
    Transaction tx(m_answerer->store().db());
    const sync::Pairing::Accepted accepted = sync::Pairing(m_answerer->store()).accept(invite);
    transport->postToMailbox(accepted.mailboxId, accepted.message);
    tx.commit();
    return true;
}

} // namespace bollplank
