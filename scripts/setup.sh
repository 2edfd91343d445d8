#!/usr/bin/env bash
# Shared set-up for run.sh and test.sh: install missing Debian packages, configure, build.
# Idempotent and quiet when nothing changed; prints what it does otherwise.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BOLLPLANK_BUILD_DIR:-$root/build}

missing_packages() {
    local pkg
    grep -v '^\s*#' "$root/scripts/packages.txt" | grep -v '^\s*$' | while read -r pkg; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || echo "$pkg"
    done
}

install_packages() {
    local missing
    missing=$(missing_packages)
    [ -z "$missing" ] && return 0
    echo "Installing Debian packages: $(echo $missing | tr '\n' ' ')"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
}

configure_and_build() {
    if [ ! -f "$build/build.ninja" ]; then
        echo "Configuring in $build"
        # Test hooks on: the suites rely on BOLLPLANK_TEST_FAST_KDF (never on in a release build).
        cmake -S "$root" -B "$build" -G Ninja -DBOLLPLANK_WERROR=ON -DBOLLPLANK_TEST_HOOKS=ON >/dev/null
    elif ! grep -q '^BOLLPLANK_TEST_HOOKS:BOOL=ON$' "$build/CMakeCache.txt"; then
        echo "Turning on the test hooks in $build"
        cmake -S "$root" -B "$build" -DBOLLPLANK_TEST_HOOKS=ON >/dev/null
    fi
    local jobs
    jobs=$(nproc 2>/dev/null || echo 2)
    # Ninja prints nothing when everything is up to date, apart from its one "no work" line.
    cmake --build "$build" -j "$jobs" | grep -v '^ninja: no work to do.$' || true
    test "${PIPESTATUS[0]}" -eq 0
}

install_packages
configure_and_build
