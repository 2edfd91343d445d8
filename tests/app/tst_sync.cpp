// The app's Sync controller: the plain words for each failure (English and Swedish), what a bad
// address, a garbled code and an unreachable server do (a clear error and nothing changed), a new
// invite's text and QR code; and direct sync: a mentor's app serving the endpoint itself, an
// adept's app pairing and syncing through it with no relay process at all.

#include "appcontext.h"
#include "directendpoint.h"
#include "session.h"
#include "sync.h"
#include "syncerrors.h"
#include "testsupport.h"

#include "profile/profile.h"
#include "repo/mentorships.h"
#include "repo/notes.h"
#include "repo/reflections.h"
#include "store/keyfile.h"
#include "relaytransport.h"
#include "sync/collections.h"
#include "sync/identity.h"
#include "sync/pairing.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QThread>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace bollplank;

namespace {

const QList<sync::SyncErrorKind> AllKinds = { sync::SyncErrorKind::Unreachable, sync::SyncErrorKind::Unauthorized,
    sync::SyncErrorKind::NotPaired, sync::SyncErrorKind::Refused, sync::SyncErrorKind::InvalidInvite,
    sync::SyncErrorKind::Tampered, sync::SyncErrorKind::Protocol };

int inviteRows(Store &store)
{
    auto query = store.db().prepare("SELECT count(*) FROM sync_invite");
    return query.step() ? int(query.int64(0)) : -1;
}

QString addMentorship(Store &store, const QString &adept, const QString &mentor)
{
    Mentorship m;
    m.adeptName = adept;
    m.mentorName = mentor;
    m.startDate = QDate::currentDate().addMonths(-1);
    MentorshipRepository(store).save(m);
    return m.meta.id;
}

int reflectionsWith(Store &store, const QString &marker, QString *mentorship = nullptr)
{
    int found = 0;
    for (const Reflection &r : ReflectionRepository(store).list({}, 1000)) {
        if (r.body.contains(marker)) {
            ++found;
            if (mentorship)
                *mentorship = r.mentorshipId;
        }
    }
    return found;
}

/// A port nothing listens on right now (the direct endpoint's first choice in these tests, so
/// they never take the default port another program may be using).
quint16 freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost) ? probe.serverPort() : 0;
}

bool accepts(const QUrl &url)
{
    QTcpSocket socket;
    socket.connectToHost(url.host(), quint16(url.port()));
    return socket.waitForConnected(3000);
}

