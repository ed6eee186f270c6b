# Sourced by the benchmark scripts: starts an OpenSSH sshd on 127.0.0.1 at a
# free port with fresh host and client keys in the folder $work. Sets
# $port, $sshd_pid and $client_key; the caller kills $sshd_pid when done.
start_local_sshd() {
    ssh-keygen -q -t ed25519 -N '' -f "$work/host_key"
    ssh-keygen -q -t ed25519 -N '' -f "$work/client_key"
    cp "$work/client_key.pub" "$work/authorized_keys"
    client_key=$work/client_key
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
    cat > "$work/sshd_config" <<CONFIG
Port $port
ListenAddress 127.0.0.1
HostKey $work/host_key
PidFile $work/sshd.pid
AuthorizedKeysFile $work/authorized_keys
StrictModes no
UsePAM no
PasswordAuthentication no
Subsystem sftp internal-sftp
MaxStartups 64
CONFIG
    # sshd started by root needs its privilege separation folder.
    mkdir -p /run/sshd 2>/dev/null || true
    /usr/sbin/sshd -D -e -f "$work/sshd_config" 2>"$work/sshd.log" &
    sshd_pid=$!
    sleep 1
}
