// Renders every main screen of the demo profile at phone, tablet (both ways) and desktop
// sizes, in Swedish and English, light and dark, into <build>/screenshots. Run by ctest, so
// every test run leaves a fresh set to look at; also writes one contact sheet per screen.

#include "appcontext.h"
#include "demosetup.h"
#include "meetingsession.h"
#include "session.h"
#include "startup.h"
#include "staticqml.h"

#include "meetings.h"
#include "paperconflict.h"
#include "sync.h"
#include "testsupport.h"

#include "profile/profile.h"
#include "repo/mentorships.h"
#include "repo/reflections.h"
#include "schedule/recurrence.h"
#include "schedule/seriesrepository.h"
#include "sync/advisories.h"
#include "sync/collections.h"
#include "sync/identity.h"

#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace bollplank;

namespace {

struct Size
{
    int width;
    int height;
};

const Size Sizes[] = { { 390, 844 }, { 820, 1180 }, { 1180, 820 }, { 1440, 900 } };
const char *const UnlockedScreens[] = { "journal", "reader", "editor", "meeting", "soundingboard", "settings",
    "mentorship:meetings", "mentorship:actions", "mentorship:agreement", "meetings", "meetingmove", "meetingrhythm",
    "settingsreminders", "settingssync", "syncenter", "syncinvite", "syncsafety", "syncunpair" };
/// The adept's demo once paired with the mentor and a second phone: the Sync card with an
/// advisory, the device roster with safety numbers, and revoking the phone.
const char *const PairedScreens[] = { "paired:sync", "paired:devices", "paired:revoke", "paired:progress",
    "paired:linked", "paired:stopped" };
/// The mentor's demo: the home, one adept's page tab by tab, starting a mentorship; Settings >
/// Sync with direct sync on (its address shown), and the pairing start with the adept picker.
const char *const MentorScreens[] = { "adepts", "adept:shared", "adept:notes", "adept:meetings", "adept:agreement",
    "adept:progress", "mentorsync", "mentorpair", "newmentorship" };
/// The adept's demo with a reflection edited on two devices at once: the journal's notice, the
/// two versions side by side (stacked on a phone), and the merge editor.
const char *const ConflictScreens[] = { "conflictnotice", "conflicts", "conflictmerge" };

/// A screen's name in a file name ("adept:notes" becomes "adept-notes").
QString screenFile(const char *screen)
{
    return QString::fromLatin1(screen).replace(QLatin1Char(':'), QLatin1Char('-'));
}

QString outputDir;
int failures = 0;

void settle(QQuickWindow *window)
{
    // Let bindings, layouts, Loaders and list delegates finish, then draw.
    for (int i = 0; i < 6; ++i) {
        QCoreApplication::processEvents();
        QTest::qWait(30);
    }
    window->requestUpdate();
    QTest::qWait(30);
}

QString fileName(const QString &lang, const QString &theme, const Size &size, const QString &screen)
{
    return QStringLiteral("%1/%2-%3-%4-%5x%6.png")
        .arg(outputDir, screen, lang, theme)
        .arg(size.width)
        .arg(size.height);
}

void grab(QQuickWindow *window, const QString &path)
{
    settle(window);
    const QImage image = window->grabWindow();
    if (image.isNull() || !image.save(path)) {
        std::fprintf(stderr, "screenshots: could not grab %s\n", qPrintable(path));
        ++failures;
    }
}

QQuickWindow *load(QQmlApplicationEngine &engine, AppOptions options)
{
    Startup::prepareEngine(engine, std::move(options));
    engine.load(Startup::mainWindowUrl());
    if (engine.rootObjects().isEmpty())
        return nullptr;
    return qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
}

/// Scrolls the Flickable holding the item so that the item is at its top.
void scrollTo(QQuickItem *item)
{
    for (QQuickItem *p = item ? item->parentItem() : nullptr; p; p = p->parentItem()) {
        if (p->property("contentY").isValid() && p->property("contentHeight").isValid()) {
            QQuickItem *content = qvariant_cast<QQuickItem *>(p->property("contentItem"));
            const qreal y = content ? item->mapToItem(content, QPointF(0, 0)).y() : 0;
            const qreal max = std::max(0.0, p->property("contentHeight").toReal() - p->height());
            p->setProperty("contentY", std::min(std::max(0.0, y - 8), max));
            return;
        }
    }
}

void closeDialogs(QQuickWindow *window)
{
    for (const char *name : { "moveDialog", "rhythmDialog", "pairingDialog", "unpairDialog", "revokeDeviceDialog",
             "devicesDialog" })
        if (QObject *dialog = window->findChild<QObject *>(QString::fromLatin1(name)))
            QMetaObject::invokeMethod(dialog, "close");
    if (QObject *shell = window->findChild<QObject *>(QStringLiteral("appShell"))) {
        Sync *sync = AppContext::of(qmlEngine(shell))->sync();
        sync->reject();
        sync->showProgressPreview(0, 0, 0);
    }
}

void showScreen(QQuickWindow *window, const char *screen)
{
    QObject *shell = window->findChild<QObject *>(QStringLiteral("appShell"));
    const QString name = QString::fromLatin1(screen);
    closeDialogs(window);
    // The meeting dialogs and the reminder settings are parts of the meetings and settings pages.
    const QString page = name.startsWith(QStringLiteral("meeting")) && name != QStringLiteral("meeting")
        ? QStringLiteral("meetings")
        : name == QStringLiteral("conflictnotice") ? QStringLiteral("journal")
        : name == QStringLiteral("conflictmerge") ? QStringLiteral("conflicts")
        : name == QStringLiteral("settingsreminders") || name.startsWith(QStringLiteral("settingssync"))
            || name.startsWith(QStringLiteral("sync")) || name.startsWith(QStringLiteral("mentorsync"))
            || name == QStringLiteral("mentorpair") || name.startsWith(QStringLiteral("paired:"))
        ? QStringLiteral("settings")
        : name;
    QMetaObject::invokeMethod(shell, "showScreen", Q_ARG(QVariant, page));
    if (name == QStringLiteral("conflictmerge")) {
        settle(window);
        if (QObject *button = window->findChild<QObject *>(QStringLiteral("editMerge")))
            QMetaObject::invokeMethod(button, "clicked");
    } else if (name == QStringLiteral("meetingmove")) {
        const QVariantList occurrences = AppContext::of(qmlEngine(shell))->meetings()->occurrences();
        QObject *dialog = window->findChild<QObject *>(QStringLiteral("moveDialog"));
        if (dialog && !occurrences.isEmpty())
            QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QVariant, occurrences.constFirst()));
    } else if (name == QStringLiteral("meetingrhythm")) {
        if (QObject *dialog = window->findChild<QObject *>(QStringLiteral("rhythmDialog")))
            QMetaObject::invokeMethod(dialog, "openWithCurrent");
    } else if (name == QStringLiteral("settingsreminders")) {
        settle(window);
        scrollTo(window->findChild<QQuickItem *>(QStringLiteral("remindersCard")));
    } else if (name == QStringLiteral("settingssync")) {
        settle(window);
        scrollTo(window->findChild<QQuickItem *>(QStringLiteral("syncState")));
    } else if (name == QStringLiteral("mentorsync") || name == QStringLiteral("mentorpair")) {
        // Direct sync on loopback: the screen shows a real address, and nothing is reachable
        // from outside this machine. The lock at the end of the run stops it.
        Sync *sync = AppContext::of(qmlEngine(shell))->sync();
        sync->setDirectListenAddress(QHostAddress::LocalHost);
        if (!sync->setDirectSync(true)) {
            std::fprintf(stderr, "screenshots: direct sync did not start: %s\n", qPrintable(sync->errorText()));
            ++failures;
        }
        settle(window);
        if (name == QStringLiteral("mentorsync")) {
            scrollTo(window->findChild<QQuickItem *>(QStringLiteral("syncState")));
        } else if (QObject *dialog = window->findChild<QObject *>(QStringLiteral("pairingDialog"))) {
            QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QVariant, false));
        }
    } else if (name.startsWith(QStringLiteral("paired:"))) {
        Sync *sync = AppContext::of(qmlEngine(shell))->sync();
        (void)sync->setRelayAddress(QStringLiteral("wss://relay.bollplank.example:443"));
        // The example server does not exist: what sync would say of it stays off these screens.
        sync->stopForPreview();
        settle(window);
        if (name == QStringLiteral("paired:progress") || name == QStringLiteral("paired:stopped")) {
            // A device linked to two years of journal: a first sync part way, or stopped there.
            sync->showProgressPreview(name == QStringLiteral("paired:progress") ? 1240 : 6310, 10000,
                name == QStringLiteral("paired:progress") ? 20 : -1);
            settle(window);
            scrollTo(window->findChild<QQuickItem *>(QStringLiteral("syncProgressText")));
            return;
        }
        if (name == QStringLiteral("paired:linked")) {
            sync->showPreview(Sync::Done, QString());
            sync->showProgressPreview(3400, 10000, 95);
            if (QObject *dialog = window->findChild<QObject *>(QStringLiteral("pairingDialog")))
                QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QVariant, true));
            QTest::qWait(800); // the full-window popup's fade-in, longer than the small dialogs'
            return;
        }
        if (name == QStringLiteral("paired:sync")) {
            scrollTo(window->findChild<QQuickItem *>(QStringLiteral("syncState")));
            return;
        }
        QObject *roster = window->findChild<QObject *>(QStringLiteral("devicesDialog"));
        if (roster)
            QMetaObject::invokeMethod(roster, "openRoster");
        QTest::qWait(400); // the popup's fade-in, so the page behind does not show through
        if (name == QStringLiteral("paired:revoke")) {
            QString phone;
            for (const QVariant &c : sync->devices())
                for (const QVariant &d : c.toMap().value(QStringLiteral("devices")).toList())
                    if (d.toMap().value(QStringLiteral("revocable")).toBool())
                        phone = d.toMap().value(QStringLiteral("key")).toString();
            if (QObject *dialog = window->findChild<QObject *>(QStringLiteral("revokeDeviceDialog")))
                QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QVariant, phone));
            QTest::qWait(400);
        }
    } else if (name.startsWith(QStringLiteral("sync"))) {
        // Port 9 on loopback: nothing listens, so nothing leaves this machine.
        Sync *sync = AppContext::of(qmlEngine(shell))->sync();
        (void)sync->setRelayAddress(QStringLiteral("ws://127.0.0.1:9"));
        if (name == QStringLiteral("syncunpair")) {
            // Unpairing names the other person: the demo's first mentorship's.
            const QVariantList mentorships = sync->mentorships();
            const QVariantMap first = mentorships.isEmpty() ? QVariantMap() : mentorships.constFirst().toMap();
            if (QObject *dialog = window->findChild<QObject *>(QStringLiteral("unpairDialog")))
                QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QVariant, first.value(QStringLiteral("id"))),
                    Q_ARG(QVariant, first.value(QStringLiteral("name"))));
            return;
        }
        if (name == QStringLiteral("syncenter")) {
            // The demo person is an adept: pairing with the mentor starts by entering a code.
            if (QObject *dialog = window->findChild<QObject *>(QStringLiteral("pairingDialog")))
                QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QVariant, false));
            return;
        }
        (void)sync->createInvite(true);
        sync->showPreview(name == QStringLiteral("syncinvite") ? Sync::ShowInvite : Sync::Compare,
            QStringLiteral("051876203349718502946631870542917730486125590381746620193478"));
        if (QObject *dialog = window->findChild<QObject *>(QStringLiteral("pairingDialog")))
            QMetaObject::invokeMethod(dialog, "openFor", Q_ARG(QVariant, true));
    }
}

