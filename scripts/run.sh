#!/usr/bin/env bash
# Launches Bollplank, installing, configuring and building first as needed.
# Arguments are passed to the program (for example: scripts/run.sh --demo).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BOLLPLANK_BUILD_DIR:-$root/build}
"$root/scripts/setup.sh"
if [ -x "$build/src/app/bollplank" ]; then
    exec "$build/src/app/bollplank" "$@"
fi
# Until the app exists, the command-line tool is the way in.
exec "$build/src/cli/bollplank-cli" --help
