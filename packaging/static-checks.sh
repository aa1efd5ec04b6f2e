#!/usr/bin/env bash
# Static checks on the project's own sources, from a configured build directory
# (compile_commands.json). Fails on any finding.
#   packaging/static-checks.sh <build dir> [ci|all]
#     ci  (default, run by `portone-desk.sh test`): cppcheck on everything, clang-tidy on
#         core/ and sandbox/ (clang-tidy takes ~10 s a file; all of it does not fit CI's time)
#     all: clang-tidy on every source file too
# Checks: .clang-tidy (clang-tidy 14) and packaging/cppcheck-suppressions.txt (cppcheck 2.10).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=$(cd "${1:?usage: static-checks.sh <build dir> [ci|all]}" && pwd)
scope=${2:-ci}
jobs=$(nproc 2>/dev/null || echo 2)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case "$scope" in
ci) tidy_dirs="core sandbox" ;;
all) tidy_dirs="core sandbox ui app tests" ;;
*) echo "static-checks: scope is ci or all" >&2; exit 2 ;;
esac

# Only the project's own translation units: no moc/rcc/autogen files from the build tree.
filter_compile_commands() { # <output dir> <folders...>
    local out=$1
    shift
    mkdir -p "$out"
    python3 - "$build/compile_commands.json" "$root" "$out/compile_commands.json" "$@" <<'PY'
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
# shellcheck disable=SC2086 # the folder list is split on purpose
count=$(filter_compile_commands "$work/tidy" $tidy_dirs)
run-clang-tidy-14 -p "$work/tidy" -j "$jobs" -quiet >"$work/tidy.log" 2>&1 || {
    grep -E 'error:|warning:' "$work/tidy.log" | sort -u >&2
    echo "static-checks: clang-tidy found the problems above" >&2
    exit 1
}
echo "static-checks: clang-tidy clean on $count files ($tidy_dirs) in $((SECONDS - started)) s"
