#!/usr/bin/env bash
# The .deb as a user gets it: builds it with CPack from the build folder, unpacks it into a
# temporary root with dpkg -x, and checks the files, the control fields, that the binaries
# are stripped, the desktop entry and the AppStream metainfo, and that the installed
# portone-desk and portone-sandbox start and print the project version.
#   check_package.sh <cpack> <build dir> <version> <application id>
set -euo pipefail

cpack=$1 build=$2 version=$3 app_id=$4
started=$(date +%s%N)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

(cd "$build" && "$cpack" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || {
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB" >&2
    exit 1
}
arch=$(dpkg --print-architecture)
deb="$work/out/portone-desk_${version}_${arch}.deb"
if [[ ! -f $deb ]]; then
    echo "FAIL: no $(basename "$deb"); cpack made: $(ls "$work/out")" >&2
    exit 1
fi
echo "package: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

root="$work/root"
dpkg -x "$deb" "$root"
share=usr/share
expected_files=(
    usr/bin/portone-desk
    usr/bin/portone-sandbox
    "$share/applications/$app_id.desktop"
    "$share/metainfo/$app_id.metainfo.xml"
    "$share/icons/hicolor/scalable/apps/$app_id.svg"
    "$share/portone-desk/translations/portone-desk_ko.qm"
    "$share/portone-desk/translations/portone-desk_en.qm"
)
for path in "${expected_files[@]}"; do
    [[ -s "$root/$path" ]] || fail "missing or empty in the package: /$path"
done
# Nothing else: no test binaries, static libraries or headers slip in.
unexpected=$(find "$root" -type f -printf '%P\n' | sort \
    | grep -vxF -f <(printf '%s\n' "${expected_files[@]}") || true)
[[ -z $unexpected ]] || fail "unexpected files in the package: $unexpected"

field() { dpkg-deb -f "$deb" "$1"; }
[[ $(field Package) == portone-desk ]] || fail "Package: $(field Package)"
[[ $(field Version) == "$version" ]] || fail "Version: $(field Version), expected $version"
[[ $(field Architecture) == "$arch" ]] || fail "Architecture: $(field Architecture)"
[[ -n $(field Maintainer) ]] || fail "no Maintainer"
[[ -n $(field Section) ]] || fail "no Section"
depends=$(field Depends)
echo "Depends: $depends"
# Linked (found by dpkg-shlibdeps) and loaded at run time (listed by hand).
for package in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6httpserver6 \
    libqt6keychain1 libstdc++6 qt6-qpa-plugins libqt6svg6 libsecret-1-0; do
    # The package names of "name (>= version)" items and of each "a | b" alternative.
    sed 's/([^)]*)//g; s/[,|]/\n/g' <<<"$depends" | tr -d ' ' | grep -qxF "$package" \
        || fail "Depends lacks $package"
done
recommends=$(field Recommends)
echo "Recommends: $recommends"
grep -q gnome-keyring <<<"$recommends" || fail "Recommends lacks a Secret Service (gnome-keyring)"
grep -q fonts-nanum <<<"$recommends" || fail "Recommends lacks Hangul fonts (fonts-nanum)"
grep -q qt6-translations-l10n <<<"$recommends" \
    || fail "Recommends lacks Qt's own Korean strings (qt6-translations-l10n)"

for binary in portone-desk portone-sandbox; do
    if readelf -S --wide "$root/usr/bin/$binary" | grep -Eq '\.(debug_info|symtab)\b'; then
        fail "$binary is not stripped"
    fi
done

desktop="$root/$share/applications/$app_id.desktop"
metainfo="$root/$share/metainfo/$app_id.metainfo.xml"
desktop-file-validate "$desktop" >"$work/desktop.log" 2>&1 || true
if [[ -s "$work/desktop.log" ]]; then
    cat "$work/desktop.log" >&2
    fail "desktop-file-validate"
fi
grep -qx "Icon=$app_id" "$desktop" || fail "desktop file: Icon is not $app_id"
grep -qx "Exec=portone-desk" "$desktop" || fail "desktop file: Exec is not portone-desk"
grep -q '^Name\[ko\]=' "$desktop" || fail "desktop file: no Name[ko]"
grep -q '^Comment\[ko\]=' "$desktop" || fail "desktop file: no Comment[ko]"

# Errors and warnings fail; pedantic notes (such as the upper-case letters of the id) do not.
appstreamcli validate --no-net "$metainfo" >"$work/appstream.log" 2>&1 || true
if ! grep -q 'Validation was successful' "$work/appstream.log" \
    || grep -Eq '^[EW]: ' "$work/appstream.log"; then
    cat "$work/appstream.log" >&2
    fail "appstreamcli validate --no-net"
fi
grep -q "<id>$app_id</id>" "$metainfo" || fail "metainfo: id is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    || fail "metainfo: launchable is not $app_id.desktop"
grep -q "<release version=\"$version\"" "$metainfo" || fail "metainfo: no release $version"

# The installed binaries against the system's Qt, as after apt install; --version needs no
# display (a terminal without a desktop session).
desk_version=$(env -u DISPLAY -u WAYLAND_DISPLAY -u QT_QPA_PLATFORM \
    "$root/usr/bin/portone-desk" --version 2>"$work/desk.err") || fail "portone-desk --version failed: $(cat "$work/desk.err")"
[[ $desk_version == "portone-desk $version" ]] || fail "portone-desk --version printed '$desk_version'"
sandbox_version=$("$root/usr/bin/portone-sandbox" --version 2>&1) || fail "portone-sandbox --version failed"
[[ $sandbox_version == "portone-sandbox $version" ]] || fail "portone-sandbox --version printed '$sandbox_version'"
echo "installed binaries: '$desk_version', '$sandbox_version'"

echo "package test: $((($(date +%s%N) - started) / 1000000)) ms, $failures failure(s)"
((failures == 0))
