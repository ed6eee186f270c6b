#!/usr/bin/env bash
# Peak memory of one harvest of four 1 GiB files downloaded in parallel;
# the range streams of all files share the default limit of eight.
# Usage: tests/bench/bench-memory.sh [SIZE_MIB_PER_FILE]. Needs a built ci preset.
set -euo pipefail
cd "$(dirname "$0")/../.."
export QT_LOGGING_RULES="vastharvest.*.info=false"

size_mib=${1:-1024}
cli=build/ci/app/cli/vastharvest-cli
[ -x "$cli" ] || { echo "build the ci preset first" >&2; exit 2; }
work=$(mktemp -d /tmp/vh-memory.XXXXXX)
trap '[ -n "${sshd_pid:-}" ] && kill "$sshd_pid"; rm -rf "$work"' EXIT

. tests/bench/local-sshd.sh
start_local_sshd
mkdir -p "$work/remote"
for i in 1 2 3 4; do head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$work/remote/model$i.bin"; done

/usr/bin/time -f '%M %e' -o "$work/time.txt" "$cli" --state-dir "$work/state" --identity "$work/client_key" \
    harvest --ssh "$(id -un)@127.0.0.1:$port" --remote "$work/remote/*.bin" --dest "$work/dest" \
    --accept-new-host-key --parallel 4 > /dev/null 2> "$work/harvest.log" || { cat "$work/harvest.log"; exit 1; }
read -r rss_kib seconds < "$work/time.txt"
echo "4 files x ${size_mib} MiB, --parallel 4, 8 range streams in all: peak RSS $((rss_kib / 1024)) MiB (target at most 150), ${seconds} s"
