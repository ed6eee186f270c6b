#!/usr/bin/env bash
# Installs every Debian/Ubuntu package needed to build, test and package
# Vast Harvest. Safe to run again; it only adds what is missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config git clang
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libgl-dev
    libssh2-1-dev libssl-dev zlib1g-dev
    qtkeychain-qt6-dev libsecret-1-0
    openssh-server openssh-client
    python3
    xvfb xauth x11-apps imagemagick
    dbus dbus-x11 gnome-keyring libsecret-tools
    libclang-rt-14-dev
    nsis dpkg-dev file fakeroot desktop-file-utils
)

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are present"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
