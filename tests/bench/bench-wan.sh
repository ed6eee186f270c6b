#!/usr/bin/env bash
# WAN benchmark: a random file behind a local sshd, reached through a proxy
# that adds latency, fetched by scp, sftp and a whole vastharvest-cli harvest
# (download and verification) with one and with several streams, all in
# the same run. Usage: tests/bench/bench-wan.sh [SIZE_MIB] [RTT_MS ...]
# Default: 1024 MiB at 50 and 150 ms round trip. CAP_MBPS=N also caps the
# link at N MB/s, to check how close a harvest gets to a binding cap: each
# harvest is then compared with a plain TCP stream through the same proxy,
# as a whole and for its download alone.
# Needs a built ci preset.
set -euo pipefail
cd "$(dirname "$0")/../.."
export QT_LOGGING_RULES="vastharvest.*.info=false"

size_mib=${1:-1024}
shift || true
rtts=("$@")
[ ${#rtts[@]} -gt 0 ] || rtts=(50 150)
build=build/ci
cli=$build/app/cli/vastharvest-cli
proxy_bin=$build/tests/bench/vh_bench_proxy
for tool in "$cli" "$proxy_bin" /usr/sbin/sshd scp sftp; do
    command -v "$tool" >/dev/null || { echo "missing $tool; build the ci preset first" >&2; exit 2; }
done

work=$(mktemp -d /tmp/vh-wan.XXXXXX)
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

. tests/bench/local-sshd.sh
start_local_sshd
pids+=("$sshd_pid")

user=$(id -un)
mkdir -p "$work/remote"
head -c "$((size_mib * 1024 * 1024))" /dev/urandom > "$work/remote/model.bin"
cat "$work/remote/model.bin" > /dev/null
bytes=$(stat -c %s "$work/remote/model.bin")
ssh_options=(-i "$work/client_key" -o StrictHostKeyChecking=no -o UserKnownHostsFile="$work/ssh_known" -o BatchMode=yes)

now() { date +%s.%N; }
elapsed() { python3 -c "import sys; print(f'{float(sys.argv[2])-float(sys.argv[1]):.2f}')" "$1" "$2"; }
rate() { python3 -c "import sys; print(f'{int(sys.argv[1])/float(sys.argv[2])/1e6:.1f}')" "$1" "$2"; }
ratio() { python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2]):.2f}')" "$1" "$2"; }

harvest() { # STREAMS PROXY_PORT -> seconds; the transfer's own line is left in $work/transfer.txt
    rm -rf "$work/dest" "$work/state"
    local start; start=$(now)
    # The download logs its own bytes, seconds and rate, from its first
    # connection to the rename, without listing before or hashing after.
    QT_LOGGING_RULES="vastharvest.*.info=false;vastharvest.transfer.sftp.info=true" \
    "$cli" --state-dir "$work/state" --identity "$work/client_key" harvest \
        --ssh "$user@127.0.0.1:$2" --remote "$work/remote/model.bin" --dest "$work/dest" \
        --accept-new-host-key --streams "$1" --stream-threshold 64M > /dev/null 2> "$work/harvest.log" \
        || { cat "$work/harvest.log" >&2; exit 1; }
    local seconds; seconds=$(elapsed "$start" "$(now)")
    grep -o 'downloaded .* bytes in [0-9.]* s' "$work/harvest.log" | grep -o '[0-9.]* s$' | cut -d' ' -f1 > "$work/transfer.txt"
    echo "$seconds"
}

# The rate a plain TCP stream gets through the same proxy: the cap as the
# proxy really enforces it, the reference for "share of the cap".
raw_rate() { # DELAY_MS_EACH_WAY CAP_BYTES_PER_SECOND: prints MB/s
    python3 - "$proxy_bin" "$1" "$2" "$bytes" <<'PY'
import socket, subprocess, sys, threading, time
proxy_bin, delay, cap, size = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
server = socket.socket(); server.bind(("127.0.0.1", 0)); server.listen(1)
def send():
    connection, _ = server.accept()
    block = bytes(1 << 20); left = size
    while left > 0:
        left -= connection.send(block[:min(left, len(block))])
    connection.close()
threading.Thread(target=send, daemon=True).start()
proxy = subprocess.Popen([proxy_bin, str(server.getsockname()[1]), delay, cap], stdout=subprocess.PIPE, text=True)
port = int(proxy.stdout.readline())
client = socket.create_connection(("127.0.0.1", port))
start = time.time(); got = 0
while True:
    data = client.recv(1 << 20)
    if not data:
        break
    got += len(data)
proxy.kill()
print(f"{got / (time.time() - start) / 1e6:.1f}" if got == size else "lost")
PY
}

echo "file: $bytes bytes; cap ${CAP_MBPS:-none} MB/s; $(nproc) cores; $(uname -m)"
printf '%-7s %-28s %9s %8s %9s\n' "RTT" "what" "seconds" "MB/s" "vs scp"
percent() { python3 -c "import sys; print(f'{float(sys.argv[1])/float(sys.argv[2])*100:.1f}%')" "$1" "$2"; }
for rtt in "${rtts[@]}"; do
    cap_bytes=$(( ${CAP_MBPS:-0} * 1000000 ))
    if [ -n "${CAP_MBPS:-}" ]; then
        link=$(raw_rate "$((rtt / 2))" "$cap_bytes")
        printf '%-7s %-28s %9s %8s\n' "${rtt} ms" "plain TCP through the proxy" "" "$link"
    fi
    "$proxy_bin" "$port" "$((rtt / 2))" "$cap_bytes" > "$work/proxy.port" &
    pids+=($!)
    sleep 0.5
    proxy_port=$(head -1 "$work/proxy.port")

    rm -f "$work/scp.bin"
    start=$(now); scp -q -P "$proxy_port" "${ssh_options[@]}" "$user@127.0.0.1:$work/remote/model.bin" "$work/scp.bin"; scp_s=$(elapsed "$start" "$(now)")
    rm -f "$work/scp.bin"
    printf '%-7s %-28s %9s %8s %9s\n' "${rtt} ms" "scp" "$scp_s" "$(rate "$bytes" "$scp_s")" "1.00x"
    start=$(now); echo "get $work/remote/model.bin $work/sftp.bin" | sftp -q -b - -P "$proxy_port" "${ssh_options[@]}" "$user@127.0.0.1" > /dev/null; sftp_s=$(elapsed "$start" "$(now)")
    rm -f "$work/sftp.bin"
    printf '%-7s %-28s %9s %8s %9s\n' "${rtt} ms" "sftp" "$sftp_s" "$(rate "$bytes" "$sftp_s")" "$(ratio "$scp_s" "$sftp_s")x"
    for streams in 1 4 8; do
        s=$(harvest "$streams" "$proxy_port")
        line=$(printf '%-7s %-28s %9s %8s %9s' "${rtt} ms" "harvest, $streams stream(s)" "$s" "$(rate "$bytes" "$s")" "$(ratio "$scp_s" "$s")x")
        if [ -n "${CAP_MBPS:-}" ]; then
            transfer_s=$(cat "$work/transfer.txt")
            line="$line  whole harvest $(percent "$(rate "$bytes" "$s")" "$link") of the link;"
            line="$line download alone ${transfer_s} s, $(percent "$(rate "$bytes" "$transfer_s")" "$link")"
        fi
        echo "$line"
    done
    kill "${pids[-1]}" 2>/dev/null || true
done
