// Units of the app layer without QML pages: passphrase strength, Markdown helpers, the lazy
// journal model, the session's unlock and lock, and language switching.

#include "appcontext.h"
#include "focuscatalog.h"
#include "journal.h"
#include "journalmodel.h"
#include "labels.h"
#include "passphrase.h"
#include "secretclipboard.h"
#include "session.h"
#include "settings.h"
#include "startup.h"
#include "staticqml.h"

#include "profile/profile.h"
#include "repo/reflections.h"
#include "store/transaction.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QQmlEngine>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace bollplank;

class TestApp : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    AppOptions options()
    {
        AppOptions o;
        ++m_count;
        o.profileFolder = m_dir.filePath(QStringLiteral("profile-%1").arg(m_count));
        o.settingsFile = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(m_count));
        o.fakePlatform = true;
        o.fastKdf = true;
        o.forcedLanguage = QStringLiteral("en");
        return o;
    }

    static void createAndUnlock(Session *session)
    {
        QSignalSpy state(session, &Session::stateChanged);
        session->createProfile(QStringLiteral("adept"), QStringLiteral("Karin"),
            QStringLiteral("harbour lantern quietly 47"), false);
        QVERIFY(session->busy()); // the KDF runs off the GUI thread
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::Unlocked, 10000);
    }