/// The demo has no meeting rhythm: give its first mentorship one (the first Tuesday of every
/// month at 14:00, Stockholm time) with the next-but-one meeting moved and the one after cancelled.
void addDemoRhythm(const QString &folder)
{
    std::unique_ptr<UnlockedProfile> profile = UnlockedProfile::open(folder, DemoPassphrase);
    Store &store = profile->store();
    const QList<Mentorship> mentorships = MentorshipRepository(store).list();
    if (mentorships.isEmpty())
        return;
    MeetingSeriesRepository repo(store);
    if (repo.forMentorship(mentorships.first().meta.id))
        return;
    MeetingSeries series;
    series.mentorshipId = mentorships.first().meta.id;
    series.rule = QStringLiteral("FREQ=MONTHLY;BYDAY=1TU");
    series.start = CivilTime { QDate(QDate::currentDate().year() - 1, 1, 6), QTime(14, 0) };
    series.start.date = series.start.date.addDays((Qt::Tuesday - series.start.date.dayOfWeek() + 7) % 7);
    series.timeZone = QStringLiteral("Europe/Stockholm");
    series.place = QStringLiteral("Café Linné");
    repo.save(series);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QList<Recurrence::Occurrence> next
        = Recurrence::expand(series, {}, now, now + 400LL * 24 * 3600 * 1000, 4);
    if (next.size() < 3)
        return;
    repo.moveOccurrence(series.meta.id, next.at(1).original, next.at(1).startsAt + 26LL * 3600 * 1000);
    repo.cancelOccurrence(series.meta.id, next.at(2).original);
}

