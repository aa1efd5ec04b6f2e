#!/usr/bin/env bash
# The one entry point the README uses.
#   packaging/portone-desk.sh run [app args]   install deps, build, start portone-desk --sandbox
#   packaging/portone-desk.sh test             install deps, build, every test suite
#                                              (normal build, then the ASan+UBSan build), the
#                                              static checks (packaging/static-checks.sh, on
#                                              the CPU the suites leave idle), and each fuzz
#                                              harness for PORTONE_FUZZ_SECONDS (30)
#   packaging/portone-desk.sh build            install deps and build only
#   packaging/portone-desk.sh package          install deps, build, and make the .deb with
#                                              cpack -G DEB: build/portone-desk_<version>_<arch>.deb
#   packaging/portone-desk.sh bench [N]        Release build, then N (default 10000) billing-key
#                                              look-ups against a local portone-sandbox: the
#                                              app's batch path beside curl --parallel
#                                              (run twice: resident memory must not grow)
#   packaging/portone-desk.sh bench-export [N] Release build, then N (default 100000) payments
#                                              of the last year exported to CSV from a local
#                                              portone-sandbox --seed-payments N: the Search
#                                              view's PaymentExport beside curl --parallel | jq
#                                              (wall time, ratio, RSS growth, event-loop stall)
#   packaging/portone-desk.sh startup [N]      start-up to first paint of portone-desk
#                                              --sandbox against a bare Qt window, offscreen
#                                              and under Xvfb, median of N (default 10) runs
#   packaging/portone-desk.sh fuzz [S]         clang build of the libFuzzer harnesses
#                                              (tests/fuzz), then S (default 60) seconds each
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)

