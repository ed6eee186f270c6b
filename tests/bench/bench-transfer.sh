#!/usr/bin/env bash
# Download and hashing benchmark against OpenSSH and coreutils, measured in
# the same run on this machine. Usage: tests/bench/bench-transfer.sh [SIZE_MIB]
# Needs a built ci preset (./scripts/run-tests.sh or cmake --build --preset ci).
set -euo pipefail
cd "$(dirname "$0")/../.."
export QT_LOGGING_RULES="vastharvest.*.info=false"

size_mib=${1:-1024}
build=build/ci
cli=$build/app/cli/vastharvest-cli
bench=$build/tests/bench/vh_bench_transfer
for tool in "$cli" "$bench" /usr/sbin/sshd scp sftp openssl sha256sum /usr/bin/time; do
    command -v "$tool" >/dev/null || { echo "missing $tool; build the ci preset and run scripts/install-deps.sh" >&2; exit 2; }
done

work=$(mktemp -d /tmp/vh-bench.XXXXXX)
cleanup() { [ -n "${sshd_pid:-}" ] && kill "$sshd_pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

. tests/bench/local-sshd.sh
start_local_sshd

user=$(id -un)
mkdir -p "$work/remote" "$work/local"
echo "Creating a ${size_mib} MiB random file..."
head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$work/remote/model.bin"
bytes=$(stat -c %s "$work/remote/model.bin")
ssh_options=(-i "$work/client_key" -o StrictHostKeyChecking=no -o UserKnownHostsFile="$work/ssh_known" -o BatchMode=yes)

seconds() { python3 -c "import sys; print(f'{float(sys.argv[1]):.3f}')" "$1"; }
now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2])-float(sys.argv[1]):.3f}')" "$1" "$2"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.2f}')" "$1" "$2"; }
rate() { python3 -c "import sys; print(f'{int(sys.argv[1])/float(sys.argv[2])/1e6:.0f}')" "$1" "$2"; }

# Warm the page cache so every tool reads the source from memory.
cat "$work/remote/model.bin" > /dev/null

start=$(now); scp -q -P "$port" "${ssh_options[@]}" "$user@127.0.0.1:$work/remote/model.bin" "$work/local/scp.bin"; scp_s=$(elapsed "$start" "$(now)")
start=$(now); echo "get $work/remote/model.bin $work/local/sftp.bin" | sftp -q -b - -P "$port" "${ssh_options[@]}" "$user@127.0.0.1" >/dev/null; sftp_s=$(elapsed "$start" "$(now)")
rm -f "$work/local/scp.bin" "$work/local/sftp.bin"

echo "read size   download s   MB/s   vs scp"
best_s=""
for read_size in 262144 1048576 2097152 4194304; do
    out=$("$bench" download 127.0.0.1 "$port" "$user" "$work/client_key" "$work/known_bench" "$work/remote/model.bin" "$work/local/bench.bin" "$read_size")
    s=${out%% *}
    printf '%9d   %10s   %4s   %s\n' "$read_size" "$s" "$(rate "$bytes" "$s")" "$(ratio "$scp_s" "$s")x"
    if [ "$read_size" = 2097152 ]; then best_s=$s; fi
done
rm -f "$work/local/bench.bin"

# The whole harvest: download, remote SHA-256, local SHA-256 from disk, format check.
/usr/bin/time -f '%M' -o "$work/rss.txt" "$cli" --state-dir "$work/state" --identity "$work/client_key" \
    harvest --ssh "$user@127.0.0.1:$port" --remote "$work/remote/model.bin" --dest "$work/local/harvest" \
    --accept-new-host-key > /dev/null 2>"$work/harvest.log" || { cat "$work/harvest.log"; exit 1; }
start=$(now)
rm -rf "$work/local/harvest" "$work/state/journals"
/usr/bin/time -f '%M' -o "$work/rss.txt" "$cli" --state-dir "$work/state" --identity "$work/client_key" \
    harvest --ssh "$user@127.0.0.1:$port" --remote "$work/remote/model.bin" --dest "$work/local/harvest" \
    > /dev/null 2>"$work/harvest.log"
harvest_s=$(elapsed "$start" "$(now)")
rss_kib=$(tail -1 "$work/rss.txt")

hash_out=$("$bench" hash "$work/remote/model.bin"); hash_s=${hash_out%% *}
start=$(now); openssl dgst -sha256 "$work/remote/model.bin" > /dev/null; openssl_s=$(elapsed "$start" "$(now)")
start=$(now); sha256sum "$work/remote/model.bin" > /dev/null; sha256sum_s=$(elapsed "$start" "$(now)")

echo
echo "file: $bytes bytes on loopback; $(nproc) cores; $(uname -m)"
printf '%-34s %8s s  %5s MB/s\n' "scp" "$scp_s" "$(rate "$bytes" "$scp_s")"
printf '%-34s %8s s  %5s MB/s\n' "sftp" "$sftp_s" "$(rate "$bytes" "$sftp_s")"
printf '%-34s %8s s  %5s MB/s  %sx scp  %sx sftp\n' "download (2 MiB reads)" "$best_s" "$(rate "$bytes" "$best_s")" "$(ratio "$scp_s" "$best_s")" "$(ratio "$sftp_s" "$best_s")"
printf '%-34s %8s s  %5s MB/s  %sx scp\n' "harvest (download+both hashes)" "$harvest_s" "$(rate "$bytes" "$harvest_s")" "$(ratio "$scp_s" "$harvest_s")"
printf '%-34s %8s s  %5s MB/s\n' "openssl dgst -sha256" "$openssl_s" "$(rate "$bytes" "$openssl_s")"
printf '%-34s %8s s  %5s MB/s\n' "sha256sum" "$sha256sum_s" "$(rate "$bytes" "$sha256sum_s")"
printf '%-34s %8s s  %5s MB/s  %sx openssl  %sx sha256sum\n' "our SHA-256" "$hash_s" "$(rate "$bytes" "$hash_s")" "$(ratio "$openssl_s" "$hash_s")" "$(ratio "$sha256sum_s" "$hash_s")"
printf '%-34s %8s MiB (target < 100)\n' "harvest peak RSS" "$((rss_kib / 1024))"