/// Pairs the demo on paper: the journal and the first mentorship's shared space gain the adept's
/// second phone (linked five weeks ago) and the mentor's tablet (paired a month ago, and a new
/// tablet since, whose safety number is still to be compared). Keys are fresh and lead nowhere.
void addDemoRoster(const QString &folder)
{
    std::unique_ptr<UnlockedProfile> profile = UnlockedProfile::open(folder, DemoPassphrase);
    Store &store = profile->store();
    const QList<Mentorship> mentorships = MentorshipRepository(store).list();
    if (mentorships.isEmpty())
        return;
    const qint64 day = 24LL * 3600 * 1000;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    sync::Collections collections(store);
    const sync::DeviceIdentity self = sync::DeviceIdentity::load(store);
    store.setClock([=] { return now - 35 * day; });
    std::optional<sync::Collection> journal = collections.journal();
    if (!journal)
        journal = collections.create(sync::CollectionKind::Journal, {}, self);
    const sync::Collection shared = collections.create(sync::CollectionKind::Shared, mentorships.first().meta.id, self);
    const sync::Member phone = test::otherDeviceKeys(QStringLiteral("adept"));
    collections.addMember(journal->id, phone, true);
    collections.addMember(shared.id, phone, true);
    store.setClock([=] { return now - 30 * day; });
    collections.addMember(shared.id, test::otherDeviceKeys(QStringLiteral("mentor")), true);
    store.setClock([=] { return now - 2 * day; });
    const sync::Member tablet = test::otherDeviceKeys(QStringLiteral("mentor"));
    collections.addMember(shared.id, tablet, true);
    sync::addAdvisory(store, shared.id, sync::Advisory::Kind::DeviceAdded, tablet.signPublicKey, tablet.deviceId,
        tablet.role);
}

