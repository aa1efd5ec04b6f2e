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
# clash shows up as a clang-diagnostic error. The test suites, each its own program, are read
# four units in all, each suite inside a namespace of its own (below); the suites that declare
# metatypes and the helpers beside them, file by file. 100 s for everything on 2 cores, against
# 408 s with every suite on its own.
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
import json, re, sys
source, target = sys.argv[1:]
entries = []
for entry in json.load(open(source)):
    # CMake's Ninja generator writes "command" strings; they are edited as text so that
    # cppcheck still reads the escaped -D values (\"0.1.0\") as it does from CMake.
    command = re.sub(r" -include \S*cmake_pch\.hxx| -Winvalid-pch", "", entry["command"])
    files = [entry["file"]]
    if re.search(r"/Unity/unity_[0-9]+_cxx\.cxx$", entry["file"]):
        files = re.findall(r'^#include "([^"]+)"', open(entry["file"]).read(), re.M)
    for file in files:
        entries.append({"directory": entry["directory"], "file": file,
                        "command": command.replace(entry["file"], file)})
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
import collections, json, os, re, shlex, sys
source, root, out = sys.argv[1:]
libraries = ("core", "sandbox", "ui", "app")
groups = collections.defaultdict(list)
entries, suites = [], []
for entry in json.load(open(source)):
    path = os.path.normpath(os.path.join(entry["directory"], entry["file"]))
    folder = os.path.relpath(path, root).split(os.sep)[0]
    if "_autogen" in path or folder not in libraries + ("tests",):
        continue
    args = entry["arguments"] if "arguments" in entry else shlex.split(entry["command"])
    at = args.index("-o")
    flags = tuple(a for a in args[:at] + args[at + 2:] if a not in ("-c", entry["file"], path))
    if folder == "tests":
        text = open(path).read()
        # On their own: helpers that define what a header declares, and suites that
        # specialise Qt templates (Q_DECLARE_METATYPE), which cannot be inside a namespace.
        if re.search(r"QTEST_(GUILESS_|APPLESS_)?MAIN\(", text) and "Q_DECLARE_METATYPE" not in text:
            suites.append((path, flags))
        else:
            entries.append(entry)
        continue
    groups[(folder, entry["directory"], flags)].append(path)
for number, ((folder, directory, flags), paths) in enumerate(sorted(groups.items())):
    unity = os.path.join(out, f"unity-{number}-{folder}.cpp")
    with open(unity, "w") as f:
        f.writelines(f'#include "{p}" // NOLINT(bugprone-suspicious-include)\n' for p in paths)
    entries.append({"directory": directory, "file": unity,
                    "arguments": list(flags) + ["-c", unity, "-o", unity + ".o"]})

# The test suites, a few to a unit: every header any of them includes comes first, at global
# scope; then each suite inside a namespace of its own, where its includes are no-ops (every
# header has #pragma once) and its file-local names, its test class, its moc output and its
# main() cannot meet another suite's. The unit's flags are the union of the suites' flags.
include = re.compile(r'^\s*#\s*include\s*([<"])([^>"]+)[>"]', re.M)
units = 4
suites.sort()
for number in range(units):
    members = suites[number::units]
    if not members:
        continue
    headers, arguments, defined, seen = [], [], set(), set()
    for path, flags in members:
        for kind, name in include.findall(open(path).read()):
            if name.endswith(".moc"):
                continue
            local = os.path.normpath(os.path.join(os.path.dirname(path), name))
            line = (f'#include "{local}"' if kind == '"' and os.path.exists(local)
                    else f'#include "{name}"' if kind == '"' else f"#include <{name}>")
            if line not in headers:
                headers.append(line)
        it = iter(flags)
        for flag in it:
            item = (flag, next(it, "")) if flag in ("-I", "-isystem", "-iquote", "-include",
                                                     "-MT", "-MF", "-Xclang") else (flag,)
            if flag.startswith("-D"):
                name = flag[2:].split("=", 1)[0]
                if name in defined:
                    continue
                defined.add(name)
            if item not in seen:
                seen.add(item)
                arguments.extend(item)
    unity = os.path.join(out, f"unity-tests-{number}.cpp")
    with open(unity, "w") as f:
        f.writelines(f"{line} // NOLINT(bugprone-suspicious-include)\n" for line in headers)
        for index, (path, _) in enumerate(members):
            f.write(f"namespace portone_tidy_suite_{index} {{\n")
            f.write(f'#include "{path}" // NOLINT(bugprone-suspicious-include)\n')
            f.write("}\n")
    entries.append({"directory": root, "file": unity,
                    "arguments": arguments + ["-c", unity, "-o", unity + ".o"]})
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
    "as one unity unit per target, the test suites four to a unit) in $((SECONDS - started)) s"
