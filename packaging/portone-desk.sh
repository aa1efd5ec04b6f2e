#!/usr/bin/env bash
# The one entry point the README uses.
#   packaging/portone-desk.sh run [app args]   install deps, build, start portone-desk --sandbox
#   packaging/portone-desk.sh test             install deps, build, run every test suite
#                                              (normal build, then the ASan+UBSan build)
#   packaging/portone-desk.sh build            install deps and build only
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)

configure_and_build() { # <build dir> [cmake args...]
    local dir=$1 started=$SECONDS
    shift
    cmake -S "$root" -B "$dir" -G Ninja "$@" >/dev/null
    cmake --build "$dir" --parallel "$jobs"
    echo "portone-desk: built $(basename "$dir") in $((SECONDS - started)) s"
}

# Runs a command inside a private session bus with a throwaway, unlocked gnome-keyring, so
# the keychain tests use the real Secret Service and never wait on a password prompt.
with_throwaway_keyring() {
    local home runtime status=0
    home=$(mktemp -d)
    runtime=$(mktemp -d)
    chmod 700 "$runtime"
    env -u DISPLAY -u WAYLAND_DISPLAY PORTONE_REQUIRE_KEYCHAIN=1 HOME="$home" XDG_RUNTIME_DIR="$runtime" \
        XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share" \
        dbus-run-session -- sh -c \
        'printf "throwaway" | gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"' \
        sh "$@" || status=$?
    rm -rf "$home" "$runtime"
    return $status
}

run_suite() { # <build dir>
    local started=$SECONDS
    with_throwaway_keyring ctest --test-dir "$1" --output-on-failure --parallel "$jobs"
    echo "portone-desk: tested $(basename "$1") in $((SECONDS - started)) s"
}

command=${1:-}
[[ $# -gt 0 ]] && shift
case "$command" in
run)
    "$root/packaging/install-deps.sh"
    configure_and_build "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        echo "No display found: starting under xvfb-run (a virtual screen)." >&2
        exec xvfb-run -a -s "-screen 0 1280x800x24" "$root/build/app/portone-desk" --sandbox "$@"
    fi
    exec "$root/build/app/portone-desk" --sandbox "$@"
    ;;
build)
    "$root/packaging/install-deps.sh"
    configure_and_build "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    ;;
test)
    "$root/packaging/install-deps.sh"
    configure_and_build "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cmake --build "$root/build" --target format-check
    run_suite "$root/build"
    configure_and_build "$root/build-asan" -DCMAKE_BUILD_TYPE=Debug -DPORTONE_SANITIZE=ON
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp" \
        run_suite "$root/build-asan"
    ;;
*)
    echo "usage: $0 run [app args] | test | build" >&2
    exit 2
    ;;
esac