/// A reflection the adept changed on her phone and her laptop before they synced: the laptop
/// moved the board's deadline and added a line, the phone kept the old one (tests/core/paperconflict.h).
void addDemoConflict(const QString &folder, const QString &lang)
{
    std::unique_ptr<UnlockedProfile> profile = UnlockedProfile::open(folder, DemoPassphrase);
    Store &store = profile->store();
    const bool sv = lang == QLatin1String("sv");
    Reflection r;
    r.body = sv ? QStringLiteral("Inför styrelsemötet\nStyrelsen vill ha budgeten på fredag.\nJag behöver Evas siffror "
                                 "före onsdag, annars hinner vi inte gå igenom dem tillsammans.\nRing Eva i morgon bitti.")
                : QStringLiteral("Before the board meeting\nThe board wants the budget on Friday.\nI need Eva's figures "
                                 "by Wednesday, or we will not have time to go through them together.\nCall Eva first "
                                 "thing tomorrow.");
    ReflectionRepository(store).save(r);
    const QString other = sv
        ? QStringLiteral("Inför styrelsemötet\nStyrelsen vill nu ha budgeten först nästa vecka.\nJag behöver Evas "
                         "siffror före onsdag, annars hinner vi inte gå igenom dem tillsammans.\nRing Eva i morgon "
                         "bitti.\nBoka det lilla mötesrummet till tisdag.")
        : QStringLiteral("Before the board meeting\nThe board now wants the budget next week instead.\nI need Eva's "
                         "figures by Wednesday, or we will not have time to go through them together.\nCall Eva first "
                         "thing tomorrow.\nBook the small meeting room for Tuesday.");
    (void)test::paperConflict(store, r.meta.id, other);
}

