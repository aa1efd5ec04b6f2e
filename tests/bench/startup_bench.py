#!/usr/bin/env python3
"""Start-up benchmark: whole-process wall time and peak RSS of
`portone-desk --sandbox --quit-after-first-paint` against bench_bare_window (a bare
QMainWindow + QLabel that also quits after its first paint), under the offscreen platform and
under Xvfb. Median of --runs runs each (runs interleaved, one warm-up each).
Run by `packaging/portone-desk.sh startup`; not a CTest suite."""

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

TARGET_RATIO = 1.3
TARGET_EXTRA_MIB = 25


def run_once(command, env, timeout=60):
    """Wall seconds and peak RSS (KiB) of one whole process, from fork to exit (wait4)."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE)
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(process.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            process.kill()
            raise SystemExit(f"startup_bench: {command[0]} did not quit within {timeout} s")
        time.sleep(0.001)
    wall = time.perf_counter() - started
    stderr = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"startup_bench: {' '.join(command)} exited with {code}:\n{stderr}")
    return wall, usage.ru_maxrss


def start_xvfb():
    """Starts Xvfb on a free display; returns (process, ':N')."""
    read_end, write_end = os.pipe()
    process = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten",
         "tcp"], pass_fds=(write_end,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        process.kill()
        raise SystemExit("startup_bench: Xvfb did not start")
    return process, ":" + number


def measure(programs, env, runs):
    samples = {name: [] for name in programs}
    for name, command in programs.items():  # warm-up: page cache, font cache
        run_once(command, env)
    for _ in range(runs):
        for name, command in programs.items():
            samples[name].append(run_once(command, env))
    return {name: (statistics.median(w for w, _ in values) * 1000,
                   statistics.median(r for _, r in values) / 1024)
            for name, values in samples.items()}


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--desk", required=True, help="the portone-desk executable")
    parser.add_argument("--bare", required=True, help="the bench_bare_window executable")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--platforms", default="offscreen,xvfb")
    args = parser.parse_args()

    programs = {
        "bare window": [args.bare],
        "portone-desk": [args.desk, "--sandbox", "--quit-after-first-paint"],
    }
    home = tempfile.mkdtemp(prefix="portone-startup-")
    base_env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, ".config"),
                    XDG_DATA_HOME=os.path.join(home, ".local/share"),
                    XDG_CACHE_HOME=os.path.join(home, ".cache"), LANG="ko_KR.UTF-8")
    base_env.pop("WAYLAND_DISPLAY", None)
    results = {}
    try:
        for platform in args.platforms.split(","):
            env = dict(base_env)
            xvfb = None
            if platform == "offscreen":
                env["QT_QPA_PLATFORM"] = "offscreen"
                env.pop("DISPLAY", None)
            elif platform == "xvfb":
                xvfb, display = start_xvfb()
                env["QT_QPA_PLATFORM"] = "xcb"
                env["DISPLAY"] = display
            else:
                raise SystemExit(f"startup_bench: unknown platform {platform}")
            try:
                results[platform] = measure(programs, env, args.runs)
            finally:
                if xvfb:
                    xvfb.terminate()
                    xvfb.wait()
    finally:
        shutil.rmtree(home, ignore_errors=True)

    print(f"start-up to first paint, median of {args.runs} runs "
          f"(target: <= {TARGET_RATIO}x time, <= {TARGET_EXTRA_MIB} MiB more)")
    print(f"{'platform':<10} {'bare ms':>8} {'desk ms':>8} {'ratio':>6} "
          f"{'bare MiB':>9} {'desk MiB':>9} {'delta MiB':>10}  verdict")
    within = True
    for platform, figures in results.items():
        bare_ms, bare_mib = figures["bare window"]
        desk_ms, desk_mib = figures["portone-desk"]
        ratio = desk_ms / bare_ms
        delta = desk_mib - bare_mib
        ok = ratio <= TARGET_RATIO and delta <= TARGET_EXTRA_MIB
        within = within and ok
        print(f"{platform:<10} {bare_ms:8.1f} {desk_ms:8.1f} {ratio:5.2f}x "
              f"{bare_mib:9.1f} {desk_mib:9.1f} {delta:+10.1f}  {'ok' if ok else 'OVER TARGET'}")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
