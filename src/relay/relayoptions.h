#pragma once

#include "syncserver.h"

#include <QStringList>

namespace bollplank::relay {

struct RelayCommandLine
{
    net::ServerOptions server;
    bool quiet = false;
    bool verbose = false;
};

/// Parses bollplank-relay's arguments (without the program name). Throws std::invalid_argument
/// with a one-line reason; --help and --version are handled by the caller first.
[[nodiscard]] RelayCommandLine parseRelayArguments(const QStringList &arguments);

[[nodiscard]] QString relayHelpText();

} // namespace bollplank::relay
