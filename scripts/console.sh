#!/usr/bin/env bash
# Command one: install what is missing, build, make a demo store on first
# start, and open the console on it (signed in to nothing: the login dialog
# lists the demo accounts).
#   scripts/console.sh [--store PATH]
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$here/scripts/deps.sh" build
"$here/scripts/build.sh"

store=${GEOCONSOLE_STORE:-${XDG_DATA_HOME:-$HOME/.local/share}/GeoClimate/geoconsole/demo.sqlite3}
if [[ ${1:-} == --store && -n ${2:-} ]]; then
    store=$2
fi
if [[ ! -s $store ]]; then
    mkdir -p "$(dirname "$store")"
    echo "Creating the demo store at $store"
    "$here/build/app/geoconsole" demo --out "$store"
fi
exec "$here/build/app/geoconsole" --store "$store"