configure_and_build() { # <build dir> [cmake args...] [-- targets...]
    local dir=$1 started=$SECONDS configure=() targets=()
    shift
    while [[ $# -gt 0 && $1 != -- ]]; do configure+=("$1"); shift; done
    [[ $# -gt 0 ]] && shift && targets=(--target "$@")
    cmake -S "$root" -B "$dir" -G Ninja "${configure[@]}" >/dev/null
    cmake --build "$dir" --parallel "$jobs" "${targets[@]}"
    echo "portone-desk: built $(basename "$dir")${targets[*]:+ (${targets[*]:1})} in $((SECONDS - started)) s"
}

# test: each phase's wall time, printed as it ends and again as a table at the end.
# Not `"$@" || …`: errexit must stay in force inside the phase, so a failing step stops it.
phases=() phase_running="" phase_started=0
timed() { # <phase name> <command...>
    phase_running=$1 phase_started=$SECONDS
    shift
    "$@"
    phases+=("$(printf '%-30s %5d s' "$phase_running" $((SECONDS - phase_started)))")
    echo "portone-desk: phase \"$phase_running\" took $((SECONDS - phase_started)) s"
    phase_running=""
}
print_phases() {
    local status=$?
    stop_background_phase
    echo
    echo "portone-desk test: time per phase"
    ((${#phases[@]})) && printf '  %s\n' "${phases[@]}"
    [[ -n $phase_running ]] &&
        printf '  %-30s %5d s (failed)\n' "$phase_running" $((SECONDS - phase_started))
    printf '  %-30s %5d s\n' "total" "$SECONDS"
    return $status
}

# One phase may run in the background, beside the next ones in the foreground: its output is
# kept in a file and printed when it is awaited, and the table shows its own time (from its
# start to its end) marked "beside". It runs in a process group of its own (set -m), so a
# failure in the foreground stops all of it.
background_phase="" background_pid="" background_log=""
start_background_phase() { # <phase name> <command...>
    background_phase=$1
    background_log=$(mktemp)
    shift
    set -m
    (
        started=$SECONDS
        trap 'echo $((SECONDS - started)) >"$background_log.took"' EXIT
        "$@"
    ) </dev/null >"$background_log" 2>&1 &
    background_pid=$!
    set +m
    echo "portone-desk: phase \"$background_phase\" started in the background"
}
await_background_phase() { # <what it ran beside>
    local status=0 took pid
    # Nothing else of ours runs from here: the phase leaves SCHED_IDLE, so that other programs
    # on a shared machine do not hold it back (best effort: an unprivileged user may not).
    for pid in $(pgrep -g "$background_pid"); do
        chrt --other --all-tasks --pid 0 "$pid" >/dev/null 2>&1 || true
    done
    wait "$background_pid" || status=$?
    background_pid=""
    cat "$background_log"
    took=$(cat "$background_log.took" 2>/dev/null || echo 0)
    rm -f "$background_log" "$background_log.took"
    if [[ $status -ne 0 ]]; then
        phases+=("$(printf '%-30s %5d s (failed, beside %s)' "$background_phase" "$took" "$1")")
        echo "portone-desk: phase \"$background_phase\" failed ($status)" >&2
        return "$status"
    fi
    phases+=("$(printf '%-30s %5d s (beside %s)' "$background_phase" "$took" "$1")")
    echo "portone-desk: phase \"$background_phase\" took $took s (beside $1)"
}
stop_background_phase() {
    [[ -n $background_pid ]] || return 0
    kill -- "-$background_pid" 2>/dev/null || true
    wait "$background_pid" 2>/dev/null || true
    echo "portone-desk: stopped phase \"$background_phase\"; its output so far:" >&2
    cat "$background_log" >&2
    rm -f "$background_log" "$background_log.took"
    background_pid=""
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

run_suite() { # <build dir> [ctest args...]
    local dir=$1 started=$SECONDS
    shift
    with_throwaway_keyring ctest --test-dir "$dir" --output-on-failure --parallel "$jobs" "$@"
    echo "portone-desk: tested $(basename "$dir") in $((SECONDS - started)) s"
}

# bench: the value of "key: value" in a benchmark's output.
bench_value() { # <output file> <key>
    sed -n "s/^$2: //p" "$1" | head -n1
}

# bench, bench-export: starts <build dir>/sandbox/portone-sandbox --port 0 <args...> in the
# background with its log in <work>/sandbox.log; sets sandbox_pid and url (empty: it did not
# start). The sandbox is stopped and <work> removed when the script exits.
start_bench_sandbox() { # <build dir> <work> <sandbox args...>
    local dir=$1 work=$2
    shift 2
    "$dir/sandbox/portone-sandbox" --port 0 "$@" >"$work/sandbox.log" 2>&1 &
    sandbox_pid=$!
    # shellcheck disable=SC2064 # expanded now: the locals are gone when the script exits
    trap "kill $sandbox_pid 2>/dev/null || true; rm -rf '$work'" EXIT
    url=""
    for _ in $(seq 600); do
        url=$(sed -n 's/^PortOne V1 sandbox listening on \(http:[^ ]*\)$/\1/p' "$work/sandbox.log")
        [[ -n $url ]] && break
        kill -0 "$sandbox_pid" 2>/dev/null || break
        sleep 0.1
    done
    if [[ -z $url ]]; then
        echo "bench: portone-sandbox did not start:" >&2
        cat "$work/sandbox.log" >&2
    fi
}

run_bench() { # <build dir> <number of customer_uids>
    local dir=$1 count=$2 work control_token status=0
    [[ $count =~ ^[1-9][0-9]*$ ]] || { echo "bench: N must be a positive number" >&2; return 2; }
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$dir" --parallel "$jobs" --target portone-sandbox bench_billing_key_lookup
    work=$(mktemp -d)
    start_bench_sandbox "$dir" "$work" --seed-billing-keys $(((count + 1) / 2))
    [[ -n $url ]] || return 1
    control_token=$(sed -n 's/^  control token: \([^ ]*\) .*$/\1/p' "$work/sandbox.log")
    echo "portone-sandbox (pid $sandbox_pid) on $url with $(((count + 1) / 2)) extra billing keys"
    # The client logs every request (as the app does) to stderr: kept in a file, not the terminal.
    "$dir/tests/bench/bench_billing_key_lookup" --base-url "$url" --count "$count" \
        --sandbox-token "$control_token" \
        >"$work/desk.txt" 2>"$work/desk.log" || status=$?
    cat "$work/desk.txt"
    if [[ $status -ne 0 ]]; then
        echo "bench: bench_billing_key_lookup failed ($status); last log lines:" >&2
        tail -n 20 "$work/desk.log" >&2
    fi
    "$root/tests/bench/curl-single-lookups.sh" "$url" "$count" >"$work/curl.txt" || status=$?
    cat "$work/curl.txt"
    kill "$sandbox_pid"
    wait "$sandbox_pid" 2>/dev/null || true

    local desk_ms curl_ms
    desk_ms=$(bench_value "$work/desk.txt" wall_ms)
    curl_ms=$(bench_value "$work/curl.txt" wall_ms)
    echo
    printf '%-28s %-26s %s\n' "$count customer_uids" "PortOne Desk (batches)" \
        "curl --parallel-max 16 (single)"
    printf '%-28s %-26s %s\n' "wall time (ms)" "$desk_ms" "$curl_ms"
    printf '%-28s %-26s %s\n' "requests sent" "$(bench_value "$work/desk.txt" requests)" \
        "$(bench_value "$work/curl.txt" requests)"
    printf '%-28s %-26s %s\n' "found / missing" \
        "$(bench_value "$work/desk.txt" found) / $(bench_value "$work/desk.txt" missing)" \
        "$(bench_value "$work/curl.txt" found) / $(bench_value "$work/curl.txt" missing)"
    printf '%-28s %-26s %s\n' "peak RSS (KiB)" "$(bench_value "$work/desk.txt" peak_rss_kib)" \
        "$(bench_value "$work/curl.txt" peak_rss_kib)"
    printf '%-28s %-26s %s\n' "RSS before / 1st / 2nd run" \
        "$(bench_value "$work/desk.txt" rss_before_kib) / $(bench_value "$work/desk.txt" \
            rss_after_first_kib) / $(bench_value "$work/desk.txt" rss_after_second_kib) KiB" "-"
    printf '%-28s %-26s %s\n' "longest event-loop stall" \
        "$(bench_value "$work/desk.txt" longest_stall_ms) ms" "-"
    printf '%-28s %-26s %s\n' "median round trip (ms)" \
        "GET $(bench_value "$work/desk.txt" median_get_ms) / POST look-up $(bench_value \
            "$work/desk.txt" median_lookup_post_ms) / POST change $(bench_value "$work/desk.txt" \
            median_changing_post_ms)" "-"
    if [[ -n $desk_ms && -n $curl_ms ]]; then
        awk -v d="$desk_ms" -v c="$curl_ms" \
            'BEGIN { if (d > 0) printf "%-28s %.1fx (curl wall time / PortOne Desk wall time)\n", "ratio", c / d }'
    fi
    return $status
}

# bench-export: N payments (portone-sandbox --seed-payments N, over the last year, beside the
# ~120 seeded ones) exported to CSV by bench_payment_export (the Search view's PaymentExport),
# then the same pages by tests/bench/curl-jq-export.sh (curl --parallel | jq); both files are
# compared row for row (the same payments, the same columns).
run_bench_export() { # <build dir> <number of payments>
    local dir=$1 count=$2 work from to status=0
    [[ $count =~ ^[1-9][0-9]*$ ]] || { echo "bench-export: N must be a positive number" >&2; return 2; }
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$dir" --parallel "$jobs" --target portone-sandbox bench_payment_export
    work=$(mktemp -d)
    start_bench_sandbox "$dir" "$work" --seed-payments "$count"
    [[ -n $url ]] || return 1
    to=$(date +%s)
    from=$((to - 366 * 24 * 60 * 60)) # the last year, and a day for the oldest seeded payment
    echo "portone-sandbox (pid $sandbox_pid) on $url with $count extra payments"
    "$dir/tests/bench/bench_payment_export" --base-url "$url" --out "$work/desk.csv" \
        --from "$from" --to "$to" >"$work/desk.txt" 2>"$work/desk.log" || status=$?
    cat "$work/desk.txt"
    if [[ $status -ne 0 ]]; then
        echo "bench-export: bench_payment_export failed ($status); last log lines:" >&2
        tail -n 20 "$work/desk.log" >&2
    fi
    "$root/tests/bench/curl-jq-export.sh" "$url" "$from" "$to" "$work/curl.csv" \
        >"$work/curl.txt" || status=$?
    cat "$work/curl.txt"
    kill "$sandbox_pid"
    wait "$sandbox_pid" 2>/dev/null || true

    # The same payments in both files: the first cell of each row, in order.
    local same=no
    if cmp -s <(cut -d, -f1 "$work/desk.csv" | tr -d '"\r') <(cut -d, -f1 "$work/curl.csv" | tr -d '"\r'); then
        same=yes
    else
        status=1
    fi
    local desk_ms curl_ms
    desk_ms=$(bench_value "$work/desk.txt" wall_ms)
    curl_ms=$(bench_value "$work/curl.txt" wall_ms)
    echo
    printf '%-28s %-30s %s\n' "$count payments, 1 year" "PortOne Desk (PaymentExport)" \
        "curl --parallel-max 16 | jq"
    printf '%-28s %-30s %s\n' "wall time (ms)" "$desk_ms" "$curl_ms"
    printf '%-28s %-30s %s\n' "rows / requests" \
        "$(bench_value "$work/desk.txt" rows) / $(bench_value "$work/desk.txt" requests)" \
        "$(bench_value "$work/curl.txt" rows) / $(bench_value "$work/curl.txt" requests)"
    printf '%-28s %-30s %s\n' "same payments, same order" "$same" ""
    printf '%-28s %-30s %s\n' "peak RSS (KiB)" "$(bench_value "$work/desk.txt" peak_rss_kib)" \
        "$(bench_value "$work/curl.txt" peak_rss_kib) (largest process)"
    printf '%-28s %-30s %s\n' "RSS growth during the run" \
        "$(bench_value "$work/desk.txt" rss_growth_run_kib) KiB (goal <= 30720)" "-"
    printf '%-28s %-30s %s\n' "RSS growth, 2nd run" \
        "$(bench_value "$work/desk.txt" rss_growth_second_run_kib | cut -d' ' -f1) KiB (goal <= 1024)" "-"
    printf '%-28s %-30s %s\n' "longest event-loop stall" \
        "$(bench_value "$work/desk.txt" longest_stall_ms) ms (goal < 50)" "-"
    printf '%-28s %-30s %s\n' "  of it busy on the CPU" \
        "$(bench_value "$work/desk.txt" longest_stall_busy_ms | cut -d' ' -f1) ms" "-"
    printf '%-28s %-30s %s\n' "load average (1 min)" "$(cut -d' ' -f1 /proc/loadavg)" \
        "(other processes compete for the $(nproc) cores)"
    if [[ -n $desk_ms && -n $curl_ms ]]; then
        awk -v d="$desk_ms" -v c="$curl_ms" \
            'BEGIN { if (c > 0) printf "%-28s %.2fx (PortOne Desk wall time / curl+jq wall time; goal <= 0.5)\n", "ratio", d / c }'
    fi
    return $status
}

# fuzz: clang build with -DPORTONE_FUZZ=ON, then each harness for <seconds> from its seed
# corpus (tests/fuzz/corpus/<harness>, read only; new inputs go to a temporary folder). A crash
# leaves its input in <build dir>/crashes and fails the command.
run_fuzz() { # <build dir> <seconds>
    local dir=$1 seconds=$2 harness work status=0 started=$SECONDS
    [[ $seconds =~ ^[1-9][0-9]*$ ]] || { echo "fuzz: seconds must be a positive number" >&2; return 2; }
    cmake -S "$root" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DPORTONE_FUZZ=ON >/dev/null
    cmake --build "$dir" --parallel "$jobs" --target fuzz_response fuzz_validation fuzz_csv
    echo "portone-desk: built the fuzz harnesses in $((SECONDS - started)) s"
    mkdir -p "$dir/crashes"
    # Each harness is one process: all three run side by side for the same time (on 2 cores,
    # each gets two thirds of one), so the phase takes S seconds, not 3 × S.
    local harnesses=(fuzz_response fuzz_validation fuzz_csv) logs
    logs=$(mktemp -d)
    for harness in "${harnesses[@]}"; do
        mkdir -p "$logs/$harness.corpus"
        (
            code=0
            UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 ASAN_OPTIONS=detect_leaks=1 \
                "$dir/tests/fuzz/$harness" -max_total_time="$seconds" -print_final_stats=1 \
                -timeout=10 -rss_limit_mb=2048 -artifact_prefix="$dir/crashes/$harness-" \
                "$logs/$harness.corpus" "$root/tests/fuzz/corpus/$harness" \
                >"$logs/$harness.log" 2>&1 || code=$?
            echo $code >"$logs/$harness.status"
        ) &
    done
    wait || true
    for harness in "${harnesses[@]}"; do
        work=$logs/$harness.log
        awk -v h="$harness" '/stat::number_of_executed_units/ { n = $2 }
            /stat::average_exec_per_sec/ { r = $2 } /stat::peak_rss_mb/ { m = $2 }
            END { printf "%-16s %10s executions %7s exec/s  peak RSS %s MB\n", h, n, r, m }' \
            "$work"
        if [[ $(cat "$logs/$harness.status" 2>/dev/null) != 0 ]]; then
            status=1
            echo "fuzz: $harness exited with status $(cat "$logs/$harness.status" 2>/dev/null)" >&2
            tail -n 20 "$work" >&2
        fi
        if grep -q -E '^==[0-9]+==ERROR|^SUMMARY: |runtime error:|deadly signal' "$work"; then
            status=1
            grep -E -A30 '^==[0-9]+==ERROR|runtime error:|deadly signal' "$work" | head -60 >&2
        fi
    done
    rm -rf "$logs"
    return $status
}

command=${1:-}
[[ $# -gt 0 ]] && shift
case "$command" in
run)
    "$root/packaging/install-deps.sh"
    # Only what the window needs (the app and the libraries it links), not the test suites.
    configure_and_build "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -- portone-desk
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
    trap print_phases EXIT
    timed "install dependencies" "$root/packaging/install-deps.sh"
    timed "build (RelWithDebInfo)" configure_and_build "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    timed "format check" cmake --build "$root/build" --target format-check
    # The suites leave most of the CPU idle (they wait on loopback HTTP, timers, D-Bus): the 90
    # suites of the normal build use 74 s of CPU, their phase takes 99 s on 2 cores. The static
    # checks use that idle time: they run under SCHED_IDLE (chrt --idle), which gives them a
    # core only when nothing else wants it and preempts them as soon as a suite wakes, so the
    # suites' stall and timeout budgets see the same machine; beside the ASan build they get
    # little. They are awaited before fuzzing, whose fixed time must have the cores to itself.
    start_background_phase "cppcheck and clang-tidy" chrt --idle 0 \
        "$root/packaging/static-checks.sh" "$root/build"
    timed "test suites" run_suite "$root/build"
    timed "build (ASan+UBSan)" configure_and_build "$root/build-asan" -DCMAKE_BUILD_TYPE=Debug \
        -DPORTONE_SANITIZE=ON
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 \
        UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS="suppressions=$root/tests/sanitizers/lsan.supp" \
        timed "test suites (ASan+UBSan)" run_suite "$root/build-asan" -LE package
    timed "rest of the static checks" await_background_phase "the suites and the ASan build"
    # A short fuzzing run (clang build + 30 s per harness by default); the full run is `fuzz`.
    timed "fuzzing" run_fuzz "$root/build-fuzz" "${PORTONE_FUZZ_SECONDS:-30}"
    ;;
package)
    "$root/packaging/install-deps.sh"
    configure_and_build "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
    (cd "$root/build" && cpack -G DEB)
    ;;
bench)
    "$root/packaging/install-deps.sh"
    run_bench "$root/build-bench" "${1:-10000}"
    ;;
bench-export)
    "$root/packaging/install-deps.sh"
    run_bench_export "$root/build-bench" "${1:-100000}"
    ;;
fuzz)
    "$root/packaging/install-deps.sh"
    run_fuzz "$root/build-fuzz" "${1:-60}"
    ;;
startup)
    "$root/packaging/install-deps.sh"
    cmake -S "$root" -B "$root/build-bench" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
    cmake --build "$root/build-bench" --parallel "$jobs" --target portone-desk bench_bare_window
    with_throwaway_keyring python3 "$root/tests/bench/startup_bench.py" \
        --desk "$root/build-bench/app/portone-desk" \
        --bare "$root/build-bench/tests/bench/bench_bare_window" --runs "${1:-10}"
    ;;
*)
    echo "usage: $0 run [app args] | test | build | package | bench [N] | bench-export [N] | startup [N] | fuzz [seconds]" >&2
    exit 2
    ;;
esac
