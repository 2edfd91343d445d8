// bollplank-relay: a headless store-and-forward server for end-to-end encrypted sync.
#include "relayoptions.h"
#include "relaystore.h"
#include "syncserver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    // Only async-signal-safe work here; the event loop reads the pipe and quits.
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

void quitOnSignals(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [notifier] {
        notifier->setEnabled(false);
        QCoreApplication::quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGTERM, &action, nullptr);
    sigaction(SIGINT, &action, nullptr);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bollplank-relay"_s);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.contains(u"--help"_s)) {
        std::fputs(qPrintable(bollplank::relay::relayHelpText()), stdout);
        return 0;
    }
    if (arguments.contains(u"--version"_s)) {
        std::puts("bollplank-relay " BOLLPLANK_VERSION);
        return 0;
    }
    bollplank::relay::RelayCommandLine options;
    try {
        options = bollplank::relay::parseRelayArguments(arguments);
    } catch (const std::invalid_argument &e) {
        std::fprintf(stderr, "bollplank-relay: %s\n", e.what());
        return 1;
    }
    QLoggingCategory::setFilterRules(options.quiet
            ? u"bollplank.relay.info=false\nbollplank.relay.debug=false"_s
            : options.verbose ? QString()
                              : u"bollplank.relay.debug=false"_s);

    // Before the "listening" line: a script may send SIGTERM as soon as it reads it.
    quitOnSignals(app);
    bollplank::net::SyncServer server(options.server);
    try {
        server.start();
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bollplank-relay: %s\n", e.what());
        return 2;
    }
    // Scripts and tests read the chosen port from this line.
    std::printf("bollplank-relay listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);

    const int code = QCoreApplication::exec();
    server.close();
    std::printf("bollplank-relay stopped\n");
    return code;
}
