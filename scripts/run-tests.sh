#!/usr/bin/env bash
# Installs the dependencies, builds the ci preset and runs the whole test
# suite: the fuzzers for a bounded time, then every CTest suite (unit, sshd
# integration, keyring, GUI). This is the command CI runs.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake --preset ci
cmake --build --preset ci

# Each format parser gets a bounded libFuzzer run under ASan and UBSan.
FUZZ_BUILD_JOBS=2 bash tests/fuzz/run-fuzzers.sh 30

# The Debian package builds, installs and starts; the NSIS script compiles.
bash scripts/package-check.sh

# CTest last, so its summary is the closing line of the run.
ctest --preset ci --parallel 2
