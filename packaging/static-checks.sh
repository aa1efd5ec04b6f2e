#!/usr/bin/env bash
# Static checks on the project's own sources, from a configured build directory
# (compile_commands.json). Fails on any finding. Run by `portone-desk.sh test`.
#   packaging/static-checks.sh <build dir>
# Checks: .clang-tidy (clang-tidy 14) and packaging/cppcheck-suppressions.txt (cppcheck 2.10).
#
# clang-tidy spends most of its time matching its checks against Qt's headers, once per
# translation unit (~11 s a file in ui/, ~18 s in tests/). The libraries (core/, sandbox/,
# ui/, app/) are therefore analysed as unity translation units: one per group of sources with
# the same compile flags, i.e. one per target, that includes each source. This needs the
# file-local names (anonymous namespaces, static functions) of one target to be distinct; a
# clash shows up as a clang-diagnostic error. Each test is its own program with its own flags,
# so tests/ is analysed file by file.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:?usage: static-checks.sh <build dir>}" && pwd)
jobs=$(nproc 2>/dev/null || echo 2)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Only the project's own translation units: no moc/rcc/autogen files from the build tree.
filter_compile_commands() { # <output dir> <folders...>
    local out=$1
    shift
    mkdir -p "$out"
    python3 - "$compile_commands" "$root" "$out/compile_commands.json" "$@" <<'PY'
import json, os, sys
source, root, target, *folders = sys.argv[1:]
entries = []
for entry in json.load(open(source)):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    relative = os.path.relpath(path, root)
    if relative.split(os.sep)[0] in folders and "_autogen" not in relative:
        entries.append(entry)
json.dump(entries, open(target, "w"), indent=1)
print(len(entries))
PY
}

# The build's own compile commands, as if it had no unity builds and no precompiled headers
# (cmake/BuildSpeed.cmake): one entry per source, without `-include cmake_pch.hxx`, so every
# source is checked on its own includes and GCC's .gch files are never handed to clang.
python3 - "$build/compile_commands.json" "$work/compile_commands.json" <<'PY'
import json, re, shlex, sys
source, target = sys.argv[1:]
entries = []
for entry in json.load(open(source)):
    args = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
    kept, skip = [], False
    for arg in args:
        if skip:
            skip = False
        elif arg == "-include" or arg == "-Xclang":
            skip = True  # the precompiled header: -include <dir>/cmake_pch.hxx (or clang's pair)
        elif arg in ("-Winvalid-pch",) or arg.startswith("-include-pch") or arg.endswith("cmake_pch.hxx"):
            pass
        else:
            kept.append(arg)
    files = [entry["file"]]
    if re.search(r"/Unity/unity_[0-9]+_cxx\.cxx$", entry["file"]):
        files = re.findall(r'^#include "([^"]+)"', open(entry["file"]).read(), re.M)
    for file in files:
        entries.append({"directory": entry["directory"], "file": file,
                        "arguments": [file if a == entry["file"] else a for a in kept]})
json.dump(entries, open(target, "w"), indent=1)
PY
compile_commands=$work/compile_commands.json

started=$SECONDS
count=$(filter_compile_commands "$work/cppcheck" core sandbox ui app tests)
# Qt's headers are not analysed (missingIncludeSystem): --library=qt describes the macros.
cppcheck --project="$work/cppcheck/compile_commands.json" --library=qt \
    -DQ_MOC_OUTPUT_REVISION=68 --enable=warning,performance,portability --inline-suppr \
    --suppressions-list="$root/packaging/cppcheck-suppressions.txt" \
    --cppcheck-build-dir="$work/cppcheck" -j "$jobs" --quiet --error-exitcode=1 \
    --template='{file}:{line}: {severity} ({id}): {message}'
echo "static-checks: cppcheck clean on $count files in $((SECONDS - started)) s"

started=$SECONDS
# The unity sources live in $work, outside the tree: they take the project's configuration
# with them. HeaderFilterRegex lets through the included sources of the project.
mkdir -p "$work/tidy"
cp "$root/.clang-tidy" "$work/tidy/.clang-tidy"
python3 - "$compile_commands" "$root" "$work/tidy" <<'PY'
import collections, json, os, shlex, sys
source, root, out = sys.argv[1:]
libraries = ("core", "sandbox", "ui", "app")
groups = collections.defaultdict(list)
entries = []
for entry in json.load(open(source)):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    folder = os.path.relpath(path, root).split(os.sep)[0]
    if "_autogen" in path or folder not in libraries + ("tests",):
        continue
    if folder == "tests":
        entries.append(entry)
        continue
    args = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
    at = args.index("-o")
    flags = tuple(a for a in args[:at] + args[at + 2:] if a not in ("-c", entry["file"], path))
    groups[(folder, entry["directory"], flags)].append(path)
for number, ((folder, directory, flags), paths) in enumerate(sorted(groups.items())):
    unity = os.path.join(out, f"unity-{number}-{folder}.cpp")
    with open(unity, "w") as f:
        f.writelines(f'#include "{p}" // NOLINT(bugprone-suspicious-include)\n' for p in paths)
    entries.append({"directory": directory, "file": unity,
                    "arguments": list(flags) + ["-c", unity, "-o", unity + ".o"]})
json.dump(entries, open(os.path.join(out, "compile_commands.json"), "w"), indent=1)
PY
count=$(grep -c '"file"' "$work/tidy/compile_commands.json")
run-clang-tidy-14 -p "$work/tidy" -j "$jobs" -quiet >"$work/tidy.log" 2>&1 || {
    grep -E 'error:|warning:' "$work/tidy.log" | sort -u >&2
    echo "static-checks: clang-tidy found the problems above (a redefinition or shadowing" \
        "error means two sources of one target share a file-local name: rename one)" >&2
    exit 1
}
echo "static-checks: clang-tidy clean on $count translation units (core, sandbox, ui and app" \
    "as one unity unit per target, tests file by file) in $((SECONDS - started)) s"
