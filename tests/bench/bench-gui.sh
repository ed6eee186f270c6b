#!/usr/bin/env bash
# Event-loop stalls of the main window during four parallel downloads and a
# refresh of 100 instances, on the offscreen platform. Targets: p99 under
# 50 ms. Usage: tests/bench/bench-gui.sh [FILE_MIB]. Needs a built ci preset.
set -euo pipefail
cd "$(dirname "$0")/../.."
export QT_QPA_PLATFORM=offscreen QT_LOGGING_RULES="vastharvest.*.info=false"
bench=build/ci/tests/bench/vh_bench_gui
[ -x "$bench" ] || { echo "build the ci preset first" >&2; exit 2; }
echo "$(nproc) cores; $(uname -m)"
"$bench" "${1:-256}"
