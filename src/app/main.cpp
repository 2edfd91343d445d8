// Bollplank: the Qt Quick app. main() reads the command line, opens or creates the profile
// (or a demo), and loads the QML; everything else lives in the controllers and QML modules.

#include "appcontext.h"
#include "appoptions.h"
#include "demosetup.h"
#include "session.h"
#include "startup.h"
#include "staticqml.h"

#include "profile/profile.h"
#include "store/storeerror.h"
#include "testhooks.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

using namespace bollplank;

namespace {

qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QGuiApplication app(argc, argv);
    Startup::configureApplication(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bollplank, a confidential mentorship journal"));
    parser.addHelpOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"), QStringLiteral("Profile folder."),
        QStringLiteral("dir"), Startup::defaultProfileFolder());
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QStringLiteral("Open a fresh demo profile (passphrase \"demo\"); an optional argument picks adept or mentor."));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language for this run: sv or en."),
        QStringLiteral("code"));
    const QCommandLineOption quitOption(QStringLiteral("quit-after-first-frame"),
        QStringLiteral("Quit once the unlocked journal has been drawn (for timing start-up)."));
    const QCommandLineOption stdinOption(QStringLiteral("passphrase-stdin"),
        QStringLiteral("Read the passphrase from the first line of standard input and unlock."));
    const QCommandLineOption demoSizeOption(QStringLiteral("demo-extra"),
        QStringLiteral("Extra generated reflections in the demo profile."), QStringLiteral("count"), QStringLiteral("0"));
    parser.addOptions({ profileOption, demoOption, langOption, quitOption, stdinOption, demoSizeOption });
    parser.addPositionalArgument(QStringLiteral("role"), QStringLiteral("With --demo: adept (default) or mentor."),
        QStringLiteral("[adept|mentor]"));
    parser.process(app);

    AppOptions options;
    options.profileFolder = parser.value(profileOption);
    const QString lang = parser.value(langOption);
    if (!lang.isEmpty() && lang != QLatin1String("sv") && lang != QLatin1String("en")) {
        std::fprintf(stderr, "bollplank: --lang takes sv or en\n");
        return 2;
    }
    options.forcedLanguage = lang;
    // Only a build with BOLLPLANK_TEST_HOOKS honours BOLLPLANK_TEST_FAST_KDF.
    options.fastKdf = testHooks::fastKdf();

    // Time spent deriving keys or building the demo is reported apart from start-up proper.
    qint64 excludedMs = 0;
    QTemporaryDir demoFolder;
    if (parser.isSet(demoOption)) {
        const QString role = parser.positionalArguments().value(0, QStringLiteral("adept"));
        if (role != QLatin1String("adept") && role != QLatin1String("mentor")) {
            std::fprintf(stderr, "bollplank: --demo takes adept or mentor\n");
            return 2;
        }
        QElapsedTimer demoTimer;
        demoTimer.start();
        DemoRequest request;
        request.folder = demoFolder.filePath(QStringLiteral("profile"));
        request.language = lang.isEmpty() ? (QLocale::system().language() == QLocale::English ? QStringLiteral("en")
                                                                                               : QStringLiteral("sv"))
                                          : lang;
        if (lang.isEmpty())
            options.forcedLanguage = request.language;
        request.role = role;
        request.extraReflections = parser.value(demoSizeOption).toInt();
        try {
            options.initialProfile = std::make_shared<std::unique_ptr<UnlockedProfile>>(createDemo(request));
        } catch (const StoreError &e) {
            std::fprintf(stderr, "bollplank: could not create the demo profile: %s\n", e.what());
            return 1;
        }
        options.profileFolder = request.folder;
        excludedMs += demoTimer.elapsed();
    } else if (parser.isSet(stdinOption)) {
        QTextStream in(stdin);
        const QString passphrase = in.readLine();
        QElapsedTimer kdfTimer;
        kdfTimer.start();
        try {
            options.initialProfile
                = std::make_shared<std::unique_ptr<UnlockedProfile>>(UnlockedProfile::open(options.profileFolder, passphrase));
        } catch (const StoreError &e) {
            std::fprintf(stderr, "bollplank: could not unlock: %s\n", e.what());
            return 1;
        }
        excludedMs += kdfTimer.elapsed();
    }

    QQmlApplicationEngine engine;
    Startup::prepareEngine(engine, options);
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
        [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(Startup::mainWindowUrl());
    if (engine.rootObjects().isEmpty())
        return 1;

    if (parser.isSet(quitOption)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        auto *session = AppContext::of(&engine)->session();
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&, window, session] {
            if (!session || session->state() != Session::Unlocked)
                return;
            const qint64 total = sinceStart.elapsed();
            std::printf("first_frame_ms=%lld excluded_ms=%lld startup_ms=%lld peak_rss_kb=%lld\n",
                static_cast<long long>(total), static_cast<long long>(excludedMs),
                static_cast<long long>(total - excludedMs), static_cast<long long>(peakRssKb()));
            std::fflush(stdout);
            window->disconnect(&app);
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
