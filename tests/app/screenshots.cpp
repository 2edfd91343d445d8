// Renders every main screen of the demo profile at phone, tablet (both ways) and desktop
// sizes, in Swedish and English, light and dark, into <build>/screenshots. Run by ctest, so
// every test run leaves a fresh set to look at; also writes one contact sheet per screen.

#include "appcontext.h"
#include "demosetup.h"
#include "session.h"
#include "startup.h"
#include "staticqml.h"

#include "profile/profile.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QQmlApplicationEngine>
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
    "mentorship:meetings", "mentorship:actions", "mentorship:agreement" };
/// The mentor's demo: the home, one adept's page tab by tab, starting a mentorship.
const char *const MentorScreens[] = { "adepts", "adept:shared", "adept:notes", "adept:meetings", "adept:agreement",
    "adept:progress", "newmentorship" };

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

void showScreen(QQuickWindow *window, const char *screen)
{
    QObject *shell = window->findChild<QObject *>(QStringLiteral("appShell"));
    QMetaObject::invokeMethod(shell, "showScreen", Q_ARG(QVariant, QString::fromLatin1(screen)));
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
        for (const QString &theme : { QStringLiteral("light"), QStringLiteral("dark") }) {
            renderProfile(lang, theme, request.folder, tmp, UnlockedScreens, QStringLiteral("unlock"));
            renderProfile(lang, theme, mentorRequest.folder, tmp, MentorScreens, QStringLiteral("unlock-mentor"));
            renderFirstRun(lang, theme, tmp);
        }
    }
    QStringList screens;
    for (const char *s : UnlockedScreens)
        screens.append(screenFile(s));
    for (const char *s : MentorScreens)
        screens.append(screenFile(s));
    screens << QStringLiteral("unlock") << QStringLiteral("firstrun");
    for (const QString &screen : std::as_const(screens))
        for (const QString &lang : { QStringLiteral("sv"), QStringLiteral("en") })
            for (const QString &theme : { QStringLiteral("light"), QStringLiteral("dark") })
                contactSheet(screen, lang, theme);
    std::printf("screenshots: written to %s (%d failures)\n", qPrintable(outputDir), failures);
    return failures == 0 ? 0 : 1;
}
