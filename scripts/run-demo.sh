#!/usr/bin/env bash
# Installs the dependencies, builds the dev preset and starts Vast Harvest
# with simulated instances, so the whole flow can be tried without an account.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset dev -DVASTHARVEST_BUILD_TESTS=OFF
cmake --build --preset dev --target vastharvest
exec ./build/dev/ui/vastharvest --demo "$@"
