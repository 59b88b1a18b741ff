#!/usr/bin/env bash
# Command two: install what is missing, build, and run every test through
# CTest (offscreen). CTest's closing summary line says how many tests ran.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$here/scripts/deps.sh" test
"$here/scripts/build.sh"
export QT_QPA_PLATFORM=offscreen
jobs=$(nproc 2>/dev/null || echo 2)
ctest --test-dir "$here/build" --output-on-failure -j "$jobs"
