#!/usr/bin/env bash
# Runs every test layer through ctest, after installing, configuring and building as needed.
# Extra arguments go to ctest (for example: scripts/test.sh -R store).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BOLLPLANK_BUILD_DIR:-$root/build}
"$root/scripts/setup.sh"
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
cd "$build"
ctest --output-on-failure -j "$(nproc 2>/dev/null || echo 2)" "$@"
