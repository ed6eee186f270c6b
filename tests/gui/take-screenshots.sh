#!/usr/bin/env bash
# Takes the screenshots in docs/ from the demo mode on a virtual X display.
# Usage: tests/gui/take-screenshots.sh BUILD_DIR [OUT_DIR]
# Needs Xvfb; OUT_DIR defaults to docs/ beside this script's repository.
set -euo pipefail
build_dir=${1:?usage: take-screenshots.sh BUILD_DIR [OUT_DIR]}
repo_dir=$(cd "$(dirname "$0")/../.." && pwd)
out_dir=${2:-$repo_dir/docs}
mkdir -p "$out_dir"

command -v Xvfb >/dev/null || { echo "Xvfb is missing: apt-get install xvfb" >&2; exit 2; }
display=:$((90 + RANDOM % 9))
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true' EXIT
sleep 1

# A private HOME keeps the user's settings and journals out of the shots.
home=$(mktemp -d)
DISPLAY=$display HOME=$home XDG_CONFIG_HOME=$home/.config XDG_DATA_HOME=$home/.local/share \
    "$build_dir/tests/gui/vh_screenshots" "$out_dir"
rm -rf "$home"
