#!/usr/bin/env bash
# Installs what PortOne Desk needs to build, test and run on Debian 12. Idempotent: packages
# already present are left alone, and apt is not touched when nothing is missing.
set -euo pipefail

packages=(
    cmake ninja-build g++ file dpkg-dev pkg-config
    qt6-base-dev qt6-tools-dev qt6-l10n-tools qt6-httpserver-dev qt6-websockets-dev
    qtkeychain-qt6-dev qt6-svg-dev libqt6svg6 qt6-qpa-plugins qt6-translations-l10n
    xvfb xauth maim xdotool fonts-nanum
    dbus gnome-keyring libsecret-tools at-spi2-core python3-pyatspi curl time jq procps
    clang-format clang clang-tidy cppcheck libclang-rt-14-dev lld openssl
    desktop-file-utils appstream librsvg2-bin
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "installed" ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
    echo "install-deps: all ${#packages[@]} packages present"
    exit 0
fi

if ((EUID == 0)); then
    sudo=()
elif command -v sudo >/dev/null; then
    sudo=(sudo)
else
    echo "install-deps: missing ${missing[*]}; run as root or install sudo" >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}"
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
