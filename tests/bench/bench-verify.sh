#!/usr/bin/env bash
# Verification benchmark: verifying a GGUF end to end (stat, SHA-256 read
# back from disk, format check, stat again) against `openssl dgst -sha256`
# on the same file in the same run. Usage: tests/bench/bench-verify.sh [SIZE_MIB]
set -euo pipefail
cd "$(dirname "$0")/../.."
export QT_LOGGING_RULES="vastharvest.*.info=false"

size_mib=${1:-2048}
bench=build/ci/tests/bench/vh_bench_transfer
[ -x "$bench" ] || { echo "build the ci preset first (cmake --build --preset ci)" >&2; exit 2; }

work=$(mktemp -d /tmp/vh-verify.XXXXXX)
trap 'rm -rf "$work"' EXIT
file=$work/model.gguf
"$bench" make-gguf "$file" "$size_mib"
bytes=$(stat -c %s "$file")
cat "$file" > /dev/null   # both runs read from the page cache

now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2])-float(sys.argv[1]):.3f}')" "$1" "$2"; }

best_openssl=""; best_ours=""
for run in 1 2 3; do
    start=$(now); digest=$(openssl dgst -sha256 "$file" | awk '{print $NF}'); s=$(elapsed "$start" "$(now)")
    if [ -z "$best_openssl" ] || python3 -c "import sys; sys.exit(not float(sys.argv[1]) < float(sys.argv[2]))" "$s" "$best_openssl"; then best_openssl=$s; fi
    out=$("$bench" verify "$file" "$digest"); s=${out%% *}
    if [ -z "$best_ours" ] || python3 -c "import sys; sys.exit(not float(sys.argv[1]) < float(sys.argv[2]))" "$s" "$best_ours"; then best_ours=$s; fi
done
echo "file: $bytes bytes GGUF; best of 3; $(nproc) cores; $(uname -m)"
printf '%-28s %8s s\n' "openssl dgst -sha256" "$best_openssl"
printf '%-28s %8s s  (%sx openssl; target at most 1.10x)\n' "our verification" "$best_ours" \
    "$(python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.2f}')" "$best_ours" "$best_openssl")"
