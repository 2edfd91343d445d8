// Start-up, memory and scrolling on the demo profile enlarged to 10,000 reflections.
//
//   bollplank-app-bench [path/to/bollplank] [runs]
//
// 1. Builds the profile once (minimal KDF, so unlocking costs ~1 ms of Argon2id).
// 2. Starts the real app as a process `runs` times with --passphrase-stdin
//    --quit-after-first-frame and reports, per run, the wall time from spawn to exit minus the
//    time the app reports for the KDF (and the app's own figure), plus its peak RSS.
// 3. Loads the app's QML in this process and scrolls the journal end to end, timing each frame
//    in the scene graph (sync + render, the renderer's own timing) and as a whole (from the
//    scroll step to the frame being presented).

#include "appcontext.h"
#include "settings.h"
#include "demosetup.h"
#include "startup.h"
#include "staticqml.h"

#include "profile/profile.h"
#include "repo/reflections.h"

#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPointer>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>
#include <filesystem>
#include <cstdio>

using namespace bollplank;

namespace {

constexpr int TargetReflections = 10'000;

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype i = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size() - 1) + 0.5));
    return values.at(i);
}

void startupRuns(const QString &app, const QString &folder, int runs)
{
    QList<double> wall, internal;
    qint64 peakKb = 0;
    for (int i = 0; i < runs; ++i) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")));
        process.setProcessEnvironment(env);
        QElapsedTimer timer;
        timer.start();
        process.start(app, { QStringLiteral("--profile"), folder, QStringLiteral("--passphrase-stdin"),
                               QStringLiteral("--quit-after-first-frame"), QStringLiteral("--lang"), QStringLiteral("sv") });
        process.write(DemoPassphrase.toUtf8() + '\n');
        process.closeWriteChannel();
        if (!process.waitForFinished(60'000) || process.exitCode() != 0) {
            std::fprintf(stderr, "bench: the app failed: %s\n", process.readAllStandardError().constData());
            return;
        }
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        const QString out = QString::fromUtf8(process.readAllStandardOutput());
        const auto value = [&](const char *key) {
            const QRegularExpression re(QString::fromLatin1(key) + QStringLiteral("=(\\d+)"));
            return re.match(out).captured(1).toLongLong();
        };
        const qint64 excluded = value("excluded_ms");
        wall.append(elapsed - double(excluded));
        internal.append(double(value("startup_ms")));
        peakKb = std::max(peakKb, value("peak_rss_kb"));
    }
    std::printf("start-up to first frame of the unlocked journal, KDF excluded (%d runs):\n", runs);
    std::printf("  whole process, spawn to exit: median %.0f ms (min %.0f, max %.0f)   target < 400 ms\n",
        percentile(wall, 0.5), percentile(wall, 0), percentile(wall, 1));
    std::printf("  inside the app, main() to first frame: median %.0f ms\n", percentile(internal, 0.5));
    std::printf("peak memory (VmHWM) of the app: %.1f MB   target < 150 MB\n", double(peakKb) / 1024.0);
    std::fflush(stdout);
}