AppOptions baseOptions(const QString &lang, const QString &theme, const QString &folder, const QString &settings)
{
    AppOptions options;
    options.profileFolder = folder;
    options.settingsFile = settings;
    options.forcedLanguage = lang;
    options.forcedTheme = theme;
    options.fakePlatform = true;
    options.fakeKeyStoreAvailable = true;
    options.fastKdf = true;
    return options;
}

template<typename Screens>
void renderProfile(const QString &lang, const QString &theme, const QString &folder, QTemporaryDir &tmp,
    const Screens &screens, const QString &lockName)
{
    AppOptions options = baseOptions(lang, theme, folder, tmp.filePath(QStringLiteral("settings.ini")));
    options.initialProfile
        = std::make_shared<std::unique_ptr<UnlockedProfile>>(UnlockedProfile::open(folder, DemoPassphrase));
    QQmlApplicationEngine engine;
    QQuickWindow *window = load(engine, options);
    if (!window) {
        ++failures;
        return;
    }
    for (const Size &size : Sizes) {
        window->resize(size.width, size.height);
        settle(window);
        for (const char *screen : screens) {
            showScreen(window, "journal");
            showScreen(window, screen);
            grab(window, fileName(lang, theme, size, screenFile(screen)));
        }
    }
    AppContext::of(&engine)->session()->lock();
    for (const Size &size : Sizes) {
        window->resize(size.width, size.height);
        grab(window, fileName(lang, theme, size, lockName));
    }
}

void renderFirstRun(const QString &lang, const QString &theme, QTemporaryDir &tmp)
{
    QQmlApplicationEngine engine;
    QQuickWindow *window = load(engine,
        baseOptions(lang, theme, tmp.filePath(QStringLiteral("empty-%1-%2").arg(lang, theme)),
            tmp.filePath(QStringLiteral("settings.ini"))));
    if (!window) {
        ++failures;
        return;
    }
    for (const Size &size : Sizes) {
        window->resize(size.width, size.height);
        grab(window, fileName(lang, theme, size, QStringLiteral("firstrun")));
    }
}

/// Meeting mode on the mentor's demo, each step with something written in it, the leave
/// dialog, and the ad-hoc booking of the demo's open request.
const char *const MeetingScreens[] = { "meeting-lookback", "meeting-coaching", "meeting-focus", "meeting-actions",
    "meeting-evaluation", "meeting-next", "meeting-leave", "adhoc-booking" };

/// A page from a QML module, on top of the shell (so it inherits the shell's Material theme).
QQuickItem *pageOnTop(QQmlEngine &engine, QQuickWindow *window, const char *type, const QVariantMap &properties)
{
    QQmlComponent component(&engine);
    component.setData(QByteArray("import QtQuick\nimport Bollplank.Meeting\n") + type + " { anchors.fill: parent; z: 100 }",
        QUrl(QStringLiteral("qrc:/screenshots/page.qml")));
    auto *item = qobject_cast<QQuickItem *>(component.createWithInitialProperties(properties));
    if (!item) {
        std::fprintf(stderr, "screenshots: %s: %s\n", type, qPrintable(component.errorString()));
        ++failures;
        return nullptr;
    }
    item->setParentItem(window->findChild<QQuickItem *>(QStringLiteral("appShell")));
    return item;
}

