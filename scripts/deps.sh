#!/usr/bin/env bash
# Installs the Debian 12 packages GeoClimate Console needs to build and run
# ("build") or additionally to run its whole test suite ("test"). Installs only
# what is missing, so running it again is cheap. Uses sudo when not root.
set -euo pipefail

profile=${1:-build}

build_packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n
    libgl-dev libsqlite3-dev libssl-dev
    fonts-dejavu-core
)
test_packages=(
    xvfb xauth sqlite3 poppler-utils
)

packages=("${build_packages[@]}")
if [[ $profile == test ]]; then
    packages+=("${test_packages[@]}")
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if ((${#missing[@]} == 0)); then
    echo "deps: all ${#packages[@]} packages present"
    exit 0
fi

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    SUDO=(sudo)
fi
echo "deps: installing ${missing[*]}"
"${SUDO[@]}" apt-get update -q
DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