void scrollRun(const QString &folder)
{
    AppOptions options;
    options.profileFolder = folder;
    options.fakePlatform = true;
    options.forcedLanguage = QStringLiteral("sv");
    options.forcedTheme = QStringLiteral("light");
    options.initialProfile
        = std::make_shared<std::unique_ptr<UnlockedProfile>>(UnlockedProfile::open(folder, DemoPassphrase));
    QQmlApplicationEngine engine;
    Startup::prepareEngine(engine, options);
    // Scrolling by program sends no input events; keep the idle lock from ending the run.
    AppContext::of(&engine)->settings()->setLockTimeoutMinutes(30);
    engine.load(Startup::mainWindowUrl());
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().value(0));
    if (!window)
        return;
    window->resize(390, 844);
    QTest::qWait(300);
    QPointer<QQuickItem> list = window->findChild<QQuickItem *>(QStringLiteral("journalList"));
    if (!list) {
        std::fprintf(stderr, "bench: no journal list\n");
        return;
    }

    QElapsedTimer renderTimer, frameTimer;
    QList<double> renderMs, frameMs;
    bool swapped = false;
    QObject::connect(window, &QQuickWindow::beforeSynchronizing, window, [&] { renderTimer.start(); },
        Qt::DirectConnection);
    QObject::connect(window, &QQuickWindow::afterRendering, window,
        [&] { renderMs.append(double(renderTimer.nsecsElapsed()) / 1e6); }, Qt::DirectConnection);
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] { swapped = true; }, Qt::DirectConnection);

    const double step = 360; // a fast flick: about a phone screen every two frames
    int frames = 0;
    QElapsedTimer total;
    total.start();
    while (list) {
        const double contentY = list->property("contentY").toDouble();
        const double contentHeight = list->property("contentHeight").toDouble();
        const double height = list->height();
        const int count = list->property("count").toInt();
        if (count >= TargetReflections && contentY + height >= contentHeight - 1)
            break;
        if (total.elapsed() > 600'000) {
            std::fprintf(stderr, "bench: scrolling took over ten minutes; stopping\n");
            break;
        }
        const double target = std::min(contentY + step, std::max(0.0, contentHeight - height));
        if (target <= contentY) {
            // At the end of what is loaded: nothing moves, so no frame comes; read the next page.
            QMetaObject::invokeMethod(window->findChild<QObject *>(QStringLiteral("journalList"))->property("model").value<QObject *>(), "loadMore");
            QCoreApplication::processEvents();
            continue;
        }
        swapped = false;
        frameTimer.start();
        list->setProperty("contentY", target);
        window->requestUpdate();
        QElapsedTimer wait;
        wait.start();
        while (!swapped && list && wait.elapsed() < 1000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        frameMs.append(double(frameTimer.nsecsElapsed()) / 1e6);
        ++frames;
    }
    const auto over = [](const QList<double> &values) {
        return std::count_if(values.begin(), values.end(), [](double v) { return v > 16.0; });
    };
    if (!list) {
        std::fprintf(stderr, "bench: the journal list went away while scrolling\n");
        return;
    }
    std::printf("scrolling the journal end to end (%d rows, %d frames, %.1f s, phone size):\n",
        list->property("count").toInt(), frames, double(total.elapsed()) / 1000.0);
    std::printf("  renderer (sync + render): median %.2f ms, p99 %.2f ms, max %.2f ms, frames over 16 ms: %lld\n",
        percentile(renderMs, 0.5), percentile(renderMs, 0.99), percentile(renderMs, 1), static_cast<long long>(over(renderMs)));
    std::printf("  whole frame (scroll step to presented, incl. delegates and paging): median %.2f ms, p99 %.2f ms, "
                "max %.2f ms, frames over 16 ms: %lld\n",
        percentile(frameMs, 0.5), percentile(frameMs, 0.99), percentile(frameMs, 1), static_cast<long long>(over(frameMs)));
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    Startup::configureApplication(app);
    QCoreApplication::setOrganizationName(QStringLiteral("BollplankBench"));
    const QString binary = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                    : QDir(QCoreApplication::applicationDirPath())
                                          .filePath(QStringLiteral("../../src/app/bollplank"));
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 11;

    QTemporaryDir tmp;
    const QString folder = tmp.filePath(QStringLiteral("profile"));
    QElapsedTimer build;
    build.start();
    {
        DemoRequest request;
        request.folder = folder;
        request.language = QStringLiteral("sv");
        auto profile = createDemo(request);
        const int have = ReflectionRepository(profile->store()).count();
        profile.reset();
        if (have < TargetReflections) {
            std::filesystem::remove_all(folder.toStdString());
            request.extraReflections = TargetReflections - have;
            profile = createDemo(request);
        }
        std::printf("demo profile: %d reflections (built in %.1f s)\n", ReflectionRepository(profile->store()).count(),
            double(build.elapsed()) / 1000.0);
        std::fflush(stdout);
    }
    startupRuns(binary, folder, runs);
    scrollRun(folder);
    return 0;
}