void fillMeeting(MeetingSession &meeting, const QString &lang, qint64 now)
{
    const bool sv = lang == QLatin1String("sv");
    // Twelve and a half minutes into the coaching block.
    meeting.setClock([now] { return now - 750'000; });
    meeting.restartCoaching();
    meeting.setClock([now] { return now; });
    for (int area : { 2, 6 })
        meeting.setAreaChosen(area, true);
    meeting.setMinutes(2, sv ? QStringLiteral("Johan lämnar budgetarbetet till ekonomichefen och följer upp varannan vecka.")
                             : QStringLiteral("Johan hands the budget work to the CFO and follows up every other week."));
    meeting.setMinutes(6, sv ? QStringLiteral("Sömnen är bättre sedan han slutade läsa mejl efter nio.")
                             : QStringLiteral("Sleeping better since he stopped reading email after nine."));
    meeting.addAction(QStringLiteral("adept"));
    meeting.setActionBody(0, sv ? QStringLiteral("Boka ett enskilt samtal med ordföranden före styrelsemötet")
                                : QStringLiteral("Book a one-to-one with the chairman before the board meeting"));
    meeting.addAction(QStringLiteral("mentor"));
    meeting.setActionBody(1, sv ? QStringLiteral("Skicka kontakten till Eva på Nordbanken")
                                : QStringLiteral("Send Eva's contact at Nordbanken"));
    meeting.setActionDue(1, QString());
    meeting.setAdeptRating(5);
    meeting.setAdeptEvaluation(sv ? QStringLiteral("Jag vet vad jag ska göra på måndag.")
                                  : QStringLiteral("I know what to do on Monday."));
    meeting.setMentorRating(4);
}

void renderMeetingMode(const QString &lang, const QString &theme, const QString &folder, QTemporaryDir &tmp)
{
    AppOptions options = baseOptions(lang, theme, folder, tmp.filePath(QStringLiteral("settings.ini")));
    options.initialProfile
        = std::make_shared<std::unique_ptr<UnlockedProfile>>(UnlockedProfile::open(folder, DemoPassphrase));
    QQmlApplicationEngine engine;
    QQuickWindow *window = load(engine, options);
    if (!window) {
        ++failures;
        return;
    }
    MeetingSession &meeting = *AppContext::of(&engine)->meetingSession();
    meeting.refreshOverview();
    if (meeting.openRequests().isEmpty()) {
        std::fprintf(stderr, "screenshots: the mentor demo has no open request\n");
        ++failures;
        return;
    }
    const QVariantMap request = meeting.openRequests().constFirst().toMap();
    const QString mentorshipId = request.value(QStringLiteral("mentorshipId")).toString();
    QString meetingId;
    for (const QVariant &m : meeting.mentorships())
        if (m.toMap().value(QStringLiteral("mentorshipId")).toString() == mentorshipId)
            meetingId = m.toMap().value(QStringLiteral("nextMeetingId")).toString();

    // Written into a meeting that is then left, so the page opens it as a resumed draft with
    // every field filled in.
    meeting.begin(mentorshipId, meetingId);
    fillMeeting(meeting, lang, QDateTime::currentMSecsSinceEpoch());
    meeting.leave();
    QQuickItem *page = pageOnTop(engine, window, "MeetingModePage",
        { { QStringLiteral("mentorshipId"), mentorshipId }, { QStringLiteral("meetingId"), meetingId } });
    if (!page)
        return;
    auto *leave = page->findChild<QObject *>(QStringLiteral("leaveMeetingDialog"));
    for (const Size &size : Sizes) {
        window->resize(size.width, size.height);
        settle(window);
        for (int step = 0; step < MeetingSession::StepCount; ++step) {
            meeting.setStep(step);
            grab(window, fileName(lang, theme, size, QString::fromLatin1(MeetingScreens[step])));
        }
        QMetaObject::invokeMethod(leave, "open");
        grab(window, fileName(lang, theme, size, QStringLiteral("meeting-leave")));
        QMetaObject::invokeMethod(leave, "close");
    }
    meeting.discard();
    delete page;

    QQuickItem *booking = pageOnTop(engine, window, "AdHocBookingPage",
        { { QStringLiteral("requestId"), request.value(QStringLiteral("requestId")) } });
    for (const Size &size : Sizes) {
        window->resize(size.width, size.height);
        grab(window, fileName(lang, theme, size, QStringLiteral("adhoc-booking")));
    }
    delete booking;
}

/// Which groups of screens to render: all by default; BOLLPLANK_SCREENSHOTS=meeting,mentor
/// renders only those (quicker while working on one part).
bool wanted(const char *group)
{
    const QString only = qEnvironmentVariable("BOLLPLANK_SCREENSHOTS");
    return only.isEmpty() || only.split(QLatin1Char(',')).contains(QLatin1String(group));
}

/// The four sizes of one screen side by side at half size, for looking at many at once.
void contactSheet(const QString &screen, const QString &lang, const QString &theme)
{
    QList<QImage> images;
    int width = 0, height = 0;
    for (const Size &size : Sizes) {
        QImage image(fileName(lang, theme, size, screen));
        if (image.isNull())
            return;
        image = image.scaledToHeight(image.height() / 2, Qt::SmoothTransformation);
        width += image.width() + 16;
        height = std::max(height, image.height());
        images.append(image);
    }
    QImage sheet(width + 16, height + 32, QImage::Format_RGB32);
    sheet.fill(QColor(0x80, 0x80, 0x80));
    QPainter painter(&sheet);
    int x = 16;
    for (const QImage &image : std::as_const(images)) {
        painter.drawImage(x, 16, image);
        x += image.width() + 16;
    }
    painter.end();
    sheet.save(QStringLiteral("%1/sheets/%2-%3-%4.png").arg(outputDir, screen, lang, theme));
}

} // namespace

int main(int argc, char *argv[])
{
    // Software rendering: the same pixels on every machine, with or without a GPU.
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    Startup::configureApplication(app);
    QCoreApplication::setOrganizationName(QStringLiteral("BollplankScreenshots"));
    outputDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QDir::current().filePath(QStringLiteral("screenshots"));
    QDir().mkpath(outputDir + QStringLiteral("/sheets"));

    QTemporaryDir tmp;
    for (const QString &lang : { QStringLiteral("sv"), QStringLiteral("en") }) {
        DemoRequest request;
        request.folder = tmp.filePath(QStringLiteral("demo-") + lang);
        request.language = lang;
        createDemo(request).reset();
        DemoRequest mentorRequest = request;
        mentorRequest.folder = tmp.filePath(QStringLiteral("mentor-") + lang);
        mentorRequest.role = QStringLiteral("mentor");
        createDemo(mentorRequest).reset();
        addDemoRhythm(request.folder);
        DemoRequest pairedRequest = request;
        pairedRequest.folder = tmp.filePath(QStringLiteral("paired-") + lang);
        createDemo(pairedRequest).reset();
        addDemoRoster(pairedRequest.folder);
        DemoRequest conflictRequest = request;
        conflictRequest.folder = tmp.filePath(QStringLiteral("conflict-") + lang);
        if (wanted("conflict")) {
            createDemo(conflictRequest).reset();
            addDemoConflict(conflictRequest.folder, lang);
        }
        for (const QString &theme : { QStringLiteral("light"), QStringLiteral("dark") }) {
            if (wanted("adept"))
                renderProfile(lang, theme, request.folder, tmp, UnlockedScreens, QStringLiteral("unlock"));
            if (wanted("paired"))
                renderProfile(lang, theme, pairedRequest.folder, tmp, PairedScreens, QStringLiteral("unlock-paired"));
            if (wanted("mentor"))
                renderProfile(lang, theme, mentorRequest.folder, tmp, MentorScreens, QStringLiteral("unlock-mentor"));
            if (wanted("conflict"))
                renderProfile(lang, theme, conflictRequest.folder, tmp, ConflictScreens, QStringLiteral("unlock-conflict"));
            if (wanted("meeting"))
                renderMeetingMode(lang, theme, mentorRequest.folder, tmp);
            if (wanted("firstrun"))
                renderFirstRun(lang, theme, tmp);
        }
    }
    QStringList screens;
    for (const char *s : UnlockedScreens)
        screens.append(screenFile(s));
    for (const char *s : MentorScreens)
        screens.append(screenFile(s));
    for (const char *s : PairedScreens)
        screens.append(screenFile(s));
    for (const char *s : ConflictScreens)
        screens.append(screenFile(s));
    for (const char *s : MeetingScreens)
        screens.append(QString::fromLatin1(s));
    screens << QStringLiteral("unlock") << QStringLiteral("firstrun");
    for (const QString &screen : std::as_const(screens))
        for (const QString &lang : { QStringLiteral("sv"), QStringLiteral("en") })
            for (const QString &theme : { QStringLiteral("light"), QStringLiteral("dark") })
                contactSheet(screen, lang, theme);
    std::printf("screenshots: written to %s (%d failures)\n", qPrintable(outputDir), failures);
    return failures == 0 ? 0 : 1;
}
