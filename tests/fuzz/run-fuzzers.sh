#!/usr/bin/env bash
# Builds the libFuzzer targets with the fuzz preset (clang, ASan, UBSan) and
# runs each one for SECONDS. Exits non-zero when a target finds a crash, a
# sanitizer error or a broken verdict. The failing input is saved under
# build/fuzz/fuzz-work/artifacts/FORMAT/.
#
# Usage: tests/fuzz/run-fuzzers.sh SECONDS
# FUZZ_BUILD_JOBS sets the build's parallel jobs (default: all cores).
set -euo pipefail

if [[ $# -ne 1 || ! $1 =~ ^[0-9]+$ ]]; then
    echo "usage: $0 SECONDS" >&2
    exit 2
fi
seconds=$1
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"

cmake --preset fuzz
cmake --build --preset fuzz --parallel "${FUZZ_BUILD_JOBS:-$(nproc)}" \
    --target fuzz_gguf fuzz_safetensors fuzz_zip fuzz_seeds

build=build/fuzz
work=$build/fuzz-work
rm -rf "$work/seeds"
"$build/tests/fuzz/fuzz_seeds" "$work/seeds"

failed=()
for format in gguf safetensors zip; do
    corpus=$work/corpus/$format
    artifacts=$work/artifacts/$format
    mkdir -p "$corpus" "$artifacts"
    echo "== fuzz_$format for ${seconds}s"
    # The first folder collects new inputs; the seeds are read only.
    # libFuzzer reports every new input; keep that in a log and show the
    # end, unless the run failed.
    log=$work/fuzz_$format.log
    if ! "$build/tests/fuzz/fuzz_$format" \
            -max_total_time="$seconds" -rss_limit_mb=512 -max_len=65536 \
            -timeout=10 -print_final_stats=1 \
            -dict="tests/fuzz/$format.dict" -artifact_prefix="$artifacts/" \
            "$corpus" "$work/seeds/$format" > "$log" 2>&1; then
        cat "$log"
        failed+=("fuzz_$format")
    else
        grep -E '^(Done|stat::number_of_executed_units|stat::peak_rss_mb)' "$log" || tail -n 3 "$log"
    fi
done

if [[ ${#failed[@]} -gt 0 ]]; then
    echo "crashes found by: ${failed[*]} (inputs in $work/artifacts)" >&2
    exit 1
fi
echo "no crashes in ${seconds}s per target"