/// Every byte of the endpoint's database, with its journal files.
/// The database file and (unless told not to) its log, shared memory and journal, in a row.
QByteArray databaseBytes(const QString &path, bool companions = true)
{
    QByteArray all;
    for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s }) {
        if (!companions && !suffix.isEmpty())
            break;
        QFile file(path + suffix);
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

/// Starts a step (start says whether it began) and waits until it came to an end: whether it
/// did what it was for. The screens never wait like this; they follow state and errorText.
bool completes(Sync *sync, const std::function<bool()> &start)
{
    QSignalSpy done(sync, &Sync::stepDone);
    if (!start())
        return false;
    if (!done.wait(60000))
        return false;
    return done.last().at(0).toBool();
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    AppOptions options()
    {
        AppOptions o;
        ++m_count;
        o.profileFolder = m_dir.filePath(u"profile-%1"_s.arg(m_count));
        o.settingsFile = m_dir.filePath(u"settings-%1.ini"_s.arg(m_count));
        o.fakePlatform = true;
        o.fastKdf = true;
        o.forcedLanguage = u"en"_s;
        return o;
    }

    static void createAndUnlock(Session *session, const QString &role = u"adept"_s)
    {
        session->createProfile(role, u"Karin"_s, u"harbour lantern quietly 47"_s, false);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::Unlocked, 10000);
    }

private slots:
    void errorTextsArePlainAndDistinct()
    {
        QSet<QString> seen;
        for (const sync::SyncErrorKind kind : AllKinds) {
            const QString text = syncErrorText(kind);
            QVERIFY2(text.size() > 20, qPrintable(text));
            QVERIFY2(!seen.contains(text), qPrintable(text));
            seen.insert(text);
        }
        QVERIFY(syncErrorText(sync::SyncErrorKind::Unreachable).contains(u"cannot be reached"_s));
        QVERIFY(syncErrorText(sync::SyncErrorKind::InvalidInvite).contains(u"expired, was already used"_s));
        QVERIFY(syncErrorText(sync::SyncErrorKind::InvalidInvite).contains(u"new code"_s));
        QVERIFY(syncErrorText(sync::SyncErrorKind::NotPaired).contains(u"not paired"_s));
        QVERIFY(syncErrorText(sync::SyncErrorKind::Refused).contains(u"refused"_s));
        QVERIFY(syncErrorText(sync::SyncErrorKind::Tampered).contains(u"altered"_s));
    }

    void errorTextsAreTranslated()
    {
        QTranslator swedish;
        QVERIFY(swedish.load(u":/i18n/bollplank_sv.qm"_s));
        QMap<sync::SyncErrorKind, QString> english;
        for (const sync::SyncErrorKind kind : AllKinds)
            english.insert(kind, syncErrorText(kind));
        QCoreApplication::installTranslator(&swedish);
        for (const sync::SyncErrorKind kind : AllKinds) {
            const QString text = syncErrorText(kind);
            QVERIFY2(!text.isEmpty() && text != english.value(kind), qPrintable(text));
        }
        QVERIFY(syncErrorText(sync::SyncErrorKind::Unreachable).contains(u"synkservern"_s, Qt::CaseInsensitive));
        QCoreApplication::removeTranslator(&swedish);
    }

    void badInputChangesNothing()
    {
        QQmlEngine engine;
        AppContext *context = AppContext::install(&engine, options());
        createAndUnlock(context->session());
        Sync *sync = context->sync();
        Store &store = context->session()->profile()->store();
        QCOMPARE(sync->state(), Sync::NotPaired);

        // An address that is not ws:// or wss:// with a port is refused and not written.
        for (const QString &bad : { u"http://relay.example:80"_s, u"ws://relay.example"_s, u"relay"_s, QString() }) {
            QVERIFY(!sync->setRelayAddress(bad));
            QVERIFY(sync->errorText().contains(u"wss://"_s));
            QCOMPARE(sync->relayAddress(), QString());
        }
        QVERIFY(!QFile::exists(QDir(context->session()->profile()->folder()).filePath(u"sync-endpoint"_s)));
        // Without an address there is no invite.
        QCOMPARE(sync->createInvite(true), QString());
        QCOMPARE(inviteRows(store), 0);

        // A garbled code: the invite error, nothing recorded.
        QVERIFY(sync->setRelayAddress(u"ws://127.0.0.1:1"_s));
        QCOMPARE(sync->errorText(), QString());
        QVERIFY(!sync->acceptInvite(u"BOLLPLANK:INVITE:V1:NOTACODE"_s));
        QCOMPARE(sync->errorText(), syncErrorText(sync::SyncErrorKind::InvalidInvite));
        QVERIFY(sync->step() == Sync::Idle);
        QCOMPARE(inviteRows(store), 0);

        // A good code whose server is down: the unreachable error, and the code still works later.
        QTemporaryDir otherDir;
        auto other = UnlockedProfile::create(otherDir.path(), u"other passphrase"_s, Role::Adept, u"Karin"_s,
            KdfParams::minimal());
        const QString code = sync::Pairing(other->store())
                                 .createInvite(sync::PairingPurpose::OwnDevice, {}, { u"ws://127.0.0.1:1"_s })
                                 .toText();
        QVERIFY(!completes(sync, [&] { return sync->acceptInvite(code); }));
        QCOMPARE(sync->errorText(), syncErrorText(sync::SyncErrorKind::Unreachable));
        QVERIFY(!sync->busy());
        QVERIFY(sync->step() == Sync::Idle);
        QCOMPARE(sync->state(), Sync::NotPaired);
        QVERIFY(!sync->syncNow()); // not paired: nothing to sync
        // The answer is kept to post again: the same code tried later is not "already used".
        QCOMPARE(inviteRows(store), 1);
        QVERIFY(!completes(sync, [&] { return sync->acceptInvite(code); }));
        QCOMPARE(sync->errorText(), syncErrorText(sync::SyncErrorKind::Unreachable));
        QCOMPARE(inviteRows(store), 1);
        QCOMPARE(sync->state(), Sync::NotPaired);
    }

    void lockDuringANetworkStepIsSafe()
    {
        // A server that accepts the connection and never answers keeps the step waiting; the
        // profile locks meanwhile (as the idle lock would). The lock does not wait for the
        // network, nothing the step says afterwards reaches the screen, and the next unlock
        // starts clean.
        QTcpServer silent;
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QString address = u"ws://127.0.0.1:%1"_s.arg(silent.serverPort());
        QQmlEngine engine;
        AppContext *context = AppContext::install(&engine, options());
        Session *session = context->session();
        createAndUnlock(session);
        Sync *sync = context->sync();
        QTemporaryDir otherDir;
        auto other = UnlockedProfile::create(otherDir.path(), u"other passphrase"_s, Role::Adept, u"Karin"_s,
            KdfParams::minimal());
        const QString code
            = sync::Pairing(other->store()).createInvite(sync::PairingPurpose::OwnDevice, {}, { address }).toText();
        QSignalSpy done(sync, &Sync::stepDone);
        QVERIFY(sync->acceptInvite(code));
        QVERIFY(sync->busy());
        QTest::qWait(100);
        QElapsedTimer locking;
        locking.start();
        session->lock();
        // Generous for a slow machine, and far below the request timeout the step waits out.
        QVERIFY2(locking.elapsed() < 3000, qPrintable(QString::number(locking.elapsed())));
        QCOMPARE(session->state(), Session::Locked);
        QVERIFY(!sync->busy());
        QCOMPARE(sync->errorText(), QString());
        QVERIFY(sync->step() == Sync::Idle);

        session->unlock(u"harbour lantern quietly 47"_s);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::Unlocked, 10000);
        QCOMPARE(sync->state(), Sync::NotPaired);
        // The closed profile's step ends on its own (the server never answers) and tells no one.
        silent.close();
        QTest::qWait(500);
        QCOMPARE(done.count(), 0);
        QCOMPARE(sync->errorText(), QString());
        QVERIFY(inviteRows(session->profile()->store()) <= 1);
    }

    void inviteHasTextAndQrCode()
    {
        QQmlEngine engine;
        AppContext *context = AppContext::install(&engine, options());
        createAndUnlock(context->session());
        Sync *sync = context->sync();
        QVERIFY(sync->setRelayAddress(u"ws://127.0.0.1:1"_s));
        const QString text = sync->createInvite(true);
        QVERIFY(text.startsWith(sync::Invite::TextPrefix));
        QCOMPARE(sync->inviteText(), text);
        QVERIFY(sync->inviteQr().startsWith(u"data:image/png;base64,"_s));
        QImage qr;
        QVERIFY(qr.loadFromData(QByteArray::fromBase64(sync->inviteQr().mid(22).toLatin1()), "PNG"));
        QVERIFY(qr.width() >= 200);
        QVERIFY(sync->step() == Sync::ShowInvite);
        QCOMPARE(sync->state(), Sync::Waiting);
        QCOMPARE(sync::Invite::fromText(text).endpoints, QStringList { u"ws://127.0.0.1:1"_s });
        QCOMPARE(inviteRows(context->session()->profile()->store()), 1);

        // Locking drops the invite from the screen.
        context->session()->lock();
        QCOMPARE(sync->inviteText(), QString());
        QVERIFY(sync->step() == Sync::Idle);
    }

    void privateNetworkAddresses()
    {
        using net::isPrivateIPv4;
        using net::localNetworkAddress;
        for (const char *yes : { "10.1.2.3", "172.16.0.1", "172.31.255.254", "192.168.1.20" })
            QVERIFY2(isPrivateIPv4(QHostAddress(QString::fromLatin1(yes))), yes);
        for (const char *no : { "127.0.0.1", "172.32.0.1", "192.0.2.2", "8.8.8.8", "169.254.1.1", "fd00::1" })
            QVERIFY2(!isPrivateIPv4(QHostAddress(QString::fromLatin1(no))), no);
        if (const auto found = localNetworkAddress())
            QVERIFY(isPrivateIPv4(*found));
    }

    void directSyncOnlyForMentors()
    {
        QQmlEngine engine;
        AppContext *context = AppContext::install(&engine, options());
        createAndUnlock(context->session());
        Sync *sync = context->sync();
        sync->setDirectListenAddress(QHostAddress::LocalHost);
        QVERIFY(!sync->setDirectSync(true));
        QVERIFY(!sync->directOn());
        QCOMPARE(sync->directAddress(), QString());
        QVERIFY(!QFile::exists(sync->directDatabasePath()));
    }

    void directSyncFailuresAreExplained()
    {
        QQmlEngine engine;
        AppContext *context = AppContext::install(&engine, options());
        Session *session = context->session();
        createAndUnlock(session, u"mentor"_s);
        Sync *sync = context->sync();
        const QString folder = session->profile()->folder();
        const auto remembered = [&](const QString &name) {
            QFile file(QDir(folder).filePath(name));
            return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()).trimmed() : QString();
        };

        // On this machine's own network address, when it has one; else the plain words for that.
        if (!net::localNetworkAddress()) {
            QVERIFY(!sync->setDirectSync(true));
            QVERIFY(!sync->directOn());
            QVERIFY2(sync->errorText().contains(u"local network"_s), qPrintable(sync->errorText()));
            QCOMPARE(remembered(u"direct-sync"_s), u"off"_s);
        }

        // An address this device does not have: it cannot listen, says so, and stays off.
        sync->setDirectListenAddress(QHostAddress(u"192.0.2.123"_s));
        QVERIFY(!sync->setDirectSync(true));
        QVERIFY(!sync->directOn());
        QVERIFY2(sync->errorText().contains(u"could not start"_s), qPrintable(sync->errorText()));
        QCOMPARE(remembered(u"direct-sync"_s), u"off"_s);

        // Its remembered port taken by another program: another free port, remembered instead.
        QTcpServer squatter;
        QVERIFY(squatter.listen(QHostAddress::LocalHost));
        QFile portFile(QDir(folder).filePath(u"direct-port"_s));
        QVERIFY(portFile.open(QIODevice::WriteOnly));
        portFile.write(QByteArray::number(squatter.serverPort()));
        portFile.close();
        sync->setDirectListenAddress(QHostAddress::LocalHost);
        QVERIFY(sync->setDirectSync(true));
        QCOMPARE(sync->errorText(), QString());
        const QUrl url(sync->directAddress());
        QVERIFY(url.port() > 0 && url.port() != squatter.serverPort());
        QCOMPARE(remembered(u"direct-port"_s), QString::number(url.port()));
        QCOMPARE(remembered(u"direct-sync"_s), u"on"_s);
        QVERIFY(accepts(url));
    }

    void directSyncPairsAndSyncsWithNoRelay()
    {
        // The mentor's app, with two adepts, serves the endpoint on loopback (the test machine
        // may have no private network); the sync server address points nowhere.
        QQmlEngine mentorEngine;
        AppContext *mentorApp = AppContext::install(&mentorEngine, options());
        Session *mentorSession = mentorApp->session();
        createAndUnlock(mentorSession, u"mentor"_s);
        Store *mentorStore = &mentorSession->profile()->store();
        const QString first = addMentorship(*mentorStore, u"Karin"_s, u"Anders"_s);
        const QString picked = addMentorship(*mentorStore, u"Olle"_s, u"Anders"_s);
        Sync *mentor = mentorApp->sync();
        QVERIFY(mentor->setRelayAddress(u"ws://127.0.0.1:1"_s));
        const quint16 port = freePort();
        QVERIFY(port > 0);
        QFile portFile(QDir(mentorSession->profile()->folder()).filePath(u"direct-port"_s));
        QVERIFY(portFile.open(QIODevice::WriteOnly));
        portFile.write(QByteArray::number(port));
        portFile.close();
        mentor->setDirectListenAddress(QHostAddress::LocalHost);
        QVERIFY(mentor->setDirectSync(true));
        QVERIFY(mentor->directOn());
        const QString direct = u"ws://127.0.0.1:%1"_s.arg(port);
        QCOMPARE(mentor->directAddress(), direct);
        QVERIFY(accepts(QUrl(direct)));

        // Two mentorships: the invite needs to know whom it is for.
        const QVariantList mentorships = mentor->mentorships();
        QCOMPARE(mentorships.size(), 2);
        QStringList names;
        for (const QVariant &m : mentorships)
            names.append(m.toMap().value(u"name"_s).toString());
        names.sort();
        QCOMPARE(names, (QStringList { u"Karin"_s, u"Olle"_s }));
        QCOMPARE(mentor->createInvite(false), QString());
        QVERIFY(mentor->errorText().contains(u"Choose whom"_s));
        QCOMPARE(mentor->createInvite(false, u"no-such-mentorship"_s), QString());
        QVERIFY(mentor->errorText().contains(u"no longer exists"_s));
        QCOMPARE(inviteRows(*mentorStore), 0);

        // The invite names the direct endpoint first, the sync server second.
        const QString code = mentor->createInvite(false, picked);
        QVERIFY(!code.isEmpty());
        QCOMPARE(mentor->errorText(), QString());
        QCOMPARE(sync::Invite::fromText(code).endpoints, (QStringList { direct, u"ws://127.0.0.1:1"_s }));

        // The adept's app, with no sync address of its own, answers through the direct endpoint.
        QQmlEngine adeptEngine;
        AppContext *adeptApp = AppContext::install(&adeptEngine, options());
        Session *adeptSession = adeptApp->session();
        createAndUnlock(adeptSession);
        Store *adeptStore = &adeptSession->profile()->store();
        const QString adeptMentorship = addMentorship(*adeptStore, u"Olle"_s, u"Anders"_s);
        Sync *adept = adeptApp->sync();
        QVERIFY(completes(adept, [&] { return adept->acceptInvite(code); }));
        QCOMPARE(adept->errorText(), QString());
        // His endpoint is where this pairing runs, not her own sync address (security issue #12).
        QCOMPARE(adept->relayAddress(), QString());
        QVERIFY(adept->step() == Sync::AwaitGrant);

        // The mentor's app notices the answer by itself; both show the same number.
        QTRY_VERIFY_WITH_TIMEOUT(mentor->step() == Sync::Compare, 30000);
        QCOMPARE(mentor->errorText(), QString());
        QCOMPARE(mentor->safetyNumber().size(), 60);
        QCOMPARE(mentor->safetyNumber(), adept->safetyNumber());
        const QString compared = mentor->safetyNumber();
        QVERIFY(completes(mentor, [&] { return mentor->confirm(); }));
        QTRY_VERIFY_WITH_TIMEOUT(adept->step() == Sync::Done, 30000);
        QCOMPARE(adept->state(), Sync::Paired);
        QCOMPARE(mentor->state(), Sync::Paired);

        // Each roster shows the other person's device with the number compared at pairing, so it
        // can be compared again at any time.
        const auto partnerRow = [](Sync *side, const QString &title) {
            for (const QVariant &c : side->devices())
                if (c.toMap().value(u"title"_s).toString() == title)
                    for (const QVariant &d : c.toMap().value(u"devices"_s).toList())
                        if (!d.toMap().value(u"self"_s).toBool())
                            return d.toMap();
            return QVariantMap();
        };
        const QVariantMap karinsDevice = partnerRow(mentor, u"Shared with Olle"_s);
        QCOMPARE(karinsDevice.value(u"name"_s).toString(), u"Olle's device"_s);
        QCOMPARE(karinsDevice.value(u"safetyGroups"_s).toStringList().join(QString()), compared);
        QVERIFY(!karinsDevice.value(u"revocable"_s).toBool());
        const QVariantMap mentorsDevice = partnerRow(adept, u"Shared with Anders"_s);
        QCOMPARE(mentorsDevice.value(u"name"_s).toString(), u"Anders's device"_s);
        QCOMPARE(mentorsDevice.value(u"safetyGroups"_s).toStringList().join(QString()), compared);

        // The pair is the picked mentorship's: its shared space holds the adept's device, the
        // other mentorship has none.
        {
            sync::Collections collections(*mentorStore);
            const auto shared = collections.shared(picked);
            QVERIFY(shared.has_value());
            QCOMPARE(collections.members(shared->id).size(), 2);
            const auto other = collections.shared(first);
            QVERIFY(!other || collections.members(other->id).size() == 1);
        }
        for (const QVariant &m : mentor->mentorships()) {
            const QVariantMap map = m.toMap();
            QCOMPARE(map.value(u"paired"_s).toBool(), map.value(u"id"_s).toString() == picked);
        }

        // A shared reflection reaches the mentor, tied to that mentorship; a private one does not.
        Reflection shared;
        shared.body = u"direct-marker-shared reflection"_s;
        shared.visibility = Visibility::Shared;
        shared.mentorshipId = adeptMentorship;
        ReflectionRepository(*adeptStore).save(shared);
        Reflection secret;
        secret.body = u"direct-marker-private thought"_s;
        secret.mentorshipId = adeptMentorship;
        ReflectionRepository(*adeptStore).save(secret);
        QVERIFY(completes(adept, [&] { return adept->syncNow(); }));
        QVERIFY(completes(mentor, [&] { return mentor->syncNow(); }));
        QString arrivedIn;
        QCOMPARE(reflectionsWith(*mentorStore, u"direct-marker-shared"_s, &arrivedIn), 1);
        QCOMPARE(arrivedIn, picked);
        QCOMPARE(reflectionsWith(*mentorStore, u"direct-marker-private"_s), 0);

        // The mentor's comment goes back.
        const QList<Reflection> atMentor = ReflectionRepository(*mentorStore).list({}, 1000);
        Comment comment;
        comment.reflectionId = atMentor.first().meta.id;
        comment.body = u"direct-marker-comment from the mentor"_s;
        NoteRepository(*mentorStore).saveComment(comment);
        QVERIFY(completes(mentor, [&] { return mentor->syncNow(); }));
        QVERIFY(completes(adept, [&] { return adept->syncNow(); }));
        const QList<Comment> back = NoteRepository(*adeptStore).commentsOn(shared.meta.id);
        QCOMPARE(back.size(), 1);
        QCOMPARE(back.first().body, comment.body);

        // The endpoint stored only ciphertext.
        const QString database = mentor->directDatabasePath();
        QVERIFY(QFile::exists(database));
        const QByteArray stored = databaseBytes(database);
        QVERIFY(stored.size() > 0);
        QVERIFY(!stored.contains("direct-marker"));
        QVERIFY(!stored.contains(QStringLiteral("direct-marker").toUtf8().toBase64()));
        // ... and it is encrypted at rest: no SQLite header in any of its files, nor the metadata
        // every envelope carries in the clear (the record id, the authors' device keys, which
        // also name the members). Checked while it runs (the newest pages in its log) and after.
        const QList<QByteArray> metadata { QByteArray("SQLite format 3\0", 16), shared.meta.id.toUtf8(),
            sync::DeviceIdentity::load(*mentorStore).signPublicKey(),
            sync::DeviceIdentity::load(*adeptStore).signPublicKey() };
        const auto readableMetadata = [&] {
            QStringList found;
            for (const QString &suffix : { QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s }) {
                const QByteArray bytes = databaseBytes(database + suffix, false);
                for (const QByteArray &readable : metadata)
                    if (bytes.contains(readable))
                        found.append(u"%1%2 holds %3"_s.arg(QFileInfo(database).fileName(), suffix,
                            QString::fromLatin1(readable.toHex())));
            }
            return found;
        };
        QVERIFY(QFileInfo(database + u"-wal"_s).size() > 0);
        QVERIFY2(readableMetadata().isEmpty(), qPrintable(readableMetadata().join(u"; "_s)));

        // Locking stops the endpoint: nothing accepts connections at its address any more.
        mentorSession->lock();
        QCOMPARE(mentorSession->state(), Session::Locked);
        QVERIFY(!mentor->directOn());
        QVERIFY(!accepts(QUrl(direct)));
        QVERIFY2(readableMetadata().isEmpty(), qPrintable(readableMetadata().join(u"; "_s)));
        QVERIFY(!completes(adept, [&] { return adept->syncNow(); }));
        QCOMPARE(adept->errorText(), syncErrorText(sync::SyncErrorKind::Unreachable));

        // Unlocking brings it back at the same address, so the adept's device reaches it again.
        mentorSession->unlock(u"harbour lantern quietly 47"_s);
        QTRY_COMPARE_WITH_TIMEOUT(mentorSession->state(), Session::Unlocked, 10000);
        QVERIFY(mentor->directOn());
        QCOMPARE(mentor->directAddress(), direct);
        QVERIFY(completes(adept, [&] { return adept->syncNow(); }));
        QCOMPARE(adept->errorText(), QString());

        // Locked in the middle of the mentor's own sync through its endpoint: the step ends on
        // its own connection, nothing it says reaches the screen, and the endpoint is gone with
        // the profile.
        QVERIFY(mentor->syncNow());
        mentorSession->lock();
        QCOMPARE(mentorSession->state(), Session::Locked);
        QVERIFY(!mentor->busy());
        QCOMPARE(mentor->errorText(), QString());
        QVERIFY(!mentor->directOn());
        QVERIFY(!accepts(QUrl(direct)));
        mentorSession->unlock(u"harbour lantern quietly 47"_s);
        QTRY_COMPARE_WITH_TIMEOUT(mentorSession->state(), Session::Unlocked, 10000);
        QVERIFY(mentor->directOn());

        // Unpairing that mentorship: the endpoint no longer serves its shared space to the
        // adept's device, and the app says it is not paired with Olle any more.
        mentorStore = &mentorSession->profile()->store(); // a new one since the unlock
        const QByteArray sharedId = sync::Collections(*mentorStore).shared(picked)->id;
        QVERIFY(completes(mentor, [&] { return mentor->unpair(picked); }));
        QCOMPARE(mentor->errorText(), QString());
        for (const QVariant &m : mentor->mentorships())
            QVERIFY(!m.toMap().value(u"paired"_s).toBool());
        QCOMPARE(mentor->state(), Sync::NotPaired);
        const auto adeptPulls = [&] {
            auto identity = std::make_shared<sync::DeviceIdentity>(sync::DeviceIdentity::load(*adeptStore));
            net::DeviceSigner signer;
            signer.publicKey = identity->signPublicKey();
            signer.sign = [identity](const QByteArray &message) { return identity->sign(message); };
            net::RelayOptions relayOptions;
            relayOptions.url = QUrl(direct);
            net::RelayTransport transport(relayOptions, std::move(signer));
            std::optional<sync::SyncErrorKind> failure;
            // The endpoint runs on this thread: the client waits on another.
            QThread *client = QThread::create([&] {
                try {
                    (void)transport.pull(sharedId, 0, 10);
                } catch (const sync::SyncError &e) {
                    failure = e.kind();
                }
            });
            QEventLoop loop;
            connect(client, &QThread::finished, &loop, &QEventLoop::quit);
            client->start();
            loop.exec();
            client->wait();
            delete client;
            return failure;
        };
        const std::optional<sync::SyncErrorKind> refused = adeptPulls();
        QVERIFY(refused.has_value());
        QVERIFY(*refused == sync::SyncErrorKind::NotPaired);

        // Turned off, it stays off across a lock.
        QTRY_VERIFY_WITH_TIMEOUT(!mentor->busy(), 30000);
        QVERIFY(mentor->setDirectSync(false));
        QVERIFY(!accepts(QUrl(direct)));
        mentorSession->lock();
        mentorSession->unlock(u"harbour lantern quietly 47"_s);
        QTRY_COMPARE_WITH_TIMEOUT(mentorSession->state(), Session::Unlocked, 10000);
        QVERIFY(!mentor->directOn());
    }

    void theRosterRevokesOnlyThisPersonsOwnDevices()
    {
        QQmlEngine engine;
        AppContext *app = AppContext::install(&engine, options());
        createAndUnlock(app->session());
        Store &store = app->session()->profile()->store();
        const QString mentorship = addMentorship(store, u"Karin"_s, u"Anders"_s);
        Sync *sync = app->sync();

        // The journal and the shared space, each with the adept's other phone; the mentor's tablet
        // in the shared space only (as pairing and linking leave them).
        sync::Collections collections(store);
        const sync::DeviceIdentity self = sync::DeviceIdentity::load(store);
        const sync::Collection journal = collections.create(sync::CollectionKind::Journal, {}, self);
        const sync::Collection shared = collections.create(sync::CollectionKind::Shared, mentorship, self);
        const sync::Member phone = test::otherDeviceKeys(u"adept"_s);
        const sync::Member tablet = test::otherDeviceKeys(u"mentor"_s);
        QVERIFY(collections.addMember(journal.id, phone));
        QVERIFY(collections.addMember(shared.id, phone));
        QVERIFY(collections.addMember(shared.id, tablet));

        const QVariantList before = sync->devices();
        QCOMPARE(before.size(), 2);
        QCOMPARE(before.at(0).toMap().value(u"title"_s).toString(), u"Your journal"_s);
        QCOMPARE(before.at(1).toMap().value(u"title"_s).toString(), u"Shared with Anders"_s);
        QStringList names;
        for (const QVariant &d : before.at(1).toMap().value(u"devices"_s).toList())
            names.append(d.toMap().value(u"name"_s).toString());
        QCOMPARE(names, (QStringList { u"This device"_s, u"Your other device"_s, u"Anders's device"_s }));
        // One "Revoke" for the phone, where it first shows (the journal): it cuts it off everywhere.
        for (const QVariant &d : before.at(0).toMap().value(u"devices"_s).toList()) {
            const QByteArray key = QByteArray::fromHex(d.toMap().value(u"key"_s).toString().toLatin1());
            QCOMPARE(d.toMap().value(u"revocable"_s).toBool(), key == phone.signPublicKey);
        }
        for (const QVariant &d : before.at(1).toMap().value(u"devices"_s).toList()) {
            const QVariantMap device = d.toMap();
            const QByteArray key = QByteArray::fromHex(device.value(u"key"_s).toString().toLatin1());
            QVERIFY(!device.value(u"revocable"_s).toBool());
            QCOMPARE(device.value(u"safetyGroups"_s).toStringList().join(QString()),
                device.value(u"self"_s).toBool() ? QString() : sync::safetyNumber(self.signPublicKey(), key));
            QVERIFY(device.value(u"detail"_s).toString().startsWith(u"Added "_s));
        }

        // The other person's device is not this person's to revoke (that is "Stop syncing with"),
        // and neither is a key nobody holds: a clear error, nothing changed.
        QVERIFY(!completes(sync, [&] { return sync->revokeDevice(QString::fromLatin1(tablet.signPublicKey.toHex())); }));
        QVERIFY(!sync->errorText().isEmpty());
        QVERIFY(!completes(sync, [&] { return sync->revokeDevice(u"not-a-key"_s); }));
        QCOMPARE(sync->devices(), before);
        QVERIFY(!collections.find(journal.id)->frozen);

        // The lost phone: every collection it could read is replaced, and it is in none of the new ones.
        // Revoked at once; telling the servers waits (none is set here).
        QVERIFY(completes(sync, [&] { return sync->revokeDevice(QString::fromLatin1(phone.signPublicKey.toHex())); }));
        QVERIFY(collections.find(journal.id)->frozen);
        QVERIFY(collections.find(shared.id)->frozen);
        const QVariantList after = sync->devices();
        QCOMPARE(after.size(), 2);
        QStringList left;
        for (const QVariant &c : after)
            for (const QVariant &d : c.toMap().value(u"devices"_s).toList())
                left.append(d.toMap().value(u"name"_s).toString());
        QCOMPARE(left, (QStringList { u"This device"_s, u"This device"_s, u"Anders's device"_s }));
        QVERIFY(!collections.member(collections.journal()->id, phone.signPublicKey));
        QVERIFY(collections.member(collections.shared(mentorship)->id, tablet.signPublicKey));
    }

    void adeptTriesTheInviteAddressesInOrder()
    {
        // The first address is dead; the second (a mentor's direct endpoint) answers and is the
        // one the adept's app remembers for this pairing, and only for it: her own sync address
        // (Settings) stays hers, so her journal never follows his endpoint.
        QQmlEngine mentorEngine;
        AppContext *mentorApp = AppContext::install(&mentorEngine, options());
        createAndUnlock(mentorApp->session(), u"mentor"_s);
        Store &mentorStore = mentorApp->session()->profile()->store();
        const QString mentorship = addMentorship(mentorStore, u"Karin"_s, u"Anders"_s);
        Sync *mentor = mentorApp->sync();
        mentor->setDirectListenAddress(QHostAddress::LocalHost);
        QVERIFY(mentor->setDirectSync(true));
        const QString direct = mentor->directAddress();
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const QString dead = u"ws://127.0.0.1:%1"_s.arg(closed.serverPort());
        closed.close();
        const QString code = sync::Pairing(mentorStore)
                                 .createInvite(sync::PairingPurpose::Partner, mentorship, { dead, direct })
                                 .toText();

        QQmlEngine adeptEngine;
        AppContext *adeptApp = AppContext::install(&adeptEngine, options());
        createAndUnlock(adeptApp->session());
        addMentorship(adeptApp->session()->profile()->store(), u"Karin"_s, u"Anders"_s);
        Sync *adept = adeptApp->sync();
        QVERIFY(completes(adept, [&] { return adept->acceptInvite(code); }));
        QCOMPARE(adept->errorText(), QString());
        QCOMPARE(adept->relayAddress(), QString());
        QVERIFY(adept->step() == Sync::AwaitGrant);
        QVERIFY(!QFile::exists(QDir(adeptApp->session()->profile()->folder()).filePath(u"sync-endpoint"_s)));
        auto q = adeptApp->session()->profile()->store().db().prepare(
            "SELECT endpoint FROM sync_invite WHERE role = 'accepted'");
        QVERIFY(q.step());
        QCOMPARE(q.text(0), direct);
    }
};

QTEST_MAIN(TestSync)
#include "tst_sync.moc"
