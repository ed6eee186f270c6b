#!/usr/bin/env bash
# Installs the dependencies, builds the ci preset and runs the whole test
# suite with CTest. This is the command CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci
ctest --preset ci --parallel 2
bash scripts/package-check.sh
