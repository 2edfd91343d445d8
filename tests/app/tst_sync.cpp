// The app's Sync controller without a server: the plain words for each failure (English and
// Swedish), what a bad address, a garbled code and an unreachable server do (a clear error and
// nothing changed), and a new invite's text and QR code.

#include "appcontext.h"
#include "session.h"
#include "sync.h"
#include "syncerrors.h"

#include "profile/profile.h"
#include "store/keyfile.h"
#include "sync/pairing.h"

#include <QCoreApplication>
#include <QDir>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTcpServer>
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

    static void createAndUnlock(Session *session)
    {
        session->createProfile(u"adept"_s, u"Karin"_s, u"harbour lantern quietly 47"_s, false);
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
        QVERIFY(!sync->acceptInvite(code));
        QCOMPARE(sync->errorText(), syncErrorText(sync::SyncErrorKind::Unreachable));
        QVERIFY(!sync->busy());
        QVERIFY(sync->step() == Sync::Idle);
        QCOMPARE(inviteRows(store), 0);
        QCOMPARE(sync->state(), Sync::NotPaired);
        QVERIFY(!sync->syncNow()); // not paired: nothing to sync
    }

    void lockDuringANetworkStepIsSafe()
    {
        // A server that accepts the connection and never answers keeps the step waiting; the
        // profile locks meanwhile (as the idle lock would). The step must stop without touching
        // the closed store, and the next unlock starts clean.
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
        QTimer::singleShot(100, session, [session] { session->lock(); });
        QVERIFY(!sync->acceptInvite(code));
        QCOMPARE(session->state(), Session::Locked);
        QVERIFY(!sync->busy());
        QCOMPARE(sync->errorText(), QString());
        QVERIFY(sync->step() == Sync::Idle);

        session->unlock(u"harbour lantern quietly 47"_s);
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::Unlocked, 10000);
        QCOMPARE(sync->state(), Sync::NotPaired);
        QCOMPARE(inviteRows(session->profile()->store()), 0);
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
};

QTEST_MAIN(TestSync)
#include "tst_sync.moc"