private slots:
    void passphraseStrength()
    {
        QCOMPARE(passphrase::strength(QString()), 0);
        QCOMPARE(passphrase::strength(QStringLiteral("abc")), 0);
        QCOMPARE(passphrase::strength(QStringLiteral("password1")), 0);
        QCOMPARE(passphrase::strength(QStringLiteral("aaaaaaaaaaaaaaaa")), 0);
        QVERIFY(passphrase::strength(QStringLiteral("abcdefgh")) <= 1);
        QVERIFY(passphrase::strength(QStringLiteral("harbour lantern quietly 47")) >= passphrase::MinimumStrength);
        QVERIFY(passphrase::strength(QStringLiteral("Correct-Horse-Battery-Staple-93!")) >= 3);
    }

    void excerptStripsMarkdown()
    {
        QCOMPARE(Labels::excerpt(QStringLiteral("## Title\n\nSome **bold** text")), QStringLiteral("Title. Some bold text"));
        const QString longText = QString(QStringLiteral("word ")).repeated(100);
        QVERIFY(Labels::excerpt(longText, 50).size() <= 51);
        QVERIFY(Labels::excerpt(longText, 50).endsWith(QChar(0x2026)));
    }

    void imagesAreNeverFetched()
    {
        const QString md = Labels::withoutImages(QStringLiteral("Before ![a cat](https://example.com/cat.png) after"));
        QVERIFY(!md.contains(QStringLiteral("https://example.com")));
        QVERIFY(md.contains(QStringLiteral("Before")));
        QVERIFY(md.contains(QStringLiteral("after")));
        QCOMPARE(Labels::withoutImages(QStringLiteral("plain *text*")), QStringLiteral("plain *text*"));
    }

    void weekAndMonthFollowLocale()
    {
        const QDate date(2025, 4, 15);
        QCOMPARE(Labels::week(date), QStringLiteral("Week 16"));
        QCOMPARE(Labels::month(date, QLocale(QLocale::Swedish, QLocale::Sweden)), QStringLiteral("April 2025"));
        QCOMPARE(Labels::month(QDate(2025, 3, 1), QLocale(QLocale::Swedish, QLocale::Sweden)), QStringLiteral("Mars 2025"));
        QCOMPARE(Labels::time(QTime(17, 5), QLocale(QLocale::Swedish, QLocale::Sweden)), QStringLiteral("17:05"));
    }

    void wrongPassphraseChangesNothing()
    {
        QQmlEngine engine;
        const AppOptions o = options();
        Startup::prepareEngine(engine, o);
        Session *session = AppContext::of(&engine)->session();
        createAndUnlock(session);
        session->lock();
        QCOMPARE(session->state(), Session::Locked);
        QVERIFY(!session->profile());

        const QByteArray keyBefore = KeyFile::read(o.profileFolder + QLatin1Char('/') + UnlockedProfile::KeyFileName);
        session->unlock(QStringLiteral("harbour lantern loudly 47"));
        QTRY_VERIFY_WITH_TIMEOUT(!session->busy(), 10000);
        QCOMPARE(session->state(), Session::Locked);
        QCOMPARE(session->errorText(), QStringLiteral("That passphrase is not right. Try again."));
        QCOMPARE(KeyFile::read(o.profileFolder + QLatin1Char('/') + UnlockedProfile::KeyFileName), keyBefore);

        session->unlock(QStringLiteral("harbour lantern quietly 47"));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::Unlocked, 10000);
        QVERIFY(session->errorText().isEmpty());
    }

    void changePassphrase()
    {
        QQmlEngine engine;
        const AppOptions o = options();
        Startup::prepareEngine(engine, o);
        Session *session = AppContext::of(&engine)->session();
        createAndUnlock(session);
        QSignalSpy done(session, &Session::passphraseChangeFinished);
        session->changePassphrase(QStringLiteral("harbour lantern quietly 47"), QStringLiteral("Granite orchard 9 whispers"));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 10000);
        QCOMPARE(done.first().first().toBool(), true);
        session->lock();
        session->unlock(QStringLiteral("Granite orchard 9 whispers"));
        QTRY_COMPARE_WITH_TIMEOUT(session->state(), Session::Unlocked, 10000);
    }

    // A pairing code copied to the clipboard must not wait there for any app to paste it:
    // it goes after a minute, and at once when the journal locks; what another app put on the
    // clipboard meanwhile stays.
    void copiedPairingCodeLeavesTheClipboard()
    {
        QCOMPARE(SecretClipboard::DefaultHold, std::chrono::milliseconds(60000));
        QClipboard *clipboard = QGuiApplication::clipboard();
        const QString code = QStringLiteral("BOLLPLANK:INVITE:V1:secret-one-time-code");

        SecretClipboard quick(nullptr, std::chrono::milliseconds(100));
        quick.copy(code);
        QCOMPARE(clipboard->text(), code);
        QVERIFY(quick.holding());
        QTRY_COMPARE_WITH_TIMEOUT(clipboard->text(), QString(), 2000);
        QVERIFY(!quick.holding());

        quick.copy(code);
        clipboard->setText(QStringLiteral("something the person copied since"));
        QTRY_VERIFY_WITH_TIMEOUT(!quick.holding(), 2000);
        QCOMPARE(clipboard->text(), QStringLiteral("something the person copied since"));

        QQmlEngine engine;
        Startup::prepareEngine(engine, options());
        Session *session = AppContext::of(&engine)->session();
        createAndUnlock(session);
        SecretClipboard *app = AppContext::of(&engine)->secretClipboard();
        app->copy(code);
        QCOMPARE(clipboard->text(), code);
        session->lock();
        QCOMPARE(clipboard->text(), QString());
        QVERIFY(!app->holding());
    }

    void journalLoadsLazily()
    {
        QQmlEngine engine;
        Startup::prepareEngine(engine, options());
        AppContext *context = AppContext::of(&engine);
        createAndUnlock(context->session());
        Store &store = context->session()->profile()->store();
        {
            ReflectionRepository repo(store);
            Transaction tx(store.db());
            for (int i = 0; i < 250; ++i) {
                Reflection r;
                r.body = QStringLiteral("Entry %1").arg(i);
                r.focusAreas = { 1 + i % 6 };
                r.createdAt = 1'700'000'000'000 + qint64(i) * 3'600'000;
                repo.save(r);
            }
            tx.commit();
        }
        JournalModel *model = context->journal()->model();
        model->reload();
        QCOMPARE(model->rowCount(), JournalModel::PageSize);
        QCOMPARE(model->totalMatching(), 250);
        QVERIFY(model->canFetchMore({}));
        while (model->canFetchMore({}))
            model->fetchMore({});
        QCOMPARE(model->rowCount(), 250);
        QVERIFY(!model->canFetchMore({}));
        QCOMPARE(model->data(model->index(0), JournalModel::ExcerptRole).toString(), QStringLiteral("Entry 249"));

        context->journal()->setFocusArea(2);
        QCOMPARE(model->totalMatching(), 42);
        context->journal()->setVisibility(QStringLiteral("shared"));
        QCOMPARE(model->rowCount(), 0);
        context->journal()->clearFilters();
        QCOMPARE(model->totalMatching(), 250);

        // Locking drops every row.
        context->session()->lock();
        QCOMPARE(model->rowCount(), 0);
    }

    void deleteAndUndo()
    {
        QQmlEngine engine;
        Startup::prepareEngine(engine, options());
        AppContext *context = AppContext::of(&engine);
        createAndUnlock(context->session());
        Journal *journal = context->journal();
        const QString id = journal->save({ { QStringLiteral("body"), QStringLiteral("Keep me") },
            { QStringLiteral("shared"), true } });
        QVERIFY(!id.isEmpty());
        QVERIFY(journal->remove(id));
        QCOMPARE(journal->totalCount(), 0);
        QVERIFY(journal->canUndo());
        QCOMPARE(journal->undoRemove(), id);
        QCOMPARE(journal->totalCount(), 1);
        const QVariantMap back = journal->reflection(id);
        QCOMPARE(back.value(QStringLiteral("body")).toString(), QStringLiteral("Keep me"));
        QCOMPARE(back.value(QStringLiteral("shared")).toBool(), true);
    }

    void languageSwitch()
    {
        QQmlEngine engine;
        Startup::prepareEngine(engine, options());
        AppContext *context = AppContext::of(&engine);
        QCOMPARE(context->settings()->effectiveLanguage(), QStringLiteral("en"));
        QCOMPARE(context->focusCatalog()->name(6), QStringLiteral("Stress and crisis"));
        QCOMPARE(Session::tr("Enter your passphrase."), QStringLiteral("Enter your passphrase."));
        context->settings()->setLanguage(QStringLiteral("sv"));
        QCOMPARE(context->focusCatalog()->name(6), QStringLiteral("Stress och kris"));
        QCOMPARE(Session::tr("Enter your passphrase."), QStringLiteral("Skriv din lösenfras."));
        QCOMPARE(QLocale().name(), QStringLiteral("sv_SE"));
        context->settings()->setLanguage(QStringLiteral("en"));
        QCOMPARE(Session::tr("Enter your passphrase."), QStringLiteral("Enter your passphrase."));
    }
};

QTEST_MAIN(TestApp)
#include "tst_app.moc"
