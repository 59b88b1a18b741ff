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
    libxlsxwriter-dev libquazip1-qt6-dev libsnappy-dev libzstd-dev libyaml-cpp-dev
    fonts-dejavu-core
)
test_packages=(
    xvfb xauth sqlite3 poppler-utils
    python3-openpyxl python3-yaml libxml2-utils locales
)
# The export tests read our files back with DuckDB and hyparquet, which come
# from npm (tests/export/tools/package-lock.json pins them). Node.js itself is
# on the machine; Debian's package is the fallback.
if [[ $profile == test ]] && ! command -v npm >/dev/null 2>&1; then
    test_packages+=(nodejs npm)
fi

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

SUDO=()
if [[ $(id -u) -ne 0 ]]; then
    SUDO=(sudo)
fi
if ((${#missing[@]} == 0)); then
    echo "deps: all ${#packages[@]} packages present"
else
    echo "deps: installing ${missing[*]}"
    "${SUDO[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

if [[ $profile == test ]]; then
    tools="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/tests/export/tools"
    if [[ ! -d $tools/node_modules/@duckdb/node-api || $tools/package-lock.json -nt $tools/node_modules ]]; then
        echo "deps: installing the export tests' readers (npm ci)"
        (cd "$tools" && npm ci --no-audit --no-fund --loglevel=error)
    fi
fi
